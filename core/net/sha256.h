// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

namespace mieruka::net {

/// Incremental SHA-256 (FIPS 180-4), used to key capture files by content.
/// Uses the x86 SHA extensions when the CPU has them, otherwise a portable implementation.
/// Not thread-safe; cheap to construct; no heap allocation.
class Sha256 {
public:
    enum class Implementation : std::uint8_t {
        Auto,       ///< SHA-NI when available, else portable
        Portable,   ///< always the portable code (tests, comparisons)
        Accelerated ///< SHA-NI if available; falls back to portable otherwise
    };

    explicit Sha256(Implementation implementation = Implementation::Auto);

    void update(std::span<const std::byte> data);
    /// Returns the digest and resets the object for a new message.
    std::array<std::uint8_t, 32> finish();
    void reset();

    /// The implementation actually in use (Portable or Accelerated).
    Implementation implementation() const { return m_accelerated ? Implementation::Accelerated : Implementation::Portable; }
    /// True when this CPU and build can run the SHA-NI path.
    static bool hardwareAccelerationAvailable();

    static std::array<std::uint8_t, 32> hash(std::span<const std::byte> data);
    /// 64 lower-case hex characters.
    static std::string toHex(const std::array<std::uint8_t, 32>& digest);

private:
    void processBlocks(const std::byte* blocks, std::size_t count);

    std::array<std::uint32_t, 8> m_state{};
    std::array<std::byte, 64> m_buffer{};
    std::size_t m_bufferSize = 0;
    std::uint64_t m_totalBytes = 0;
    bool m_accelerated = false;
};

} // namespace mieruka::net
