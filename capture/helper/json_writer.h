// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace mieruka::capture::helper {

/// Builds compact JSON text. The caller keeps the nesting right; this class only places commas and
/// escapes strings, replacing bytes that are not valid UTF-8 with U+FFFD so the output always parses.
class JsonWriter {
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(std::string_view name);
    void value(std::string_view text);
    void value(bool flag);

    const std::string& text() const { return m_text; }

    static std::string quoted(std::string_view text);

private:
    void separate();

    std::string m_text;
    bool m_needComma = false;
};

} // namespace mieruka::capture::helper
