// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace mieruka::detect {

/// Concatenates message pieces. (Chains of `"literal" + std::string(...)` trip a false
/// -Wrestrict in g++ 12 at -O3, which -Werror turns into a build failure.)
inline std::string joinText(std::initializer_list<std::string_view> parts)
{
    std::size_t size = 0;
    for (std::string_view part : parts)
        size += part.size();
    std::string text;
    text.reserve(size);
    for (std::string_view part : parts)
        text.append(part);
    return text;
}

} // namespace mieruka::detect
