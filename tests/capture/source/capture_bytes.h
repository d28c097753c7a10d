// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Tiny capture-file writers for the capture/source tests, kept local so these tests do not wait on
// the shared packet builder. Everything is built byte by byte so both byte orders can be produced.

#include <zlib.h>

#include <QDir>
#include <QString>
#include <QTemporaryDir>

#include <cstdint>
#include <fstream>
#include <string>

namespace mieruka::capture::test {

class Bytes {
public:
    explicit Bytes(bool bigEndian = false) : m_bigEndian(bigEndian) {}

    Bytes& u8(std::uint8_t v) { m_data.push_back(static_cast<char>(v)); return *this; }
    Bytes& u16(std::uint16_t v) { return put(v, 2); }
    Bytes& u32(std::uint32_t v) { return put(v, 4); }
    Bytes& u64(std::uint64_t v) { return put(v, 8); }
    Bytes& raw(const std::string& s) { m_data += s; return *this; }
    Bytes& pad4() { while (m_data.size() % 4) m_data.push_back('\0'); return *this; }
    const std::string& str() const { return m_data; }
    std::size_t size() const { return m_data.size(); }
    bool bigEndian() const { return m_bigEndian; }

private:
    Bytes& put(std::uint64_t v, int n)
    {
        for (int i = 0; i < n; ++i) {
            const int shift = m_bigEndian ? 8 * (n - 1 - i) : 8 * i;
            m_data.push_back(static_cast<char>((v >> shift) & 0xff));
        }
        return *this;
    }
    std::string m_data;
    bool m_bigEndian;
};

/// A frame whose bytes encode its own number, so tests can tell frames apart.
inline std::string frame(std::size_t length, int tag)
{
    std::string s(length, '\0');
    for (std::size_t i = 0; i < length; ++i)
        s[i] = static_cast<char>((tag * 31 + static_cast<int>(i)) & 0xff);
    return s;
}

inline std::string pcapHeader(bool bigEndian, bool nano, std::uint32_t linkType, std::uint32_t snap = 65535)
{
    Bytes b(bigEndian);
    b.u32(nano ? 0xa1b23c4d : 0xa1b2c3d4).u16(2).u16(4).u32(0).u32(0).u32(snap).u32(linkType);
    return b.str();
}

inline std::string pcapRecord(bool bigEndian, std::uint32_t sec, std::uint32_t frac, const std::string& data,
                              std::uint32_t originalLength = 0)
{
    Bytes b(bigEndian);
    b.u32(sec).u32(frac).u32(static_cast<std::uint32_t>(data.size()))
        .u32(originalLength ? originalLength : static_cast<std::uint32_t>(data.size())).raw(data);
    return b.str();
}

/// A whole pcapng block: type, total length, body padded to 4, total length.
inline std::string pcapngBlock(bool bigEndian, std::uint32_t type, const std::string& body)
{
    Bytes padded(bigEndian);
    padded.raw(body).pad4();
    const auto total = static_cast<std::uint32_t>(padded.size() + 12);
    Bytes b(bigEndian);
    b.u32(type).u32(total).raw(padded.str()).u32(total);
    return b.str();
}

inline std::string pcapngOption(bool bigEndian, std::uint16_t code, const std::string& value)
{
    Bytes b(bigEndian);
    b.u16(code).u16(static_cast<std::uint16_t>(value.size())).raw(value).pad4();
    return b.str();
}

inline std::string pcapngEndOfOptions(bool bigEndian)
{
    return Bytes(bigEndian).u16(0).u16(0).str();
}

inline std::string pcapngShb(bool bigEndian, const std::string& comment = {})
{
    Bytes b(bigEndian);
    b.u32(0x1A2B3C4D).u16(1).u16(0).u64(~std::uint64_t{0});
    if (!comment.empty())
        b.raw(pcapngOption(bigEndian, 1, comment)).raw(pcapngEndOfOptions(bigEndian));
    return pcapngBlock(bigEndian, 0x0A0D0D0A, b.str());
}

/// tsresol < 0 leaves the option out (microseconds); tsoffset 0 leaves it out.
inline std::string pcapngIdb(bool bigEndian, std::uint16_t linkType, int tsresol = -1, std::int64_t tsoffset = 0,
                             const std::string& comment = {}, std::uint32_t snap = 0)
{
    Bytes b(bigEndian);
    b.u16(linkType).u16(0).u32(snap);
    std::string options;
    if (!comment.empty())
        options += pcapngOption(bigEndian, 1, comment);
    if (tsresol >= 0)
        options += pcapngOption(bigEndian, 9, std::string(1, static_cast<char>(tsresol)));
    if (tsoffset != 0)
        options += pcapngOption(bigEndian, 14, Bytes(bigEndian).u64(static_cast<std::uint64_t>(tsoffset)).str());
    if (!options.empty())
        b.raw(options).raw(pcapngEndOfOptions(bigEndian));
    return pcapngBlock(bigEndian, 1, b.str());
}

inline std::string pcapngEpb(bool bigEndian, std::uint32_t iface, std::uint64_t ts, const std::string& data,
                             const std::string& comment = {})
{
    Bytes b(bigEndian);
    b.u32(iface).u32(static_cast<std::uint32_t>(ts >> 32)).u32(static_cast<std::uint32_t>(ts))
        .u32(static_cast<std::uint32_t>(data.size())).u32(static_cast<std::uint32_t>(data.size())).raw(data).pad4();
    if (!comment.empty())
        b.raw(pcapngOption(bigEndian, 1, comment)).raw(pcapngEndOfOptions(bigEndian));
    return pcapngBlock(bigEndian, 6, b.str());
}

inline std::string snoopHeader()
{
    return Bytes(true).raw(std::string("snoop\0\0\0", 8)).u32(2).u32(4).str();
}

inline std::string snoopRecord(std::uint32_t sec, std::uint32_t usec, const std::string& data)
{
    Bytes padded(true);
    padded.raw(data).pad4();
    Bytes b(true);
    b.u32(static_cast<std::uint32_t>(data.size())).u32(static_cast<std::uint32_t>(data.size()))
        .u32(static_cast<std::uint32_t>(24 + padded.size())).u32(0).u32(sec).u32(usec).raw(padded.str());
    return b.str();
}

inline std::string writeFile(const QTemporaryDir& dir, const QString& name, const std::string& bytes)
{
    const std::string path = QDir(dir.path()).filePath(name).toStdString();
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return path;
}

inline std::string writeGzipFile(const QTemporaryDir& dir, const QString& name, const std::string& bytes)
{
    const std::string path = QDir(dir.path()).filePath(name).toStdString();
    gzFile gz = gzopen(path.c_str(), "wb");
    gzwrite(gz, bytes.data(), static_cast<unsigned>(bytes.size()));
    gzclose(gz);
    return path;
}

} // namespace mieruka::capture::test
