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

} // namespace mieruka::net
