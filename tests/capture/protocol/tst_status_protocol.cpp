// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/protocol/frame_reader.h"
#include "capture/protocol/mirror_check.h"
#include "capture/protocol/status_message.h"

#include <QTest>

using namespace mieruka::capture::protocol;

namespace {

std::vector<Message> sampleMessages()
{
    InterfaceStats eth{"eth0", 10, 1000, 12, 1, 2, 3, 4, 5, 2, true};
    InterfaceStats raw{"tun0", 7, 70, 7, 0, 0, 0, 0, 0, 0, false};
    return {
        Hello{kProtocolVersion, "0.6.0", 4242},
        Started{{{"eth0", 1, 262144, "02:00:00:00:00:01"}, {"tun0", 101, 65535, ""}}, "/home/u/site.captures"},
        FileOpened{1, "/home/u/site.captures/live-20260101-120000-00001.pcapng"},
        FileClosed{1, "/home/u/site.captures/live-20260101-120000-00001.pcapng", 99, 123456789012ull},
        FileRemoved{"/home/u/site.captures/old.pcapng"},
        Stats{-5, {eth, raw}, 0xfedcba9876543210ull},
        Error{ErrorCode::BadFilter, "eth0", "syntax error in filter 'tcp port'", "fix it"},
        Stopped{StopReason::PacketLimit, 5, 500},
    };
}

bool sameInterfaceStats(const InterfaceStats& a, const InterfaceStats& b)
{
    return a.name == b.name && a.packets == b.packets && a.bytes == b.bytes && a.received == b.received
        && a.kernelDrops == b.kernelDrops && a.interfaceDrops == b.interfaceDrops && a.ownFrames == b.ownFrames
        && a.groupFrames == b.groupFrames && a.foreignUnicastFrames == b.foreignUnicastFrames
        && a.foreignPairs == b.foreignPairs && a.classified == b.classified;
}

bool same(const Message& a, const Message& b)
{
    if (a.index() != b.index())
        return false;
    if (const auto* x = std::get_if<Hello>(&a)) {
        const auto& y = std::get<Hello>(b);
        return x->protocolVersion == y.protocolVersion && x->helperVersion == y.helperVersion && x->pid == y.pid;
    }
    if (const auto* x = std::get_if<Started>(&a)) {
        const auto& y = std::get<Started>(b);
        if (x->folder != y.folder || x->interfaces.size() != y.interfaces.size())
            return false;
        for (std::size_t i = 0; i < x->interfaces.size(); ++i) {
            const auto &p = x->interfaces[i], &q = y.interfaces[i];
            if (p.name != q.name || p.linkType != q.linkType || p.snapLength != q.snapLength
                || p.macAddress != q.macAddress)
                return false;
        }
        return true;
    }
    if (const auto* x = std::get_if<FileOpened>(&a))
        return x->sequence == std::get<FileOpened>(b).sequence && x->path == std::get<FileOpened>(b).path;
    if (const auto* x = std::get_if<FileClosed>(&a)) {
        const auto& y = std::get<FileClosed>(b);
        return x->sequence == y.sequence && x->path == y.path && x->packets == y.packets && x->bytes == y.bytes;
    }
    if (const auto* x = std::get_if<FileRemoved>(&a))
        return x->path == std::get<FileRemoved>(b).path;
    if (const auto* x = std::get_if<Stats>(&a)) {
        const auto& y = std::get<Stats>(b);
        if (x->timeNs != y.timeNs || x->fileBytes != y.fileBytes || x->interfaces.size() != y.interfaces.size())
            return false;
        for (std::size_t i = 0; i < x->interfaces.size(); ++i)
            if (!sameInterfaceStats(x->interfaces[i], y.interfaces[i]))
                return false;
        return true;
    }
    if (const auto* x = std::get_if<Error>(&a)) {
        const auto& y = std::get<Error>(b);
        return x->code == y.code && x->interfaceName == y.interfaceName && x->message == y.message && x->fix == y.fix;
    }
    const auto& x = std::get<Stopped>(a);
    const auto& y = std::get<Stopped>(b);
    return x.reason == y.reason && x.packets == y.packets && x.bytes == y.bytes;
}

std::vector<std::byte> frame(std::uint32_t length, std::uint16_t type, std::vector<std::byte> payload = {},
                             std::uint16_t reserved = 0)
{
    std::vector<std::byte> out;
    for (int i = 0; i < 4; ++i)
        out.push_back(static_cast<std::byte>((length >> (8 * i)) & 0xffu));
    out.push_back(static_cast<std::byte>(type & 0xffu));
    out.push_back(static_cast<std::byte>(type >> 8));
    out.push_back(static_cast<std::byte>(reserved & 0xffu));
    out.push_back(static_cast<std::byte>(reserved >> 8));
    out.insert(out.end(), payload.begin(), payload.end());
    return out;
}

std::vector<std::byte> u32(std::uint32_t value)
{
    std::vector<std::byte> out;
    for (int i = 0; i < 4; ++i)
        out.push_back(static_cast<std::byte>((value >> (8 * i)) & 0xffu));
    return out;
}

std::vector<std::byte> concat(std::initializer_list<std::vector<std::byte>> parts)
{
    std::vector<std::byte> out;
    for (const auto& part : parts)
        out.insert(out.end(), part.begin(), part.end());
    return out;
}

std::vector<std::byte> withLength(std::vector<std::byte> payload, std::uint16_t type)
{
    return frame(static_cast<std::uint32_t>(payload.size()), type, payload);
}

InterfaceStats classified(std::uint64_t own, std::uint64_t group, std::uint64_t foreign, std::uint32_t pairs)
{
    InterfaceStats stats;
    stats.classified = true;
    stats.ownFrames = own;
    stats.groupFrames = group;
    stats.foreignUnicastFrames = foreign;
    stats.foreignPairs = pairs;
    return stats;
}

} // namespace

