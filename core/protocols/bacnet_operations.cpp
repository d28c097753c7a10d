// SPDX-License-Identifier: GPL-3.0-or-later
#include "bacnet_operations.h"

#include "core/net/byte_reader.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mieruka::protocols {

namespace {

constexpr std::string_view kProtocol = "bacnet";
constexpr std::uint8_t kBvlcType = 0x81;
constexpr std::size_t kBvlcHeader = 4;
constexpr std::uint8_t kNpduVersion = 0x01;
constexpr std::uint8_t kNetworkMessage = 0x80;
constexpr std::uint8_t kHasDestination = 0x20;
constexpr std::uint8_t kHasSource = 0x08;
constexpr std::uint8_t kConfirmedRequest = 0;
constexpr std::uint8_t kUnconfirmedRequest = 1;
constexpr std::uint8_t kSegmented = 0x08;

constexpr std::uint8_t kServiceDeviceCommunicationControl = 17;
constexpr std::uint8_t kServiceConfirmedPrivateTransfer = 18;
constexpr std::uint8_t kServiceReinitializeDevice = 20;

struct Service {
    OperationClass operationClass;
    std::string_view name; ///< ASHRAE 135 service name as Wireshark shows it
};

// BACnetConfirmedServiceChoice (ASHRAE 135 clause 21); classes per OT-PROTOCOLS.md. Gaps are
// notifications a device sends to a subscriber (1, 2, 31, 32): not requests to act on it.
constexpr std::array<std::optional<Service>, 34> kConfirmed{{
    Service{OperationClass::Other, "acknowledgeAlarm"},               // 0
    std::nullopt,                                                     // 1 confirmedCOVNotification
    std::nullopt,                                                     // 2 confirmedEventNotification
    Service{OperationClass::Read, "getAlarmSummary"},                 // 3
    Service{OperationClass::Read, "getEnrollmentSummary"},            // 4
    Service{OperationClass::Read, "subscribeCOV"},                    // 5
    Service{OperationClass::Read, "atomicReadFile"},                  // 6
    Service{OperationClass::Program, "atomicWriteFile"},              // 7
    Service{OperationClass::Write, "addListElement"},                 // 8
    Service{OperationClass::Write, "removeListElement"},              // 9
    Service{OperationClass::Configuration, "createObject"},           // 10
    Service{OperationClass::Configuration, "deleteObject"},           // 11
    Service{OperationClass::Read, "readProperty"},                    // 12
    Service{OperationClass::Read, "readPropertyConditional"},         // 13
    Service{OperationClass::Read, "readPropertyMultiple"},            // 14
    Service{OperationClass::Write, "writeProperty"},                  // 15
    Service{OperationClass::Write, "writePropertyMultiple"},          // 16
    Service{OperationClass::Control, "deviceCommunicationControl"},   // 17
    Service{OperationClass::Other, "confirmedPrivateTransfer"},       // 18
    Service{OperationClass::Other, "confirmedTextMessage"},           // 19
    Service{OperationClass::Control, "reinitializeDevice"},           // 20
    Service{OperationClass::Session, "vtOpen"},                       // 21
    Service{OperationClass::Session, "vtClose"},                      // 22
    Service{OperationClass::Other, "vtData"},                         // 23
    Service{OperationClass::Session, "authenticate"},                 // 24 (removed in 135-2008)
    Service{OperationClass::Session, "requestKey"},                   // 25 (removed in 135-2008)
    Service{OperationClass::Read, "readRange"},                       // 26
    Service{OperationClass::Control, "lifeSafetyOperation"},          // 27
    Service{OperationClass::Read, "subscribeCOVProperty"},            // 28
    Service{OperationClass::Read, "getEventInformation"},             // 29
    Service{OperationClass::Read, "subscribeCOVPropertyMultiple"},    // 30
    std::nullopt,                                                     // 31 confirmedCOVNotificationMultiple
    std::nullopt,                                                     // 32 confirmedAuditNotification
    Service{OperationClass::Read, "auditLogQuery"},                   // 33
}};

// BACnetUnconfirmedServiceChoice. i-Am / i-Have answer who-Is / who-Has and the notifications
// report state: announcements, not requests.
constexpr std::array<std::optional<Service>, 15> kUnconfirmed{{
    std::nullopt,                                                     // 0 i-Am
    std::nullopt,                                                     // 1 i-Have
    std::nullopt,                                                     // 2 unconfirmedCOVNotification
    std::nullopt,                                                     // 3 unconfirmedEventNotification
    Service{OperationClass::Other, "unconfirmedPrivateTransfer"},     // 4
    Service{OperationClass::Other, "unconfirmedTextMessage"},         // 5
    Service{OperationClass::TimeSet, "timeSynchronization"},          // 6
    Service{OperationClass::Diagnostics, "who-Has"},                  // 7
    Service{OperationClass::Diagnostics, "who-Is"},                   // 8
    Service{OperationClass::TimeSet, "utcTimeSynchronization"},       // 9
    Service{OperationClass::Write, "writeGroup"},                     // 10
    std::nullopt,                                                     // 11 unconfirmedCOVNotificationMultiple
    std::nullopt,                                                     // 12 unconfirmedAuditNotification
    Service{OperationClass::Diagnostics, "who-Am-I"},                 // 13
    Service{OperationClass::Configuration, "you-Are"},                // 14 assigns a device identifier
}};

// BACnetReinitializedStateOfDevice and deviceCommunicationControl's enable-disable.
constexpr std::array<std::string_view, 8> kReinitializeStates{
    "coldstart", "warmstart", "startbackup", "endbackup", "startrestore", "endrestore", "abortrestore", "activate-changes",
};
constexpr std::array<std::string_view, 3> kEnableDisable{"enable", "disable", "disable-initiation"};

/// A context-tagged primitive (ASHRAE 135 20.2.1) with tag number below 15 and a length
/// below 5: all the service parameters read here are small numbers.
struct ContextTag {
    std::uint8_t number = 0;
    std::uint8_t length = 0;
};

std::optional<ContextTag> readContextTag(net::ByteReader& reader)
{
    const auto first = reader.u8();
    if (!first || (*first & 0x08) == 0 || (*first >> 4) == 0x0F || (*first & 0x07) > 4)
        return std::nullopt;
    return ContextTag{static_cast<std::uint8_t>(*first >> 4), static_cast<std::uint8_t>(*first & 0x07)};
}

std::optional<std::uint32_t> readUnsigned(net::ByteReader& reader, std::uint8_t length)
{
    if (length == 0 || length > 4)
        return std::nullopt;
    std::uint32_t value = 0;
    for (std::uint8_t i = 0; i < length; ++i) {
        const auto byte = reader.u8();
        if (!byte)
            return std::nullopt;
        value = (value << 8) | *byte;
    }
    return value;
}

/// The value of context tag `wanted`, skipping context tags before it (optional parameters).
std::optional<std::uint32_t> contextValue(net::ByteReader reader, std::uint8_t wanted)
{
    for (int i = 0; i < 4; ++i) {
        const auto tag = readContextTag(reader);
        if (!tag || tag->number > wanted)
            return std::nullopt;
        if (tag->number == wanted)
            return readUnsigned(reader, tag->length);
        if (!reader.skip(tag->length))
            return std::nullopt;
    }
    return std::nullopt;
}

template <std::size_t N>
std::string withState(std::string_view service, const std::optional<std::uint32_t>& value,
                      const std::array<std::string_view, N>& states)
{
    std::string name(service);
    if (value && *value < N) {
        name += " (";
        name += states[*value];
        name += ')';
    }
    return name;
}

void emit(OperationList& operations, const Service& service, OperationName name, std::uint8_t code)
{
    Operation operation;
    operation.operationClass = service.operationClass;
    operation.protocol = kProtocol;
    operation.name = std::move(name);
    operation.code = code;
    operations.push_back(std::move(operation));
}

void decodeConfirmed(net::ByteReader apdu, std::uint8_t head, OperationList& operations)
{
    // max segments / max APDU, invoke id; segmented requests add sequence number and window.
    if (!apdu.skip(2))
        return;
    if ((head & kSegmented) != 0) {
        const auto sequence = apdu.u8();
        // Every segment repeats the service choice: count the request once, at segment 0.
        if (!sequence || *sequence != 0 || !apdu.skip(1))
            return;
    }
    const auto choice = apdu.u8();
    if (!choice || *choice >= kConfirmed.size() || !kConfirmed[*choice])
        return;
    const Service& service = *kConfirmed[*choice];
    switch (*choice) {
    case kServiceReinitializeDevice:
        emit(operations, service, withState(service.name, contextValue(apdu, 0), kReinitializeStates), *choice);
        return;
    case kServiceDeviceCommunicationControl:
        emit(operations, service, withState(service.name, contextValue(apdu, 1), kEnableDisable), *choice);
        return;
    case kServiceConfirmedPrivateTransfer: {
        std::string name(service.name);
        if (const auto vendor = contextValue(apdu, 0))
            name += " (vendor " + std::to_string(*vendor) + ')';
        emit(operations, service, std::move(name), *choice);
        return;
    }
    default:
        emit(operations, service, OperationName(service.name), *choice);
        return;
    }
}

} // namespace

