// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace mieruka::gui {

/// The one selection and the one filter every view follows (STYLE.md convention 7): click a
/// cell in the matrix and the same host is selected in the ledger, the map and the charts.
/// Hosts are named by their address key: first IP, else MAC (LedgerHost order).
class WorkspaceSelection : public QObject {
    Q_OBJECT
public:
    struct Filter {
        qint64 fromNs = 0;   ///< 0: from the start
        qint64 toNs = 0;     ///< 0: to the end
        QString subnet;      ///< "192.168.10.0/24"; empty: all
        QString protocol;    ///< protocol label ("modbus"); empty: all
        bool operator==(const Filter&) const = default;
        bool isEmpty() const { return fromNs == 0 && toNs == 0 && subnet.isEmpty() && protocol.isEmpty(); }
    };

    explicit WorkspaceSelection(QObject* parent = nullptr) : QObject(parent) {}

    const QString& host() const { return m_host; }
    /// The other end when a host pair is selected (a pair's bar, a map edge); empty otherwise.
    const QString& peer() const { return m_peer; }
    const Filter& filter() const { return m_filter; }

public slots:
    /// Selects a host everywhere; an empty key clears the selection. No signal when unchanged,
    /// so views may call it back from their own change handlers.
    void selectHost(const QString& hostKey);
    /// Selects a host pair: the host everywhere, and the pair where a view can show one.
    void selectPair(const QString& hostKey, const QString& peerKey);
    void setFilter(const mieruka::gui::WorkspaceSelection::Filter& filter);
    void setTimeRange(qint64 fromNs, qint64 toNs);
    void clearFilter();

signals:
    void hostChanged(const QString& hostKey);
    void peerChanged(const QString& peerKey);
    void filterChanged();

private:
    QString m_host;
    QString m_peer;
    Filter m_filter;
};

} // namespace mieruka::gui