class TestStatusProtocol : public QObject {
    Q_OBJECT

private slots:
    void headerLayout()
    {
        const auto bytes = encode(Stopped{StopReason::Duration, 1, 2});
        QCOMPARE(bytes.size(), std::size_t{8 + 4 + 8 + 8});
        QCOMPARE(static_cast<int>(bytes[0]), 20);
        QCOMPARE(static_cast<int>(bytes[4]), 8);
        QCOMPARE(static_cast<int>(bytes[6]), 0);
        QCOMPARE(static_cast<int>(bytes[8]), 2); // StopReason::Duration, little-endian
    }

    void roundTripEveryType()
    {
        for (const Message& message : sampleMessages()) {
            FrameReader reader;
            reader.feed(encode(message));
            const auto decoded = reader.next();
            QVERIFY2(decoded.has_value(), reader.error().c_str());
            QVERIFY(same(message, *decoded));
            QVERIFY(!reader.next());
            QVERIFY(!reader.failed());
        }
    }

    void byteByByte()
    {
        FrameReader reader;
        std::vector<Message> decoded;
        for (const Message& message : sampleMessages()) {
            for (const std::byte byte : encode(message)) {
                reader.feed(std::span(&byte, 1));
                while (auto m = reader.next())
                    decoded.push_back(std::move(*m));
            }
        }
        QVERIFY(!reader.failed());
        const auto expected = sampleMessages();
        QCOMPARE(decoded.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i)
            QVERIFY(same(expected[i], decoded[i]));
    }

    void severalFramesInOneFeed()
    {
        std::vector<std::byte> all;
        for (const Message& message : sampleMessages()) {
            const auto bytes = encode(message);
            all.insert(all.end(), bytes.begin(), bytes.end());
        }
        FrameReader reader;
        reader.feed(all);
        std::size_t count = 0;
        while (reader.next())
            ++count;
        QCOMPARE(count, sampleMessages().size());
        QVERIFY(!reader.failed());
    }

