// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload_context.h"

#include <array>
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

/// A function name held inline: every request of a fast poll is decoded, and a heap string per
/// frame (names like "Read Holding Registers" exceed the small-string buffer) showed up as a
/// third of the operation counter's cost. Longer names are cut at kCapacity bytes.
class OperationName {
public:
    static constexpr std::size_t kCapacity = 62;

    OperationName() = default;
    OperationName(std::string_view text) { append(text); }
    OperationName(const char* text) : OperationName(std::string_view(text)) {}
    OperationName(const std::string& text) : OperationName(std::string_view(text)) {}

    OperationName& operator+=(std::string_view text)
    {
        append(text);
        return *this;
    }
    OperationName& operator+=(const std::string& text) { return *this += std::string_view(text); }
    OperationName& operator+=(const char* text) { return *this += std::string_view(text); }
    OperationName& operator+=(char c) { return *this += std::string_view(&c, 1); }

    std::string_view view() const { return {m_text.data(), m_size}; }
    operator std::string_view() const { return view(); }
    std::string str() const { return std::string(view()); }
    bool empty() const { return m_size == 0; }
    std::size_t size() const { return m_size; }

    friend bool operator==(const OperationName& a, const OperationName& b) { return a.view() == b.view(); }
    friend bool operator==(const OperationName& a, std::string_view b) { return a.view() == b; }

private:
    void append(std::string_view text)
    {
        const std::size_t room = kCapacity - m_size;
        const std::size_t count = text.size() < room ? text.size() : room;
        for (std::size_t i = 0; i < count; ++i)
            m_text[m_size + i] = text[i];
        m_size = static_cast<std::uint8_t>(m_size + count);
    }

    std::array<char, kCapacity> m_text{};
    std::uint8_t m_size = 0;
};

/// One request (or an unsolicited command) and what it does. Responses are not operations.
struct Operation {
    OperationClass operationClass = OperationClass::Other;
    std::string_view protocol; ///< static label: "modbus", "s7comm", "enip", "dnp3", …
    OperationName name;        ///< the protocol's own function name, e.g. "S7 PLC STOP",
                               ///< "Modbus Write Multiple Registers"; sanitised when packet-derived
    std::uint32_t code = 0;    ///< the protocol's function / service code
};

using OperationList = std::vector<Operation>;

/// An operation decoder: like a PayloadDecoder, bounds-checked and cheap on uninteresting
/// payloads, but it appends one Operation per request found in the payload (a TCP segment may
/// carry several). It must see every frame: operations are counted, never sampled.
using OperationDecoder = void (*)(const PayloadContext& context, OperationList& operations);

} // namespace mieruka::protocols
