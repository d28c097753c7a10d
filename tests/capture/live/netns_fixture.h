// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace mieruka::test::live {

/// A network namespace of the test's own ("mieruka-live-<pid>") holding veth pairs. The pairs
/// live only inside it, so deleting the namespace removes them too. IPv6 is off in it, so the
/// kernel adds no frames of its own (router solicitations, MLD) to what a test replays.
class NetnsFixture {
public:
    NetnsFixture();
    /// Tears down whatever setUp() made, even after a failed test.
    ~NetnsFixture();
    NetnsFixture(const NetnsFixture&) = delete;
    NetnsFixture& operator=(const NetnsFixture&) = delete;

    /// Creates the namespace; false with a one-line `why` when this machine cannot (not root,
    /// ip or tcpreplay missing, the kernel forbids namespaces) — a reason to skip, not to fail.
    bool setUp(QString& why);
    /// Adds the pair a <-> b (MTU 9000) inside the namespace and brings both up.
    bool addVethPair(const QString& a, const QString& b, QString& error);
    bool setMac(const QString& interface, const QString& mac, QString& error);
    /// "aa:bb:cc:dd:ee:ff" of an interface in the namespace; empty when unknown.
    QString macOf(const QString& interface) const;
    /// How many holders currently keep `interface` promiscuous (the kernel's counter).
    int promiscuity(const QString& interface) const;
    /// Kills what still runs in the namespace (our own children) and deletes it. Idempotent.
    void tearDown();

    const QString& name() const { return m_name; }
    bool isUp() const { return m_created; }
    /// Arguments for QProcess("ip", …) that run `program arguments` inside the namespace.
    QStringList wrap(const QString& program, const QStringList& arguments) const;
    /// Runs `program arguments` inside the namespace to its end; true on exit code 0. Its
    /// stdout+stderr go to `output` when given.
    bool run(const QString& program, const QStringList& arguments, QString* output = nullptr,
             int timeoutMs = 120000) const;

private:
    /// Deletes namespaces left by earlier runs of this test whose process is gone.
    void removeStale() const;
    /// Kills what runs in namespace `name` (children of this test or of a dead run) and deletes it.
    void remove(const QString& name) const;
    bool ip(const QStringList& arguments, QString* output = nullptr) const;

    QString m_name;
    bool m_created = false;
};

} // namespace mieruka::test::live
