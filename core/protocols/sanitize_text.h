// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace mieruka::protocols {

/// Strings taken from packets are hostile. Returns valid UTF-8 of at most `maxBytes` bytes
/// (cut on a character boundary, "…" appended when cut): invalid sequences and overlongs become
/// U+FFFD, C0/C1 controls, DEL, bidirectional controls (U+202A–202E, U+2066–2069, U+200E/200F,
/// U+061C), zero-width and invisible characters (U+200B–200D, U+2060–2064, U+FEFF,
/// U+FFF9–FFFB) and non-characters become U+FFFD; tabs and line breaks (CR, LF, U+2028/2029)
/// become spaces; NULs end the string (C strings in packets are NUL-padded), and leading/trailing
/// whitespace is trimmed.
std::string sanitizeText(std::string_view raw, std::size_t maxBytes = 256);
std::string sanitizeText(std::span<const std::byte> raw, std::size_t maxBytes = 256);

/// Latin-1 / Windows OEM text (NetBIOS, SMB1 OEM strings) converted to UTF-8, then sanitised.
std::string sanitizeLatin1(std::span<const std::byte> raw, std::size_t maxBytes = 256);

/// UTF-16LE text (SMB, OPC UA some fields) converted to UTF-8, then sanitised; stops at U+0000.
std::string sanitizeUtf16Le(std::span<const std::byte> raw, std::size_t maxBytes = 256);

} // namespace mieruka::protocols
