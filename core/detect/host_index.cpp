// SPDX-License-Identifier: GPL-3.0-or-later
#include "host_index.h"

namespace mieruka::detect {

HostIndex::HostIndex(const std::vector<DetectHost>& hosts) : m_hosts(hosts)
{
    for (std::size_t i = 0; i < hosts.size(); ++i) {
        for (const auto& ip : hosts[i].ips)
            m_byAddress.try_emplace(ip, i);
        // A router's MAC carries many hosts' traffic: it names the router only.
        if (!hosts[i].mac.empty())
            m_byAddress.try_emplace(hosts[i].mac, i);
    }
}

const DetectHost* HostIndex::find(std::string_view address) const
{
    if (address.empty())
        return nullptr;
    const auto it = m_byAddress.find(std::string(address));
    return it == m_byAddress.end() ? nullptr : &m_hosts[it->second];
}

const DetectHost* HostIndex::find(std::string_view ip, std::string_view mac) const
{
    if (const DetectHost* host = find(ip))
        return host;
    return find(mac);
}

} // namespace mieruka::detect
