// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/protocol/frame_reader.h"

#include "capture/protocol/message_fields.h"

#include <algorithm>
#include <utility>

namespace mieruka::capture::protocol {
namespace {

std::uint64_t readLe(std::span<const std::byte> bytes)
{
    std::uint64_t value = 0;
    for (std::size_t i = bytes.size(); i-- > 0;)
        value = (value << 8) | static_cast<std::uint8_t>(bytes[i]);
    return value;
}

/// Reads fields from one payload; the first problem stops every later read and is kept.
class Decoder {
public:
    explicit Decoder(std::span<const std::byte> payload) : m_payload(payload) {}

    template<typename... Fields>
    void operator()(Fields&... values) { (get(values), ...); }

    bool ok() const { return m_problem.empty(); }
    const std::string& problem() const { return m_problem; }
    std::size_t remaining() const { return m_payload.size() - m_pos; }

private:
    bool take(std::size_t count, std::span<const std::byte>& out, const char* what)
    {
        if (!ok())
            return false;
        if (remaining() < count) {
            m_problem = std::string(what) + " runs past the end of the payload";
            return false;
        }
        out = m_payload.subspan(m_pos, count);
        m_pos += count;
        return true;
    }

    template<typename T>
    void getInt(T& value, const char* what = "an integer field")
    {
        std::span<const std::byte> bytes;
        if (take(sizeof(T), bytes, what))
            value = static_cast<T>(static_cast<std::make_unsigned_t<T>>(readLe(bytes)));
    }

    void get(bool& value)
    {
        std::uint8_t raw = 0;
        getInt(raw, "a flag");
        if (ok() && raw > 1)
            m_problem = "a flag is neither 0 nor 1";
        value = raw == 1;
    }

    template<typename T> requires std::is_integral_v<T>
    void get(T& value) { getInt(value); }

    // Enum values are not range-checked: a newer helper may add codes the app shows as unknown.
    template<typename T> requires std::is_enum_v<T>
    void get(T& value)
    {
        std::underlying_type_t<T> raw{};
        getInt(raw);
        value = static_cast<T>(raw);
    }

    void get(std::string& value)
    {
        std::uint32_t size = 0;
        getInt(size, "a string length");
        if (ok() && size > kMaxString) {
            m_problem = "a string of " + std::to_string(size) + " bytes exceeds the limit of "
                + std::to_string(kMaxString);
            return;
        }
        std::span<const std::byte> bytes;
        if (take(size, bytes, "a string"))
            value.assign(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    }

    template<typename T>
    void get(std::vector<T>& values)
    {
        std::uint32_t count = 0;
        getInt(count, "an element count");
        if (!ok())
            return;
        // Every element takes at least one byte, and the memory for them stays within one frame.
        if (count > kMaxElements || count > remaining() || count > kMaxPayload / sizeof(T)) {
            m_problem = "an element count of " + std::to_string(count) + " is too large";
            return;
        }
        values.clear();
        values.reserve(count);
        for (std::uint32_t i = 0; i < count && ok(); ++i)
            detail::fields(values.emplace_back(), *this);
    }

    std::span<const std::byte> m_payload;
    std::size_t m_pos = 0;
    std::string m_problem;
};

template<std::size_t I = 0>
Message defaultMessage(std::size_t index)
{
    if constexpr (I + 1 < std::variant_size_v<Message>) {
        if (index != I)
            return defaultMessage<I + 1>(index);
    }
    return Message(std::in_place_index<I>);
}

const char* typeName(MessageType type)
{
    static constexpr const char* names[] = {
        "Hello", "Started", "FileOpened", "FileClosed", "FileRemoved", "Stats", "Error", "Stopped"};
    return names[static_cast<std::size_t>(type) - 1];
}

} // namespace

void FrameReader::feed(std::span<const std::byte> bytes)
{
    while (!bytes.empty() && !failed()) {
        const std::size_t wanted = headerReady() ? kHeaderSize + m_payloadSize : kHeaderSize;
        const std::size_t take = std::min(bytes.size(), wanted - m_frame.size());
        m_frame.insert(m_frame.end(), bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(take));
        bytes = bytes.subspan(take);
        if (m_frame.size() == kHeaderSize && wanted == kHeaderSize)
            checkHeader();
        if (!failed() && headerReady() && m_frame.size() == kHeaderSize + m_payloadSize)
            decodeFrame();
    }
}

std::optional<Message> FrameReader::next()
{
    if (m_ready.empty())
        return std::nullopt;
    Message message = std::move(m_ready.front());
    m_ready.pop_front();
    return message;
}

bool FrameReader::headerReady() const
{
    return m_frame.size() >= kHeaderSize;
}

void FrameReader::checkHeader()
{
    const std::span<const std::byte> header(m_frame);
    const std::uint64_t length = readLe(header.subspan(0, 4));
    const std::uint64_t type = readLe(header.subspan(4, 2));
    const std::uint64_t reserved = readLe(header.subspan(6, 2));
    if (type < 1 || type > std::variant_size_v<Message>)
        return fail("unknown message type " + std::to_string(type));
    if (reserved != 0)
        return fail("reserved header field is " + std::to_string(reserved) + ", not 0");
    if (length > kMaxPayload)
        return fail("frame payload of " + std::to_string(length) + " bytes exceeds the limit of "
                    + std::to_string(kMaxPayload));
    m_payloadSize = static_cast<std::size_t>(length);
}

void FrameReader::decodeFrame()
{
    const std::span<const std::byte> frame(m_frame);
    const auto type = static_cast<MessageType>(readLe(frame.subspan(4, 2)));
    Message message = defaultMessage(static_cast<std::size_t>(type) - 1);
    Decoder decoder(frame.subspan(kHeaderSize));
    std::visit([&](auto& m) { detail::fields(m, decoder); }, message);
    if (!decoder.ok())
        return fail(std::string(typeName(type)) + " message: " + decoder.problem());
    if (decoder.remaining() != 0)
        return fail(std::string(typeName(type)) + " message: " + std::to_string(decoder.remaining())
                    + " trailing bytes after the last field");
    m_ready.push_back(std::move(message));
    m_frame.clear();
    m_payloadSize = 0;
}

void FrameReader::fail(std::string reason)
{
    m_error = "malformed status stream: " + std::move(reason);
    m_frame.clear();
    m_frame.shrink_to_fit();
}

} // namespace mieruka::capture::protocol
