// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/signature/rule_option_parser.h"
#include "core/detect/signature/text_join.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace mieruka::detect {

namespace {

using rule_lexer::trim;

template <typename T>
std::optional<T> number(std::string_view text)
{
    text = trim(text);
    T value{};
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

// Why a keyword other engines know is refused here, grouped by what it would need.
std::string unsupportedReason(std::string_view keyword)
{
    static constexpr std::array<std::string_view, 16> kPayloadTests{
        "byte_test", "byte_jump", "byte_extract", "byte_math", "isdataat", "bsize", "startswith", "endswith",
        "base64_decode", "base64_data", "entropy", "pcrexform", "dataset", "datarep", "xor", "rawbytes"};
    static constexpr std::array<std::string_view, 8> kFlowState{"flowbits", "xbits", "flowint", "hostbits",
                                                                "stream_size", "flow.age", "noalert", "tag"};
    static constexpr std::array<std::string_view, 17> kHeaderTests{
        "ttl", "tos", "id", "ipopts", "fragbits", "fragoffset", "seq", "ack", "window", "flags", "itype",
        "icode", "icmp_id", "icmp_seq", "ip_proto", "sameip", "tcp.mss"};
    const std::string quoted = joinText({"unsupported keyword '", keyword, "'"});
    for (std::string_view name : kPayloadTests)
        if (name == keyword)
            return quoted + ": payload tests are limited to content, pcre and dsize";
    for (std::string_view name : kFlowState)
        if (name == keyword)
            return quoted + ": it needs state kept across frames";
    for (std::string_view name : kHeaderTests)
        if (name == keyword)
            return quoted + ": header tests are limited to addresses, ports, flow and dsize";
    static constexpr std::array<std::string_view, 20> kBufferPrefixes{
        "http", "uricontent", "file", "dns", "tls", "ja3", "ja4", "ssh", "smb", "krb5", "sip", "app-layer",
        "dnp3", "modbus", "enip", "cip", "pkt_data", "ftp", "smtp", "snmp"};
    for (std::string_view prefix : kBufferPrefixes)
        if (startsWith(keyword, prefix))
            return quoted + ": it inspects an application-layer buffer; only the frame's payload is inspected";
    return quoted;
}

// How unusual a content's bytes are in traffic: zero runs and padding are everywhere in binary
// protocols, text is common, other byte values are rarer; a repeated byte adds little.
int rarity(std::string_view bytes)
{
    int score = 0;
    std::array<bool, 256> seen{};
    for (unsigned char c : bytes) {
        if (seen[c] || c == 0x00)
            score += 1;
        else if (c == 0xff || c == 0x01 || c == ' ')
            score += 2;
        else if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            score += 3;
        else
            score += 4;
        seen[c] = true;
    }
    return score;
}

} // namespace

ContentMatch* RuleOptionParser::lastContent()
{
    for (auto it = m_rule.items.rbegin(); it != m_rule.items.rend(); ++it)
        if (auto* content = std::get_if<ContentMatch>(&*it))
            return content;
    return nullptr;
}

bool RuleOptionParser::apply(const rule_lexer::Option& option, std::string& error)
{
    const std::string_view keyword = option.keyword;
    const std::string_view value = option.value;
    if (keyword == "msg") {
        m_rule.msg = rule_lexer::unquote(value);
    } else if (keyword == "sid" || keyword == "rev" || keyword == "priority") {
        const auto parsed = number<std::uint32_t>(value);
        if (!parsed || (keyword != "rev" && *parsed == 0) || (keyword == "priority" && *parsed > 255)) {
            error = joinText({"bad ", keyword, " '", value, "'"});
            return false;
        }
        if (keyword == "sid") {
            m_rule.sid = *parsed;
            m_hasSid = true;
        } else if (keyword == "rev") {
            m_rule.rev = *parsed;
        } else {
            m_rule.priority = *parsed;
        }
    } else if (keyword == "classtype") {
        const std::string_view name = trim(value);
        const bool valid = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        });
        if (!valid) {
            error = joinText({"bad classtype '", value, "'"});
            return false;
        }
        m_rule.classtype = std::string(name);
    } else if (keyword == "reference") {
        if (trim(value).find(',') == std::string_view::npos) {
            error = joinText({"bad reference '", value, "' (expected type,id)"});
            return false;
        }
        m_rule.references.push_back(rule_lexer::unquote(value));
    } else if (keyword == "metadata") {
        // Informational only.
    } else if (keyword == "content") {
        return content(value, error);
    } else if (keyword == "pcre") {
        return pcre(value, error);
    } else if (keyword == "nocase" || keyword == "offset" || keyword == "depth" || keyword == "distance"
               || keyword == "within" || keyword == "fast_pattern") {
        return modifier(option, error);
    } else if (keyword == "flow") {
        return flow(value, error);
    } else if (keyword == "dsize") {
        return dsize(value, error);
    } else if (keyword == "threshold") {
        return rateLimit(value, false, error);
    } else if (keyword == "detection_filter") {
        return rateLimit(value, true, error);
    } else {
        error = unsupportedReason(keyword);
        return false;
    }
    return true;
}

