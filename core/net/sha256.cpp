// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/sha256.h"

#include <algorithm>
#include <cstring>

#if (defined(__GNUC__) || defined(__clang__)) && (defined(__x86_64__) || defined(__i386__))
#define MIERUKA_SHA_NI 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace mieruka::net {

namespace {

alignas(16) constexpr std::uint32_t kRoundConstants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

constexpr std::array<std::uint32_t, 8> kInitialState = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
};

constexpr std::uint32_t rotr(std::uint32_t value, int bits)
{
    return (value >> bits) | (value << (32 - bits));
}

std::uint32_t loadBe32(const std::byte* p)
{
    return static_cast<std::uint32_t>(p[0]) << 24 | static_cast<std::uint32_t>(p[1]) << 16
        | static_cast<std::uint32_t>(p[2]) << 8 | static_cast<std::uint32_t>(p[3]);
}

void compressPortable(std::array<std::uint32_t, 8>& state, const std::byte* blocks, std::size_t count)
{
    std::uint32_t w[64];
    for (std::size_t block = 0; block < count; ++block, blocks += 64) {
        for (int t = 0; t < 16; ++t)
            w[t] = loadBe32(blocks + t * 4);
        for (int t = 16; t < 64; ++t) {
            const std::uint32_t s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3);
            const std::uint32_t s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        std::uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
        std::uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
        for (int t = 0; t < 64; ++t) {
            const std::uint32_t t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g))
                + kRoundConstants[t] + w[t];
            const std::uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}

#ifdef MIERUKA_SHA_NI

#define MIERUKA_SHA_TARGET __attribute__((target("sha,sse4.1,ssse3")))

// Four rounds; `schedule` derives this group's message words from the previous four groups
// (a = W[t-16..t-13] becomes W[t..t+3]; b, c, d are the three groups after it).
MIERUKA_SHA_TARGET inline void fourRounds(__m128i& abef, __m128i& cdgh, __m128i& a, const __m128i& b,
                                           const __m128i& c, const __m128i& d, int group, bool schedule)
{
    if (schedule) {
        const __m128i partial = _mm_add_epi32(_mm_sha256msg1_epu32(a, b), _mm_alignr_epi8(d, c, 4));
        a = _mm_sha256msg2_epu32(partial, d);
    }
    __m128i message = _mm_add_epi32(a, _mm_load_si128(reinterpret_cast<const __m128i*>(kRoundConstants + group * 4)));
    cdgh = _mm_sha256rnds2_epu32(cdgh, abef, message);
    message = _mm_shuffle_epi32(message, 0x0E);
    abef = _mm_sha256rnds2_epu32(abef, cdgh, message);
}

MIERUKA_SHA_TARGET void compressShaNi(std::array<std::uint32_t, 8>& state, const std::byte* blocks, std::size_t count)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bll, 0x0405060700010203ll);
    // The instructions want the state as (A,B,E,F) and (C,D,G,H).
    __m128i dcba = _mm_loadu_si128(reinterpret_cast<const __m128i*>(state.data()));
    __m128i hgfe = _mm_loadu_si128(reinterpret_cast<const __m128i*>(state.data() + 4));
    const __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
    const __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);

    for (std::size_t block = 0; block < count; ++block, blocks += 64) {
        const __m128i abefSaved = abef;
        const __m128i cdghSaved = cdgh;
        const auto* in = reinterpret_cast<const __m128i*>(blocks);
        __m128i m0 = _mm_shuffle_epi8(_mm_loadu_si128(in + 0), byteSwap);
        __m128i m1 = _mm_shuffle_epi8(_mm_loadu_si128(in + 1), byteSwap);
        __m128i m2 = _mm_shuffle_epi8(_mm_loadu_si128(in + 2), byteSwap);
        __m128i m3 = _mm_shuffle_epi8(_mm_loadu_si128(in + 3), byteSwap);
        for (int group = 0; group < 16; group += 4) {
            const bool schedule = group >= 4;
            fourRounds(abef, cdgh, m0, m1, m2, m3, group, schedule);
            fourRounds(abef, cdgh, m1, m2, m3, m0, group + 1, schedule);
            fourRounds(abef, cdgh, m2, m3, m0, m1, group + 2, schedule);
            fourRounds(abef, cdgh, m3, m0, m1, m2, group + 3, schedule);
        }
        abef = _mm_add_epi32(abef, abefSaved);
        cdgh = _mm_add_epi32(cdgh, cdghSaved);
    }

    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    dcba = _mm_blend_epi16(feba, dchg, 0xF0);
    hgfe = _mm_alignr_epi8(dchg, feba, 8);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state.data()), dcba);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state.data() + 4), hgfe);
}

