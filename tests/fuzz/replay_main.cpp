// SPDX-License-Identifier: GPL-3.0-or-later
// Replays files through a fuzz target's LLVMFuzzerTestOneInput without libFuzzer, so the normal
// (g++ or clang, optionally ASan+UBSan) test build runs every regression input as a ctest test.
// Arguments are files or folders (read recursively, sorted); a missing folder is not an error,
// since tests/regression/<target>/ exists only once that target has had a crash.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

int runFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", path.string().c_str());
        return 1;
    }
    const std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    // An exact-size heap copy, so ASan sees a read one byte past the input (as under libFuzzer).
    std::vector<std::uint8_t> input(bytes.begin(), bytes.end());
    LLVMFuzzerTestOneInput(input.empty() ? nullptr : input.data(), input.size());
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<std::filesystem::path> files;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path arg = argv[i];
        std::error_code ec;
        if (std::filesystem::is_directory(arg, ec)) {
            for (const auto& entry : std::filesystem::recursive_directory_iterator(arg, ec))
                if (entry.is_regular_file() && entry.path().filename().string().rfind('.', 0) != 0
                    && entry.path().filename() != "README.md")
                    files.push_back(entry.path());
        } else if (std::filesystem::exists(arg, ec)) {
            files.push_back(arg);
        }
    }
    std::sort(files.begin(), files.end());
    // The empty input always runs: it checks the target's set-up even with no inputs yet.
    LLVMFuzzerTestOneInput(nullptr, 0);
    int failures = 0;
    for (const auto& file : files)
        failures += runFile(file);
    std::printf("replayed %zu inputs\n", files.size());
    return failures == 0 ? 0 : 1;
}
