// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

/// The text tables under resources/, compiled in (resources/CMakeLists.txt). One function per
/// file, named after its path.
namespace mieruka::resources {

std::string_view os_tcp_signatures_tsv();
std::string_view os_eol_tsv();
std::string_view os_banners_tsv();
std::string_view os_dhcp_fingerprints_tsv();
std::string_view vendors_bacnet_vendor_ids_tsv();
std::string_view vendors_cip_vendor_ids_tsv();
std::string_view detect_ot_command_rules_tsv();
std::string_view rules_mieruka_ot_rules();

} // namespace mieruka::resources
