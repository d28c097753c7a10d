// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace mieruka::capture {

/// Compiles a BPF capture filter the way the capture helper will, without any capture rights;
/// empty when it is valid, otherwise libpcap's one-line reason. `linkType` is a LINKTYPE_ value.
std::string captureFilterError(const std::string& filter, int linkType = 1);

} // namespace mieruka::capture
