// SPDX-License-Identifier: GPL-3.0-or-later
#include "cifs_browser.h"

#include "sanitize_text.h"

#include "core/net/byte_reader.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace mieruka::protocols {

namespace {

constexpr std::string_view kProtocol = "cifs_browser";

// RFC 1002 4.4.1: direct unique, direct group and broadcast datagrams carry user data.
constexpr std::uint8_t kDirectUnique = 0x10;
constexpr std::uint8_t kBroadcast = 0x12;

constexpr std::uint8_t kSmbTransaction = 0x25;
constexpr std::size_t kSmbHeaderLength = 32;
constexpr std::string_view kBrowseMailslot = "\\MAILSLOT\\BROWSE";

// MS-BRWS 2.2 opcodes with the announcement layout.
constexpr std::uint8_t kHostAnnouncement = 1;
constexpr std::uint8_t kDomainAnnouncement = 12;
constexpr std::uint8_t kLocalMasterAnnouncement = 15;

// SV_TYPE_* bits (MS-RAP 2.5.5.2.1, as used by MS-BRWS), lowest bit first.
constexpr std::array<std::string_view, 32> kServerTypeNames = {
    "workstation", "server", "sql_server", "domain_controller", "backup_domain_controller", "time_source",
    "apple_server", "novell_server", "domain_member", "print_queue", "dialin_server", "unix_server",
    "nt_workstation", "wfw", "mfpn_server", "nt_server", "potential_browser", "backup_browser",
    "master_browser", "domain_master_browser", "osf_server", "vms_server", "windows_9x", "dfs_server",
    "nt_cluster", "terminal_server", "virtual_cluster", "", "", "dce_server", "alternate_transport",
    "domain_enum",
};

constexpr std::uint32_t kServerTypeXenix = 0x00000800;

std::string serverTypeText(std::uint32_t bits)
{
    std::string out;
    for (std::size_t i = 0; i < kServerTypeNames.size(); ++i) {
        if ((bits & (1u << i)) == 0 || kServerTypeNames[i].empty())
            continue;
        if (!out.empty())
            out.push_back(',');
        out += kServerTypeNames[i];
    }
    return out;
}

// Reads an RFC 1001 encoded name with its scope (datagrams never compress names); returns the
// decoded 16th byte (suffix) and the 15-byte name.
struct NetbiosName {
    std::array<std::byte, 15> name{};
    std::uint8_t suffix = 0;
};

std::optional<NetbiosName> readName(net::ByteReader& reader)
{
    if (reader.u8() != 32)
        return std::nullopt;
    const auto encoded = reader.bytes(32);
    if (!encoded)
        return std::nullopt;
    NetbiosName name;
    for (std::size_t i = 0; i < 16; ++i) {
        const auto high = static_cast<unsigned>((*encoded)[2 * i]) - 'A';
        const auto low = static_cast<unsigned>((*encoded)[2 * i + 1]) - 'A';
        if (high > 15 || low > 15)
            return std::nullopt;
        const auto value = static_cast<std::uint8_t>((high << 4) | low);
        if (i < 15)
            name.name[i] = std::byte{value};
        else
            name.suffix = value;
    }
    for (int label = 0; label < 128; ++label) { // scope labels
        const auto length = reader.u8();
        if (!length || *length > 63)
            return std::nullopt;
        if (*length == 0)
            return name;
        if (!reader.skip(*length))
            return std::nullopt;
    }
    return std::nullopt;
}

// A C string inside `bytes`, without its NUL; nullopt when unterminated.
std::optional<std::span<const std::byte>> cString(std::span<const std::byte> bytes)
{
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == std::byte{0})
            return bytes.first(i);
    }
    return std::nullopt;
}

// The data of an SMB Transaction request addressed to \MAILSLOT\BROWSE, or nullopt.
std::optional<std::span<const std::byte>> mailslotData(std::span<const std::byte> smb)
{
    net::ByteReader reader(smb);
    if (reader.be32() != 0xff534d42u || reader.u8() != kSmbTransaction || !reader.skip(kSmbHeaderLength - 5))
        return std::nullopt;
    const auto wordCount = reader.u8();
    if (!wordCount || *wordCount < 14)
        return std::nullopt;
    auto words = reader.sub(std::size_t{*wordCount} * 2);
    const auto byteCount = reader.le16();
    if (!words || !byteCount)
        return std::nullopt;
    words->skip(18); // total counts, max counts, max setup, flags, timeout, reserved
    words->skip(4);  // parameter count and offset
    const auto dataCount = words->le16();
    const auto dataOffset = words->le16();
    if (!dataCount || !dataOffset)
        return std::nullopt;
    const auto name = cString(reader.rest().first(std::min<std::size_t>(reader.remaining(), *byteCount)));
    if (!name || name->size() != kBrowseMailslot.size())
        return std::nullopt;
    for (std::size_t i = 0; i < kBrowseMailslot.size(); ++i) {
        const auto c = static_cast<char>((*name)[i]);
        const auto upper = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
        if (upper != kBrowseMailslot[i])
            return std::nullopt;
    }
    net::ByteReader whole(smb);
    if (!whole.skip(*dataOffset))
        return std::nullopt;
    return whole.bytes(*dataCount);
}

