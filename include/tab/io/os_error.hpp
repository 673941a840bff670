// The system's reason for a failed file operation, said in the reader's language: each errno a
// tab director may meet has a catalogue entry diag.os.<name> ("diag.os.enospc"); any other is
// diag.os.other with the system's own (English) text as its argument.
#pragma once

#include <optional>
#include <string_view>
#include <system_error>

#include "tab/base/diagnostics.hpp"

namespace tab {

// The reason for errno value `errnum` as a message of the catalogue.
Message os_reason(int errnum);
// The same for the error code of a std::filesystem operation.
Message os_reason(const std::error_code& ec);
// The errno value of a listed name ("enospc"), or nullopt: for tests that inject a failure.
std::optional<int> errno_named(std::string_view name);

// The whole failure: the entry `action` (a diag.files.* key whose pattern ends in "{reason@}")
// with its arguments, and the system's reason inside it.
Message file_failure(std::string_view action, MessageArgs args, const Message& reason);

}  // namespace tab