    void emptyStringsAndVectors()
    {
        FrameReader reader;
        reader.feed(encode(Started{}));
        const auto decoded = reader.next();
        QVERIFY(decoded && std::get<Started>(*decoded).interfaces.empty());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("errorPart");
        const auto add = [](const char* name, const std::vector<std::byte>& bytes, const char* part) {
            QTest::newRow(name) << QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()))
                                << QString::fromLatin1(part);
        };
        add("oversized length", frame(kMaxPayload + 1, 1), "exceeds");
        add("huge length", frame(0xffffffffu, 6), "exceeds");
        add("unknown type 0", frame(0, 0), "unknown message type");
        add("unknown type 9", frame(0, 9), "unknown message type");
        add("reserved not zero", frame(0, 8, {}, 1), "reserved");
        // FileRemoved whose string claims 100 bytes but carries 3.
        add("truncated string", withLength(concat({u32(100), std::vector<std::byte>(3)}), 5), "runs past");
        add("string over 64 KiB", withLength(concat({u32(70000), std::vector<std::byte>(70000)}), 5), "exceeds the limit");
        // Started with 5000 interfaces, and one with a count far beyond its payload.
        add("element count too large", withLength(concat({u32(5000), std::vector<std::byte>(8)}), 2), "too large");
        add("element count past payload", withLength(concat({u32(100), u32(0)}), 2), "too large");
        add("trailing bytes", withLength(concat({u32(0), std::vector<std::byte>(2)}), 5), "trailing");
        add("short integer", withLength(std::vector<std::byte>(3), 8), "runs past");
        add("bad flag", [] {
            auto bytes = encode(Stats{0, {InterfaceStats{}}, 0});
            bytes[8 + 8 + 4 + 4 + 8 * 8 + 4] = std::byte{7}; // InterfaceStats.classified
            return bytes;
        }(), "flag");
    }

    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, errorPart);
        const auto* data = reinterpret_cast<const std::byte*>(bytes.constData());
        const std::vector<std::byte> good = encode(Hello{});

        for (const bool oneByOne : {false, true}) {
            FrameReader reader;
            reader.feed(good);
            if (oneByOne) {
                for (qsizetype i = 0; i < bytes.size(); ++i)
                    reader.feed(std::span(data + i, 1));
            } else {
                reader.feed(std::span(data, std::size_t(bytes.size())));
            }
            QVERIFY(reader.failed());
            QVERIFY2(QString::fromStdString(reader.error()).contains(errorPart), reader.error().c_str());
            QVERIFY(reader.next().has_value()); // the good frame before the damage still arrives
            QVERIFY(!reader.next());
            reader.feed(good); // failed stays failed
            QVERIFY(!reader.next());
            QVERIFY(reader.failed());
        }
    }

    void partialFrameIsNotAnError()
    {
        const auto bytes = encode(Error{ErrorCode::DiskFull, {}, "full", {}});
        FrameReader reader;
        reader.feed(std::span(bytes).first(bytes.size() - 1));
        QVERIFY(!reader.next());
        QVERIFY(!reader.failed());
        reader.feed(std::span(bytes).last(1));
        QVERIFY(reader.next());
    }

    void encoderCutsOverlongFields()
    {
        FileRemoved removed{std::string(kMaxString + 10, 'x')};
        FrameReader reader;
        reader.feed(encode(removed));
        const auto decoded = reader.next();
        QVERIFY2(decoded, reader.error().c_str());
        QCOMPARE(std::get<FileRemoved>(*decoded).path.size(), kMaxString);
    }

    void mirror_data()
    {
        QTest::addColumn<int>("own");
        QTest::addColumn<int>("group");
        QTest::addColumn<int>("foreign");
        QTest::addColumn<int>("pairs");
        QTest::addColumn<int>("verdict");
        QTest::newRow("silence") << 0 << 0 << 0 << 0 << int(MirrorVerdict::NoTraffic);
        QTest::newRow("own only") << 500 << 0 << 0 << 0 << int(MirrorVerdict::OwnTrafficOnly);
        QTest::newRow("broadcast only") << 0 << 40 << 0 << 0 << int(MirrorVerdict::OwnTrafficOnly);
        QTest::newRow("some flooding, one pair") << 100 << 30 << 8 << 1 << int(MirrorVerdict::OwnTrafficOnly);
        QTest::newRow("four foreign, two pairs") << 0 << 0 << 4 << 2 << int(MirrorVerdict::OwnTrafficOnly);
        QTest::newRow("five foreign, two pairs") << 0 << 0 << 5 << 2 << int(MirrorVerdict::Mirrored);
        QTest::newRow("twenty foreign, one pair") << 10 << 10 << 20 << 1 << int(MirrorVerdict::Mirrored);
        QTest::newRow("nineteen foreign, one pair") << 10 << 10 << 19 << 1 << int(MirrorVerdict::OwnTrafficOnly);
    }

    void mirror()
    {
        QFETCH(int, own);
        QFETCH(int, group);
        QFETCH(int, foreign);
        QFETCH(int, pairs);
        QFETCH(int, verdict);
        QCOMPARE(int(judgeMirror(classified(std::uint64_t(own), std::uint64_t(group), std::uint64_t(foreign),
                                            std::uint32_t(pairs)))),
                 verdict);
    }

    void mirrorNotApplicable()
    {
        InterfaceStats stats = classified(0, 0, 500, 30);
        stats.classified = false;
        QCOMPARE(judgeMirror(stats), MirrorVerdict::NotApplicable);
    }
};

QTEST_GUILESS_MAIN(TestStatusProtocol)
#include "tst_status_protocol.moc"
