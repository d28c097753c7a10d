// SPDX-License-Identifier: GPL-3.0-or-later
#include <QString>
#include <QTest>

#include "core/decode/packet_decoder.h"
#include "core/detect/signature/aho_corasick.h"
#include "core/detect/signature/payload_matcher.h"
#include "core/detect/signature/signature_engine.h"
#include "tests/support/packet_builder.h"

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

// The prefilter must never lose a match: the automaton against a plain search, and the whole
// engine (prefilter, port groups, windows) against evaluating every rule on every frame.

namespace {

using namespace mieruka;

/// Bytes from a small alphabet, so random patterns and texts meet often; both cases of letters.
std::string randomBytes(std::mt19937& random, std::size_t length)
{
    static constexpr char kAlphabet[] = {'a', 'b', 'A', 'B', 'c', '\0', '\xff', '|'};
    std::string bytes(length, 'a');
    for (char& c : bytes)
        c = kAlphabet[random() % sizeof kAlphabet];
    return bytes;
}

bool equalFolded(std::string_view a, std::string_view b)
{
    return a.size() == b.size()
        && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return detect::kLowerCase[static_cast<std::uint8_t>(x)] == detect::kLowerCase[static_cast<std::uint8_t>(y)];
           });
}

std::string hexOf(std::string_view bytes)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string hex = "|";
    for (unsigned char c : bytes) {
        hex += kDigits[c >> 4];
        hex += kDigits[c & 15];
        hex += ' ';
    }
    hex.back() = '|';
    return hex;
}

/// A random but valid rule over the small alphabet: one to four contents with random
/// modifiers, sometimes a pcre, a dsize or a flow, on a few ports.
std::string randomRule(std::mt19937& random, int sid)
{
    static constexpr const char* kPorts[] = {"any", "80", "[80,502]", "!80", "1:1024", "502"};
    static constexpr const char* kProtocols[] = {"tcp", "udp", "ip"};
    const char* protocol = kProtocols[random() % 3];
    const bool ported = std::string(protocol) != "ip";
    std::string rule = std::string("alert ") + protocol + " any " + (ported ? kPorts[random() % 6] : "any")
        + (random() % 5 == 0 ? " <> " : " -> ") + "any " + (ported ? kPorts[random() % 6] : "any") + " (";
    const int contents = static_cast<int>(random() % 5);
    for (int i = 0; i < contents; ++i) {
        const std::string bytes = randomBytes(random, 1 + random() % 4);
        rule += std::string("content:") + (random() % 6 == 0 ? "!" : "") + "\"" + hexOf(bytes) + "\"; ";
        if (random() % 3 == 0)
            rule += "nocase; ";
        switch (random() % 5) {
        case 0: rule += "offset:" + std::to_string(random() % 8) + "; "; break;
        case 1: rule += "depth:" + std::to_string(bytes.size() + random() % 10) + "; "; break;
        case 2:
            rule += "offset:" + std::to_string(random() % 6) + "; depth:" + std::to_string(bytes.size() + random() % 6) + "; ";
            break;
        case 3:
            if (i > 0)
                rule += "distance:" + std::to_string(static_cast<int>(random() % 8) - 2) + "; ";
            if (i > 0 && random() % 2)
                rule += "within:" + std::to_string(bytes.size() + random() % 8) + "; ";
            break;
        default: break;
        }
        if (random() % 8 == 0)
            rule += "fast_pattern; ";
    }
    if (random() % 6 == 0)
        rule += random() % 2 ? "pcre:\"/a[bc]+/i\"; " : "pcre:\"/^b/R\"; ";
    if (random() % 8 == 0)
        rule += "dsize:>" + std::to_string(random() % 20) + "; ";
    if (random() % 8 == 0)
        rule += random() % 2 ? "flow:to_server; " : "flow:to_client; ";
    return rule + "sid:" + std::to_string(sid) + ";)";
}

/// Every rule on its own, without the prefilter: what the engine must agree with.
bool naiveMatch(const detect::SignatureRule& rule, const decode::DecodedPacket& packet, detect::SignatureFlowState flow)
{
    using namespace detect::rule_protocol;
    const std::uint8_t bit = packet.transport == decode::TransportKind::Tcp ? kTcp : kUdp;
    const auto* ip = packet.innerIp();
    const std::span<const std::uint8_t> payload(reinterpret_cast<const std::uint8_t*>(packet.payload.data()),
                                                packet.payload.size());
    if (!(rule.protocols & bit) || (rule.dsize && !rule.dsize->matches(payload.size())) || !rule.flow.matches(flow))
        return false;
    const bool forward = rule.sourcePorts.contains(packet.srcPort) && rule.destinationPorts.contains(packet.dstPort)
        && rule.sourceAddresses.contains(ip->src) && rule.destinationAddresses.contains(ip->dst);
    const bool backward = rule.bidirectional && rule.sourcePorts.contains(packet.dstPort)
        && rule.destinationPorts.contains(packet.srcPort) && rule.sourceAddresses.contains(ip->dst)
        && rule.destinationAddresses.contains(ip->src);
    return (forward || backward) && detect::PayloadMatcher::matches(rule, payload);
}

} // namespace

