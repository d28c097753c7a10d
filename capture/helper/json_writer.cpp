// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/helper/json_writer.h"

#include <cstdint>
#include <cstdio>

namespace mieruka::capture::helper {
namespace {

/// Length of the valid UTF-8 sequence starting at `pos`, or 0 when the bytes there are not one
/// (overlong forms, surrogates and code points past U+10FFFF count as invalid).
std::size_t validSequence(std::string_view s, std::size_t pos)
{
    const auto at = [&](std::size_t i) { return static_cast<std::uint8_t>(s[i]); };
    const std::uint8_t lead = at(pos);
    std::size_t length = 0;
    std::uint32_t minimum = 0;
    std::uint32_t cp = 0;
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2, minimum = 0x80, cp = lead & 0x1fu;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3, minimum = 0x800, cp = lead & 0x0fu;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4, minimum = 0x10000, cp = lead & 0x07u;
    } else {
        return 0;
    }
    if (s.size() - pos < length)
        return 0;
    for (std::size_t i = 1; i < length; ++i) {
        if ((at(pos + i) & 0xc0u) != 0x80u)
            return 0;
        cp = (cp << 6) | (at(pos + i) & 0x3fu);
    }
    if (cp < minimum || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return 0;
    return length;
}

} // namespace

std::string JsonWriter::quoted(std::string_view text)
{
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<std::uint8_t>(text[i]);
        if (byte == '"' || byte == '\\') {
            out += '\\';
            out += static_cast<char>(byte);
            ++i;
        } else if (byte < 0x20 || byte == 0x7f) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04x", byte);
            out += escape;
            ++i;
        } else if (byte < 0x80) {
            out += static_cast<char>(byte);
            ++i;
        } else if (const std::size_t length = validSequence(text, i); length > 0) {
            out.append(text.substr(i, length));
            i += length;
        } else {
            out += "\xef\xbf\xbd";
            ++i;
        }
    }
    out += '"';
    return out;
}

void JsonWriter::separate()
{
    if (m_needComma)
        m_text += ',';
    m_needComma = true;
}

void JsonWriter::beginObject()
{
    separate();
    m_text += '{';
    m_needComma = false;
}

void JsonWriter::endObject()
{
    m_text += '}';
    m_needComma = true;
}

void JsonWriter::beginArray()
{
    separate();
    m_text += '[';
    m_needComma = false;
}

void JsonWriter::endArray()
{
    m_text += ']';
    m_needComma = true;
}

void JsonWriter::key(std::string_view name)
{
    separate();
    m_text += quoted(name);
    m_text += ':';
    m_needComma = false;
}

void JsonWriter::value(std::string_view text)
{
    separate();
    m_text += quoted(text);
}

void JsonWriter::value(bool flag)
{
    separate();
    m_text += flag ? "true" : "false";
}

} // namespace mieruka::capture::helper
