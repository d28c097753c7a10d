// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload_context.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mieruka::protocols {

/// What an industrial request does to the device it is sent to. Stable snake_case names
/// (operationClassName) are used in the survey, JSON and rule tables: append only.
enum class OperationClass : std::uint8_t {
    Read,          ///< reads process data or memory
    Write,         ///< writes process data, memory, set points, forces outputs
    Program,       ///< download / upload / delete / activate program blocks, program memory
    Control,       ///< run, stop, pause, reset, restart, mode change, direct commands to equipment
    Firmware,      ///< firmware update or replacement
    TimeSet,       ///< sets the device clock
    Diagnostics,   ///< diagnostics, counters, status, device identification, logs
    Configuration, ///< changes configuration or identity: IP address, name, passwords, access rights
    Session,       ///< opens or closes a session / association, keep-alive
    Other,
    Count_
};

/// "read", "write", "program", "control", "firmware", "time_set", "diagnostics",
/// "configuration", "session", "other".
std::string_view operationClassName(OperationClass operationClass);

/// One request (or an unsolicited command) and what it does. Responses are not operations.
struct Operation {
    OperationClass operationClass = OperationClass::Other;
    std::string_view protocol; ///< static label: "modbus", "s7comm", "enip", "dnp3", …
    std::string name;          ///< the protocol's own function name, e.g. "S7 PLC STOP",
                               ///< "Modbus Write Multiple Registers"; sanitised when packet-derived
    std::uint32_t code = 0;    ///< the protocol's function / service code
};

using OperationList = std::vector<Operation>;

/// An operation decoder: like a PayloadDecoder, bounds-checked and cheap on uninteresting
/// payloads, but it appends one Operation per request found in the payload (a TCP segment may
/// carry several). It must see every frame: operations are counted, never sampled.
using OperationDecoder = void (*)(const PayloadContext& context, OperationList& operations);

} // namespace mieruka::protocols
