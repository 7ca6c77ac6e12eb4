// The main() of the fuzz targets outside a fuzzing build: it feeds every file named on the command
// line (or found in a directory named there) to LLVMFuzzerTestOneInput once, so that an ordinary
// build runs the committed corpora as tests.
#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    namespace fs = std::filesystem;
    std::vector<fs::path> inputs;
    for (int i = 1; i < argc; ++i) {
        const fs::path argument(argv[i]);
        if (!fs::is_directory(argument)) {
            inputs.push_back(argument);
            continue;
        }
        for (const fs::directory_entry &entry : fs::directory_iterator(argument)) {
            if (entry.is_regular_file())
                inputs.push_back(entry.path());
        }
    }
    if (inputs.empty()) {
        std::cerr << "usage: " << argv[0] << " FILE_OR_DIRECTORY...: no input found\n";
        return 1;
    }
    std::sort(inputs.begin(), inputs.end());

    for (const fs::path &input : inputs) {
        std::ifstream stream(input, std::ios::binary);
        if (!stream) {
            std::cerr << input.string() << ": cannot be read\n";
            return 1;
        }
        const std::vector<char> bytes{std::istreambuf_iterator<char>(stream),
                                      std::istreambuf_iterator<char>()};
        // A heap block of exactly the input's size, as libFuzzer passes it, so that AddressSanitizer
        // catches a read past the end; the name goes first, so that a crash report says which input.
        const auto copy = std::make_unique<uint8_t[]>(std::max<size_t>(bytes.size(), 1));
        std::copy(bytes.begin(), bytes.end(), copy.get());
        std::cerr << input.string() << '\n';
        LLVMFuzzerTestOneInput(copy.get(), bytes.size());
    }
    std::cout << fs::path(argv[0]).filename().string() << ": " << inputs.size() << " inputs replayed\n";
    return 0;
}
