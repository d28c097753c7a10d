// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/byte_reader.h"

namespace mieruka::net {

namespace {

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

} // namespace

std::optional<std::uint8_t> ByteReader::u8()
{
    if (remaining() < 1) {
        m_truncated = true;
        return std::nullopt;
    }
    return static_cast<std::uint8_t>(m_data[m_position++]);
}

#define MIERUKA_READ(NAME, TYPE, COUNT, LOAD)                       \
    std::optional<TYPE> ByteReader::NAME()                          \
    {                                                               \
        if (remaining() < (COUNT)) {                                \
            m_truncated = true;                                     \
            return std::nullopt;                                    \
        }                                                           \
        const TYPE value = LOAD<TYPE>(m_data.subspan(m_position), (COUNT)); \
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

std::optional<std::span<const std::byte>> ByteReader::bytes(std::size_t count)
{
    if (remaining() < count) {
        m_truncated = true;
        return std::nullopt;
    }
    auto result = m_data.subspan(m_position, count);
    m_position += count;
    return result;
}

std::optional<std::string_view> ByteReader::chars(std::size_t count)
{
    auto span = bytes(count);
    if (!span)
        return std::nullopt;
    return std::string_view(reinterpret_cast<const char*>(span->data()), span->size());
}

bool ByteReader::skip(std::size_t count)
{
    if (remaining() < count) {
        m_truncated = true;
        return false;
    }
    m_position += count;
    return true;
}

std::optional<ByteReader> ByteReader::sub(std::size_t count)
{
    auto span = bytes(count);
    if (!span)
        return std::nullopt;
    return ByteReader(*span);
}

std::optional<std::uint8_t> ByteReader::peekU8(std::size_t offset) const
{
    if (offset >= remaining())
        return std::nullopt;
    return static_cast<std::uint8_t>(m_data[m_position + offset]);
}

std::optional<std::uint16_t> ByteReader::peekBe16(std::size_t offset) const
{
    if (remaining() < 2 || offset > remaining() - 2)
        return std::nullopt;
    return loadBe<std::uint16_t>(m_data.subspan(m_position + offset), 2);
}

} // namespace mieruka::net
