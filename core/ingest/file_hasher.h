// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <functional>
#include <stop_token>
#include <string>

namespace mieruka::ingest {

/// SHA-256 of a file's content as lower-case hex; empty on read failure (with `error` set)
/// or cancellation. `onBytes` is called with the bytes read since the previous call.
std::string hashFile(const std::string& path, std::string& error, const std::function<void(std::uint64_t)>& onBytes = {},
                     std::stop_token stop = {});

} // namespace mieruka::ingest
