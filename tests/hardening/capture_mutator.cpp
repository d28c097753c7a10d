// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/hardening/capture_mutator.h"

#include <algorithm>

namespace mieruka::test {

namespace {

constexpr std::uint32_t kPcapMagic = 0xa1b2c3d4, kPcapNsMagic = 0xa1b23c4d;
constexpr std::uint32_t kShb = 0x0a0d0d0a, kIdb = 1, kSpb = 3, kEpb = 6;
constexpr int kLinkEthernet = 1, kLinkRaw = 101, kLinkSll = 113, kLinkIpv4 = 228, kLinkIpv6 = 229, kLinkSll2 = 276;

std::size_t pad4(std::size_t value)
{
    return (value + 3) & ~std::size_t(3);
}

} // namespace

CaptureMutator::CaptureMutator(Bytes image) : m_image(std::move(image))
{
    // A gzip stream has no fields of ours: its variants are truncations and flipped bits.
    if (m_image.size() < 12 || (m_image[0] == std::byte{0x1f} && m_image[1] == std::byte{0x8b}))
        return;
    const auto magic = static_cast<std::uint32_t>(read(0, 4, false));
    if (magic == kShb)
        scanPcapng();
    else
        scanPcap();
}

std::uint64_t CaptureMutator::next(std::uint64_t& state)
{
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 0x2545f4914f6cdd1dULL;
}

const char* CaptureMutator::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Truncate: return "truncate";
    case Kind::BitFlip: return "bitflip";
    case Kind::LengthMax: return "lenmax";
    case Kind::LengthZero: return "lenzero";
    case Kind::LengthNudge: return "lennudge";
    case Kind::LengthAndTruncate: return "lentrunc";
    case Kind::Overwrite: return "overwrite";
    case Kind::Count: break;
    }
    return "?";
}

std::uint64_t CaptureMutator::read(std::size_t offset, int width, bool bigEndian) const
{
    std::uint64_t value = 0;
    for (int i = 0; i < width; ++i) {
        const int index = bigEndian ? i : width - 1 - i;
        value = (value << 8) | std::to_integer<std::uint64_t>(m_image[offset + std::size_t(index)]);
    }
    return value;
}

void CaptureMutator::write(Bytes& image, std::size_t offset, int width, bool bigEndian, std::uint64_t value)
{
    for (int i = 0; i < width; ++i) {
        const int index = bigEndian ? width - 1 - i : i;
        image[offset + std::size_t(index)] = static_cast<std::byte>(value & 0xff);
        value >>= 8;
    }
}

void CaptureMutator::add(std::size_t offset, int width, bool bigEndian, std::uint64_t mask, const char* what)
{
    if (offset + std::size_t(width) <= m_image.size())
        m_fields.push_back({offset, width, bigEndian, mask, what});
}

void CaptureMutator::scanPcap()
{
    const auto magic = static_cast<std::uint32_t>(read(0, 4, false));
    if (magic != kPcapMagic && magic != kPcapNsMagic)
        m_bigEndian = true;
    if (m_image.size() < 24)
        return;
    add(16, 4, m_bigEndian, 0xffffffff, "pcap snaplen");
    const int linkType = static_cast<int>(read(20, 4, m_bigEndian) & 0xffff);
    std::size_t record = 24;
    while (record + 16 <= m_image.size()) {
        m_recordStarts.push_back(record);
        add(record + 8, 4, m_bigEndian, 0xffffffff, "pcap caplen");
        add(record + 12, 4, m_bigEndian, 0xffffffff, "pcap origlen");
        const std::size_t length = read(record + 8, 4, m_bigEndian);
        if (length > m_image.size() - record - 16)
            break;
        scanFrame(record + 16, length, linkType);
        record += 16 + length;
    }
}

