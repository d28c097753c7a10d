// SPDX-License-Identifier: GPL-3.0-or-later
#include "alert_naming.h"

#include "core/detect/detection_context.h"

namespace mieruka::detect::hygiene {

void nameSource(analysis::AlertRecord& alert, const HostIndex& hosts, std::string_view address)
{
    if (const DetectHost* host = hosts.find(address))
        setSource(alert, *host);
    else
        alert.src = std::string(address);
}

void nameDestination(analysis::AlertRecord& alert, const HostIndex& hosts, std::string_view address)
{
    if (const DetectHost* host = hosts.find(address))
        setDestination(alert, *host);
    else
        alert.dst = std::string(address);
}

void takeFrame(analysis::AlertRecord& alert, const analysis::EvidenceRecord& row)
{
    alert.fileIndex = row.fileIndex;
    alert.packetNumber = row.packetNumber;
    alert.captureId = row.captureId;
}

} // namespace mieruka::detect::hygiene