bool detectShaNi()
{
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx))
        return false;
    const bool ssse3 = (ecx & (1u << 9)) != 0;
    const bool sse41 = (ecx & (1u << 19)) != 0;
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx))
        return false;
    const bool sha = (ebx & (1u << 29)) != 0;
    return ssse3 && sse41 && sha;
}

#endif

} // namespace

Sha256::Sha256(Implementation implementation)
{
    m_accelerated = implementation != Implementation::Portable && hardwareAccelerationAvailable();
    reset();
}

bool Sha256::hardwareAccelerationAvailable()
{
#ifdef MIERUKA_SHA_NI
    static const bool available = detectShaNi();
    return available;
#else
    return false;
#endif
}

void Sha256::reset()
{
    m_state = kInitialState;
    m_bufferSize = 0;
    m_totalBytes = 0;
}

void Sha256::processBlocks(const std::byte* blocks, std::size_t count)
{
#ifdef MIERUKA_SHA_NI
    if (m_accelerated) {
        compressShaNi(m_state, blocks, count);
        return;
    }
#endif
    compressPortable(m_state, blocks, count);
}

void Sha256::update(std::span<const std::byte> data)
{
    m_totalBytes += data.size();
    if (m_bufferSize > 0) {
        const std::size_t take = std::min(data.size(), m_buffer.size() - m_bufferSize);
        std::memcpy(m_buffer.data() + m_bufferSize, data.data(), take);
        m_bufferSize += take;
        data = data.subspan(take);
        if (m_bufferSize < m_buffer.size())
            return;
        processBlocks(m_buffer.data(), 1);
        m_bufferSize = 0;
    }
    const std::size_t blocks = data.size() / 64;
    if (blocks > 0) {
        processBlocks(data.data(), blocks);
        data = data.subspan(blocks * 64);
    }
    if (!data.empty()) {
        std::memcpy(m_buffer.data(), data.data(), data.size());
        m_bufferSize = data.size();
    }
}

std::array<std::uint8_t, 32> Sha256::finish()
{
    const std::uint64_t bitLength = m_totalBytes * 8;
    std::array<std::byte, 72> padding{};
    padding[0] = std::byte{0x80};
    // Pad so that the 8-byte length ends exactly on a block boundary.
    const std::size_t padLength = (m_bufferSize < 56 ? 56 : 120) - m_bufferSize;
    for (int i = 0; i < 8; ++i)
        padding[padLength + static_cast<std::size_t>(i)] = static_cast<std::byte>(bitLength >> (56 - 8 * i));
    update(std::span<const std::byte>(padding.data(), padLength + 8));

    std::array<std::uint8_t, 32> digest{};
    for (std::size_t i = 0; i < 8; ++i) {
        digest[i * 4] = static_cast<std::uint8_t>(m_state[i] >> 24);
        digest[i * 4 + 1] = static_cast<std::uint8_t>(m_state[i] >> 16);
        digest[i * 4 + 2] = static_cast<std::uint8_t>(m_state[i] >> 8);
        digest[i * 4 + 3] = static_cast<std::uint8_t>(m_state[i]);
    }
    reset();
    return digest;
}

std::array<std::uint8_t, 32> Sha256::hash(std::span<const std::byte> data)
{
    Sha256 sha;
    sha.update(data);
    return sha.finish();
}

std::string Sha256::toHex(const std::array<std::uint8_t, 32>& digest)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string text(64, '0');
    for (std::size_t i = 0; i < digest.size(); ++i) {
        text[i * 2] = kHex[digest[i] >> 4];
        text[i * 2 + 1] = kHex[digest[i] & 0x0f];
    }
    return text;
}

} // namespace mieruka::net