void CaptureMutator::scanPcapng()
{
    m_bigEndian = read(8, 4, false) != 0x1a2b3c4d;
    std::vector<int> linkTypes;
    std::size_t block = 0;
    while (block + 12 <= m_image.size()) {
        const auto type = static_cast<std::uint32_t>(read(block, 4, m_bigEndian));
        const std::size_t length = read(block + 4, 4, m_bigEndian);
        if (length < 12 || length % 4 != 0 || length > m_image.size() - block)
            break;
        m_recordStarts.push_back(block);
        add(block + 4, 4, m_bigEndian, 0xffffffff, "pcapng block total length");
        add(block + length - 4, 4, m_bigEndian, 0xffffffff, "pcapng trailing block length");
        const std::size_t end = block + length - 4;
        if (type == kShb) {
            linkTypes.clear();
            add(block + 16, 8, m_bigEndian, ~std::uint64_t(0), "pcapng section length");
            scanPcapngOptions(block + 24, end);
        } else if (type == kIdb && block + 16 <= end) {
            linkTypes.push_back(static_cast<int>(read(block + 8, 2, m_bigEndian)));
            add(block + 12, 4, m_bigEndian, 0xffffffff, "pcapng idb snaplen");
            scanPcapngOptions(block + 16, end);
        } else if (type == kEpb && block + 28 <= end) {
            add(block + 8, 4, m_bigEndian, 0xffffffff, "pcapng epb interface id");
            add(block + 20, 4, m_bigEndian, 0xffffffff, "pcapng epb captured length");
            add(block + 24, 4, m_bigEndian, 0xffffffff, "pcapng epb original length");
            const std::size_t interface = read(block + 8, 4, m_bigEndian);
            const std::size_t captured = std::min<std::size_t>(read(block + 20, 4, m_bigEndian), end - (block + 28));
            scanFrame(block + 28, captured, interface < linkTypes.size() ? linkTypes[interface] : kLinkEthernet);
            scanPcapngOptions(block + 28 + pad4(captured), end);
        } else if (type == kSpb && block + 12 <= end) {
            add(block + 8, 4, m_bigEndian, 0xffffffff, "pcapng spb original length");
            scanFrame(block + 12, end - (block + 12), linkTypes.empty() ? kLinkEthernet : linkTypes.front());
        }
        block += length;
    }
}

void CaptureMutator::scanPcapngOptions(std::size_t at, std::size_t end)
{
    while (at + 4 <= end) {
        add(at + 2, 2, m_bigEndian, 0xffff, "pcapng option length");
        const auto code = read(at, 2, m_bigEndian);
        if (code == 0)
            break;
        at += 4 + pad4(read(at + 2, 2, m_bigEndian));
    }
}

void CaptureMutator::scanFrame(std::size_t start, std::size_t length, int linkType)
{
    const std::size_t end = start + length;
    auto u16 = [&](std::size_t at) -> std::uint16_t { return at + 2 <= end ? static_cast<std::uint16_t>(read(at, 2, true)) : 0; };
    if (linkType == kLinkRaw || linkType == kLinkIpv4 || linkType == kLinkIpv6) {
        scanIp(start, end);
        return;
    }
    if (linkType == kLinkSll || linkType == kLinkSll2) {
        const std::uint16_t protocol = linkType == kLinkSll ? u16(start + 14) : u16(start);
        const std::size_t header = linkType == kLinkSll ? 16 : 20;
        if ((protocol == 0x0800 || protocol == 0x86dd) && start + header < end)
            scanIp(start + header, end);
        return;
    }
    if (linkType != kLinkEthernet || length < 14)
        return;
    std::size_t at = start + 14;
    std::uint16_t type = u16(start + 12);
    while ((type == 0x8100 || type == 0x88a8 || type == 0x9100) && at + 4 <= end) {
        type = u16(at + 2);
        at += 4;
    }
    if (type <= 1500) {
        add(at - 2, 2, true, 0xffff, "802.3 length");
    } else if (type == 0x0800 || type == 0x86dd) {
        scanIp(at, end);
    } else if (type == 0x88cc) {
        for (int tlv = 0; tlv < 64 && at + 2 <= end; ++tlv) {
            const std::uint16_t header = u16(at);
            add(at, 2, true, 0x01ff, "lldp tlv length");
            if ((header >> 9) == 0)
                break;
            at += 2 + (header & 0x01ff);
        }
    }
}

