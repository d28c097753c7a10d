// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture_dialog.h"

#include "rate_sparkline.h"

#include "capture/source/capture_filter_check.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace mieruka::gui {

namespace protocol = capture::protocol;

namespace {

enum Column { NameColumn, AddressColumn, RateColumn, MirrorColumn, ColumnCount };

QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

CaptureDialog::CaptureDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Capture live"));
    resize(860, 520);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(plainLabel(tr("Tick the interface connected to the switch's mirror (SPAN) port. The packets/s line "
                                    "shows which port is busy; the mirror check tells whether frames between other "
                                    "devices arrive — if only this computer's and broadcast traffic does, the mirror "
                                    "is not set up yet."),
                                 this));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Interface"), tr("Addresses"), tr("Packets/s"), tr("Mirror check")});
    m_table->horizontalHeader()->setSectionResizeMode(MirrorColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(NameColumn, 200);
    m_table->setColumnWidth(AddressColumn, 220);
    m_table->setColumnWidth(RateColumn, 150);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);
    m_problem = plainLabel(QString(), this);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* form = new QFormLayout;
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("empty: everything (e.g. not port 3389)"));
    m_filterStatus = plainLabel(QString(), this);
    form->addRow(tr("Capture filter (BPF):"), m_filter);
    form->addRow(QString(), m_filterStatus);
    m_minutes = new QSpinBox(this);
    m_minutes->setRange(0, 7 * 24 * 60);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setSpecialValueText(tr("no limit"));
    form->addRow(tr("Stop after:"), m_minutes);
    m_megabytes = new QSpinBox(this);
    m_megabytes->setRange(0, 10'000'000);
    m_megabytes->setSuffix(tr(" MB"));
    m_megabytes->setSpecialValueText(tr("no limit"));
    form->addRow(tr("Stop after writing:"), m_megabytes);
    m_promiscuous = new QCheckBox(tr("Promiscuous mode (needed on a mirror port)"), this);
    m_promiscuous->setChecked(true);
    form->addRow(QString(), m_promiscuous);
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start capture"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &CaptureDialog::validate);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == NameColumn)
            m_userChoseInterface = true;
        validate();
    });
    connect(&m_probe, &live::InterfaceProbe::updated, this, &CaptureDialog::refreshReadings);
    connect(&m_probe, &live::InterfaceProbe::failed, this, [this](const QString& message, const QString& fix) {
        m_problem->setText(fix.isEmpty() ? message : tr("%1\nFix: %2").arg(message, fix));
        m_problem->show();
    });
    loadInterfaces();
    validate();
}

CaptureDialog::~CaptureDialog()
{
    m_probe.stop();
}

void CaptureDialog::loadInterfaces()
{
    QString error;
    if (!live::listCaptureInterfaces(m_interfaces, error)) {
        m_problem->setText(error);
        m_problem->show();
        return;
    }
    const QSignalBlocker blocker(m_table);
    QStringList probed;
    for (const auto& iface : m_interfaces) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* name = new QTableWidgetItem(iface.description.isEmpty() ? iface.name
                                                                      : tr("%1 (%2)").arg(iface.name, iface.description));
        name->setData(Qt::UserRole, iface.name);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        name->setCheckState(Qt::Unchecked);
        m_table->setItem(row, NameColumn, name);
        QStringList addresses = iface.ipAddresses();
        if (!iface.macAddress().isEmpty())
            addresses.prepend(iface.macAddress());
        m_table->setItem(row, AddressColumn, new QTableWidgetItem(addresses.join(QStringLiteral(", "))));
        m_table->setCellWidget(row, RateColumn, new RateSparkline(m_table));
        const QString state = !iface.up ? tr("down") : (iface.running ? QString() : tr("no link"));
        m_table->setItem(row, MirrorColumn, new QTableWidgetItem(state));
        if (iface.up && !iface.loopback)
            probed << iface.name;
    }
    if (!probed.isEmpty() && !m_probe.start(probed, error)) {
        m_problem->setText(error);
        m_problem->show();
    }
}

