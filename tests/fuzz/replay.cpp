// A libFuzzer harness without libFuzzer: each file named on the command line, and each file of a
// directory named there, is handed once to the harness's LLVMFuzzerTestOneInput, in name order.
// Linked with each harness in the normal build (tests/CMakeLists.txt), so that every test run
// compiles the harnesses with g++ and runs them over their seed corpora (label replay; under
// AddressSanitizer and UndefinedBehaviorSanitizer in the sanitizer build). A crash, an abort of
// the harness or a sanitizer report fails the test. Fuzzing proper, with clang's libFuzzer, is
// tests/fuzz/run.sh (`make fuzz`, `make test FUZZ=1`).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv) {
    namespace fs = std::filesystem;
    std::vector<fs::path> inputs;
    for (int i = 1; i < argc; ++i) {
        const fs::path arg(argv[i]);
        if (!fs::is_directory(arg)) {
            inputs.push_back(arg);
            continue;
        }
        for (const fs::directory_entry& entry : fs::directory_iterator(arg))
            if (entry.is_regular_file()) inputs.push_back(entry.path());
    }
    std::sort(inputs.begin(), inputs.end());
    // An empty corpus would pass without running the harness once.
    if (inputs.empty()) {
        std::cerr << "replay: no inputs (usage: " << argv[0] << " FILE_OR_DIR...)\n";
        return 2;
    }
    for (const fs::path& path : inputs) {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            std::cerr << "replay: cannot read " << path.string() << "\n";
            return 2;
        }
        const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        std::cout << "replay: " << path.string() << " (" << bytes.size() << " bytes)\n" << std::flush;
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
    }
    std::cout << "replay: " << inputs.size() << " inputs, no crash\n";
    return 0;
}
