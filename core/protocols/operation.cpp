// SPDX-License-Identifier: GPL-3.0-or-later
#include "operation.h"

#include <array>

namespace mieruka::protocols {

std::string_view operationClassName(OperationClass operationClass)
{
    static constexpr std::array<std::string_view, static_cast<std::size_t>(OperationClass::Count_)> kNames{
        "read", "write", "program", "control", "firmware", "time_set", "diagnostics", "configuration", "session", "other",
    };
    const auto index = static_cast<std::size_t>(operationClass);
    return index < kNames.size() ? kNames[index] : std::string_view("other");
}

} // namespace mieruka::protocols