void decodeBacnetOperations(const PayloadContext& context, OperationList& operations)
{
    net::ByteReader datagram(context.payload);
    const auto type = datagram.u8();
    const auto function = datagram.u8();
    const auto length = datagram.be16();
    if (!type || *type != kBvlcType || !function || !length || *length < kBvlcHeader)
        return;
    // A cut datagram says nothing; bytes past the BVLC length are not BACnet.
    auto reader = datagram.sub(*length - kBvlcHeader);
    if (!reader)
        return;
    switch (*function) {
    case 0x04: // Forwarded-NPDU: original B/IP address and port first
        if (!reader->skip(6))
            return;
        break;
    case 0x09: // Distribute-Broadcast-To-Network
    case 0x0a: // Original-Unicast-NPDU
    case 0x0b: // Original-Broadcast-NPDU
        break;
    default: // BVLC control messages (results, BDT/FDT, register foreign device)
        return;
    }

    const auto version = reader->u8();
    const auto control = reader->u8();
    if (!version || *version != kNpduVersion || !control || (*control & kNetworkMessage) != 0)
        return;
    if ((*control & kHasDestination) != 0) { // DNET, DLEN, DADR
        const auto dnet = reader->be16();
        const auto dlen = reader->u8();
        if (!dnet || !dlen || !reader->skip(*dlen))
            return;
    }
    if ((*control & kHasSource) != 0) { // SNET, SLEN, SADR: a request routed from another network
        const auto snet = reader->be16();
        const auto slen = reader->u8();
        if (!snet || !slen || !reader->skip(*slen))
            return;
    }
    if ((*control & kHasDestination) != 0 && !reader->skip(1)) // hop count
        return;

    const auto head = reader->u8();
    if (!head)
        return;
    const std::uint8_t pduType = *head >> 4;
    if (pduType == kConfirmedRequest) {
        decodeConfirmed(*reader, *head, operations);
    } else if (pduType == kUnconfirmedRequest) {
        const auto choice = reader->u8();
        if (choice && *choice < kUnconfirmed.size() && kUnconfirmed[*choice])
            emit(operations, *kUnconfirmed[*choice], std::string(kUnconfirmed[*choice]->name), *choice);
    }
    // Simple/Complex ACK, Segment ACK, Error, Reject, Abort: answers, not requests.
}

} // namespace mieruka::protocols
