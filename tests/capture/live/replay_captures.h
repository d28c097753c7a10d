// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace mieruka::test::live {

/// A small plant for replaying when factory_gen.py is not around (a clone without ../shared):
/// PLCs polled over Modbus/TCP by two HMIs, with ARP, a UDP broadcast and multicast chatter.
/// None of its frames is addressed to a veth's own (random) MAC. Returns the frame count, 0 on
/// a write failure.
std::uint64_t writeBuilderPlant(const QString& path);

/// Traffic an ordinary switch port would carry for the host `ownMac`: Modbus/TCP between it and
/// one peer, broadcast ARP and IPv4 multicast; no unicast between other hosts. Frame count, 0 on failure.
std::uint64_t writeOwnTraffic(const QString& path, const char* ownMac);

/// Frames in a classic little-endian pcap file, walking its record headers; nullopt when the
/// file is not one or is cut short.
std::optional<std::uint64_t> countPcapFrames(const QString& path);

} // namespace mieruka::test::live
