// libFuzzer harness for the DebateXML importer (tests/fuzz/run.sh builds it with clang and fuzzes
// it for 60 seconds: `make fuzz`; every `make test` runs it over its seed corpus through
// replay.cpp). Every input must give diagnostics or a tournament, never a crash, a leak or
// undefined behaviour; an input that imports is also written to a file system in
// memory and exported again, so the writer, the loader and the exporter see what the
// importer makes of hostile archives.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "tab/archive/debatexml.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view xml(reinterpret_cast<const char*>(data), size);
    tab::Diagnostics diags;
    std::optional<tab::DebateXmlImport> imported = tab::import_debatexml(xml, "fuzz.xml", diags);
    if (!imported) return 0;
    tab::MemoryFileSystem fs;
    tab::Diagnostics problems;
    if (!tab::write_debatexml_import(fs, *imported, problems)) return 0;
    tab::Diagnostics export_diags;
    tab::export_debatexml(fs, export_diags);
    return 0;
}
