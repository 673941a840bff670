// Problems found in a tournament's files, collected rather than thrown, so that `tab check`
// can report every one of them. A diagnostic points at a file and, where known, a line and
// column (for CSV files: the row's line and the 1-based column number, with the column's name
// in the message).
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace tab {

enum class Severity { error, warning };

// What kind of failure an error is: it decides the command's exit code (the table in README.md),
// so that the same failure has the same code in every command.
enum class Failure {
    invalid_input,      // the tournament's files or the given file are wrong (exit 1)
    usage,              // a bad argument: an unknown round, a value out of range (exit 2)
    refused_overwrite,  // the file exists and --force was not given (exit 3)
    cannot,             // cannot be done: constraints cannot all hold, a prerequisite is missing (exit 4)
};

// Arguments of a message: placeholder name and value (a name, a number, a value found in a file,
// never a word of a language).
using MessageArgs = std::vector<std::pair<std::string, std::string>>;

// What a person is told, as a catalogue key with its arguments, so that the CLI can say it in the
// reader's language; text is the English wording (for tests and for JSON, which stays English).
// Made by tab::message() (tab/translate/translate.hpp).
struct Message {
    std::string key{};
    MessageArgs args{};
    std::string text{};
};

struct Diagnostic {
    Severity severity = Severity::error;
    std::string file;  // path as the user would type it, relative to the tournament directory
    int line = 0;      // 1-based; 0 when the problem concerns the whole file
    int column = 0;    // 1-based; 0 when unknown
    std::string message;  // the English wording of key's entry with args (for tests and JSON)
    Failure failure = Failure::invalid_input;  // errors only
    std::string key{};   // the catalogue key of message: never empty (see Diagnostics)
    MessageArgs args{};  // the arguments of key's entry
};

// Every diagnostic is a Message (a catalogue key with its arguments), so that the CLI says it in
// the reader's language. There is deliberately no overload taking a std::string: English glued
// into a diagnostic ("expected " + what) does not compile. Give the sentence a catalogue entry
// (en, kk, ru) and pass tab::message(key, args) instead.
class Diagnostics {
public:
    void error(std::string file, int line, int column, Message message);
    void warning(std::string file, int line, int column, Message message);
    // An error of another kind than invalid input, about no file in particular.
    void fail(Failure failure, Message message);
    // A diagnostic made elsewhere (one that Diagnostics gave out), passed on as it is.
    void add(Diagnostic d);
    void append(const Diagnostics& other);
    // Orders by file (tournament.toml first), then line and column; keeps the order of equals.
    void sort_by_position();

    const std::vector<Diagnostic>& all() const { return items_; }
    int error_count() const;
    int warning_count() const;
    bool has_errors() const { return error_count() > 0; }
    bool empty() const { return items_.empty(); }
    // The kind of the first error (invalid_input when there is none).
    Failure first_failure() const;

private:
    std::vector<Diagnostic> items_;
};

// "file:line:column: error: message" (line and column omitted when 0).
std::string format_diagnostic(const Diagnostic& d);

}  // namespace tab
