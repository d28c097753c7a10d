// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

namespace mieruka::capture {

/// Bounds-checked forward reader over file bytes for the project's own file-format parsers.
/// Every read returns std::nullopt (and consumes nothing) when fewer bytes remain than requested.
class SpanCursor {
public:
    SpanCursor(std::span<const std::byte> bytes, bool bigEndian) : m_bytes(bytes), m_bigEndian(bigEndian) {}

    std::size_t remaining() const { return m_bytes.size() - m_pos; }
    std::size_t position() const { return m_pos; }
    void setBigEndian(bool bigEndian) { m_bigEndian = bigEndian; }

    std::optional<std::uint16_t> u16() { return readInt<std::uint16_t>(); }
    std::optional<std::uint32_t> u32() { return readInt<std::uint32_t>(); }
    std::optional<std::uint64_t> u64() { return readInt<std::uint64_t>(); }

    std::optional<std::uint8_t> u8()
    {
        if (remaining() < 1)
            return std::nullopt;
        return static_cast<std::uint8_t>(m_bytes[m_pos++]);
    }

    std::optional<std::span<const std::byte>> bytes(std::size_t count)
    {
        if (remaining() < count)
            return std::nullopt;
        auto out = m_bytes.subspan(m_pos, count);
        m_pos += count;
        return out;
    }

    bool skip(std::size_t count)
    {
        if (remaining() < count)
            return false;
        m_pos += count;
        return true;
    }

private:
    template<typename T>
    std::optional<T> readInt()
    {
        if (remaining() < sizeof(T))
            return std::nullopt;
        T value = 0;
        for (std::size_t i = 0; i < sizeof(T); ++i) {
            const std::size_t index = m_bigEndian ? i : sizeof(T) - 1 - i;
            value = static_cast<T>((value << 8) | static_cast<std::uint8_t>(m_bytes[m_pos + index]));
        }
        m_pos += sizeof(T);
        return value;
    }

    std::span<const std::byte> m_bytes;
    std::size_t m_pos = 0;
    bool m_bigEndian;
};

} // namespace mieruka::capture
