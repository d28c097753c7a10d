// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/protocol/status_message.h"

#include <concepts>
#include <type_traits>

/// The wire order of each message's fields, written once and used by both encode() and FrameReader
/// so the two sides cannot drift apart. `M` is the struct, const when encoding.
namespace mieruka::capture::protocol::detail {

template<typename M, typename T>
concept Is = std::same_as<std::remove_const_t<M>, T>;

template<typename M, typename V> requires Is<M, Hello>
void fields(M& m, V&& v) { v(m.protocolVersion, m.helperVersion, m.pid); }

template<typename M, typename V> requires Is<M, InterfaceOpened>
void fields(M& m, V&& v) { v(m.name, m.linkType, m.snapLength, m.macAddress); }

template<typename M, typename V> requires Is<M, Started>
void fields(M& m, V&& v) { v(m.interfaces, m.folder); }

template<typename M, typename V> requires Is<M, FileOpened>
void fields(M& m, V&& v) { v(m.sequence, m.path); }

template<typename M, typename V> requires Is<M, FileClosed>
void fields(M& m, V&& v) { v(m.sequence, m.path, m.packets, m.bytes); }

template<typename M, typename V> requires Is<M, FileRemoved>
void fields(M& m, V&& v) { v(m.path); }

template<typename M, typename V> requires Is<M, InterfaceStats>
void fields(M& m, V&& v)
{
    v(m.name, m.packets, m.bytes, m.received, m.kernelDrops, m.interfaceDrops, m.ownFrames, m.groupFrames,
      m.foreignUnicastFrames, m.foreignPairs, m.classified);
}

template<typename M, typename V> requires Is<M, Stats>
void fields(M& m, V&& v) { v(m.timeNs, m.interfaces, m.fileBytes); }

template<typename M, typename V> requires Is<M, Error>
void fields(M& m, V&& v) { v(m.code, m.interfaceName, m.message, m.fix); }

template<typename M, typename V> requires Is<M, Stopped>
void fields(M& m, V&& v) { v(m.reason, m.packets, m.bytes); }

/// Type tags follow the variant's alternative order (MessageType 1 is alternative 0).
inline MessageType typeOf(const Message& message)
{
    return static_cast<MessageType>(message.index() + 1);
}

} // namespace mieruka::capture::protocol::detail
