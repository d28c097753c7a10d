// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/byte_reader.h"

#include <QTest>

#include <array>
#include <cstdint>

using mieruka::net::ByteReader;

class TestByteReader : public QObject {
    Q_OBJECT

private:
    // 01 02 03 04 05 06 07 08 09 truncated to `size`.
    static std::span<const std::byte> sample(std::size_t size)
    {
        static const std::array<std::byte, 9> bytes = {std::byte{1}, std::byte{2}, std::byte{3}, std::byte{4}, std::byte{5},
                                                        std::byte{6}, std::byte{7}, std::byte{8}, std::byte{9}};
        return std::span<const std::byte>(bytes).first(size);
    }

    static std::optional<std::uint64_t> read(ByteReader& reader, const QString& kind)
    {
        auto widen = [](auto value) -> std::optional<std::uint64_t> {
            if (!value)
                return std::nullopt;
            return static_cast<std::uint64_t>(*value);
        };
        if (kind == QLatin1String("u8"))
            return widen(reader.u8());
        if (kind == QLatin1String("be16"))
            return widen(reader.be16());
        if (kind == QLatin1String("be24"))
            return widen(reader.be24());
        if (kind == QLatin1String("be32"))
            return widen(reader.be32());
        if (kind == QLatin1String("be64"))
            return widen(reader.be64());
        if (kind == QLatin1String("le16"))
            return widen(reader.le16());
        if (kind == QLatin1String("le32"))
            return widen(reader.le32());
        if (kind == QLatin1String("le64"))
            return widen(reader.le64());
        return std::nullopt;
    }

private Q_SLOTS:
    void reads_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("width");
        QTest::addColumn<quint64>("value");
        const struct {
            const char* kind;
            int width;
            quint64 value;
        } rows[] = {
            {"u8", 1, 0x01},
            {"be16", 2, 0x0102},
            {"be24", 3, 0x010203},
            {"be32", 4, 0x01020304},
            {"be64", 8, 0x0102030405060708ull},
            {"le16", 2, 0x0201},
            {"le32", 4, 0x04030201},
            {"le64", 8, 0x0807060504030201ull},
        };
        for (const auto& row : rows)
            QTest::newRow(row.kind) << QString::fromLatin1(row.kind) << row.width << row.value;
    }

    void reads()
    {
        QFETCH(QString, kind);
        QFETCH(int, width);
        QFETCH(quint64, value);
        // Exactly enough bytes, one more, and one too few (at the boundary).
        for (int size : {width, width + 1, width - 1, 0}) {
            ByteReader reader(sample(static_cast<std::size_t>(size)));
            const auto result = read(reader, kind);
            if (size >= width) {
                QVERIFY(result.has_value());
                QCOMPARE(*result, value);
                QCOMPARE(reader.position(), std::size_t(width));
                QCOMPARE(reader.remaining(), std::size_t(size - width));
                QVERIFY(!reader.truncated());
                QCOMPARE(reader.atEnd(), size == width);
            } else {
                QVERIFY(!result.has_value());
                QVERIFY(reader.truncated());
                QCOMPARE(reader.position(), std::size_t(0));
            }
        }
    }

    void spans_data()
    {
        QTest::addColumn<int>("available");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("ok");
        QTest::newRow("zero of zero") << 0 << 0 << true;
        QTest::newRow("all") << 9 << 9 << true;
        QTest::newRow("one past") << 9 << 10 << false;
        QTest::newRow("some") << 5 << 3 << true;
        QTest::newRow("huge") << 5 << int(0x7fffffff) << false;
    }

    void spans()
    {
        QFETCH(int, available);
        QFETCH(int, count);
        QFETCH(bool, ok);
        const auto data = sample(static_cast<std::size_t>(available));
        const auto n = static_cast<std::size_t>(count);
        {
            ByteReader reader(data);
            auto span = reader.bytes(n);
            QCOMPARE(span.has_value(), ok);
            QCOMPARE(reader.truncated(), !ok);
            if (ok) {
                QCOMPARE(span->size(), n);
                QCOMPARE(reader.position(), n);
            }
        }
        {
            ByteReader reader(data);
            auto text = reader.chars(n);
            QCOMPARE(text.has_value(), ok);
            if (ok)
                QCOMPARE(text->size(), n);
        }
        {
            ByteReader reader(data);
            QCOMPARE(reader.skip(n), ok);
            QCOMPARE(reader.position(), ok ? n : 0);
        }
        {
            ByteReader reader(data);
            auto sub = reader.sub(n);
            QCOMPARE(sub.has_value(), ok);
            if (ok) {
                QCOMPARE(sub->remaining(), n);
                QCOMPARE(reader.remaining(), data.size() - n);
            }
        }
    }

    void peeks_data()
    {
        QTest::addColumn<int>("available");
        QTest::addColumn<int>("offset");
        QTest::addColumn<bool>("u8ok");
        QTest::addColumn<bool>("be16ok");
        QTest::newRow("empty") << 0 << 0 << false << false;
        QTest::newRow("one byte") << 1 << 0 << true << false;
        QTest::newRow("last byte") << 4 << 3 << true << false;
        QTest::newRow("last pair") << 4 << 2 << true << true;
        QTest::newRow("past end") << 4 << 4 << false << false;
        QTest::newRow("far past end") << 4 << 1000 << false << false;
    }

    void peeks()
    {
        QFETCH(int, available);
        QFETCH(int, offset);
        QFETCH(bool, u8ok);
        QFETCH(bool, be16ok);
        const ByteReader reader(sample(static_cast<std::size_t>(available)));
        const auto o = static_cast<std::size_t>(offset);
        const auto byte = reader.peekU8(o);
        const auto word = reader.peekBe16(o);
        QCOMPARE(byte.has_value(), u8ok);
        QCOMPARE(word.has_value(), be16ok);
        if (u8ok)
            QCOMPARE(int(*byte), offset + 1);
        if (be16ok)
            QCOMPARE(int(*word), (offset + 1) << 8 | (offset + 2));
        QCOMPARE(reader.position(), std::size_t(0));
        QVERIFY(!reader.truncated());
    }

    void restAndSequence()
    {
        ByteReader reader(sample(9));
        QCOMPARE(*reader.u8(), std::uint8_t(1));
        QCOMPARE(*reader.be16(), std::uint16_t(0x0203));
        QCOMPARE(reader.rest().size(), std::size_t(6));
        QCOMPARE(*reader.le32(), std::uint32_t(0x07060504));
        QVERIFY(!reader.be32().has_value()); // two bytes left
        QCOMPARE(reader.position(), std::size_t(7));
        QVERIFY(reader.truncated());
        QCOMPARE(*reader.be16(), std::uint16_t(0x0809));
        QVERIFY(reader.atEnd());
        QVERIFY(!reader.u8().has_value());
    }
};

QTEST_APPLESS_MAIN(TestByteReader)
#include "tst_byte_reader.moc"
