// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/helper/capture_arguments.h"

#include <algorithm>
#include <functional>
#include <map>

namespace mieruka::capture::helper {
namespace {

constexpr std::size_t kMaxInterfaces = 16;
constexpr std::size_t kMaxFilter = 4096;

bool isAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/// Plain decimal only: signs, spaces, hex and overflow are what strtoul would quietly accept.
std::optional<std::uint64_t> decimal(const std::string& text)
{
    if (text.empty() || text.size() > 19)
        return std::nullopt;
    std::uint64_t value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return value;
}

/// Printable for messages: what the user typed, with control bytes shown as '?'.
std::string shown(const std::string& text)
{
    std::string out = text.substr(0, 80);
    for (char& c : out)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f)
            c = '?';
    return text.size() > 80 ? out + "..." : out;
}

} // namespace

bool CaptureArguments::validInterfaceName(const std::string& name)
{
#ifdef _WIN32
    constexpr std::size_t maxLength = 255;
    const std::string extra = "._:@-\\{}";
#else
    constexpr std::size_t maxLength = 15; // IFNAMSIZ - 1
    const std::string extra = "._:@-";
#endif
    return !name.empty() && name.size() <= maxLength
        && std::all_of(name.begin(), name.end(),
                       [&](char c) { return isAlnum(c) || extra.find(c) != std::string::npos; });
}

bool CaptureArguments::validFilter(const std::string& filter)
{
    return filter.size() <= kMaxFilter
        && std::all_of(filter.begin(), filter.end(), [](char c) { return c >= 0x20 && c <= 0x7e; });
}

bool CaptureArguments::validPrefix(const std::string& prefix)
{
    return !prefix.empty() && prefix.size() <= 64
        && std::all_of(prefix.begin(), prefix.end(), [](char c) { return isAlnum(c) || c == '_' || c == '-'; });
}

std::optional<CaptureArguments> CaptureArguments::parse(std::span<const std::string> words, std::string& error)
{
    CaptureArguments args;
    bool sawSurvey = false;
    const auto number = [&](std::uint64_t& target, std::uint64_t min, std::uint64_t max) {
        return [&target, min, max](const std::string& option, const std::string& text, std::string& why) {
            const auto value = decimal(text);
            if (!value || *value < min || *value > max) {
                why = option + " needs a whole number from " + std::to_string(min) + " to " + std::to_string(max)
                    + ", not '" + shown(text) + "'";
                return false;
            }
            target = *value;
            return true;
        };
    };
    std::uint64_t snap = args.snapLength;
    using Handler = std::function<bool(const std::string&, const std::string&, std::string&)>;
    const std::map<std::string, Handler> valued = {
        {"-i", [&](const std::string&, const std::string& v, std::string& why) {
             if (!validInterfaceName(v)) {
                 why = "invalid interface name '" + shown(v) + "'";
                 return false;
             }
             if (std::find(args.interfaces.begin(), args.interfaces.end(), v) != args.interfaces.end()) {
                 why = "interface '" + v + "' is given twice";
                 return false;
             }
             if (args.interfaces.size() == kMaxInterfaces) {
                 why = "at most " + std::to_string(kMaxInterfaces) + " interfaces (-i) may be given";
                 return false;
             }
             args.interfaces.push_back(v);
             return true;
         }},
        {"-f", [&](const std::string&, const std::string& v, std::string& why) {
             if (!validFilter(v)) {
                 why = "the capture filter must be printable ASCII of at most 4096 bytes";
                 return false;
             }
             args.filter = v;
             return true;
         }},
        {"-s", number(snap, 64, 262144)},
        {"--survey", [&](const std::string&, const std::string& v, std::string& why) {
             if (sawSurvey) {
                 why = "--survey may be given once";
                 return false;
             }
             sawSurvey = true;
             args.surveyFile = v;
             return true;
         }},
        {"--prefix", [&](const std::string&, const std::string& v, std::string& why) {
             if (!validPrefix(v)) {
                 why = "--prefix needs 1 to 64 characters of A-Z a-z 0-9 _ -";
                 return false;
             }
             args.prefix = v;
             return true;
         }},
        {"--ring-size", number(args.ringSizeMb, 1, 4096)},
        {"--ring-seconds", number(args.ringSeconds, 0, 86400)},
        {"--ring-files", number(args.ringFiles, 0, 100000)},
        {"--duration", number(args.durationSeconds, 0, 100ull * 365 * 86400)},
        {"--max-size", number(args.maxSizeMb, 0, 1ull << 30)},
        {"--max-packets", number(args.maxPackets, 0, 1ull << 62)},
        {"--buffer", number(args.bufferMb, 1, 2048)},
        {"--status-interval", number(args.statusIntervalMs, 100, 10000)},
    };

    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (word == "--no-promisc") {
            args.promiscuous = false;
        } else if (word == "--probe") {
            args.probe = true;
        } else if (const auto handler = valued.find(word); handler != valued.end()) {
            if (i + 1 >= words.size()) {
                error = word + " needs a value";
                return std::nullopt;
            }
            if (!handler->second(word, words[++i], error))
                return std::nullopt;
        } else {
            error = "unknown argument '" + shown(word) + "'";
            return std::nullopt;
        }
    }
    args.snapLength = static_cast<std::uint32_t>(snap);
    if (args.interfaces.empty())
        error = "at least one interface (-i IF) is required";
    else if (sawSurvey == args.probe)
        error = "exactly one of --survey FILE or --probe is required";
    if (!error.empty())
        return std::nullopt;
    return args;
}

} // namespace mieruka::capture::helper
