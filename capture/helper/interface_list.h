// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mieruka::capture::helper {

/// The interfaces libpcap can open, as `mieruka-capture interfaces` prints them.
class InterfaceList {
public:
    struct Address {
        std::string family; ///< "ipv4", "ipv6" or "mac"
        std::string address;
        std::string netmask; ///< ipv4 only; may be empty
    };
    struct Interface {
        std::string name, description;
        std::vector<Address> addresses;
        bool up = false, running = false, loopback = false, wireless = false;
        std::optional<std::array<std::uint8_t, 6>> mac;
    };

    /// Asks pcap_findalldevs. On failure returns false and sets `error` to libpcap's message.
    bool load(std::string& error);

    const std::vector<Interface>& interfaces() const { return m_interfaces; }
    const Interface* find(const std::string& name) const;

    /// A JSON array of objects {name, description, addresses, up, running, loopback, wireless}.
    std::string toJson() const;

    static std::string macText(const std::array<std::uint8_t, 6>& mac);

private:
    std::vector<Interface> m_interfaces;
};

} // namespace mieruka::capture::helper
