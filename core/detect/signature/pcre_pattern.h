// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace mieruka::detect {

/// A PCRE2 pattern compiled once (JIT-compiled when the library supports it), matched against
/// raw payload bytes (never as UTF). Every match runs under a match limit and a backtracking
/// depth limit, so a hostile payload can make a badly written expression fail, not run long.
/// Holds its own match data: not thread-safe, one engine per thread.
class PcrePattern {
public:
    struct Flags {
        bool caseless = false;      ///< i
        bool dotAll = false;        ///< s
        bool multiline = false;     ///< m
        bool extended = false;      ///< x
        bool anchored = false;      ///< A
        bool dollarEndOnly = false; ///< E
        bool ungreedy = false;      ///< G
    };

    /// nullptr with `error` set when PCRE2 refuses the expression.
    static std::unique_ptr<PcrePattern> compile(std::string_view expression, Flags flags, std::string& error);
    ~PcrePattern();
    PcrePattern(const PcrePattern&) = delete;
    PcrePattern& operator=(const PcrePattern&) = delete;

    struct Match {
        std::size_t start;
        std::size_t end;
    };
    /// The first match in `subject`; nullopt when there is none or a limit stopped the search.
    std::optional<Match> find(std::span<const std::uint8_t> subject) const;

    bool jitCompiled() const { return m_jit; }
    /// How many searches a limit cut short (counted, reported as "no match").
    std::uint64_t limitHits() const { return m_limitHits; }

    static constexpr std::uint32_t kMatchLimit = 20000;
    static constexpr std::uint32_t kDepthLimit = 2000;
    static constexpr std::uint32_t kHeapLimitKiB = 4096;

private:
    PcrePattern() = default;

    struct Handles;
    std::unique_ptr<Handles> m_handles;
    bool m_jit = false;
    mutable std::uint64_t m_limitHits = 0;
};

} // namespace mieruka::detect
