#include "tab/io/os_error.hpp"

#include <array>
#include <cerrno>
#include <cstring>
#include <string>
#include <utility>

#include "tab/translate/translate.hpp"

namespace tab {

namespace {

struct NamedErrno {
    int value;
    std::string_view name;  // the catalogue key is "diag.os." + name
};

// Every errno with an entry of its own; the rest are said through diag.os.other.
constexpr std::array<NamedErrno, 17> named_errnos{{
    {EACCES, "eacces"},   {EBUSY, "ebusy"},   {EDQUOT, "edquot"},       {EEXIST, "eexist"},
    {EIO, "eio"},         {EISDIR, "eisdir"}, {ELOOP, "eloop"},         {EMFILE, "emfile"},
    {ENAMETOOLONG, "enametoolong"},           {ENFILE, "enfile"},       {ENOENT, "enoent"},
    {ENOSPC, "enospc"},   {ENOTDIR, "enotdir"},                         {ENOTEMPTY, "enotempty"},
    {EPERM, "eperm"},     {EROFS, "erofs"},   {EXDEV, "exdev"},
}};

}  // namespace

Message os_reason(int errnum) {
    for (const NamedErrno& e : named_errnos)
        if (e.value == errnum) return message("diag.os." + std::string(e.name));
    return message("diag.os.other", {{"system_error", std::strerror(errnum)}});
}

Message os_reason(const std::error_code& ec) {
    if (ec.category() == std::generic_category() || ec.category() == std::system_category()) return os_reason(ec.value());
    return message("diag.os.other", {{"system_error", ec.message()}});
}

std::optional<int> errno_named(std::string_view name) {
    for (const NamedErrno& e : named_errnos)
        if (e.name == name) return e.value;
    return std::nullopt;
}

Message file_failure(std::string_view action, MessageArgs args, const Message& reason) {
    return message(action, std::move(args), {{"reason", &reason}});
}

}  // namespace tab
