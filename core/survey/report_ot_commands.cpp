// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_ot_commands.h"

#include <algorithm>
#include <array>
#include <map>
#include <tuple>

namespace mieruka::survey {

namespace {

// Most disruptive first: replacing firmware or logic outlasts a restart, a stop halts the line,
// configuration and clock changes alter behaviour, a write changes one value.
constexpr std::array<std::string_view, 6> kClassOrder{"firmware", "program", "control", "configuration", "time_set", "write"};

std::size_t classRank(std::string_view operationClass)
{
    const auto it = std::find(kClassOrder.begin(), kClassOrder.end(), operationClass);
    return std::size_t(it - kClassOrder.begin());
}

std::string address(const std::string& ip, const std::string& mac)
{
    return ip.empty() ? mac : ip;
}

} // namespace

bool isReadOnlyOperationClass(std::string_view operationClass)
{
    return operationClass == "read" || operationClass == "session" || operationClass == "diagnostics";
}

bool isCriticalOperationClass(std::string_view operationClass)
{
    return operationClass == "firmware" || operationClass == "program" || operationClass == "control";
}

std::vector<OtCommandRow> otCommandRows(const std::vector<analysis::OperationRecord>& operations)
{
    using Key = std::tuple<std::string, std::string, std::string, std::string, std::string>;
    std::map<Key, OtCommandRow> groups;
    for (const auto& operation : operations) {
        if (isReadOnlyOperationClass(operation.operationClass))
            continue;
        OtCommandRow row{address(operation.srcIp, operation.srcMac), address(operation.dstIp, operation.dstMac),
                         operation.protocol, operation.operationClass, operation.name, 0, operation.firstNs};
        auto [it, added] = groups.try_emplace(Key{row.requester, row.target, row.protocol, row.operationClass, row.name}, row);
        it->second.count += operation.count;
        if (!added && operation.firstNs < it->second.firstNs)
            it->second.firstNs = operation.firstNs;
    }
    std::vector<OtCommandRow> rows;
    for (auto& [key, row] : groups)
        rows.push_back(std::move(row));
    std::stable_sort(rows.begin(), rows.end(), [](const OtCommandRow& a, const OtCommandRow& b) {
        const auto ra = classRank(a.operationClass), rb = classRank(b.operationClass);
        if (ra != rb)
            return ra < rb;
        return a.count > b.count;
    });
    return rows;
}

} // namespace mieruka::survey
