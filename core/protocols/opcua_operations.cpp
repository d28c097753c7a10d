// SPDX-License-Identifier: GPL-3.0-or-later
#include "opcua_operations.h"

#include "opcua.h"

#include "core/net/byte_reader.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>

namespace mieruka::protocols {

namespace {

constexpr std::string_view kProtocol = "opcua";
constexpr std::uint32_t kOpenSecureChannelRequest = 446;
constexpr std::uint32_t kCloseSecureChannelRequest = 452;
constexpr std::size_t kMessageHeaderSize = 8; // type (3), chunk type (1), message size (4)
constexpr int kMaxMessagesPerSegment = 64;
// Certificates are a few KiB; anything bigger than the segment is cut anyway, this only
// rejects negative lengths other than the null marker -1.
constexpr std::int32_t kNullLength = -1;

struct Service {
    std::uint32_t encodingId;
    OperationClass operationClass;
    std::string_view name;
};

// *_Encoding_DefaultBinary node ids (namespace 0), checked against the OPC Foundation
// NodeIds.csv as generated into open62541's nodeids header. Sorted by id.
constexpr Service kServices[] = {
    {422, OperationClass::Diagnostics, "FindServersRequest"},
    {428, OperationClass::Diagnostics, "GetEndpointsRequest"},
    {452, OperationClass::Session, "CloseSecureChannelRequest"},
    {461, OperationClass::Session, "CreateSessionRequest"},
    {467, OperationClass::Session, "ActivateSessionRequest"},
    {473, OperationClass::Session, "CloseSessionRequest"},
    {479, OperationClass::Session, "CancelRequest"},
    {488, OperationClass::Configuration, "AddNodesRequest"},
    {494, OperationClass::Configuration, "AddReferencesRequest"},
    {500, OperationClass::Configuration, "DeleteNodesRequest"},
    {506, OperationClass::Configuration, "DeleteReferencesRequest"},
    {527, OperationClass::Read, "BrowseRequest"},
    {533, OperationClass::Read, "BrowseNextRequest"},
    {554, OperationClass::Read, "TranslateBrowsePathsToNodeIdsRequest"},
    {560, OperationClass::Read, "RegisterNodesRequest"},
    {566, OperationClass::Read, "UnregisterNodesRequest"},
    {615, OperationClass::Read, "QueryFirstRequest"},
    {621, OperationClass::Read, "QueryNextRequest"},
    {631, OperationClass::Read, "ReadRequest"},
    {664, OperationClass::Read, "HistoryReadRequest"},
    {673, OperationClass::Write, "WriteRequest"},
    {700, OperationClass::Write, "HistoryUpdateRequest"},
    {712, OperationClass::Control, "CallRequest"},
    {751, OperationClass::Read, "CreateMonitoredItemsRequest"},
    {763, OperationClass::Read, "ModifyMonitoredItemsRequest"},
    {769, OperationClass::Read, "SetMonitoringModeRequest"},
    {775, OperationClass::Read, "SetTriggeringRequest"},
    {781, OperationClass::Read, "DeleteMonitoredItemsRequest"},
    {787, OperationClass::Read, "CreateSubscriptionRequest"},
    {793, OperationClass::Read, "ModifySubscriptionRequest"},
    {799, OperationClass::Read, "SetPublishingModeRequest"},
    {826, OperationClass::Read, "PublishRequest"},
    {832, OperationClass::Read, "RepublishRequest"},
    {841, OperationClass::Read, "TransferSubscriptionsRequest"},
    {847, OperationClass::Read, "DeleteSubscriptionsRequest"},
};

const Service* findService(std::uint32_t encodingId)
{
    for (const auto& service : kServices) {
        if (service.encodingId == encodingId)
            return &service;
        if (service.encodingId > encodingId)
            break;
    }
    return nullptr;
}

// The body's type id: a numeric NodeId in namespace 0 in its two-byte, four-byte or numeric
// form. Anything else (string/GUID ids, other namespaces) is not a standard service.
std::optional<std::uint32_t> readTypeId(net::ByteReader& reader)
{
    const auto encoding = reader.u8();
    if (!encoding)
        return std::nullopt;
    switch (*encoding) {
    case 0x00:
        if (const auto id = reader.u8())
            return *id;
        return std::nullopt;
    case 0x01: {
        const auto ns = reader.u8();
        const auto id = reader.le16();
        if (!ns || !id || *ns != 0)
            return std::nullopt;
        return *id;
    }
    case 0x02: {
        const auto ns = reader.le16();
        const auto id = reader.le32();
        if (!ns || !id || *ns != 0)
            return std::nullopt;
        return *id;
    }
    default:
        return std::nullopt;
    }
}

// String / ByteString: int32 length, -1 = null.
bool skipUaBytes(net::ByteReader& reader)
{
    const auto length = reader.le32();
    if (!length)
        return false;
    const auto signedLength = static_cast<std::int32_t>(*length);
    if (signedLength == kNullLength)
        return true;
    return signedLength >= 0 && reader.skip(static_cast<std::size_t>(signedLength));
}

void addService(const Service& service, OperationList& operations)
{
    operations.push_back(Operation{service.operationClass, kProtocol, OperationName(service.name), service.encodingId});
}

// One UA TCP message whose 8-byte header was read; `body` is the rest of the chunk present.
void decodeMessage(std::string_view type, std::uint8_t chunk, net::ByteReader body, OperationList& operations)
{
    if (type == "MSG") {
        // An abort chunk ends a message; intermediate chunks after the first carry no type id,
        // but a continuation that happened to start like a known request id is improbable.
        if (chunk == 'A' || !body.skip(4 + 4 + 4 + 4)) // channel id, token id, sequence, request id
            return;
        const auto typeId = readTypeId(body);
        if (!typeId)
            return;
        if (const Service* service = findService(*typeId); service && *typeId != kCloseSecureChannelRequest)
            addService(*service, operations);
    } else if (type == "OPN") {
        // Asymmetric security header: policy URI, sender certificate, receiver thumbprint.
        if (!body.skip(4) || !skipUaBytes(body) || !skipUaBytes(body) || !skipUaBytes(body) || !body.skip(4 + 4))
            return;
        const auto typeId = readTypeId(body);
        if (typeId && *typeId == kOpenSecureChannelRequest)
            operations.push_back(Operation{OperationClass::Session, kProtocol, "OpenSecureChannelRequest",
                                           kOpenSecureChannelRequest});
    } else if (type == "CLO") {
        // Only clients send CLO; its body may be signed or encrypted, so the type alone counts.
        if (chunk == 'F')
            addService(*findService(kCloseSecureChannelRequest), operations);
    }
}

} // namespace

void decodeOpcUaOperations(const PayloadContext& context, OperationList& operations)
{
    // Cheap reject of anything that does not start with a UA TCP message header.
    if (!looksLikeOpcUa(context.payload))
        return;
    net::ByteReader reader(context.payload);
    for (int messages = 0; messages < kMaxMessagesPerSegment && !reader.atEnd(); ++messages) {
        const auto type = reader.chars(3);
        const auto chunk = reader.u8();
        const auto size = reader.le32();
        if (!type || !chunk || !size || *size < kMessageHeaderSize)
            return;
        if (*chunk != 'F' && *chunk != 'C' && *chunk != 'A')
            return;
        const std::size_t bodySize = *size - kMessageHeaderSize;
        const std::size_t available = std::min<std::size_t>(bodySize, reader.remaining());
        auto body = reader.sub(available);
        if (!body)
            return;
        decodeMessage(*type, *chunk, *body, operations);
        if (available < bodySize)
            return;
    }
}

} // namespace mieruka::protocols
