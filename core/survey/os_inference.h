// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mieruka::survey {

struct Evidence;

/// One operating system per host, fused from every OS hint in its evidence (TCP signatures,
/// CIFS browser and SMB strings, banners, user agents, DHCP vendor class), with the end-of-life
/// verdict relative to the survey date. Tables: resources/os/{banners,eol}.tsv.
struct OsVerdict {
    std::string family = "unknown"; ///< windows | linux | macos | bsd | embedded | rtos | unknown
    std::string name;
    std::string version;
    double confidence = 0;
    bool eol = false;
    std::string eolDate;            ///< "2014-04-08" when the release has a known end of life
    std::string eolSource;
    std::vector<std::string> sources; ///< protocols that supported the chosen family
};

class OsInference {
public:
    /// `surveyEndNs`: the last frame of the survey; EOL means the release ended before it.
    static OsVerdict infer(const std::vector<Evidence>& evidence, std::int64_t surveyEndNs);
    /// "Windows 7 / Server 2008 R2" for ("windows", "6.1"); empty when unknown.
    static std::string windowsName(std::string_view version);
    /// Names when the CIFS browser says the host is a server / a workstation.
    static std::string windowsServerName(std::string_view version);
    static std::string windowsWorkstationName(std::string_view version);
};

} // namespace mieruka::survey