struct Target {
    Subject subject = Subject::Source;
    std::optional<net::IpAddress> ip;
};

void add(FactList& facts, const Target& target, Attribute attribute, std::string value, float confidence)
{
    if (value.empty())
        return;
    facts.push_back({target.subject, attribute, kProtocol, std::move(value), confidence, target.ip, {}});
}

std::string nameText(std::span<const std::byte> raw)
{
    return sanitizeLatin1(raw, 64);
}

} // namespace

void decodeCifsBrowser(const PayloadContext& context, FactList& facts)
{
    net::ByteReader reader(context.payload);
    const auto type = reader.u8();
    if (!type || *type < kDirectUnique || *type > kBroadcast)
        return;
    reader.skip(1 + 2); // flags, datagram id
    const auto sourceIp = reader.bytes(4);
    reader.skip(2 + 2 + 2); // source port, datagram length, packet offset
    if (!sourceIp || !readName(reader))
        return;
    const auto destination = readName(reader);
    if (!destination)
        return;
    const auto data = mailslotData(reader.rest());
    if (!data)
        return;

    net::ByteReader announcement(*data);
    const auto opcode = announcement.u8();
    if (opcode != kHostAnnouncement && opcode != kDomainAnnouncement && opcode != kLocalMasterAnnouncement)
        return;
    announcement.skip(1 + 4); // update count, periodicity
    const auto serverName = announcement.bytes(16);
    const auto osMajor = announcement.u8();
    const auto osMinor = announcement.u8();
    const auto serverType = announcement.le32();
    announcement.skip(2 + 2); // browser version, signature
    if (!serverName || !osMajor || !osMinor || !serverType)
        return;
    const auto comment = cString(announcement.rest());

    // The datagram header names the original sender, which differs from the IP source when a
    // datagram distribution server relays it.
    Target sender;
    const net::IpAddress origin = net::IpAddress::v4FromBytes(*sourceIp);
    const decode::IpLayer* ip = context.packet.innerIp();
    if (!origin.isUnspecified() && (!ip || ip->src != origin)) {
        sender.subject = Subject::Explicit;
        sender.ip = origin;
    }

    if (*opcode == kDomainAnnouncement) {
        // Here the name field is the workgroup and the comment the master browser's name.
        add(facts, sender, Attribute::Workgroup, nameText(*serverName), 0.95f);
        if (comment)
            add(facts, sender, Attribute::Hostname, nameText(*comment), 0.95f);
    } else {
        add(facts, sender, Attribute::Hostname, nameText(*serverName), 0.95f);
        if (comment)
            add(facts, sender, Attribute::SystemDescription, sanitizeLatin1(*comment), 0.95f);
        // Host announcements go to WORKGROUP<1d>, local master announcements to WORKGROUP<1e>.
        if (destination->suffix == 0x1d || destination->suffix == 0x1e) {
            std::span<const std::byte> group(destination->name);
            while (!group.empty() && (group.back() == std::byte{' '} || group.back() == std::byte{0}))
                group = group.first(group.size() - 1);
            add(facts, sender, Attribute::Workgroup, nameText(group), 0.9f);
        }
    }
    // A domain announcement's version (Windows sends 3.10) and type bits describe the workgroup,
    // not the host; Samba (the Xenix bit) announces the Windows version it emulates.
    if (*opcode == kDomainAnnouncement)
        return;
    add(facts, sender, Attribute::Capabilities, serverTypeText(*serverType), 0.95f);
    if ((*serverType & kServerTypeXenix) != 0)
        return;
    const std::string version = std::to_string(*osMajor) + "." + std::to_string(*osMinor);
    add(facts, sender, Attribute::OsName, "Windows " + version, 0.95f);
    add(facts, sender, Attribute::OsVersion, version, 0.95f);
}

} // namespace mieruka::protocols
