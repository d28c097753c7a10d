// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace mieruka::gui {

/// The ledger as the consultant narrowed it: free text over every column, and exact role,
/// vendor and subnet choices, and the workspace's shared protocol and time filter. What it accepts is exactly what the table shows and the CSV
/// export writes.
class LedgerFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit LedgerFilter(QObject* parent = nullptr);

    void setText(const QString& text);
    void setRoleId(const QString& roleId);   ///< empty: any
    void setVendor(const QString& vendor);   ///< empty: any
    void setSubnet(const QString& subnet);   ///< "192.168.1.0/24"; empty: any
    void setProtocol(const QString& label);  ///< hosts that spoke it; empty: any
    void setTimeRange(qint64 fromNs, qint64 toNs); ///< hosts sending in it; 0: open end

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text, m_roleId, m_vendor, m_subnet, m_protocol;
    qint64 m_fromNs = 0, m_toNs = 0;
};

} // namespace mieruka::gui
