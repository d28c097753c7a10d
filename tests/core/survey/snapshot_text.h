// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/survey/survey_snapshot.h"

#include <string>

namespace mieruka::test {

/// Every string of the snapshot, so a test can look for what must not be there.
inline std::string dump(const mieruka::survey::SurveySnapshot& snapshot)
{
    std::string text;
    auto add = [&text](const std::string& value) { text += value + '\n'; };
    for (const auto& host : snapshot.hosts) {
        add(host.host.mac);
        add(host.host.viaRouterMac);
        for (const auto& ip : host.host.ips)
            add(ip);
        add(host.hostname);
        add(host.serial);
        for (const auto& evidence : host.evidence) {
            add(evidence.value);
            add(evidence.capture);
        }
    }
    for (const auto& c : snapshot.conversations)
        add(c.lo + ' ' + c.hi);
    for (const auto& e : snapshot.endpoints)
        add(e.address);
    for (const auto& o : snapshot.operations)
        add(o.srcMac + ' ' + o.srcIp + ' ' + o.dstMac + ' ' + o.dstIp);
    for (const auto& a : snapshot.alerts) {
        add(a.src + ' ' + a.dst + ' ' + a.srcMac + ' ' + a.dstMac + ' ' + a.rule);
        for (const auto& [key, value] : a.fields)
            add(key + '=' + value);
    }
    for (const auto& capture : snapshot.captures)
        add(capture.path);
    return text;
}

} // namespace mieruka::test
