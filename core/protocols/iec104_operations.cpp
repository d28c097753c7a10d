// SPDX-License-Identifier: GPL-3.0-or-later
#include "iec104_operations.h"

#include "core/net/byte_reader.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mieruka::protocols {

namespace {

constexpr std::string_view kProtocol = "iec104";
constexpr std::uint8_t kStart = 0x68;
constexpr std::uint8_t kMinApdu = 4;   // APCI control field
constexpr std::uint8_t kMaxApdu = 253; // IEC 60870-5-104 5.1
constexpr std::uint8_t kStartDtAct = 0x07;
constexpr std::uint8_t kStopDtAct = 0x13;
// Cause of transmission (6 bits): what makes an ASDU a request from the controlling station.
constexpr std::uint8_t kCauseRequest = 5;
constexpr std::uint8_t kCauseActivation = 6;
constexpr std::uint8_t kCauseDeactivation = 8;
constexpr std::uint8_t kCauseFileTransfer = 13;
constexpr std::size_t kIoaSize = 3;
// A full 64 KiB segment of minimal 6-byte APDUs would be ~10,900; real segments hold a few.
constexpr int kMaxApdusPerSegment = 256;

struct Type {
    std::uint8_t id;
    OperationClass operationClass;
    std::string_view name; ///< IEC 60870-5-101 mnemonic + description
    /// Bytes of the information element before the qualifier whose bit 7 is S/E (select /
    /// execute); -1 when the type has no such qualifier.
    int selectOffset = -1;
};

// Type identifications per IEC 60870-5-101 7.2.1.1 / 104; classes per OT-PROTOCOLS.md.
constexpr Type kTypes[] = {
    {45, OperationClass::Control, "C_SC_NA_1 single command", 0},
    {46, OperationClass::Control, "C_DC_NA_1 double command", 0},
    {47, OperationClass::Control, "C_RC_NA_1 regulating step command", 0},
    {48, OperationClass::Control, "C_SE_NA_1 set point command, normalised", 2},
    {49, OperationClass::Control, "C_SE_NB_1 set point command, scaled", 2},
    {50, OperationClass::Control, "C_SE_NC_1 set point command, float", 4},
    {51, OperationClass::Control, "C_BO_NA_1 bitstring command"},
    {58, OperationClass::Control, "C_SC_TA_1 single command", 0},
    {59, OperationClass::Control, "C_DC_TA_1 double command", 0},
    {60, OperationClass::Control, "C_RC_TA_1 regulating step command", 0},
    {61, OperationClass::Control, "C_SE_TA_1 set point command, normalised", 2},
    {62, OperationClass::Control, "C_SE_TB_1 set point command, scaled", 2},
    {63, OperationClass::Control, "C_SE_TC_1 set point command, float", 4},
    {64, OperationClass::Control, "C_BO_TA_1 bitstring command"},
    {100, OperationClass::Read, "C_IC_NA_1 interrogation command"},
    {101, OperationClass::Read, "C_CI_NA_1 counter interrogation command"},
    {102, OperationClass::Read, "C_RD_NA_1 read command"},
    {103, OperationClass::TimeSet, "C_CS_NA_1 clock synchronization command"},
    {104, OperationClass::Diagnostics, "C_TS_NA_1 test command"},
    {105, OperationClass::Control, "C_RP_NA_1 reset process command"},
    {106, OperationClass::Diagnostics, "C_CD_NA_1 delay acquisition command"},
    {107, OperationClass::Diagnostics, "C_TS_TA_1 test command"},
    {110, OperationClass::Configuration, "P_ME_NA_1 parameter, normalised"},
    {111, OperationClass::Configuration, "P_ME_NB_1 parameter, scaled"},
    {112, OperationClass::Configuration, "P_ME_NC_1 parameter, float"},
    {113, OperationClass::Configuration, "P_AC_NA_1 parameter activation"},
    {120, OperationClass::Program, "F_FR_NA_1 file ready"},
    {121, OperationClass::Program, "F_SR_NA_1 section ready"},
    {122, OperationClass::Program, "F_SC_NA_1 call directory/file/section"},
    {123, OperationClass::Program, "F_LS_NA_1 last section/segment"},
    {124, OperationClass::Program, "F_AF_NA_1 ack file/section"},
    {125, OperationClass::Program, "F_SG_NA_1 segment"},
    {126, OperationClass::Program, "F_DR_TA_1 directory"},
    {127, OperationClass::Program, "F_SC_NB_1 query log"},
};

const Type* findType(std::uint8_t id)
{
    for (const Type& type : kTypes) {
        if (type.id == id)
            return &type;
    }
    return nullptr;
}

bool isFileTransfer(std::uint8_t id) { return id >= 120 && id <= 127; }

void emit(OperationList& operations, OperationClass operationClass, OperationName name, std::uint32_t code)
{
    Operation operation;
    operation.operationClass = operationClass;
    operation.protocol = kProtocol;
    operation.name = std::move(name);
    operation.code = code;
    operations.push_back(std::move(operation));
}

/// ASDU after the 4-byte APCI: type, variable structure qualifier, 2-byte cause, 2-byte common
/// address, then information objects (3-byte address + element).
void decodeAsdu(net::ByteReader asdu, bool toService, OperationList& operations)
{
    const auto typeId = asdu.u8();
    const auto vsq = asdu.u8();
    const auto cause = asdu.u8();
    // The P/N and test bits are not checked: an activation carrying them still reaches the
    // controlled station as a command.
    if (!typeId || !vsq || !cause || !asdu.skip(1 + 2) || (*vsq & 0x7F) == 0)
        return;
    const Type* type = findType(*typeId);
    if (!type)
        return;
    const std::uint8_t causeCode = *cause & 0x3F;
    // Commands are activations / deactivations by definition; file transfer runs both ways
    // under cause 13 (or 5 for a directory), so the direction to the service decides.
    bool request = causeCode == kCauseActivation || causeCode == kCauseDeactivation
        || (*typeId == 102 && causeCode == kCauseRequest);
    if (isFileTransfer(*typeId))
        request = toService && (causeCode == kCauseFileTransfer || causeCode == kCauseRequest || request);
    if (!request)
        return;

    std::string name(type->name);
    // First information object: select / execute for commands, the reset kind for C_RP_NA_1.
    if (type->selectOffset >= 0 && asdu.skip(kIoaSize + static_cast<std::size_t>(type->selectOffset))) {
        // Select only arms the output (select-before-operate); execute is the plain name.
        if (const auto qualifier = asdu.u8(); qualifier && (*qualifier & 0x80) != 0)
            name += " (select)";
    } else if (*typeId == 105 && asdu.skip(kIoaSize)) {
        if (const auto qrp = asdu.u8(); qrp && (*qrp == 1 || *qrp == 2))
            name += *qrp == 1 ? " (general)" : " (event buffer)";
    }
    if (causeCode == kCauseDeactivation)
        name += " (deactivation)";
    emit(operations, type->operationClass, std::move(name), *typeId);
}

} // namespace

