// SPDX-License-Identifier: GPL-3.0-or-later
#include "bacnet_vendors.h"

#include "vendor_registry.h"

#include "resources/embedded/embedded_resources.h"

namespace mieruka::protocols {

std::string_view bacnetVendorName(std::uint32_t vendorId)
{
    // The registry lives in resources/vendors/bacnet_vendor_ids.tsv (ids as the vendor body assigns them).
    static const VendorRegistry registry(resources::vendors_bacnet_vendor_ids_tsv());
    return registry.name(vendorId);
}

} // namespace mieruka::protocols
