// SPDX-License-Identifier: GPL-3.0-or-later
#include "modbus_operations.h"

#include "core/net/byte_reader.h"

#include <string>

namespace mieruka::protocols {

namespace {

constexpr std::string_view kProtocol = "modbus";
constexpr int kMaxPdusPerSegment = 16;
constexpr std::size_t kMbapSize = 7;

using C = OperationClass;

struct Entry {
    C operationClass;
    std::string_view name;
};

void add(OperationList& operations, C operationClass, OperationName name, std::uint32_t code)
{
    operations.push_back(Operation{operationClass, kProtocol, std::move(name), code});
}

/// Names as Wireshark's mbtcp dissector prints them (Modbus Application Protocol v1.1b3).
Entry functionEntry(std::uint8_t function)
{
    switch (function) {
    case 1: return {C::Read, "Read Coils"};
    case 2: return {C::Read, "Read Discrete Inputs"};
    case 3: return {C::Read, "Read Holding Registers"};
    case 4: return {C::Read, "Read Input Registers"};
    case 5: return {C::Write, "Write Single Coil"};
    case 6: return {C::Write, "Write Single Register"};
    case 7: return {C::Diagnostics, "Read Exception Status"};
    case 11: return {C::Diagnostics, "Get Comm Event Counter"};
    case 12: return {C::Diagnostics, "Get Comm Event Log"};
    case 15: return {C::Write, "Write Multiple Coils"};
    case 16: return {C::Write, "Write Multiple Registers"};
    case 17: return {C::Diagnostics, "Report Server ID"};
    case 20: return {C::Read, "Read File Record"};
    case 21: return {C::Write, "Write File Record"};
    case 22: return {C::Write, "Mask Write Register"};
    // Reads and writes in one request: the write is what changes the device.
    case 23: return {C::Write, "Read Write Multiple Registers"};
    case 24: return {C::Read, "Read FIFO Queue"};
    // Schneider vendor codes (Zeek consts.zeek): Concept programming and firmware replacement.
    case 0x28: return {C::Program, "Program (Concept)"};
    case 0x7d: return {C::Firmware, "Firmware Replacement"};
    default: return {C::Other, {}};
    }
}

/// FC 8 sub-functions; restart and listen-only change how the server behaves, so they are Control.
Entry diagnosticsEntry(std::uint16_t sub)
{
    switch (sub) {
    case 0x00: return {C::Diagnostics, "Diagnostics: Return Query Data"};
    case 0x01: return {C::Control, "Diagnostics: Restart Communications Option"};
    case 0x02: return {C::Diagnostics, "Diagnostics: Return Diagnostic Register"};
    case 0x03: return {C::Diagnostics, "Diagnostics: Change ASCII Input Delimiter"};
    case 0x04: return {C::Control, "Diagnostics: Force Listen Only Mode"};
    case 0x0a: return {C::Diagnostics, "Diagnostics: Clear Counters and Diagnostic Register"};
    case 0x0b: return {C::Diagnostics, "Diagnostics: Return Bus Message Count"};
    case 0x0c: return {C::Diagnostics, "Diagnostics: Return Bus Communication Error Count"};
    case 0x0d: return {C::Diagnostics, "Diagnostics: Return Bus Exception Error Count"};
    case 0x0e: return {C::Diagnostics, "Diagnostics: Return Server Message Count"};
    case 0x0f: return {C::Diagnostics, "Diagnostics: Return Server No Response Count"};
    case 0x10: return {C::Diagnostics, "Diagnostics: Return Server NAK Count"};
    case 0x11: return {C::Diagnostics, "Diagnostics: Return Server Busy Count"};
    case 0x12: return {C::Diagnostics, "Diagnostics: Return Bus Character Overrun Count"};
    case 0x14: return {C::Diagnostics, "Diagnostics: Clear Overrun Counter and Flag"};
    default: return {C::Diagnostics, {}};
    }
}

/// Schneider UMAS function codes (the byte after the session key), as public UMAS research
/// names them (e.g. Kaspersky ICS CERT "The secrets of Schneider Electric's UMAS protocol").
Entry umasEntry(std::uint8_t function)
{
    switch (function) {
    case 0x01: return {C::Session, "UMAS Init Comm"};
    case 0x02: return {C::Diagnostics, "UMAS Read ID"};
    case 0x03: return {C::Diagnostics, "UMAS Read Project Info"};
    case 0x04: return {C::Diagnostics, "UMAS Read PLC Info"};
    case 0x06: return {C::Diagnostics, "UMAS Read Card Info"};
    case 0x0a: return {C::Other, "UMAS Repeat"};
    case 0x10: return {C::Session, "UMAS Take PLC Reservation"};
    case 0x11: return {C::Session, "UMAS Release PLC Reservation"};
    case 0x12: return {C::Session, "UMAS Keep Alive"};
    case 0x20: return {C::Read, "UMAS Read Memory Block"};
    case 0x22: return {C::Read, "UMAS Read Variables"};
    case 0x23: return {C::Write, "UMAS Write Variables"};
    case 0x24: return {C::Read, "UMAS Read Coils Registers"};
    case 0x25: return {C::Write, "UMAS Write Coils Registers"};
    // UMAS calls PC→PLC "upload" and PLC→PC "download"; both move the program.
    case 0x30: return {C::Program, "UMAS Initialize Upload"};
    case 0x31: return {C::Program, "UMAS Upload Block"};
    case 0x32: return {C::Program, "UMAS End Strategy Upload"};
    case 0x33: return {C::Program, "UMAS Initialize Download"};
    case 0x34: return {C::Program, "UMAS Download Block"};
    case 0x35: return {C::Program, "UMAS End Strategy Download"};
    case 0x36: return {C::Diagnostics, "UMAS Read Ethernet Master Data"};
    case 0x39: return {C::Read, "UMAS Read Data Dictionary"};
    case 0x40: return {C::Control, "UMAS Start PLC"};
    case 0x41: return {C::Control, "UMAS Stop PLC"};
    case 0x50: return {C::Diagnostics, "UMAS Monitor PLC"};
    case 0x58: return {C::Diagnostics, "UMAS Check PLC"};
    case 0x70: return {C::Read, "UMAS Read IO Object"};
    case 0x71: return {C::Write, "UMAS Write IO Object"};
    case 0x73: return {C::Diagnostics, "UMAS Get Status Module"};
    default: return {C::Other, {}};
    }
}

std::string hexByte(std::uint32_t value, int digits)
{
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string text = "0x";
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        text.push_back(kDigits[(value >> shift) & 0x0f]);
    return text;
}

/// Classifies one request PDU (function code already read). False if a byte needed to name it
/// is missing, so a cut segment yields nothing rather than a wrong name.
bool classify(std::uint8_t function, net::ByteReader& pdu, OperationList& operations)
{
    switch (function) {
    case 8: {
        auto sub = pdu.be16();
        if (!sub)
            return false;
        const Entry entry = diagnosticsEntry(*sub);
        const std::uint32_t code = (8u << 16) | *sub;
        add(operations, entry.operationClass,
            entry.name.empty() ? OperationName("Diagnostics: Sub-function " + std::to_string(*sub)) : OperationName(entry.name), code);
        return true;
    }
    case 43: {
        auto mei = pdu.u8();
        if (!mei)
            return false;
        const std::uint32_t code = (43u << 16) | *mei;
        if (*mei == 0x0e)
            add(operations, C::Diagnostics, "Read Device Identification", code);
        else if (*mei == 0x0d)
            add(operations, C::Other, "CANopen General Reference", code);
        else
            add(operations, C::Other, "Encapsulated Interface Transport " + std::to_string(*mei), code);
        return true;
    }
    case 90: {
        auto session = pdu.u8();
        auto umas = pdu.u8();
        if (!session || !umas)
            return false;
        const Entry entry = umasEntry(*umas);
        const std::uint32_t code = (90u << 16) | *umas;
        add(operations, entry.operationClass, entry.name.empty() ? OperationName("UMAS " + hexByte(*umas, 2)) : OperationName(entry.name),
            code);
        return true;
    }
    default: {
        const Entry entry = functionEntry(function);
        add(operations, entry.operationClass,
            entry.name.empty() ? OperationName("Function " + std::to_string(function)) : OperationName(entry.name), function);
        return true;
    }
    }
}

} // namespace

void decodeModbusOperations(const PayloadContext& context, OperationList& operations)
{
    if (!context.toService)
        return;
    net::ByteReader reader(context.payload);
    // Early out: the MBAP protocol id (bytes 2-3) is always zero.
    auto protocol = reader.peekBe16(2);
    if (!protocol || *protocol != 0 || reader.remaining() < kMbapSize + 1)
        return;

    for (int i = 0; i < kMaxPdusPerSegment && reader.remaining() >= kMbapSize + 1; ++i) {
        auto transaction = reader.be16();
        auto protocolId = reader.be16();
        auto length = reader.be16();
        auto unit = reader.u8();
        if (!transaction || !protocolId || !length || !unit || *protocolId != 0 || *length < 2 || *length > 254)
            return;
        // The last PDU of a segment may be cut: classify from what is there.
        auto pdu = reader.sub(*length - 1u);
        const bool complete = pdu.has_value();
        if (!complete)
            pdu = net::ByteReader(reader.rest());
        auto function = pdu->u8();
        // Exception bit set or function 0: not a request.
        if (!function || *function == 0 || (*function & 0x80) != 0)
            return;
        if (!classify(*function, *pdu, operations) || !complete)
            return;
    }
}

} // namespace mieruka::protocols
