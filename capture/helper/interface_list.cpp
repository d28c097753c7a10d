// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/helper/interface_list.h"

#include "capture/helper/json_writer.h"

#include <pcap/pcap.h>

#include <cstdio>
#include <cstring>

#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif
#ifdef __linux__
#include <linux/if_packet.h>
#endif

namespace mieruka::capture::helper {
namespace {

std::string ipText(const sockaddr* address)
{
    char text[INET6_ADDRSTRLEN] = {};
    if (address == nullptr)
        return {};
    if (address->sa_family == AF_INET) {
        const auto* in = reinterpret_cast<const sockaddr_in*>(address);
        return inet_ntop(AF_INET, &in->sin_addr, text, sizeof text) ? text : std::string();
    }
    if (address->sa_family == AF_INET6) {
        const auto* in6 = reinterpret_cast<const sockaddr_in6*>(address);
        return inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof text) ? text : std::string();
    }
    return {};
}

#ifdef __linux__
std::optional<std::array<std::uint8_t, 6>> packetMac(const sockaddr* address)
{
    if (address == nullptr || address->sa_family != AF_PACKET)
        return std::nullopt;
    const auto* ll = reinterpret_cast<const sockaddr_ll*>(address);
    if (ll->sll_halen != 6)
        return std::nullopt;
    std::array<std::uint8_t, 6> mac{};
    std::memcpy(mac.data(), ll->sll_addr, mac.size());
    return mac;
}

// Some interfaces have no AF_PACKET entry in the list (libpcap builds it from getifaddrs).
std::optional<std::array<std::uint8_t, 6>> ioctlMac(const std::string& name)
{
    if (name.size() >= IFNAMSIZ)
        return std::nullopt;
    const int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return std::nullopt;
    ifreq request{};
    std::memcpy(request.ifr_name, name.data(), name.size());
    std::optional<std::array<std::uint8_t, 6>> mac;
    if (ioctl(fd, SIOCGIFHWADDR, &request) == 0 && request.ifr_hwaddr.sa_family == 1 /* ARPHRD_ETHER */) {
        mac.emplace();
        std::memcpy(mac->data(), request.ifr_hwaddr.sa_data, mac->size());
    }
    close(fd);
    return mac;
}
#endif

} // namespace

std::string InterfaceList::macText(const std::array<std::uint8_t, 6>& mac)
{
    char text[18];
    std::snprintf(text, sizeof text, "%02x:%02x:%02x:%02x:%02x:%02x", mac[0], mac[1], mac[2], mac[3], mac[4], mac[5]);
    return text;
}

bool InterfaceList::load(std::string& error)
{
    pcap_if_t* all = nullptr;
    char message[PCAP_ERRBUF_SIZE] = {};
    if (pcap_findalldevs(&all, message) != 0) {
        error = message;
        return false;
    }
    m_interfaces.clear();
    for (const pcap_if_t* dev = all; dev != nullptr; dev = dev->next) {
        Interface entry;
        entry.name = dev->name ? dev->name : "";
        entry.description = dev->description ? dev->description : "";
        entry.up = (dev->flags & PCAP_IF_UP) != 0;
        entry.running = (dev->flags & PCAP_IF_RUNNING) != 0;
        entry.loopback = (dev->flags & PCAP_IF_LOOPBACK) != 0;
        entry.wireless = (dev->flags & PCAP_IF_WIRELESS) != 0;
        for (const pcap_addr_t* a = dev->addresses; a != nullptr; a = a->next) {
            if (a->addr == nullptr)
                continue;
            if (a->addr->sa_family == AF_INET)
                entry.addresses.push_back({"ipv4", ipText(a->addr), ipText(a->netmask)});
            else if (a->addr->sa_family == AF_INET6)
                entry.addresses.push_back({"ipv6", ipText(a->addr), {}});
#ifdef __linux__
            else if (auto mac = packetMac(a->addr); mac && !entry.mac)
                entry.mac = mac;
#endif
        }
#ifdef __linux__
        if (!entry.mac)
            entry.mac = ioctlMac(entry.name);
#endif
        if (entry.mac)
            entry.addresses.push_back({"mac", macText(*entry.mac), {}});
        m_interfaces.push_back(std::move(entry));
    }
    pcap_freealldevs(all);
    return true;
}

const InterfaceList::Interface* InterfaceList::find(const std::string& name) const
{
    for (const Interface& entry : m_interfaces)
        if (entry.name == name)
            return &entry;
    return nullptr;
}

std::string InterfaceList::toJson() const
{
    JsonWriter json;
    json.beginArray();
    for (const Interface& entry : m_interfaces) {
        json.beginObject();
        json.key("name");
        json.value(entry.name);
        json.key("description");
        json.value(entry.description);
        json.key("addresses");
        json.beginArray();
        for (const Address& address : entry.addresses) {
            json.beginObject();
            json.key("family");
            json.value(address.family);
            json.key("address");
            json.value(address.address);
            if (!address.netmask.empty()) {
                json.key("netmask");
                json.value(address.netmask);
            }
            json.endObject();
        }
        json.endArray();
        json.key("up");
        json.value(entry.up);
        json.key("running");
        json.value(entry.running);
        json.key("loopback");
        json.value(entry.loopback);
        json.key("wireless");
        json.value(entry.wireless);
        json.endObject();
    }
    json.endArray();
    return json.text();
}

} // namespace mieruka::capture::helper
