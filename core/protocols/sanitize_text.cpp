// SPDX-License-Identifier: GPL-3.0-or-later
#include "sanitize_text.h"

#include <cstdint>

namespace mieruka::protocols {

namespace {

constexpr char32_t kReplacement = 0xfffd;

void appendUtf8(std::string& out, char32_t code)
{
    if (code < 0x80) {
        out.push_back(static_cast<char>(code));
    } else if (code < 0x800) {
        out.push_back(static_cast<char>(0xc0 | (code >> 6)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3f)));
    } else if (code < 0x10000) {
        out.push_back(static_cast<char>(0xe0 | (code >> 12)));
        out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3f)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3f)));
    } else {
        out.push_back(static_cast<char>(0xf0 | (code >> 18)));
        out.push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3f)));
        out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3f)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3f)));
    }
}

bool isUnsafe(char32_t code)
{
    const bool control = code < 0x20 || (code >= 0x7f && code < 0xa0);
    // Embeddings, overrides and isolates reorder what follows; the marks (LRM, RLM, ALM) too.
    const bool bidi = (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)
                      || code == 0x200e || code == 0x200f || code == 0x061c;
    // Zero-width and invisible characters make two different names look the same.
    const bool invisible = (code >= 0x200b && code <= 0x200d) || (code >= 0x2060 && code <= 0x2064) || code == 0xfeff
                           || (code >= 0xfff9 && code <= 0xfffb);
    const bool nonCharacter = (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff || code == 0xfffe || code == 0xffff;
    return control || bidi || invisible || nonCharacter;
}

/// Collects code points, applies the safety rules, stops at NUL or the byte budget.
class SafeText {
public:
    explicit SafeText(std::size_t maxBytes) : m_maxBytes(maxBytes) {}

    /// False once the text is complete (NUL seen or budget exhausted).
    bool add(char32_t code)
    {
        if (code == 0)
            return false;
        if (code == u'\t' || code == u'\n' || code == u'\r' || code == 0x2028 || code == 0x2029) // line breaks
            code = u' ';
        else if (isUnsafe(code))
            code = kReplacement;
        std::string encoded;
        appendUtf8(encoded, code);
        if (m_text.size() + encoded.size() > m_maxBytes) {
            m_cut = true;
            return false;
        }
        m_text += encoded;
        return true;
    }

    std::string finish()
    {
        const auto first = m_text.find_first_not_of(' ');
        if (first == std::string::npos)
            return {};
        const auto last = m_text.find_last_not_of(' ');
        std::string result = m_text.substr(first, last - first + 1);
        if (m_cut)
            result += "\xe2\x80\xa6"; // "…"
        return result;
    }

private:
    std::size_t m_maxBytes;
    std::string m_text;
    bool m_cut = false;
};

} // namespace

std::string sanitizeText(std::string_view raw, std::size_t maxBytes)
{
    SafeText text(maxBytes);
    std::size_t i = 0;
    while (i < raw.size()) {
        const auto lead = static_cast<unsigned char>(raw[i]);
        char32_t code = kReplacement;
        std::size_t length = 1;
        if (lead < 0x80) {
            code = lead;
        } else if (lead >= 0xc2 && lead <= 0xf4) {
            const std::size_t need = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
            char32_t value = lead & (need == 2 ? 0x1f : need == 3 ? 0x0f : 0x07);
            bool valid = i + need <= raw.size();
            for (std::size_t k = 1; valid && k < need; ++k) {
                const auto next = static_cast<unsigned char>(raw[i + k]);
                valid = (next & 0xc0) == 0x80;
                value = (value << 6) | (next & 0x3f);
            }
            const char32_t minimum = need == 2 ? 0x80 : need == 3 ? 0x800 : 0x10000;
            if (valid && value >= minimum && value <= 0x10ffff) {
                code = value;
                length = need;
            }
        }
        if (!text.add(code))
            break;
        i += length;
    }
    return text.finish();
}

std::string sanitizeText(std::span<const std::byte> raw, std::size_t maxBytes)
{
    return sanitizeText(std::string_view(reinterpret_cast<const char*>(raw.data()), raw.size()), maxBytes);
}

std::string sanitizeLatin1(std::span<const std::byte> raw, std::size_t maxBytes)
{
    SafeText text(maxBytes);
    for (std::byte b : raw)
        if (!text.add(static_cast<char32_t>(std::to_integer<unsigned char>(b))))
            break;
    return text.finish();
}

std::string sanitizeUtf16Le(std::span<const std::byte> raw, std::size_t maxBytes)
{
    SafeText text(maxBytes);
    for (std::size_t i = 0; i + 1 < raw.size(); i += 2) {
        char32_t unit = std::to_integer<char32_t>(raw[i]) | (std::to_integer<char32_t>(raw[i + 1]) << 8);
        if (unit >= 0xd800 && unit <= 0xdbff && i + 3 < raw.size()) {
            const char32_t low = std::to_integer<char32_t>(raw[i + 2]) | (std::to_integer<char32_t>(raw[i + 3]) << 8);
            if (low >= 0xdc00 && low <= 0xdfff) {
                unit = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
                i += 2;
            }
        }
        if (!text.add(unit))
            break;
    }
    return text.finish();
}

} // namespace mieruka::protocols
