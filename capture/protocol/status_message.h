// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

/// Messages mieruka-capture sends on stdout. A frame is an 8-byte header (u32 LE payload length,
/// u16 LE MessageType, u16 LE reserved 0) and the payload: fields in declaration order, integers
/// little-endian fixed width (bool as u8, enums as their underlying type), strings as u32 LE
/// length + bytes, vectors as u32 LE count + elements.
namespace mieruka::capture::protocol {

inline constexpr std::uint32_t kProtocolVersion = 1;
inline constexpr std::size_t kHeaderSize = 8;
inline constexpr std::size_t kMaxPayload = 256 * 1024; ///< a larger frame is a protocol error
inline constexpr std::size_t kMaxString = 64 * 1024;   ///< bytes per string field
inline constexpr std::size_t kMaxElements = 4096;      ///< elements per vector field

enum class MessageType : std::uint16_t {
    Hello = 1, Started = 2, FileOpened = 3, FileClosed = 4, FileRemoved = 5, Stats = 6, Error = 7, Stopped = 8
};
enum class ErrorCode : std::uint32_t {
    PermissionDenied = 1, NoSuchInterface = 2, BadFilter = 3, BadArguments = 4, OutputFolder = 5, DiskFull = 6,
    WriteFailed = 7, InterfaceFailed = 8, Other = 9
};
enum class StopReason : std::uint32_t { Requested = 1, Duration = 2, SizeLimit = 3, PacketLimit = 4, Error = 5 };

struct Hello {
    std::uint32_t protocolVersion = kProtocolVersion;
    std::string helperVersion;
    std::uint64_t pid = 0;
};

struct InterfaceOpened {
    std::string name;
    std::uint32_t linkType = 0;
    std::uint32_t snapLength = 0;
    std::string macAddress; ///< "aa:bb:cc:dd:ee:ff" lower-case, empty if none
};

struct Started {
    std::vector<InterfaceOpened> interfaces;
    std::string folder; ///< ring folder, empty in probe mode
};

struct FileOpened {
    std::uint32_t sequence = 0;
    std::string path; ///< absolute
};

struct FileClosed {
    std::uint32_t sequence = 0;
    std::string path;
    std::uint64_t packets = 0;
    std::uint64_t bytes = 0;
};

/// The ring file limit deleted the oldest file.
struct FileRemoved {
    std::string path;
};

struct InterfaceStats {
    std::string name;
    std::uint64_t packets = 0, bytes = 0;                           ///< captured by us (cumulative)
    std::uint64_t received = 0, kernelDrops = 0, interfaceDrops = 0; ///< pcap_stats recv/drop/ifdrop (cumulative)
    std::uint64_t ownFrames = 0, groupFrames = 0, foreignUnicastFrames = 0; ///< Ethernet classification (cumulative)
    std::uint32_t foreignPairs = 0; ///< distinct (src MAC, dst MAC) foreign unicast pairs seen, capped at 1024
    bool classified = false;        ///< false when the link type is not Ethernet (no classification)
};

struct Stats {
    std::int64_t timeNs = 0;
    std::vector<InterfaceStats> interfaces;
    std::uint64_t fileBytes = 0; ///< bytes written to ring files so far
};

struct Error {
    ErrorCode code = ErrorCode::Other;
    std::string interfaceName;
    std::string message;
    std::string fix;
};

struct Stopped {
    StopReason reason = StopReason::Requested;
    std::uint64_t packets = 0;
    std::uint64_t bytes = 0;
};

using Message = std::variant<Hello, Started, FileOpened, FileClosed, FileRemoved, Stats, Error, Stopped>;

/// One complete frame. Strings longer than kMaxString and vectors longer than kMaxElements are cut
/// so that every frame we send is one FrameReader accepts; throws std::length_error only if the
/// payload would still exceed kMaxPayload (impossible for the helper's 16 interfaces).
std::vector<std::byte> encode(const Message& message);

} // namespace mieruka::capture::protocol