bool RuleOptionParser::content(std::string_view value, std::string& error)
{
    if (m_rule.items.size() >= SignatureRule::kMaxItems) {
        error = joinText({"more than ", std::to_string(SignatureRule::kMaxItems), " content/pcre options"});
        return false;
    }
    ContentMatch match;
    value = trim(value);
    if (!value.empty() && value.front() == '!') {
        match.negated = true;
        value = trim(value.substr(1));
    }
    auto bytes = rule_lexer::decodeContent(value, error);
    if (!bytes)
        return false;
    if (bytes->size() > kMaxContentBytes) {
        error = joinText({"content longer than ", std::to_string(kMaxContentBytes), " bytes"});
        return false;
    }
    match.bytes = std::move(*bytes);
    m_rule.items.emplace_back(std::move(match));
    return true;
}

bool RuleOptionParser::modifier(const rule_lexer::Option& option, std::string& error)
{
    const std::string_view keyword = option.keyword;
    ContentMatch* content = lastContent();
    if (!content) {
        error = joinText({"'", keyword, "' without a content before it"});
        return false;
    }
    if (keyword == "nocase") {
        content->nocase = true;
        for (char& c : content->bytes)
            c = static_cast<char>(kLowerCase[static_cast<std::uint8_t>(c)]);
        return true;
    }
    if (keyword == "fast_pattern") {
        // Plain, "only" and "offset,length" chopping all just choose this content here.
        content->fastPattern = true;
        return true;
    }
    const bool absolute = keyword == "offset" || keyword == "depth";
    if (absolute ? content->relative() : (content->offset != 0 || content->depth)) {
        error = joinText({"'", keyword, "' mixes absolute (offset/depth) and relative (distance/within) placement"});
        return false;
    }
    const std::string_view value = option.value;
    if (keyword == "distance") {
        const auto distance = number<std::int32_t>(value);
        if (!distance || *distance < -65535 || *distance > 65535) {
            error = joinText({"bad distance '", value, "' (variables from byte_extract are not supported)"});
            return false;
        }
        content->distance = *distance;
        return true;
    }
    const auto parsed = number<std::uint32_t>(value);
    if (!parsed || *parsed > 65535) {
        error = joinText({"bad ", keyword, " '", value, "' (variables from byte_extract are not supported)"});
        return false;
    }
    if ((keyword == "depth" || keyword == "within") && *parsed < content->bytes.size()) {
        error = joinText({keyword, " ", std::to_string(*parsed), " is shorter than its content (",
                          std::to_string(content->bytes.size()), " bytes)"});
        return false;
    }
    if (keyword == "offset")
        content->offset = *parsed;
    else if (keyword == "depth")
        content->depth = *parsed;
    else
        content->within = *parsed;
    return true;
}

