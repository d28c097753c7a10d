// SPDX-License-Identifier: GPL-3.0-or-later
#include "cip_vendors.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace mieruka::protocols {

namespace {

// A selection of common vendors from the public ODVA CIP vendor ID list (as distributed with Wireshark 4.0's
// value tables). Sorted by id for binary search; unknown ids are reported by number only.
constexpr std::pair<std::uint32_t, std::string_view> kVendors[] = {
    {1, "Rockwell Automation/Allen-Bradley"},
    {2, "Namco Controls Corp."},
    {3, "Honeywell Inc."},
    {5, "Rockwell Automation/Reliance Elec."},
    {7, "SMC Corporation"},
    {8, "Molex Incorporated"},
    {12, "Banner Engineering Corp."},
    {26, "Festo Corporation"},
    {40, "Wago Corporation"},
    {43, "BALLUFF, Inc."},
    {44, "Yaskawa Electric America, Inc."},
    {46, "ABB Industrial Systems"},
    {47, "Omron Corporation"},
    {48, "TURCk, Inc."},
    {50, "Real Time Automation (C&ID)"},
    {56, "Softing GmbH"},
    {57, "Pepperl + Fuchs"},
    {68, "Eaton Electrical"},
    {71, "Toshiba International Corp."},
    {74, "Hitachi, Ltd."},
    {75, "ABB Robotics Products AB"},
    {81, "IXXAT Automation GmbH"},
    {82, "Mitsubishi Electric Automation, Inc."},
    {83, "OPTO-22"},
    {90, "HMS Industrial Networks AB"},
    {94, "Advantech Co. Ltd."},
    {95, "Square D Company"},
    {97, "Danfoss"},
    {100, "Bosch Rexroth Corporation, Pneumatics"},
    {108, "Beckhoff Automation GmbH"},
    {109, "National Instruments"},
    {121, "KUKA Roboter GmbH"},
    {143, "GE Industrial Systems"},
    {145, "Siemens Energy & Automation/Drives"},
    {161, "Mitsubishi Electric Corporation"},
    {171, "Denso Wave Incorporated"},
    {176, "Red Lion Controls"},
    {181, "Pilz GmbH & Co"},
    {201, "CKD Corporation"},
    {243, "Schneider Automation, Inc."},
    {250, "Yokogawa Electric Corporation"},
    {255, "Bosch Rexroth"},
    {256, "Turck"},
    {257, "Control Techniques PLC"},
    {259, "LS Industrial Systems"},
    {265, "Baldor Electric"},
    {283, "Hilscher GmbH"},
    {301, "Yokogawa M&C Corporation"},
    {309, "Prosoft Technology"},
    {315, "SEW Eurodrive GmbH"},
    {319, "Fuji Electric Co., Ltd."},
    {322, "ifm efector, inc."},
    {326, "GE Fanuc Automation North America, Inc."},
    {344, "KEBA AG"},
    {345, "Endress + Hauser"},
    {348, "Berger Lahr GmbH"},
    {354, "FRABA Posital GmbH"},
    {356, "Fanuc Robotics America"},
    {367, "Keyence Corporation"},
    {562, "Phoenix Contact"},
    {591, "FANUC Ltd."},
    {634, "Hirschmann, Inc."},
    {808, "SICK AG"},
    {887, "B&R Industrial Automation GmbH"},
    {1006, "N-Tron"},
};

static_assert(std::is_sorted(std::begin(kVendors), std::end(kVendors),
                             [](const auto& a, const auto& b) { return a.first < b.first; }));

} // namespace

std::string_view cipVendorName(std::uint32_t vendorId)
{
    const auto* it = std::lower_bound(std::begin(kVendors), std::end(kVendors), vendorId,
                                      [](const auto& entry, std::uint32_t id) { return entry.first < id; });
    if (it != std::end(kVendors) && it->first == vendorId)
        return it->second;
    return {};
}

} // namespace mieruka::protocols
