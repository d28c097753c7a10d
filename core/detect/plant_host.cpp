// SPDX-License-Identifier: GPL-3.0-or-later
#include "plant_host.h"

#include "core/net/ip_address.h"
#include "core/net/mac_address.h"

namespace mieruka::detect {

bool isPlantHost(const DetectHost& host)
{
    if (host.isRouter)
        return false;
    if (!host.mac.empty())
        return true;
    for (const auto& ip : host.ips)
        if (isPrivateAddress(ip))
            return true;
    return false;
}

bool isPrivateAddress(std::string_view address)
{
    const auto ip = net::IpAddress::parse(address);
    return ip && (ip->isPrivate() || ip->isLinkLocal()) && !ip->isMulticast();
}

bool isPublicAddress(std::string_view address)
{
    const auto ip = net::IpAddress::parse(address);
    return ip && ip->isGlobalUnicast();
}

bool isGroupAddress(std::string_view address)
{
    if (const auto ip = net::IpAddress::parse(address)) {
        if (ip->isMulticast() || ip->isBroadcast() || ip->isUnspecified())
            return true;
        // A directed subnet broadcast (x.y.z.255) is the usual target of announcements.
        return ip->isV4() && (ip->v4Value() & 0xff) == 0xff;
    }
    if (const auto mac = net::MacAddress::parse(address))
        return mac->isMulticast();
    return false;
}

} // namespace mieruka::detect