class TestSignaturePrefilter : public QObject {
    Q_OBJECT
private slots:
    void automatonAgreesWithSearch_data()
    {
        QTest::addColumn<int>("denseBudget");
        QTest::newRow("dense") << (16 << 20);
        QTest::newRow("mostly sparse") << 0; // one dense row: every deeper state walks its failure links
        QTest::newRow("some sparse") << 4000;
    }

    void automatonAgreesWithSearch()
    {
        QFETCH(int, denseBudget);
        std::mt19937 random(7);
        for (int round = 0; round < 40; ++round) {
            detect::AhoCorasick automaton;
            std::vector<std::pair<std::string, bool>> patterns;
            std::vector<std::uint32_t> ids;
            const int count = 1 + static_cast<int>(random() % 30);
            for (int i = 0; i < count; ++i) {
                patterns.emplace_back(randomBytes(random, 1 + random() % 5), random() % 2 == 0);
                ids.push_back(automaton.add(patterns.back().first, patterns.back().second));
            }
            automaton.build(static_cast<std::size_t>(denseBudget));
            for (int t = 0; t < 20; ++t) {
                const std::string text = randomBytes(random, random() % 200);
                std::set<std::pair<std::uint32_t, std::size_t>> found, expected;
                automaton.scan(std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()),
                               [&](std::uint32_t id, std::size_t end) { QVERIFY(found.insert({id, end}).second); });
                for (std::size_t p = 0; p < patterns.size(); ++p) {
                    const auto& [pattern, nocase] = patterns[p];
                    for (std::size_t end = pattern.size(); end <= text.size(); ++end) {
                        const std::string_view window(text.data() + end - pattern.size(), pattern.size());
                        if (nocase ? equalFolded(window, pattern) : window == pattern)
                            expected.insert({ids[p], end});
                    }
                }
                QCOMPARE(found, expected);
            }
        }
    }

    void duplicatePatternsShareAnId()
    {
        detect::AhoCorasick automaton;
        const auto a = automaton.add("abc", true);
        QCOMPARE(automaton.add("ABC", true), a);
        QVERIFY(automaton.add("ABC", false) != a);
        QVERIFY(automaton.add("abc", false) != a);
        QCOMPARE(automaton.patternCount(), std::size_t(3));
    }

    void engineAgreesWithEveryRule_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 6; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void engineAgreesWithEveryRule()
    {
        QFETCH(int, seed);
        std::mt19937 random(static_cast<std::uint32_t>(seed));
        detect::SignatureEngine engine;
        std::string rules;
        for (int sid = 1; sid <= 150; ++sid)
            rules += randomRule(random, sid) + "\n";
        const auto report = engine.addRules(rules, "random.rules");
        for (const auto& problem : report.unsupported)
            QFAIL(qPrintable(QString::fromStdString(problem.reason + ": " + problem.text)));
        engine.finalize();
        decode::PacketDecoder decoder;
        std::size_t matched = 0;
        for (int f = 0; f < 400; ++f) {
            const std::string payload = randomBytes(random, random() % 40);
            static constexpr std::uint16_t kPorts[] = {80, 502, 443, 2000};
            const std::uint16_t sport = kPorts[random() % 4], dport = kPorts[random() % 4];
            test::PacketBuilder builder;
            builder.ethernet("00:00:5e:00:53:02", "00:00:5e:00:53:01").ipv4("10.0.0.1", "10.0.0.2");
            if (random() % 2)
                builder.tcp(sport, dport, {.flags = test::tcpflag::kAck});
            else
                builder.udp(sport, dport);
            if (!payload.empty())
                builder.payload(test::bytesFromString(payload));
            const test::Bytes frame = builder.build();
            decode::DecodedPacket packet;
            decoder.decode(1, frame, static_cast<std::uint32_t>(frame.size()), packet);
            const detect::SignatureFlowState flow{random() % 2 == 0, true};
            std::vector<detect::SignatureHit> hits;
            engine.inspect(packet, flow, 0, hits);
            std::vector<std::uint32_t> got, expected;
            for (const auto& hit : hits)
                got.push_back(hit.rule->sid);
            for (std::size_t i = 0; i < engine.ruleCount(); ++i)
                if (naiveMatch(engine.rule(i), packet, flow))
                    expected.push_back(engine.rule(i).sid);
            matched += expected.size();
            if (got != expected)
                QFAIL(qPrintable(QStringLiteral("frame %1: %2 hits, %3 expected").arg(f).arg(got.size()).arg(expected.size())));
        }
        QVERIFY(matched > 100); // the random set does exercise matching
    }
};

QTEST_GUILESS_MAIN(TestSignaturePrefilter)
#include "tst_signature_prefilter.moc"
