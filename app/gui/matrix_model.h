// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matrix_legend.h"
#include "workspace_data.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <array>
#include <utility>
#include <vector>

namespace mieruka::gui {

/// What the terminal matrix shows, without any widget: the observed IPv4 /24s, which host
/// sits at each last octet, and each host's category in every colouring. Kept apart from the
/// painting so the subnet split and the categories can be checked without a window.
class MatrixModel {
    Q_DECLARE_TR_FUNCTIONS(mieruka::gui::MatrixModel)
public:
    enum class ColourBy { Vendor, OsFamily, Role, AlertState };

    struct Subnet {
        QString prefix;      ///< first three octets, "192.168.0"
        int hostCount = 0;   ///< distinct hosts with an address here
        std::array<int, 256> cells; ///< host index per last octet; -1: address not seen
    };

    void setData(WorkspaceDataPtr data);

    /// Ordered numerically (10.0.0 before 192.168.0).
    const std::vector<Subnet>& subnets() const { return m_subnets; }
    /// The /24 of the host's first IPv4 address; -1 when unknown or it has none.
    int subnetOfHost(const QString& hostKey) const;
    const survey::LedgerHost* host(int hostIndex) const;
    QString hostKeyOf(int hostIndex) const;

    /// Hosts named by a "new_device" alert (as its source).
    bool isNewDevice(int hostIndex) const;
    bool isEol(int hostIndex) const;
    /// Highest alert severity involving the host: 0 none, 1 info … 5 critical.
    int severityRank(int hostIndex) const;
    /// The category's stable id (colour key; empty: unknown) and its words.
    std::pair<QString, QString> category(int hostIndex, ColourBy by) const;
    /// Colours and counts of one subnet's cells in one colouring.
    MatrixLegend legend(int subnet, ColourBy by) const;
    /// The facts of one cell, one per line, as plain text (packet strings unescaped).
    QString toolTip(int hostIndex, const QString& address) const;
    /// One line on the hosts the grid cannot show (IPv6 only, no IP at all).
    QString offGridSummary() const;

private:
    WorkspaceDataPtr m_data;
    std::vector<Subnet> m_subnets;
    QHash<QString, int> m_hostByKey;
    std::vector<int> m_severity;
    std::vector<bool> m_newDevice;
    int m_ipv6Only = 0;
    int m_noIp = 0;
};

} // namespace mieruka::gui
