// tab's entry point: parse and dispatch (commands.cpp), and turn anything unexpected into
// exit code 70 with a one-line message instead of a crash.
#include <exception>
#include <iostream>

#include "context.hpp"

namespace tab::cli {
int run_command_line(int argc, char** argv);
}

int main(int argc, char** argv) {
    try {
        return tab::cli::run_command_line(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "tab: internal error: " << e.what() << "\n";
    } catch (...) {
        std::cerr << "tab: internal error\n";
    }
    return tab::cli::exit_code::internal;
}
