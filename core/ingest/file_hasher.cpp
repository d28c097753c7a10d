// SPDX-License-Identifier: GPL-3.0-or-later
#include "file_hasher.h"

#include "core/net/sha256.h"

#include <cstdio>
#include <memory>
#include <vector>

namespace mieruka::ingest {

std::string hashFile(const std::string& path, std::string& error, const std::function<void(std::uint64_t)>& onBytes,
                     std::stop_token stop)
{
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file) {
        error = path + ": cannot be read";
        return {};
    }
    net::Sha256 hash;
    std::vector<std::byte> buffer(1 << 20);
    for (;;) {
        const std::size_t count = std::fread(buffer.data(), 1, buffer.size(), file.get());
        if (count > 0) {
            hash.update(std::span(buffer.data(), count));
            if (onBytes)
                onBytes(count);
        }
        if (count < buffer.size()) {
            if (std::ferror(file.get())) {
                error = path + ": read error while hashing";
                return {};
            }
            break;
        }
        if (stop.stop_requested())
            return {};
    }
    return net::Sha256::toHex(hash.finish());
}

} // namespace mieruka::ingest
