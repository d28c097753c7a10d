// SPDX-License-Identifier: GPL-3.0-or-later
// Capture file through the factory, as the importer opens one: magic probe, gunzip, libpcap for
// pcap/pcapng (with the switch to our own pcapng reader when libpcap refuses), snoop reader.
#include "drain_source.h"
#include "memory_file.h"

#include "capture/source/capture_source_factory.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static mieruka::fuzz::MemoryFile file;
    if (!file.write(data, size))
        return 0;
    std::string error;
    if (auto source = mieruka::capture::openCaptureFile(file.path(), error))
        mieruka::fuzz::drainSource(*source);
    return 0;
}
