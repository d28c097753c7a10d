// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detection_input.h"

#include <string>
#include <string_view>
#include <unordered_map>

namespace mieruka::detect {

/// Finds the host behind an address (IP or MAC text) as it appears in conversations, series
/// and operations.
class HostIndex {
public:
    explicit HostIndex(const std::vector<DetectHost>& hosts);

    const DetectHost* find(std::string_view address) const;
    /// By IP first (it names the host behind a router), else by MAC.
    const DetectHost* find(std::string_view ip, std::string_view mac) const;

private:
    const std::vector<DetectHost>& m_hosts;
    std::unordered_map<std::string, std::size_t> m_byAddress;
};

} // namespace mieruka::detect
