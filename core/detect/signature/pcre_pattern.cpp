// SPDX-License-Identifier: GPL-3.0-or-later
#define PCRE2_CODE_UNIT_WIDTH 8
#include "core/detect/signature/pcre_pattern.h"
#include "core/detect/signature/text_join.h"

#include <pcre2.h>

namespace mieruka::detect {

struct PcrePattern::Handles {
    pcre2_code* code = nullptr;
    pcre2_match_data* matchData = nullptr;
    pcre2_match_context* context = nullptr;

    ~Handles()
    {
        pcre2_match_context_free(context);
        pcre2_match_data_free(matchData);
        pcre2_code_free(code);
    }
};

std::unique_ptr<PcrePattern> PcrePattern::compile(std::string_view expression, Flags flags, std::string& error)
{
    // Payloads are bytes, not text: (*UTF) in a rule would make every binary payload an error.
    std::uint32_t options = PCRE2_NEVER_UTF;
    if (flags.caseless)
        options |= PCRE2_CASELESS;
    if (flags.dotAll)
        options |= PCRE2_DOTALL;
    if (flags.multiline)
        options |= PCRE2_MULTILINE;
    if (flags.extended)
        options |= PCRE2_EXTENDED;
    if (flags.anchored)
        options |= PCRE2_ANCHORED;
    if (flags.dollarEndOnly)
        options |= PCRE2_DOLLAR_ENDONLY;
    if (flags.ungreedy)
        options |= PCRE2_UNGREEDY;

    int errorCode = 0;
    PCRE2_SIZE errorOffset = 0;
    auto handles = std::make_unique<Handles>();
    handles->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(expression.data()), expression.size(), options,
                                  &errorCode, &errorOffset, nullptr);
    if (!handles->code) {
        PCRE2_UCHAR message[256];
        pcre2_get_error_message(errorCode, message, sizeof message);
        error = joinText(
            {"pcre: ", reinterpret_cast<const char*>(message), " at offset ", std::to_string(errorOffset)});
        return nullptr;
    }
    handles->matchData = pcre2_match_data_create(1, nullptr);
    handles->context = pcre2_match_context_create(nullptr);
    if (!handles->matchData || !handles->context) {
        error = "pcre: out of memory";
        return nullptr;
    }
    pcre2_set_match_limit(handles->context, kMatchLimit);
    pcre2_set_depth_limit(handles->context, kDepthLimit);
    pcre2_set_heap_limit(handles->context, kHeapLimitKiB);

    std::unique_ptr<PcrePattern> pattern(new PcrePattern());
    // JIT is optional: a library built without it, or a pattern it cannot take, falls back.
    pattern->m_jit = pcre2_jit_compile(handles->code, PCRE2_JIT_COMPLETE) == 0;
    pattern->m_handles = std::move(handles);
    return pattern;
}

PcrePattern::~PcrePattern() = default;

std::optional<PcrePattern::Match> PcrePattern::find(std::span<const std::uint8_t> subject) const
{
    // An empty span may carry a null pointer; PCRE2 wants a valid one even for length 0.
    static const std::uint8_t kEmpty = 0;
    const std::uint8_t* data = subject.empty() ? &kEmpty : subject.data();
    const int result = pcre2_match(m_handles->code, data, subject.size(), 0, 0, m_handles->matchData,
                                   m_handles->context);
    if (result < 0) {
        if (result != PCRE2_ERROR_NOMATCH)
            ++m_limitHits;
        return std::nullopt;
    }
    const PCRE2_SIZE* vector = pcre2_get_ovector_pointer(m_handles->matchData);
    if (vector[0] > subject.size() || vector[1] > subject.size() || vector[1] < vector[0])
        return std::nullopt; // \K can report a start after the end; treat as no usable match
    return Match{vector[0], vector[1]};
}

} // namespace mieruka::detect
