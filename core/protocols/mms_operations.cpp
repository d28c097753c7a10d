// SPDX-License-Identifier: GPL-3.0-or-later
#include "mms_operations.h"

#include "core/net/byte_reader.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>

namespace mieruka::protocols {

namespace {

constexpr std::string_view kProtocol = "mms";
constexpr std::uint8_t kTpktVersion = 3;
constexpr std::size_t kTpktHeaderSize = 4;
constexpr std::uint8_t kCotpDataTransfer = 0xF0;
constexpr std::uint8_t kS7commId = 0x32;
constexpr std::uint8_t kS7commPlusId = 0x72;
constexpr int kMaxTpktsPerSegment = 64;

// ISO 8327 session SPDU types.
constexpr std::uint8_t kSpduGiveTokensOrData = 0x01; // Give Tokens (category 0) / Data
constexpr std::uint8_t kSpduConnect = 0x0D;

// MMS PDU tags (ISO 9506-2 MMSpdu CHOICE, context-specific).
constexpr std::uint8_t kConfirmedRequest = 0xA0;
constexpr std::uint8_t kCancelRequest = 0x85;
constexpr std::uint8_t kInitiateRequest = 0xA8;
constexpr std::uint8_t kConcludeRequest = 0x8B;

// BER tag numbers above this are no MMS service; it also bounds the multi-byte tag loop.
constexpr std::uint32_t kMaxTagNumber = 0x3FFF;

struct Service {
    OperationClass operationClass;
    std::string_view name;
};

using C = OperationClass;

// ConfirmedServiceRequest CHOICE, indexed by its context tag (ISO 9506-2; same numbering as
// Wireshark's packet-mms.c and libiec61850). Program invocation control → Control; domain
// download/upload/delete and file changes → Program; definitions → Configuration.
constexpr Service kServices[] = {
    {C::Diagnostics, "status"},                          // 0
    {C::Diagnostics, "getNameList"},                     // 1
    {C::Diagnostics, "identify"},                        // 2
    {C::Configuration, "rename"},                        // 3
    {C::Read, "read"},                                   // 4
    {C::Write, "write"},                                 // 5
    {C::Diagnostics, "getVariableAccessAttributes"},     // 6
    {C::Configuration, "defineNamedVariable"},           // 7
    {C::Configuration, "defineScatteredAccess"},         // 8
    {C::Diagnostics, "getScatteredAccessAttributes"},    // 9
    {C::Configuration, "deleteVariableAccess"},          // 10
    {C::Configuration, "defineNamedVariableList"},       // 11
    {C::Diagnostics, "getNamedVariableListAttributes"},  // 12
    {C::Configuration, "deleteNamedVariableList"},       // 13
    {C::Configuration, "defineNamedType"},               // 14
    {C::Diagnostics, "getNamedTypeAttributes"},          // 15
    {C::Configuration, "deleteNamedType"},               // 16
    {C::Read, "input"},                                  // 17
    {C::Write, "output"},                                // 18
    {C::Control, "takeControl"},                         // 19
    {C::Control, "relinquishControl"},                   // 20
    {C::Configuration, "defineSemaphore"},               // 21
    {C::Configuration, "deleteSemaphore"},               // 22
    {C::Diagnostics, "reportSemaphoreStatus"},           // 23
    {C::Diagnostics, "reportPoolSemaphoreStatus"},       // 24
    {C::Diagnostics, "reportSemaphoreEntryStatus"},      // 25
    {C::Program, "initiateDownloadSequence"},            // 26
    {C::Program, "downloadSegment"},                     // 27
    {C::Program, "terminateDownloadSequence"},           // 28
    {C::Program, "initiateUploadSequence"},              // 29
    {C::Program, "uploadSegment"},                       // 30
    {C::Program, "terminateUploadSequence"},             // 31
    {C::Program, "requestDomainDownload"},               // 32
    {C::Program, "requestDomainUpload"},                 // 33
    {C::Program, "loadDomainContent"},                   // 34
    {C::Program, "storeDomainContent"},                  // 35
    {C::Program, "deleteDomain"},                        // 36
    {C::Diagnostics, "getDomainAttributes"},             // 37
    {C::Program, "createProgramInvocation"},             // 38
    {C::Program, "deleteProgramInvocation"},             // 39
    {C::Control, "start"},                               // 40
    {C::Control, "stop"},                                // 41
    {C::Control, "resume"},                              // 42
    {C::Control, "reset"},                               // 43
    {C::Control, "kill"},                                // 44
    {C::Diagnostics, "getProgramInvocationAttributes"},  // 45
    {C::Program, "obtainFile"},                          // 46
    {C::Configuration, "defineEventCondition"},          // 47
    {C::Configuration, "deleteEventCondition"},          // 48
    {C::Diagnostics, "getEventConditionAttributes"},     // 49
    {C::Diagnostics, "reportEventConditionStatus"},      // 50
    {C::Configuration, "alterEventConditionMonitoring"}, // 51
    {C::Control, "triggerEvent"},                        // 52
    {C::Configuration, "defineEventAction"},             // 53
    {C::Configuration, "deleteEventAction"},             // 54
    {C::Diagnostics, "getEventActionAttributes"},        // 55
    {C::Diagnostics, "reportEventActionStatus"},         // 56
    {C::Configuration, "defineEventEnrollment"},         // 57
    {C::Configuration, "deleteEventEnrollment"},         // 58
    {C::Configuration, "alterEventEnrollment"},          // 59
    {C::Diagnostics, "reportEventEnrollmentStatus"},     // 60
    {C::Diagnostics, "getEventEnrollmentAttributes"},    // 61
    {C::Write, "acknowledgeEventNotification"},          // 62
    {C::Diagnostics, "getAlarmSummary"},                 // 63
    {C::Diagnostics, "getAlarmEnrollmentSummary"},       // 64
    {C::Read, "readJournal"},                            // 65
    {C::Write, "writeJournal"},                          // 66
    {C::Configuration, "initializeJournal"},             // 67
    {C::Diagnostics, "reportJournalStatus"},             // 68
    {C::Configuration, "createJournal"},                 // 69
    {C::Configuration, "deleteJournal"},                 // 70
    {C::Diagnostics, "getCapabilityList"},               // 71
    {C::Read, "fileOpen"},                               // 72
    {C::Read, "fileRead"},                               // 73
    {C::Read, "fileClose"},                              // 74
    {C::Program, "fileRename"},                          // 75
    {C::Program, "fileDelete"},                          // 76
    {C::Diagnostics, "fileDirectory"},                   // 77
};

struct Tlv {
    std::uint8_t firstOctet; ///< class and constructed bits, plus the low tag bits
    std::uint32_t tagNumber;
    net::ByteReader value; ///< the content octets present in the segment (may be cut)
};

// One BER TLV with a definite length (MMS never uses the indefinite form). Content cut by the
// segment end is returned as far as present: the service tag sits at the start of a PDU.
std::optional<Tlv> readTlv(net::ByteReader& reader)
{
    const auto first = reader.u8();
    if (!first)
        return std::nullopt;
    std::uint32_t tagNumber = *first & 0x1Fu;
    if (tagNumber == 0x1F) {
        tagNumber = 0;
        for (int octets = 0;; ++octets) {
            const auto next = reader.u8();
            if (!next || octets == 2)
                return std::nullopt;
            tagNumber = tagNumber << 7 | (*next & 0x7Fu);
            if ((*next & 0x80) == 0)
                break;
        }
        if (tagNumber > kMaxTagNumber)
            return std::nullopt;
    }
    const auto lengthOctet = reader.u8();
    if (!lengthOctet || *lengthOctet == 0x80)
        return std::nullopt;
    std::size_t length = *lengthOctet;
    if (*lengthOctet > 0x80) {
        const int octets = *lengthOctet & 0x7F;
        if (octets > 3)
            return std::nullopt;
        length = 0;
        for (int i = 0; i < octets; ++i) {
            const auto next = reader.u8();
            if (!next)
                return std::nullopt;
            length = length << 8 | *next;
        }
    }
    auto value = reader.sub(std::min(length, reader.remaining()));
    if (!value)
        return std::nullopt;
    return Tlv{*first, tagNumber, *value};
}

void add(OperationList& operations, OperationClass operationClass, std::string_view name, std::uint32_t code)
{
    operations.push_back(Operation{operationClass, kProtocol, std::string(name), code});
}

// confirmed-RequestPDU: invokeID INTEGER, listOfModifiers SEQUENCE OPTIONAL, then the service.
void decodeConfirmedRequest(net::ByteReader pdu, OperationList& operations)
{
    const auto invokeId = readTlv(pdu);
    if (!invokeId || invokeId->firstOctet != 0x02)
        return;
    auto service = readTlv(pdu);
    if (service && service->firstOctet == 0x30) // listOfModifiers
        service = readTlv(pdu);
    if (!service || (service->firstOctet & 0xC0) != 0x80) // context-specific
        return;
    if (service->tagNumber < std::size(kServices)) {
        const Service& known = kServices[service->tagNumber];
        add(operations, known.operationClass, known.name, service->tagNumber);
    }
}

// An MMS PDU at the start of `reader`.
void decodeMmsPdu(net::ByteReader reader, OperationList& operations)
{
    const auto tag = reader.peekU8();
    if (!tag)
        return;
    if (*tag == kInitiateRequest) {
        add(operations, OperationClass::Session, "initiate-RequestPDU", 8);
        return;
    }
    if (*tag == kConcludeRequest) {
        add(operations, OperationClass::Session, "conclude-RequestPDU", 11);
        return;
    }
    if (*tag == kCancelRequest) {
        add(operations, OperationClass::Other, "cancel-RequestPDU", 5);
        return;
    }
    if (*tag != kConfirmedRequest)
        return;
    if (const auto pdu = readTlv(reader))
        decodeConfirmedRequest(pdu->value, operations);
}

// Presentation fully-encoded-data [APPLICATION 1] → PDV-list → single-ASN1-type [0] → MMS.
void decodePresentationData(net::ByteReader reader, OperationList& operations)
{
    const auto userData = readTlv(reader);
    if (!userData || userData->firstOctet != 0x61)
        return;
    auto list = userData->value;
    const auto pdvList = readTlv(list);
    if (!pdvList || pdvList->firstOctet != 0x30)
        return;
    auto items = pdvList->value;
    // transfer-syntax-name (OID, optional) and presentation-context-identifier come first.
    for (int item = 0; item < 3 && !items.atEnd(); ++item) {
        const auto element = readTlv(items);
        if (!element)
            return;
        if (element->firstOctet == 0xA0) {
            decodeMmsPdu(element->value, operations);
            return;
        }
        if (element->firstOctet != 0x06 && element->firstOctet != 0x02)
            return;
    }
}

// The user data of one COTP DT TPDU.
void decodeUserData(net::ByteReader reader, OperationList& operations)
{
    const auto first = reader.peekU8();
    if (!first || *first == kS7commId || *first == kS7commPlusId)
        return;
    if (*first == kSpduConnect) {
        // CONNECT carries ACSE AARQ + MMS initiate deep inside; only clients send it.
        add(operations, OperationClass::Session, "initiate-RequestPDU", 8);
        return;
    }
    if (*first == kSpduGiveTokensOrData) {
        // Give Tokens (01 00) followed by Data (01 00), both without parameters here.
        const auto giveTokensLength = reader.peekU8(1);
        const auto data = reader.peekU8(2);
        const auto dataLength = reader.peekU8(3);
        if (giveTokensLength != std::uint8_t{0} || data != kSpduGiveTokensOrData || dataLength != std::uint8_t{0})
            return;
        reader.skip(4);
        decodePresentationData(reader, operations);
        return;
    }
    decodeMmsPdu(reader, operations); // MMS straight on COTP
}

} // namespace

void decodeMmsOperations(const PayloadContext& context, OperationList& operations)
{
    net::ByteReader reader(context.payload);
    if (reader.peekU8() != kTpktVersion)
        return;
    for (int tpkts = 0; tpkts < kMaxTpktsPerSegment && !reader.atEnd(); ++tpkts) {
        const auto version = reader.u8();
        const auto reserved = reader.u8();
        const auto length = reader.be16();
        if (!version || *version != kTpktVersion || !reserved || !length || *length < kTpktHeaderSize + 2)
            return;
        const std::size_t bodyLength = *length - kTpktHeaderSize;
        const std::size_t available = std::min<std::size_t>(bodyLength, reader.remaining());
        auto tpdu = reader.sub(available);
        if (!tpdu)
            return;
        // COTP: length indicator (bytes after itself), PDU type; DT has TPDU-NR/EOT after it.
        const auto indicator = tpdu->u8();
        const auto type = tpdu->peekU8();
        if (indicator && type && (*type & 0xF0) == kCotpDataTransfer && *indicator >= 2 && tpdu->skip(*indicator))
            decodeUserData(*tpdu, operations);
        if (available < bodyLength)
            return;
    }
}

} // namespace mieruka::protocols