bool RuleOptionParser::pcre(std::string_view value, std::string& error)
{
    if (m_rule.items.size() >= SignatureRule::kMaxItems) {
        error = joinText({"more than ", std::to_string(SignatureRule::kMaxItems), " content/pcre options"});
        return false;
    }
    PcreMatch match;
    value = trim(value);
    if (!value.empty() && value.front() == '!') {
        match.negated = true;
        value = trim(value.substr(1));
    }
    if (value.size() < 2 || value.front() != '"' || value.back() != '"') {
        error = "pcre must be a quoted \"/expression/flags\"";
        return false;
    }
    // Only the rule-level escapes go; everything else is PCRE's own syntax.
    std::string text;
    const std::string_view inner = value.substr(1, value.size() - 2);
    for (std::size_t i = 0; i < inner.size(); ++i) {
        if (inner[i] == '\\' && i + 1 < inner.size() && (inner[i + 1] == '"' || inner[i + 1] == ';')) {
            text += inner[++i];
            continue;
        }
        text += inner[i];
    }
    const std::size_t last = text.rfind('/');
    if (text.empty() || text.front() != '/' || last == 0 || last == std::string::npos) {
        error = "pcre must look like \"/expression/flags\"";
        return false;
    }
    if (text.size() > kMaxPcreLength) {
        error = joinText({"pcre longer than ", std::to_string(kMaxPcreLength), " characters"});
        return false;
    }
    PcrePattern::Flags flags;
    for (char flag : std::string_view(text).substr(last + 1)) {
        switch (flag) {
        case 'i': flags.caseless = true; break;
        case 's': flags.dotAll = true; break;
        case 'm': flags.multiline = true; break;
        case 'x': flags.extended = true; break;
        case 'A': flags.anchored = true; break;
        case 'E': flags.dollarEndOnly = true; break;
        case 'G': flags.ungreedy = true; break;
        case 'R': match.relative = true; break;
        case 'O':
            error = "unsupported pcre flag 'O': match limits are never lifted";
            return false;
        case 'U': case 'I': case 'P': case 'H': case 'D': case 'M': case 'C': case 'K': case 'S': case 'Y':
        case 'V': case 'W': case 'B': case 'Q': case 'J': case 'L': case 'Z':
            error = joinText({"unsupported pcre flag '", std::string_view(&flag, 1),
                              "': it selects an application-layer buffer or raw bytes; only the frame's payload "
                              "is inspected"});
            return false;
        default:
            error = joinText({"unknown pcre flag '", std::string_view(&flag, 1), "'"});
            return false;
        }
    }
    match.pattern = PcrePattern::compile(std::string_view(text).substr(1, last - 1), flags, error);
    if (!match.pattern)
        return false;
    m_rule.items.emplace_back(std::move(match));
    return true;
}

bool RuleOptionParser::flow(std::string_view value, std::string& error)
{
    using Direction = FlowRequirement::Direction;
    using State = FlowRequirement::State;
    for (std::string_view word : rule_lexer::splitCommas(value)) {
        if (word == "to_server" || word == "from_client") {
            m_rule.flow.direction = Direction::ToServer;
        } else if (word == "to_client" || word == "from_server") {
            m_rule.flow.direction = Direction::ToClient;
        } else if (word == "established") {
            m_rule.flow.state = State::Established;
        } else if (word == "not_established") {
            m_rule.flow.state = State::NotEstablished;
        } else if (word == "stateless") {
            m_rule.flow.state = State::Any;
        } else if (word == "only_stream" || word == "no_stream" || word == "only_frag" || word == "no_frag") {
            error = joinText({"unsupported flow option '", word, "': frames are inspected without reassembly"});
            return false;
        } else {
            error = joinText({"unknown flow option '", word, "'"});
            return false;
        }
    }
    return true;
}

bool RuleOptionParser::dsize(std::string_view value, std::string& error)
{
    value = trim(value);
    SizeTest test;
    std::optional<std::uint32_t> low, high;
    if (const std::size_t between = value.find("<>"); between != std::string_view::npos) {
        test.op = SizeTest::Op::Between;
        low = number<std::uint32_t>(value.substr(0, between));
        high = number<std::uint32_t>(value.substr(between + 2));
        if (low && high && *low >= *high)
            low.reset();
    } else if (!value.empty() && (value.front() == '<' || value.front() == '>' || value.front() == '=')) {
        test.op = value.front() == '<' ? SizeTest::Op::Less
            : value.front() == '>'     ? SizeTest::Op::Greater
                                       : SizeTest::Op::Equal;
        low = number<std::uint32_t>(value.substr(1));
        high = 0;
    } else {
        low = number<std::uint32_t>(value);
        high = 0;
    }
    if (!low || !high || *low > 65535 || *high > 65535) {
        error = joinText({"bad dsize '", value, "' (N, <N, >N or A<>B with A < B)"});
        return false;
    }
    test.low = *low;
    test.high = *high;
    m_rule.dsize = test;
    return true;
}

