// The help in the reader's language: the command line read for the language, and a CLI11
// formatter that says CLI11's labels from the catalogue and aligns columns by display width
// (CLI11 pads by bytes, which leaves Cyrillic descriptions out of line).
#include "help_format.hpp"

#include <CLI/CLI.hpp>
#include <memory>
#include <optional>
#include <string_view>

#include "tab/render/render.hpp"

namespace tab::cli {
namespace {

class HelpFormatter : public CLI::Formatter {
public:
    explicit HelpFormatter(const Catalogue& catalogue) {
        // CLI11 2.1 looks these up by their English words (and a type's label by its type name).
        const std::pair<const char*, const char*> labels[] = {
            {"Usage", "help.label.usage"},
            {"OPTIONS", "help.label.options"},
            {"SUBCOMMAND", "help.label.subcommand"},
            {"SUBCOMMANDS", "help.label.subcommands"},
            {"Positionals", "help.heading.positionals"},
            {"REQUIRED", "help.label.required"},
            {"Env", "help.label.env"},
            {"Needs", "help.label.needs"},
            {"Excludes", "help.label.excludes"},
            {"TEXT", "help.label.text"},
            {"INT", "help.label.int"},
            {"UINT", "help.label.uint"},
        };
        for (const auto& [label, key] : labels) this->label(label, catalogue.tr(key));
    }

    std::string make_option(const CLI::Option* opt, bool is_positional) const override {
        return line(make_option_name(opt, is_positional) + make_option_opts(opt), make_option_desc(opt));
    }

    // A type with a validator's list of values is one name to CLI11 ("TEXT:{en,kk,ru}"): the type
    // word is said in the language, the values (codes) stay as they are.
    std::string make_option_opts(const CLI::Option* opt) const override {
        std::string opts = CLI::Formatter::make_option_opts(opt);
        const std::string type = opt->get_type_name();
        const std::size_t colon = type.find(':');
        if (colon != std::string::npos && opts.starts_with(" " + type))
            opts.replace(1, colon, get_label(type.substr(0, colon)));
        return opts;
    }

    std::string make_subcommand(const CLI::App* sub) const override {
        return line(sub->get_display_name(true), sub->get_description());
    }

private:
    // CLI11's detail::format_help, padding by display width: the name indented by two, the
    // description from the column on (on the next line when the name reaches it), each of its
    // lines indented to the column.
    std::string line(const std::string& name, const std::string& description) const {
        const std::string indented = "  " + name;
        const std::size_t column = get_column_width();
        const std::size_t width = static_cast<std::size_t>(display_width(indented));
        std::string out = indented;
        if (width < column) out += std::string(column - width, ' ');
        if (!description.empty()) {
            if (width >= column) out += "\n" + std::string(column, ' ');
            for (const char c : description) {
                out += c;
                if (c == '\n') out += std::string(column, ' ');
            }
        }
        return out + "\n";
    }
};

// The value of an option given as "--name value", "--name=value" or, for a short one, "-Xvalue".
std::optional<std::string> value_of(std::string_view arg, std::string_view next, std::string_view name,
                                    bool* took_next) {
    *took_next = false;
    if (arg == name) {
        *took_next = true;
        return std::string(next);
    }
    const bool is_short = name.size() == 2;
    if (!is_short && arg.starts_with(name) && arg.size() > name.size() && arg[name.size()] == '=')
        return std::string(arg.substr(name.size() + 1));
    if (is_short && arg.starts_with(name) && arg.size() > name.size()) return std::string(arg.substr(name.size()));
    return std::nullopt;
}

}  // namespace

GlobalOptions help_language_options(int argc, char** argv) {
    GlobalOptions options;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--") break;  // what follows is not an option
        const std::string_view next = i + 1 < argc ? argv[i + 1] : "";
        bool took_next = false;
        if (auto lang = value_of(arg, next, "--lang", &took_next)) {
            // A value CLI11 will refuse says nothing about the language: the rule goes on without it.
            if (lang == "en" || lang == "kk" || lang == "ru") options.lang = *lang;
        } else if (auto dir = value_of(arg, next, "-C", &took_next)) {
            options.dir = *dir;
        } else if (auto dir_long = value_of(arg, next, "--dir", &took_next)) {
            options.dir = *dir_long;
        }
        if (took_next) ++i;
    }
    return options;
}

void say_help_in(CLI::App& app, const Catalogue& catalogue) {
    app.formatter(std::make_shared<HelpFormatter>(catalogue));
    app.option_defaults()->group(catalogue.tr("help.heading.options"));
    app.group(catalogue.tr("help.heading.subcommands"));  // the heading subcommands inherit
    app.set_help_flag("-h,--help", catalogue.tr("help.flag.help"));
}

void group_help_flags(CLI::App& app) {
    const std::string heading = app.option_defaults()->get_group();
    for (CLI::App* sub : app.get_subcommands({})) {
        if (CLI::Option* help = sub->get_help_ptr()) help->group(heading);
        group_help_flags(*sub);
    }
}

std::string exit_codes_help(const Catalogue& catalogue) {
    std::string table = catalogue.tr("help.heading.exit_codes") + ":\n";
    for (const char* code : {"0", "1", "2", "3", "4", "5", "70"}) {
        const std::string c = code;
        table += "  " + c + std::string(4 - c.size(), ' ') + catalogue.tr("help.exit." + c) + "\n";
    }
    return table;
}

}  // namespace tab::cli
