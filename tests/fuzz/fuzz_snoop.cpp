// SPDX-License-Identifier: GPL-3.0-or-later
// Our own snoop reader, directly: the factory reaches it only after the magic probe matched,
// which the fuzzer would otherwise have to rediscover for every input.
#include "drain_source.h"
#include "memory_file.h"

#include "capture/source/file_input.h"
#include "capture/source/snoop_reader.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static mieruka::fuzz::MemoryFile file;
    if (!file.write(data, size))
        return 0;
    auto input = std::make_unique<mieruka::capture::FileInput>();
    std::string error;
    if (!input->open(file.path(), error))
        return 0;
    mieruka::ingest::CaptureFileInfo info;
    info.path = file.path();
    info.sizeBytes = input->sizeBytes();
    info.format = "snoop";
    mieruka::capture::SnoopReader reader(std::move(input), std::move(info));
    mieruka::fuzz::drainSource(reader);
    return 0;
}