bool RuleOptionParser::rateLimit(std::string_view value, bool detectionFilter, std::string& error)
{
    const std::string name = detectionFilter ? "detection_filter" : "threshold";
    if (detectionFilter ? m_rule.detectionFilter.has_value() : m_rule.threshold.has_value()) {
        error = joinText({"more than one ", name});
        return false;
    }
    RateLimit limit;
    limit.kind = RateLimit::Kind::DetectionFilter;
    bool hasType = detectionFilter, hasTrack = false, hasCount = false, hasSeconds = false;
    for (std::string_view part : rule_lexer::splitCommas(value)) {
        const std::size_t space = part.find_first_of(" \t");
        const std::string_view key = part.substr(0, space);
        const std::string_view argument =
            space == std::string_view::npos ? std::string_view() : trim(part.substr(space));
        if (key == "type" && !detectionFilter) {
            hasType = true;
            if (argument == "limit")
                limit.kind = RateLimit::Kind::Limit;
            else if (argument == "threshold")
                limit.kind = RateLimit::Kind::Threshold;
            else if (argument == "both")
                limit.kind = RateLimit::Kind::Both;
            else
                hasType = false;
        } else if (key == "track") {
            hasTrack = true;
            if (argument == "by_src")
                limit.track = RateLimit::Track::BySource;
            else if (argument == "by_dst")
                limit.track = RateLimit::Track::ByDestination;
            else if (argument == "by_rule")
                limit.track = RateLimit::Track::ByRule;
            else
                hasTrack = false;
        } else if (key == "count" || key == "seconds") {
            const auto parsed = number<std::uint32_t>(argument);
            if (!parsed || *parsed == 0 || *parsed > 86400 * 366)
                break;
            (key == "count" ? limit.count : limit.seconds) = *parsed;
            (key == "count" ? hasCount : hasSeconds) = true;
        } else {
            error = joinText({"unsupported ", name, " part '", part, "'"});
            return false;
        }
    }
    if (!hasType || !hasTrack || !hasCount || !hasSeconds) {
        error = joinText({"bad ", name, " '", value, "' (needs ", detectionFilter ? "" : "type limit|threshold|both, ",
                          "track by_src|by_dst|by_rule, count N, seconds N)"});
        return false;
    }
    (detectionFilter ? m_rule.detectionFilter : m_rule.threshold) = limit;
    return true;
}

bool RuleOptionParser::finish(std::string& error)
{
    if (!m_hasSid) {
        error = "no sid";
        return false;
    }
    // The prefilter looks for one positive content per rule: the one marked fast_pattern, else
    // the longest (the rarest, usually), and among equally long ones the one of rarer bytes.
    // Rules without one are checked on every frame of their protocol and ports.
    int chosen = -1;
    std::pair<std::size_t, int> best{0, 0};
    for (std::size_t i = 0; i < m_rule.items.size(); ++i) {
        const auto* content = std::get_if<ContentMatch>(&m_rule.items[i]);
        if (!content || content->negated)
            continue;
        if (content->fastPattern) {
            chosen = static_cast<int>(i);
            break;
        }
        const std::pair<std::size_t, int> rank{content->bytes.size(), rarity(content->bytes)};
        if (rank > best) {
            best = rank;
            chosen = static_cast<int>(i);
        }
    }
    m_rule.prefilterItem = chosen;
    m_rule.fixedItems.clear();
    for (std::size_t i = 0; i < m_rule.items.size(); ++i) {
        const auto* content = std::get_if<ContentMatch>(&m_rule.items[i]);
        if (content && !content->negated && !content->relative() && content->depth == content->bytes.size())
            m_rule.fixedItems.push_back(static_cast<std::uint8_t>(i));
    }
    bool relativeLater = false;
    m_rule.relativeAfter = 0;
    for (std::size_t i = m_rule.items.size(); i-- > 0;) {
        if (relativeLater)
            m_rule.relativeAfter |= 1U << i;
        const auto& item = m_rule.items[i];
        const auto* content = std::get_if<ContentMatch>(&item);
        relativeLater = relativeLater || (content ? content->relative() : std::get<PcreMatch>(item).relative);
    }
    return true;
}

} // namespace mieruka::detect
