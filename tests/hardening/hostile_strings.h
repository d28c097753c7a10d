// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace mieruka::test {

/// A string a device could announce to attack whoever reads the survey: in a spreadsheet, a
/// browser, a terminal, a PDF or the GUI. `marker` is ASCII text that survives neutralisation,
/// so a check can find where the string ended up.
struct HostileString {
    std::string id;
    std::string bytes;
    std::string marker;
};

inline std::vector<HostileString> hostileStrings()
{
    using namespace std::string_literals;
    std::string huge = "hx64k-";
    while (huge.size() < 65536)
        huge += "AAAAAAAAAAAAAAA<i>";
    huge.resize(65536);
    return {
        {"formula-cmd", "=cmd|' /C calc'!A0", "cmd|"},
        {"formula-plus", "+1+1 hxplus", "hxplus"},
        {"formula-minus", "-2+3 hxminus", "hxminus"},
        {"formula-at", "@SUM(1) hxat", "hxat"},
        {"formula-tab", "\t=1+2 hxtab", "hxtab"},
        {"formula-cr", "\r=1+3 hxcr", "hxcr"},
        {"html-img", "<b>bold</b><img src=x onerror=alert(1)>", "<b>bold"},
        {"html-link", "<a href=\"http://evil\">hxlink</a>", "hxlink"},
        {"rtl-override", "hxrtl\xE2\x80\xAE" "fdp.exe", "hxrtl"},
        {"bidi-isolates", "hxiso\xE2\x81\xA6" "a\xE2\x81\xA7" "b\xE2\x81\xA8" "c\xE2\x81\xA9" "d\xE2\x80\xAA" "e\xE2\x80\xAB", "hxiso"},
        {"bidi-marks", "hxmark\xE2\x80\x8E" "l\xE2\x80\x8F" "r\xD8\x9C" "a", "hxmark"},
        {"c0-controls", "hxc0\x01\x02\x07\x08\x0b\x0c\x1f" "end", "hxc0"},
        {"nul", "hxnul\0after-nul"s, "hxnul"},
        {"escape-sequences", "hxesc\x1b[31mred\x1b[0m\x1b]0;title\x07" "x", "hxesc"},
        {"del-c1", "hxdel\x7f" "c1\xC2\x85\xC2\x9B" "x\xC2\x9F", "hxdel"},
        {"long-64k", huge, "hx64k-"},
        {"invalid-utf8", "hxbad\x80\xBF" "\xC0\xAF" "\xE0\x80\xAF" "\xED\xA0\x80" "\xF8\x88\x80\x80\x80" "\xFF\xFE" "end", "hxbad"},
        {"zero-width", "hxzw\xE2\x80\x8B" "p\xE2\x80\x8C" "l\xE2\x80\x8D" "c\xEF\xBB\xBF" "1\xE2\x81\xA0" "2", "hxzw"},
        {"line-separators", "hxsep\xE2\x80\xA8" "a\xE2\x80\xA9" "b\n\r\nc", "hxsep"},
    };
}

/// Code points that must never reach a reader raw: C0/C1 controls and DEL, bidirectional
/// embeddings, overrides, isolates and marks, invisible zero-width characters and separators,
/// surrogates and non-characters.
inline bool isForbiddenInOutput(char32_t code)
{
    return code < 0x20 || (code >= 0x7f && code < 0xa0) || code == 0x061c || (code >= 0x200b && code <= 0x200f)
           || (code >= 0x2028 && code <= 0x202e) || (code >= 0x2060 && code <= 0x2069) || code == 0xfeff
           || (code >= 0xfff9 && code <= 0xfffb) || (code >= 0xd800 && code <= 0xdfff) || code == 0xfffe || code == 0xffff;
}

} // namespace mieruka::test