void CaptureMutator::scanIp(std::size_t at, std::size_t end)
{
    if (at + 20 > end)
        return;
    const auto u16 = [&](std::size_t offset) -> std::uint16_t {
        return offset + 2 <= end ? static_cast<std::uint16_t>(read(offset, 2, true)) : 0;
    };
    const auto u8 = [&](std::size_t offset) -> std::uint8_t { return offset < end ? std::to_integer<std::uint8_t>(m_image[offset]) : 0; };
    const int version = u8(at) >> 4;
    std::size_t transport = 0;
    std::uint8_t protocol = 0;
    if (version == 4) {
        add(at, 1, true, 0x0f, "ipv4 ihl");
        add(at + 2, 2, true, 0xffff, "ipv4 total length");
        const std::size_t headerLength = std::size_t(u8(at) & 0x0f) * 4;
        if (headerLength < 20 || (u16(at + 6) & 0x1fff) != 0)
            return;
        protocol = u8(at + 9);
        transport = at + headerLength;
    } else if (version == 6) {
        add(at + 4, 2, true, 0xffff, "ipv6 payload length");
        protocol = u8(at + 6);
        transport = at + 40;
    } else {
        return;
    }
    if (protocol == 6 && transport + 20 <= end) {
        add(transport + 12, 1, true, 0xf0, "tcp data offset");
        const std::size_t offset = std::size_t(u8(transport + 12) >> 4) * 4;
        if (offset >= 20)
            scanTransportPayload(transport + offset, end, u16(transport), u16(transport + 2), true);
    } else if (protocol == 17 && transport + 8 <= end) {
        add(transport + 4, 2, true, 0xffff, "udp length");
        scanTransportPayload(transport + 8, end, u16(transport), u16(transport + 2), false);
    }
}

void CaptureMutator::scanTransportPayload(std::size_t at, std::size_t end, std::uint16_t sourcePort,
                                          std::uint16_t destinationPort, bool tcp)
{
    const auto port = [&](std::uint16_t value) { return sourcePort == value || destinationPort == value; };
    const auto u8 = [&](std::size_t offset) -> std::uint8_t { return offset < end ? std::to_integer<std::uint8_t>(m_image[offset]) : 0; };
    const auto u16 = [&](std::size_t offset, bool bigEndian = true) {
        return offset + 2 <= end ? static_cast<std::size_t>(read(offset, 2, bigEndian)) : 0;
    };
    if (at >= end)
        return;
    if (tcp && port(502)) {
        for (std::size_t adu = at; adu + 6 <= end; adu += 6 + u16(adu + 4))
            add(adu + 4, 2, true, 0xffff, "modbus mbap length");
    } else if (tcp && port(102)) {
        add(at + 2, 2, true, 0xffff, "tpkt length");
        add(at + 4, 1, true, 0xff, "cotp length");
        const std::size_t s7 = at + 5 + u8(at + 4);
        if (u8(s7) == 0x32 && s7 + 10 <= end) {
            add(s7 + 6, 2, true, 0xffff, "s7 parameter length");
            add(s7 + 8, 2, true, 0xffff, "s7 data length");
            const std::size_t header = (u8(s7 + 1) == 2 || u8(s7 + 1) == 3) ? 12 : 10;
            const std::size_t data = s7 + header + u16(s7 + 6);
            add(data + 2, 2, true, 0xffff, "s7 data item length");
            add(data + 8, 2, true, 0xffff, "s7 szl record length");
            add(data + 10, 2, true, 0xffff, "s7 szl record count");
        }
    } else if (port(44818) || port(2222)) {
        add(at + 2, 2, false, 0xffff, "enip length");
        if (u8(at) == 0x63) {
            add(at + 24, 2, false, 0xffff, "enip item count");
            add(at + 28, 2, false, 0xffff, "enip item length");
        }
    } else if (!tcp && (port(67) || port(68))) {
        std::size_t option = at + 240;
        for (int i = 0; i < 128 && option + 2 <= end; ++i) {
            const std::uint8_t code = u8(option);
            if (code == 0) {
                ++option;
                continue;
            }
            if (code == 255)
                break;
            add(option + 1, 1, true, 0xff, "dhcp option length");
            option += 2 + u8(option + 1);
        }
    } else if (!tcp && (port(161) || port(162))) {
        std::size_t element = at;
        for (int i = 0; i < 64 && element + 2 <= end; ++i) {
            const std::uint8_t tag = u8(element);
            const std::uint8_t first = u8(element + 1);
            add(element + 1, 1, true, 0xff, "snmp ber length");
            const std::size_t extra = (first & 0x80) ? (first & 0x7f) : 0;
            std::size_t length = first & 0x7f;
            if (extra) {
                length = 0;
                for (std::size_t k = 0; k < extra && k < 4; ++k)
                    length = (length << 8) | u8(element + 2 + k);
            }
            const bool constructed = tag == 0x30 || (tag >= 0xa0 && tag <= 0xa7);
            element += 2 + extra + (constructed ? 0 : length);
        }
    } else if (port(53) || port(5353) || port(5355) || port(137)) {
        const std::size_t base = tcp ? at + 2 : at;
        if (tcp)
            add(at, 2, true, 0xffff, "dns tcp length");
        add(base + 4, 2, true, 0xffff, "dns question count");
        add(base + 6, 2, true, 0xffff, "dns answer count");
        add(base + 8, 2, true, 0xffff, "dns authority count");
        add(base + 10, 2, true, 0xffff, "dns additional count");
    } else if (tcp && port(2404)) {
        add(at + 1, 1, true, 0xff, "iec104 apci length");
    } else if (port(20000)) {
        add(at + 2, 1, true, 0xff, "dnp3 length");
    } else if (tcp && port(4840)) {
        add(at + 4, 4, false, 0xffffffff, "opcua message size");
    } else if (!tcp && port(47808)) {
        add(at + 2, 2, true, 0xffff, "bacnet bvlc length");
    }
}

