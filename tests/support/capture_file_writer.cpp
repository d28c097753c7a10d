// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/capture_file_writer.h"

#include <fstream>

namespace mieruka::test {

namespace {

class Writer {
public:
    explicit Writer(bool bigEndian) : m_bigEndian(bigEndian) {}

    void u8(std::uint8_t value) { m_out.push_back(static_cast<std::byte>(value)); }
    void u16(std::uint16_t value)
    {
        if (m_bigEndian) {
            u8(static_cast<std::uint8_t>(value >> 8));
            u8(static_cast<std::uint8_t>(value));
        } else {
            u8(static_cast<std::uint8_t>(value));
            u8(static_cast<std::uint8_t>(value >> 8));
        }
    }
    void u32(std::uint32_t value)
    {
        if (m_bigEndian) {
            u16(static_cast<std::uint16_t>(value >> 16));
            u16(static_cast<std::uint16_t>(value));
        } else {
            u16(static_cast<std::uint16_t>(value));
            u16(static_cast<std::uint16_t>(value >> 16));
        }
    }
    void u64(std::uint64_t value)
    {
        if (m_bigEndian) {
            u32(static_cast<std::uint32_t>(value >> 32));
            u32(static_cast<std::uint32_t>(value));
        } else {
            u32(static_cast<std::uint32_t>(value));
            u32(static_cast<std::uint32_t>(value >> 32));
        }
    }
    void bytes(const Bytes& data) { m_out.insert(m_out.end(), data.begin(), data.end()); }
    void text(const std::string& data)
    {
        for (char c : data)
            u8(static_cast<std::uint8_t>(c));
    }
    void pad4()
    {
        while (m_out.size() % 4 != 0)
            u8(0);
    }
    std::size_t size() const { return m_out.size(); }
    /// Patches a 32-bit value written earlier (block lengths).
    void patch32(std::size_t at, std::uint32_t value)
    {
        Writer temp(m_bigEndian);
        temp.u32(value);
        for (std::size_t i = 0; i < 4; ++i)
            m_out[at + i] = temp.m_out[i];
    }
    Bytes take() { return std::move(m_out); }

private:
    Bytes m_out;
    bool m_bigEndian;
};

void stringOption(Writer& w, std::uint16_t code, const std::string& value)
{
    w.u16(code);
    w.u16(static_cast<std::uint16_t>(value.size()));
    w.text(value);
    w.pad4();
}

// Opens a block; returns the offset of its total-length field for closeBlock().
std::size_t openBlock(Writer& w, std::uint32_t type)
{
    w.u32(type);
    const std::size_t at = w.size();
    w.u32(0);
    return at;
}

void closeBlock(Writer& w, std::size_t lengthAt)
{
    const auto length = static_cast<std::uint32_t>(w.size() - (lengthAt - 4) + 4);
    w.u32(length);
    w.patch32(lengthAt, length);
}

std::uint64_t toUnits(std::int64_t timestampNs, std::optional<std::uint8_t> tsresol)
{
    const std::uint8_t resolution = tsresol.value_or(6);
    const auto ns = static_cast<unsigned __int128>(timestampNs);
    if (resolution & 0x80) {
        const int power = resolution & 0x7f;
        return static_cast<std::uint64_t>((ns << power) / 1000000000u);
    }
    unsigned __int128 scale = 1;
    for (int i = 0; i < resolution; ++i)
        scale *= 10;
    return static_cast<std::uint64_t>(ns * scale / 1000000000u);
}

} // namespace

Bytes makePcap(const std::vector<CaptureFrame>& frames, const PcapOptions& options)
{
    Writer w(options.bigEndian);
    w.u32(options.nanosecond ? 0xa1b23c4du : 0xa1b2c3d4u);
    w.u16(2);
    w.u16(4);
    w.u32(0); // thiszone
    w.u32(0); // sigfigs
    w.u32(options.snapLength);
    w.u32(static_cast<std::uint32_t>(options.linkType));
    for (const auto& frame : frames) {
        const std::int64_t seconds = frame.timestampNs / 1000000000;
        const std::int64_t fraction = frame.timestampNs % 1000000000;
        w.u32(static_cast<std::uint32_t>(seconds));
        w.u32(static_cast<std::uint32_t>(options.nanosecond ? fraction : fraction / 1000));
        w.u32(static_cast<std::uint32_t>(frame.data.size()));
        w.u32(frame.originalLength ? frame.originalLength : static_cast<std::uint32_t>(frame.data.size()));
        w.bytes(frame.data);
    }
    return w.take();
}

Bytes makePcapng(const std::vector<CaptureFrame>& frames, const PcapngOptions& options)
{
    Writer w(options.bigEndian);
    std::size_t at = openBlock(w, 0x0A0D0D0Au);
    w.u32(0x1A2B3C4Du);
    w.u16(1);
    w.u16(0);
    w.u64(~std::uint64_t{0}); // section length unknown
    if (!options.sectionComment.empty()) {
        stringOption(w, 1, options.sectionComment);
        w.u32(0); // opt_endofopt
    }
    closeBlock(w, at);

    for (const auto& interface : options.interfaces) {
        at = openBlock(w, 1);
        w.u16(static_cast<std::uint16_t>(interface.linkType));
        w.u16(0);
        w.u32(interface.snapLength);
        const bool hasOptions = !interface.name.empty() || interface.tsresol;
        if (!interface.name.empty())
            stringOption(w, 2, interface.name);
        if (interface.tsresol) {
            w.u16(9);
            w.u16(1);
            w.u8(*interface.tsresol);
            w.pad4();
        }
        if (hasOptions)
            w.u32(0);
        closeBlock(w, at);
    }

    for (const auto& frame : frames) {
        std::optional<std::uint8_t> tsresol;
        if (frame.interfaceId < options.interfaces.size())
            tsresol = options.interfaces[frame.interfaceId].tsresol;
        const std::uint64_t units = toUnits(frame.timestampNs, tsresol);
        at = openBlock(w, 6);
        w.u32(frame.interfaceId);
        w.u32(static_cast<std::uint32_t>(units >> 32));
        w.u32(static_cast<std::uint32_t>(units));
        w.u32(static_cast<std::uint32_t>(frame.data.size()));
        w.u32(frame.originalLength ? frame.originalLength : static_cast<std::uint32_t>(frame.data.size()));
        w.bytes(frame.data);
        w.pad4();
        if (!frame.comment.empty()) {
            stringOption(w, 1, frame.comment);
            w.u32(0);
        }
        closeBlock(w, at);
    }
    return w.take();
}

bool writeFile(const std::string& path, const Bytes& data)
{
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    if (!file)
        return false;
    file.write(reinterpret_cast<const char*>(data.data()), static_cast<std::streamsize>(data.size()));
    return static_cast<bool>(file);
}

} // namespace mieruka::test
