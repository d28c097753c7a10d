// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace mieruka::net {

/// Bounds-checked cursor over a byte span. Every read returns nullopt (and sets truncated())
/// instead of reading past the end; the cursor then stays where it was. Never allocates.
/// The span must outlive the reader.
class ByteReader {
public:
    explicit ByteReader(std::span<const std::byte> data) : m_data(data) {}

    std::size_t position() const { return m_position; }
    std::size_t remaining() const { return m_data.size() - m_position; }
    bool atEnd() const { return m_position >= m_data.size(); }
    /// True once any read or skip ran past the end.
    bool truncated() const { return m_truncated; }

    std::optional<std::uint8_t> u8();
    std::optional<std::uint16_t> be16();
    std::optional<std::uint32_t> be24();
    std::optional<std::uint32_t> be32();
    std::optional<std::uint64_t> be64();
    std::optional<std::uint16_t> le16();
    std::optional<std::uint32_t> le32();
    std::optional<std::uint64_t> le64();

    /// The next `count` bytes as a sub-span, advancing past them.
    std::optional<std::span<const std::byte>> bytes(std::size_t count);
    /// Same, as characters (for ASCII fields); not validated.
    std::optional<std::string_view> chars(std::size_t count);
    /// Advances `count` bytes; false (and truncated) if fewer remain.
    bool skip(std::size_t count);
    /// The rest of the data without advancing.
    std::span<const std::byte> rest() const { return m_data.subspan(m_position); }
    /// A reader over the next `count` bytes (advancing past them); nullopt if fewer remain.
    std::optional<ByteReader> sub(std::size_t count);

    /// Reads at `offset` bytes past the cursor without moving it.
    std::optional<std::uint8_t> peekU8(std::size_t offset = 0) const;
    std::optional<std::uint16_t> peekBe16(std::size_t offset = 0) const;

private:
    std::span<const std::byte> m_data;
    std::size_t m_position = 0;
    bool m_truncated = false;
};

namespace detail {

// Hot path: defined inline so every decoder read compiles to a bounds check and a load.
// Assembles an unsigned big- or little-endian value from `count` bytes; caller checked bounds.
template <typename T>
T loadBe(std::span<const std::byte> data, std::size_t count)
{
    T value = 0;
    for (std::size_t i = 0; i < count; ++i)
        value = static_cast<T>((value << 8) | static_cast<T>(data[i]));
    return value;
}

template <typename T>
T loadLe(std::span<const std::byte> data, std::size_t count)
{
    T value = 0;
    for (std::size_t i = count; i > 0; --i)
        value = static_cast<T>((value << 8) | static_cast<T>(data[i - 1]));
    return value;
}

} // namespace detail

inline std::optional<std::uint8_t> ByteReader::u8()
{
    if (remaining() < 1) {
        m_truncated = true;
        return std::nullopt;
    }
    return static_cast<std::uint8_t>(m_data[m_position++]);
}

#define MIERUKA_READ(NAME, TYPE, COUNT, LOAD)                       \
    inline std::optional<TYPE> ByteReader::NAME()                          \
    {                                                               \
        if (remaining() < (COUNT)) {                                \
            m_truncated = true;                                     \
            return std::nullopt;                                    \
        }                                                           \
        const TYPE value = detail::LOAD<TYPE>(m_data.subspan(m_position), (COUNT)); \
        m_position += (COUNT);                                      \
        return value;                                               \
    }

MIERUKA_READ(be16, std::uint16_t, 2, loadBe)
MIERUKA_READ(be24, std::uint32_t, 3, loadBe)
MIERUKA_READ(be32, std::uint32_t, 4, loadBe)
MIERUKA_READ(be64, std::uint64_t, 8, loadBe)
MIERUKA_READ(le16, std::uint16_t, 2, loadLe)
MIERUKA_READ(le32, std::uint32_t, 4, loadLe)
MIERUKA_READ(le64, std::uint64_t, 8, loadLe)

#undef MIERUKA_READ

inline std::optional<std::span<const std::byte>> ByteReader::bytes(std::size_t count)
{
    if (remaining() < count) {
        m_truncated = true;
        return std::nullopt;
    }
    auto result = m_data.subspan(m_position, count);
    m_position += count;
    return result;
}

inline std::optional<std::string_view> ByteReader::chars(std::size_t count)
{
    auto span = bytes(count);
    if (!span)
        return std::nullopt;
    return std::string_view(reinterpret_cast<const char*>(span->data()), span->size());
}

inline bool ByteReader::skip(std::size_t count)
{
    if (remaining() < count) {
        m_truncated = true;
        return false;
    }
    m_position += count;
    return true;
}

inline std::optional<ByteReader> ByteReader::sub(std::size_t count)
{
    auto span = bytes(count);
    if (!span)
        return std::nullopt;
    return ByteReader(*span);
}

inline std::optional<std::uint8_t> ByteReader::peekU8(std::size_t offset) const
{
    if (offset >= remaining())
        return std::nullopt;
    return static_cast<std::uint8_t>(m_data[m_position + offset]);
}

inline std::optional<std::uint16_t> ByteReader::peekBe16(std::size_t offset) const
{
    if (remaining() < 2 || offset > remaining() - 2)
        return std::nullopt;
    return detail::loadBe<std::uint16_t>(m_data.subspan(m_position + offset), 2);
}

} // namespace mieruka::net
