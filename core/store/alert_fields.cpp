// SPDX-License-Identifier: GPL-3.0-or-later
#include "alert_fields.h"

#include <cstdio>
#include <optional>

namespace mieruka::store {

namespace {

void appendQuoted(std::string& out, std::string_view text)
{
    out += '"';
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04x", byte);
            out += escape;
        } else {
            out += c;
        }
    }
    out += '"';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

class Reader {
public:
    explicit Reader(std::string_view text) : m_text(text) {}

    bool consume(char expected)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == expected) {
            ++m_pos;
            return true;
        }
        return false;
    }

    std::optional<std::string> quoted()
    {
        if (!consume('"'))
            return std::nullopt;
        std::string value;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == '"')
                return value;
            if (c != '\\') {
                value += c;
                continue;
            }
            if (m_pos >= m_text.size())
                return std::nullopt;
            const char escaped = m_text[m_pos++];
            if (escaped != 'u') {
                value += escaped == 'n' ? '\n' : escaped == 't' ? '\t' : escaped;
                continue;
            }
            // Only the control characters encodeAlertFields escapes come back this way.
            if (m_pos + 4 > m_text.size())
                return std::nullopt;
            int code = 0;
            for (int i = 0; i < 4; ++i) {
                const int digit = hexValue(m_text[m_pos++]);
                if (digit < 0)
                    return std::nullopt;
                code = code * 16 + digit;
            }
            value += static_cast<char>(code & 0xff);
        }
        return std::nullopt;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n'))
            ++m_pos;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

} // namespace

std::string encodeAlertFields(const AlertFields& fields)
{
    std::string out = "{";
    for (const auto& [key, value] : fields) {
        if (out.size() > 1)
            out += ',';
        appendQuoted(out, key);
        out += ':';
        appendQuoted(out, value);
    }
    out += '}';
    return out;
}

AlertFields decodeAlertFields(std::string_view json)
{
    AlertFields fields;
    Reader reader(json);
    if (!reader.consume('{') || reader.consume('}'))
        return fields;
    do {
        auto key = reader.quoted();
        if (!key || !reader.consume(':'))
            break;
        auto value = reader.quoted();
        if (!value)
            break;
        fields.emplace_back(std::move(*key), std::move(*value));
    } while (reader.consume(','));
    return fields;
}

} // namespace mieruka::store
