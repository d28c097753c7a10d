// SPDX-License-Identifier: GPL-3.0-or-later
#include "device_matcher.h"

#include <algorithm>
#include <map>

namespace mieruka::survey {

namespace {

bool sameKnown(const std::string& a, const std::string& b)
{
    return !a.empty() && a == b;
}

bool shareIp(const LedgerHost& a, const LedgerHost& b)
{
    for (const auto& ip : a.host.ips)
        if (std::find(b.host.ips.begin(), b.host.ips.end(), ip) != b.host.ips.end())
            return true;
    return false;
}

bool sameIdentity(const LedgerHost& a, const LedgerHost& b)
{
    return sameKnown(a.hostname, b.hostname) || sameKnown(a.serial, b.serial) || sameKnown(a.model, b.model)
        || sameKnown(a.vendor, b.vendor);
}

} // namespace

DeviceMatch matchDevices(const std::vector<LedgerHost>& before, const std::vector<LedgerHost>& after)
{
    DeviceMatch match;
    match.afterOfBefore.assign(before.size(), -1);
    match.beforeOfAfter.assign(after.size(), -1);
    match.how.assign(after.size(), {});
    auto pair = [&](std::size_t i, std::size_t j, const char* how) {
        match.afterOfBefore[i] = int(j);
        match.beforeOfAfter[j] = int(i);
        match.how[j] = how;
    };

    std::map<std::string, std::size_t> byMac, byIpOnly;
    for (std::size_t i = 0; i < before.size(); ++i) {
        if (!before[i].host.mac.empty())
            byMac.emplace(before[i].host.mac, i);
        else if (!before[i].host.ips.empty())
            byIpOnly.emplace(before[i].host.ips.front(), i);
    }
    for (std::size_t j = 0; j < after.size(); ++j) {
        const auto& host = after[j].host;
        const auto& index = host.mac.empty() ? byIpOnly : byMac;
        const auto found = index.find(host.mac.empty() ? (host.ips.empty() ? std::string() : host.ips.front()) : host.mac);
        if (found != index.end() && match.afterOfBefore[found->second] < 0)
            pair(found->second, j, host.mac.empty() ? "ip" : "mac");
    }
    // Only hosts left over on both sides can be one device with a new network card.
    for (std::size_t j = 0; j < after.size(); ++j) {
        if (match.beforeOfAfter[j] >= 0 || after[j].host.mac.empty())
            continue;
        for (std::size_t i = 0; i < before.size(); ++i) {
            if (match.afterOfBefore[i] >= 0 || before[i].host.mac.empty())
                continue;
            if (shareIp(before[i], after[j]) && sameIdentity(before[i], after[j])) {
                pair(i, j, "ip+identity");
                break;
            }
        }
    }
    return match;
}

} // namespace mieruka::survey
