// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "survey_snapshot.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mieruka::survey {

struct DiffOptions {
    /// A communication's traffic changed when its rate (bytes per hour of its period) grew or
    /// shrank by at least this factor…
    double volumeFactor = 3.0;
    /// …and the busier side moved at least this many bytes per hour (below it, noise).
    std::uint64_t volumeFloorBytesPerHour = 100'000;
};

/// A device as a diff names it: enough to find it in either period.
struct DeviceRef {
    std::string mac;              ///< empty for hosts seen only by IP (behind a router)
    std::vector<std::string> ips;
    std::string hostname, vendor, role;
};

struct AttributeChange {
    std::string attribute; ///< "ips", "mac", "hostname", "vendor", "os", "eol", "role", "model",
                           ///< "firmware", "serial", "ot_protocols", "server_ports", "client_ports"
    std::string oldValue, newValue;
};

struct DeviceChange {
    DeviceRef before, after;
    std::string matchedBy; ///< "mac", "ip" (IP-only hosts) or "ip+identity" (a replaced network card)
    std::vector<AttributeChange> changes;
};

/// Who talks to whom over what: the initiator, the responder, the protocol and the server port.
struct CommunicationRef {
    DeviceRef client, server;
    std::string clientAddress, serverAddress; ///< as in the period's conversations (IP, or MAC for link layer)
    std::string protocol;
    int port = 0;                             ///< the responder's port; 0 without ports
    std::uint64_t packets = 0, bytes = 0;
};

struct CommunicationChange {
    CommunicationRef before, after;
    double factor = 1;  ///< after / before, in bytes per hour of each period
};

/// What changed from period A (before) to period B (after). Pure data; the words are the app's.
struct SurveyDiff {
    struct Period {
        std::string name;
        std::int64_t startNs = 0, endNs = 0;
        std::uint64_t packets = 0, hosts = 0;
    };
    Period before, after;
    std::vector<DeviceRef> devicesAdded, devicesRemoved;
    std::vector<DeviceChange> devicesChanged;
    std::vector<CommunicationRef> communicationsAdded, communicationsRemoved;
    std::vector<CommunicationChange> communicationsChanged;
    std::vector<analysis::AlertRecord> alertsNew; ///< incidents of B whose kind and hosts A did not have

    bool empty() const;
};

/// Compares two loads of surveys or periods. Devices are matched by MAC first, then by IP and an
/// identity both periods agree on (hostname, serial, model or vendor), so a re-addressed PLC is
/// one changed device, not one removed and one added. An attribute counts as changed only when
/// both periods know it and the values differ: a value seen in one period only is not a change
/// of the device. Deterministic order (by MAC/IP, then protocol and port).
SurveyDiff diffSurveys(const SurveySnapshot& before, const SurveySnapshot& after, const DiffOptions& options = {});

} // namespace mieruka::survey
