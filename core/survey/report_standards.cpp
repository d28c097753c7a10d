// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_standards.h"

#include <array>

namespace mieruka::survey {

namespace {

struct Row {
    std::string_view id;
    std::string_view iec62443; // space-separated SR numbers
    std::string_view meti;     // space-separated section numbers
};

// Why each finding maps where it does (docs/report.md repeats this table):
// - The METI guideline (Ver 1.0, 2022) is cited by the sections of its chapter 3 that ask for
//   the action the finding calls for: 3.1.4 organise the assets to protect (inventory, EOL),
//   3.1.6 organise zones (segmentation, flat networks, exposure), 3.2.2 map countermeasures to
//   the assumed threats (authentication, encryption, hardening), 3.3 run, monitor and improve
//   (anomalies and availability problems that operations must watch).
// - IEC 62443-3-3 is cited only by well-known system requirements: SR 1.1 authentication,
//   SR 1.13 access via untrusted networks, SR 2.8 auditable events, SR 3.1 communication
//   integrity, SR 3.2 malicious code, SR 3.3 security functionality verification, SR 4.1
//   confidentiality, SR 5.1 segmentation, SR 5.2 zone boundary protection, SR 6.2 continuous
//   monitoring, SR 7.1 DoS protection, SR 7.6 network and security configuration, SR 7.8
//   component inventory.
constexpr std::array kTable{
    Row{"ot_command", "SR 1.1 SR 2.8 SR 3.1", "3.2.2 3.3"},         // unauthenticated writes/stops
    Row{"eol_os", "SR 3.2 SR 7.8", "3.1.4 3.2.2"},                  // unpatchable, must be known
    Row{"new_device", "SR 7.8 SR 6.2", "3.1.4 3.3"},                // inventory drift
    Row{"new_communication", "SR 5.1 SR 6.2", "3.1.6 3.3"},         // unexpected conduits
    Row{"device_silent", "SR 6.2 SR 7.8", "3.3"},                   // lost device, inventory
    Row{"volume_band", "SR 6.2 SR 7.1", "3.3"},                     // load out of the usual band
    Row{"broadcast_storm", "SR 7.1 SR 5.1", "3.1.6 3.3"},           // loops, too-large broadcast domains
    Row{"duplicate_ip", "SR 7.6 SR 3.1", "3.3"},                    // addressing configuration
    Row{"bandwidth", "SR 7.1", "3.3"},                              // capacity for control traffic
    Row{"signature", "SR 3.2 SR 6.2", "3.2.2 3.3"},                 // known attack/malware patterns
    Row{"internet_exposure", "SR 1.13 SR 5.2", "3.1.6 3.2.2"},      // zone boundary to the internet
    Row{"cleartext_protocol", "SR 4.1 SR 1.1", "3.2.2"},            // credentials readable on the wire
    Row{"smbv1", "SR 3.2 SR 7.6", "3.2.2"},                         // worm vector, obsolete config
    Row{"opcua_no_security", "SR 3.1 SR 4.1 SR 1.1", "3.2.2"},      // security mode None
    Row{"arp_spoofing", "SR 3.1 SR 6.2", "3.2.2 3.3"},              // man-in-the-middle
    Row{"rogue_dhcp", "SR 7.6 SR 3.1", "3.2.2 3.3"},                // unauthorised network service
    Row{"scan", "SR 6.2 SR 5.2", "3.3"},                            // reconnaissance inside a zone
    Row{"flat_network", "SR 5.1 SR 5.2", "3.1.6 3.2.2"},            // IT and OT in one subnet
};

std::vector<std::string_view> split(std::string_view text, bool pairs)
{
    // SR numbers are "SR x.y": two words per entry; METI sections are one word each.
    std::vector<std::string_view> words;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (pairs && end != std::string_view::npos)
            end = text.find(' ', end + 1);
        if (end == std::string_view::npos)
            end = text.size();
        words.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

} // namespace

FindingStandards findingStandards(std::string_view findingId)
{
    for (const auto& row : kTable)
        if (row.id == findingId)
            return {split(row.iec62443, true), split(row.meti, false)};
    return {};
}

} // namespace mieruka::survey