int CaptureDialog::rowOf(const QString& interface) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, NameColumn)->data(Qt::UserRole).toString() == interface)
            return row;
    return -1;
}

void CaptureDialog::refreshReadings()
{
    const QSignalBlocker blocker(m_table);
    int bestRow = -1;
    quint64 bestForeign = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_table->item(row, NameColumn)->data(Qt::UserRole).toString();
        const auto reading = m_probe.reading(name);
        if (auto* sparkline = qobject_cast<RateSparkline*>(m_table->cellWidget(row, RateColumn)))
            sparkline->setSamples(reading.packetsPerSecond);
        if (reading.packetsPerSecond.isEmpty())
            continue;
        QTableWidgetItem* mirror = m_table->item(row, MirrorColumn);
        mirror->setText(mirrorText(name));
        const QColor colour = reading.verdict == protocol::MirrorVerdict::Mirrored         ? QColor(0x1b, 0x7f, 0x3b)
                              : reading.verdict == protocol::MirrorVerdict::OwnTrafficOnly ? QColor(0xb3, 0x58, 0x00)
                                                                                           : palette().text().color();
        mirror->setForeground(colour);
        if (reading.verdict == protocol::MirrorVerdict::Mirrored && reading.total.foreignUnicastFrames > bestForeign) {
            bestForeign = reading.total.foreignUnicastFrames;
            bestRow = row;
        }
    }
    // Until the user picks, the interface that sees the most traffic between other devices is proposed.
    if (!m_userChoseInterface && bestRow >= 0) {
        for (int row = 0; row < m_table->rowCount(); ++row)
            m_table->item(row, NameColumn)->setCheckState(row == bestRow ? Qt::Checked : Qt::Unchecked);
    }
    validate();
}

QString CaptureDialog::mirrorText(const QString& interface) const
{
    const auto reading = m_probe.reading(interface);
    switch (reading.verdict) {
    case protocol::MirrorVerdict::Mirrored:
        return tr("Mirrored: %n frame(s) between other devices", nullptr, int(std::min<quint64>(reading.total.foreignUnicastFrames, INT_MAX)));
    case protocol::MirrorVerdict::OwnTrafficOnly:
        return tr("Not mirrored? Only this computer's and broadcast traffic");
    case protocol::MirrorVerdict::NoTraffic:
        return tr("No traffic yet");
    case protocol::MirrorVerdict::NotApplicable:
        return tr("No mirror check on this link type");
    }
    return {};
}

QStringList CaptureDialog::interfaceNames() const
{
    QStringList names;
    for (const auto& iface : m_interfaces)
        names << iface.name;
    return names;
}

void CaptureDialog::validate()
{
    const QString filter = m_filter->text().trimmed();
    QString filterError;
    if (!filter.isEmpty())
        filterError = QString::fromStdString(capture::captureFilterError(filter.toStdString()));
    m_filterStatus->setText(filter.isEmpty() ? QString()
                                             : (filterError.isEmpty() ? tr("Filter is valid.") : tr("Invalid filter: %1").arg(filterError)));
    m_filterStatus->setStyleSheet(filterError.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
    const bool anyChecked = !settings().interfaces.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(anyChecked && filterError.isEmpty());
}

live::LiveCaptureSettings CaptureDialog::settings() const
{
    live::LiveCaptureSettings settings;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* item = m_table->item(row, NameColumn);
        if (item->checkState() == Qt::Checked)
            settings.interfaces << item->data(Qt::UserRole).toString();
    }
    settings.filter = m_filter->text().trimmed();
    settings.promiscuous = m_promiscuous->isChecked();
    settings.durationSeconds = m_minutes->value() * 60;
    settings.maxSizeMegabytes = m_megabytes->value();
    return settings;
}

} // namespace mieruka::gui