void decodeIec104Operations(const PayloadContext& context, OperationList& operations)
{
    net::ByteReader reader(context.payload);
    for (int apduIndex = 0; apduIndex < kMaxApdusPerSegment && !reader.atEnd(); ++apduIndex) {
        const auto start = reader.u8();
        const auto length = reader.u8();
        if (!start || *start != kStart || !length || *length < kMinApdu || *length > kMaxApdu)
            return;
        auto apdu = reader.sub(*length);
        if (!apdu) // cut APDU: nothing from it, nothing after it
            return;
        const auto control1 = apdu->u8();
        if (!control1 || !apdu->skip(3))
            return;
        if ((*control1 & 0x03) == 0x03) { // U format: exactly one function bit, no ASDU
            if (*length != kMinApdu)
                return;
            if (*control1 == kStartDtAct)
                emit(operations, OperationClass::Session, "STARTDT", *control1);
            else if (*control1 == kStopDtAct)
                emit(operations, OperationClass::Session, "STOPDT", *control1);
            // TESTFR act/con and the confirmations are keep-alive and answers: nothing.
            continue;
        }
        if ((*control1 & 0x01) != 0) // S format: acknowledgement only
            continue;
        decodeAsdu(*apdu, context.toService, operations);
    }
}

} // namespace mieruka::protocols