Bytes CaptureMutator::mutate(std::uint64_t& rng, Kind& kind) const
{
    Bytes out = m_image;
    if (out.empty())
        return out;
    kind = static_cast<Kind>(next(rng) % static_cast<std::uint64_t>(Kind::Count));
    const bool lengthKind = kind == Kind::LengthMax || kind == Kind::LengthZero || kind == Kind::LengthNudge
                            || kind == Kind::LengthAndTruncate;
    if (lengthKind && m_fields.empty())
        kind = Kind::BitFlip;
    // Most damage is interesting near record headers, where the parser decides how far to read.
    const auto somewhere = [&] {
        if (!m_recordStarts.empty() && next(rng) % 2 == 0) {
            const std::size_t record = m_recordStarts[next(rng) % m_recordStarts.size()];
            return std::min(out.size() - 1, record + next(rng) % 64);
        }
        return static_cast<std::size_t>(next(rng) % out.size());
    };
    switch (kind) {
    case Kind::Truncate: {
        std::size_t size = next(rng) % out.size();
        if (!m_recordStarts.empty() && next(rng) % 4 == 0) // just inside or before a record header
            size = std::min(out.size() - 1, m_recordStarts[next(rng) % m_recordStarts.size()] + next(rng) % 20);
        out.resize(size);
        break;
    }
    case Kind::BitFlip: {
        const int flips = 1 + static_cast<int>(next(rng) % 8);
        for (int i = 0; i < flips; ++i)
            out[somewhere()] ^= static_cast<std::byte>(1u << (next(rng) % 8));
        break;
    }
    case Kind::Overwrite: {
        const std::size_t at = somewhere();
        const std::size_t count = std::min<std::size_t>(1 + next(rng) % 16, out.size() - at);
        const int fill = static_cast<int>(next(rng) % 3);
        for (std::size_t i = 0; i < count; ++i)
            out[at + i] = fill == 0 ? std::byte{0xff} : fill == 1 ? std::byte{0} : static_cast<std::byte>(next(rng));
        break;
    }
    case Kind::LengthMax:
    case Kind::LengthZero:
    case Kind::LengthNudge:
    case Kind::LengthAndTruncate: {
        const LengthField& field = m_fields[next(rng) % m_fields.size()];
        const std::uint64_t value = read(field.offset, field.width, field.bigEndian);
        const std::uint64_t bits = value & field.mask;
        std::uint64_t changed = bits;
        if (kind == Kind::LengthMax) {
            changed = field.mask;
        } else if (kind == Kind::LengthZero) {
            changed = 0;
        } else {
            // Off by one either way (the classic), or any value, or the maximum for the combination.
            const std::uint64_t choice = next(rng) % 4;
            const std::uint64_t lowest = field.mask & (~field.mask + 1);
            changed = choice == 0 ? bits + lowest : choice == 1 ? bits - lowest : choice == 2 ? next(rng) : field.mask;
            changed &= field.mask;
        }
        write(out, field.offset, field.width, field.bigEndian, (value & ~field.mask) | changed);
        if (kind == Kind::LengthAndTruncate && field.offset + std::size_t(field.width) < out.size())
            out.resize(field.offset + std::size_t(field.width) + next(rng) % (out.size() - field.offset - std::size_t(field.width)));
        break;
    }
    case Kind::Count: break;
    }
    return out;
}

} // namespace mieruka::test
