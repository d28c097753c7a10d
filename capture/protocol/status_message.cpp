// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/protocol/status_message.h"

#include "capture/protocol/message_fields.h"

#include <algorithm>
#include <stdexcept>

namespace mieruka::capture::protocol {
namespace {

class Encoder {
public:
    explicit Encoder(std::vector<std::byte>& out) : m_out(out) {}

    template<typename... Fields>
    void operator()(const Fields&... values) { (put(values), ...); }

private:
    template<typename T>
    void putInt(T value)
    {
        using U = std::make_unsigned_t<T>;
        auto bits = static_cast<U>(value);
        for (std::size_t i = 0; i < sizeof(T); ++i) {
            m_out.push_back(static_cast<std::byte>(bits & 0xffu));
            bits = static_cast<U>(bits >> 8);
        }
    }

    void put(bool value) { putInt<std::uint8_t>(value ? 1 : 0); }

    template<typename T> requires std::is_integral_v<T>
    void put(T value) { putInt(value); }

    template<typename T> requires std::is_enum_v<T>
    void put(T value) { putInt(static_cast<std::underlying_type_t<T>>(value)); }

    // Cutting keeps the frame decodable; no helper string comes near the limit.
    void put(const std::string& value)
    {
        const std::size_t size = std::min(value.size(), kMaxString);
        putInt(static_cast<std::uint32_t>(size));
        const auto* bytes = reinterpret_cast<const std::byte*>(value.data());
        m_out.insert(m_out.end(), bytes, bytes + size);
    }

    template<typename T>
    void put(const std::vector<T>& values)
    {
        const std::size_t count = std::min(values.size(), kMaxElements);
        putInt(static_cast<std::uint32_t>(count));
        for (std::size_t i = 0; i < count; ++i)
            detail::fields(values[i], *this);
    }

    std::vector<std::byte>& m_out;
};

} // namespace

std::vector<std::byte> encode(const Message& message)
{
    std::vector<std::byte> frame(kHeaderSize);
    Encoder encoder(frame);
    std::visit([&](const auto& m) { detail::fields(m, encoder); }, message);

    const std::size_t payload = frame.size() - kHeaderSize;
    if (payload > kMaxPayload)
        throw std::length_error("status message larger than the protocol allows");
    const auto type = static_cast<std::uint16_t>(detail::typeOf(message));
    for (std::size_t i = 0; i < 4; ++i)
        frame[i] = static_cast<std::byte>((payload >> (8 * i)) & 0xffu);
    frame[4] = static_cast<std::byte>(type & 0xffu);
    frame[5] = static_cast<std::byte>(type >> 8);
    return frame; // bytes 6..7 stay the reserved zero
}

} // namespace mieruka::capture::protocol
