// SPDX-License-Identifier: GPL-3.0-or-later
#include "hygiene_detectors.h"

#include "arp_spoofing.h"
#include "cleartext_protocol.h"
#include "duplicate_ip.h"
#include "internet_exposure.h"
#include "opcua_no_security.h"
#include "rogue_dhcp.h"
#include "scan.h"
#include "smbv1.h"

#include <array>
#include <utility>

namespace mieruka::detect {

void runHygieneDetectors(const DetectionContext& context, AlertList& alerts)
{
    using Run = void (*)(const DetectionContext&, AlertList&);
    static constexpr std::array<std::pair<AlertType, Run>, 8> kDetectors{{
        {AlertType::InternetExposure, &InternetExposure::run},
        {AlertType::CleartextProtocol, &CleartextProtocol::run},
        {AlertType::Smbv1, &Smbv1::run},
        {AlertType::OpcuaNoSecurity, &OpcuaNoSecurity::run},
        {AlertType::DuplicateIp, &DuplicateIp::run},
        {AlertType::ArpSpoofing, &ArpSpoofing::run},
        {AlertType::RogueDhcp, &RogueDhcp::run},
        {AlertType::Scan, &Scan::run},
    }};
    for (const auto& [type, run] : kDetectors)
        if (context.options.isEnabled(type))
            run(context, alerts);
}

} // namespace mieruka::detect
