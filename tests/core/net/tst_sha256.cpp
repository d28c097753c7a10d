// SPDX-License-Identifier: GPL-3.0-or-later
// Qt 6.4's moc cannot parse <compare>/<concepts>; it only needs the QObject below.
#ifndef Q_MOC_RUN
#include "core/net/sha256.h"
#endif

#include <QTest>

#include <vector>

using mieruka::net::Sha256;

Q_DECLARE_METATYPE(Sha256::Implementation)

namespace {

std::span<const std::byte> asBytes(const std::string& text)
{
    return std::as_bytes(std::span<const char>(text.data(), text.size()));
}

} // namespace

class TestSha256 : public QObject {
    Q_OBJECT

private:
    static void addImplementations(const char* name, const std::string& input, const char* digest)
    {
        const QByteArray in = QByteArray::fromStdString(input);
        QTest::addRow("%s portable", name) << Sha256::Implementation::Portable << in << QString::fromLatin1(digest);
        QTest::addRow("%s auto", name) << Sha256::Implementation::Auto << in << QString::fromLatin1(digest);
    }

private Q_SLOTS:
    void vectors_data()
    {
        QTest::addColumn<Sha256::Implementation>("implementation");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("digest");
        addImplementations("empty", "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        addImplementations("abc", "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        addImplementations("two blocks", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                           "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        addImplementations("million a", std::string(1000000, 'a'),
                           "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }

    void vectors()
    {
        QFETCH(Sha256::Implementation, implementation);
        QFETCH(QByteArray, input);
        QFETCH(QString, digest);
        const std::string text = input.toStdString();
        // Whole input at once, and in odd-sized pieces that straddle block boundaries.
        Sha256 whole(implementation);
        whole.update(asBytes(text));
        QCOMPARE(QString::fromStdString(Sha256::toHex(whole.finish())), digest);
        Sha256 pieces(implementation);
        for (std::size_t at = 0, step = 1; at < text.size(); at += step, step = step % 97 + 13)
            pieces.update(asBytes(text).subspan(at, std::min(step, text.size() - at)));
        QCOMPARE(QString::fromStdString(Sha256::toHex(pieces.finish())), digest);
        // finish() resets, so the object can be reused.
        whole.update(asBytes(text));
        QCOMPARE(QString::fromStdString(Sha256::toHex(whole.finish())), digest);
    }

    void implementationsAgree()
    {
        if (!Sha256::hardwareAccelerationAvailable())
            QSKIP("no SHA-NI on this CPU");
        QCOMPARE(Sha256(Sha256::Implementation::Auto).implementation(), Sha256::Implementation::Accelerated);
        std::vector<std::byte> data(4096 + 77);
        for (std::size_t i = 0; i < data.size(); ++i)
            data[i] = static_cast<std::byte>(i * 131 + (i >> 7));
        for (std::size_t length : {0, 55, 56, 63, 64, 65, 119, 120, 128, 4096 + 77}) {
            Sha256 portable(Sha256::Implementation::Portable);
            Sha256 fast(Sha256::Implementation::Accelerated);
            portable.update(std::span(data).first(length));
            fast.update(std::span(data).first(length));
            QCOMPARE(fast.finish(), portable.finish());
        }
    }

    void portableIsForced()
    {
        QCOMPARE(Sha256(Sha256::Implementation::Portable).implementation(), Sha256::Implementation::Portable);
    }

    void throughput()
    {
        // Informational: prints MB/s for each path on 64 MiB (the tests build may be unoptimised).
        std::vector<std::byte> data(64u << 20, std::byte{0x5a});
        for (auto implementation : {Sha256::Implementation::Portable, Sha256::Implementation::Auto}) {
            QElapsedTimer timer;
            timer.start();
            Sha256 sha(implementation);
            sha.update(data);
            sha.finish();
            const double seconds = std::max<qint64>(timer.nsecsElapsed(), 1) / 1e9;
            qInfo("%s: %.0f MB/s", implementation == Sha256::Implementation::Portable ? "portable" : "auto",
                  double(data.size()) / seconds / 1e6);
        }
    }
};

QTEST_APPLESS_MAIN(TestSha256)
#include "tst_sha256.moc"
