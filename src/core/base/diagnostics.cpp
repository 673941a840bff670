#include "tab/base/diagnostics.hpp"

#include <algorithm>
#include <stdexcept>
#include <tuple>

namespace tab {

namespace {

Diagnostic from_message(Severity severity, std::string file, int line, int column, Message m) {
    Diagnostic d{severity, std::move(file), line, column, std::move(m.text)};
    d.key = std::move(m.key);
    d.args = std::move(m.args);
    return d;
}

}  // namespace

void Diagnostics::error(std::string file, int line, int column, Message message) {
    add(from_message(Severity::error, std::move(file), line, column, std::move(message)));
}

void Diagnostics::warning(std::string file, int line, int column, Message message) {
    add(from_message(Severity::warning, std::move(file), line, column, std::move(message)));
}

void Diagnostics::fail(Failure failure, Message message) {
    Diagnostic d = from_message(Severity::error, "", 0, 0, std::move(message));
    d.failure = failure;
    add(std::move(d));
}

Failure Diagnostics::first_failure() const {
    for (const Diagnostic& d : items_)
        if (d.severity == Severity::error) return d.failure;
    return Failure::invalid_input;
}

void Diagnostics::add(Diagnostic d) {
    // A diagnostic without a key could only be said in English: a defect of tab, not of the input
    // (exit 70, and every test that meets it fails).
    if (d.key.empty()) throw std::logic_error("a diagnostic without a catalogue key: " + d.message);
    items_.push_back(std::move(d));
}

void Diagnostics::append(const Diagnostics& other) {
    items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

void Diagnostics::sort_by_position() {
    auto key = [](const Diagnostic& d) { return std::make_tuple(d.file != "tournament.toml", d.file, d.line, d.column); };
    std::stable_sort(items_.begin(), items_.end(), [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
}

int Diagnostics::error_count() const {
    return static_cast<int>(std::count_if(items_.begin(), items_.end(),
                                          [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

int Diagnostics::warning_count() const { return static_cast<int>(items_.size()) - error_count(); }

std::string format_diagnostic(const Diagnostic& d) {
    std::string out = d.file;
    if (d.line > 0) {
        out += ":" + std::to_string(d.line);
        if (d.column > 0) out += ":" + std::to_string(d.column);
    }
    if (!out.empty()) out += ": ";
    out += d.severity == Severity::error ? "error: " : "warning: ";
    out += d.message;
    return out;
}

}  // namespace tab
