// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_options_panel.h"

#include "app/render/report_document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTextDocument>

namespace mieruka::gui {

namespace {

constexpr int kIdRole = Qt::UserRole;

QLineEdit* partyField(const QString& objectName, QWidget* parent)
{
    auto* field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setMaxLength(200); // a cover line, not a document
    field->setClearButtonEnabled(true);
    return field;
}

} // namespace

ReportOptionsPanel::ReportOptionsPanel(QWidget* parent) : QWidget(parent)
{
    m_site = partyField(QStringLiteral("reportSite"), this);
    m_customer = partyField(QStringLiteral("reportCustomer"), this);
    m_consultant = partyField(QStringLiteral("reportConsultant"), this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    // Each language by its own name: a reader of the other language still finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    setLanguage(uiLanguage());

    m_sections = new QListWidget(this);
    m_sections->setObjectName(QStringLiteral("reportSections"));
    for (const char* id : survey::kReportSections) {
        const QString key = QString::fromLatin1(id);
        auto* item = new QListWidgetItem(render::ReportDocument::sectionTitle(key), m_sections);
        item->setData(kIdRole, key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_sections->setToolTip(tr("The period comparison appears only when an earlier survey is chosen."));
    m_redact = new QCheckBox(tr("Pseudonymise addresses and names"), this);
    m_redact->setObjectName(QStringLiteral("reportRedact"));
    m_redact->setToolTip(tr("For a report shared outside the plant: addresses and host names are replaced by stable pseudonyms."));

    m_compareLabel = new QLineEdit(this);
    m_compareLabel->setReadOnly(true);
    m_compareLabel->setPlaceholderText(tr("No earlier survey"));
    auto* chooseCompare = new QPushButton(tr("Compare with an earlier survey…"), this);
    m_clearCompare = new QPushButton(tr("Clear"), this);
    m_clearCompare->setEnabled(false);
    auto* compareRow = new QHBoxLayout;
    compareRow->addWidget(m_compareLabel, 1);
    compareRow->addWidget(m_clearCompare);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Site:"), m_site);
    form->addRow(tr("C&ustomer:"), m_customer);
    form->addRow(tr("C&onsultant:"), m_consultant);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Sections:"), m_sections);
    form->addRow(QString(), m_redact);
    form->addRow(chooseCompare);
    form->addRow(tr("Earlier survey:"), compareRow);

    for (QLineEdit* field : {m_site, m_customer, m_consultant})
        connect(field, &QLineEdit::textChanged, this, &ReportOptionsPanel::changed);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReportOptionsPanel::changed);
    connect(m_sections, &QListWidget::itemChanged, this, &ReportOptionsPanel::changed);
    connect(m_redact, &QCheckBox::toggled, this, &ReportOptionsPanel::changed);
    connect(chooseCompare, &QPushButton::clicked, this, &ReportOptionsPanel::chooseCompare);
    connect(m_clearCompare, &QPushButton::clicked, this, [this] { setCompareWith(QString()); });
}

survey::ReportParties ReportOptionsPanel::parties() const
{
    return {m_site->text().trimmed().toStdString(), m_customer->text().trimmed().toStdString(),
            m_consultant->text().trimmed().toStdString()};
}

void ReportOptionsPanel::setParties(const survey::ReportParties& parties)
{
    m_site->setText(QString::fromStdString(parties.site));
    m_customer->setText(QString::fromStdString(parties.customer));
    m_consultant->setText(QString::fromStdString(parties.consultant));
}

survey::ReportOptions ReportOptionsPanel::options() const
{
    survey::ReportOptions options;
    options.redact = m_redact->isChecked();
    bool all = true;
    for (int row = 0; row < m_sections->count(); ++row) {
        const QListWidgetItem* item = m_sections->item(row);
        if (item->checkState() == Qt::Checked)
            options.sections.push_back(item->data(kIdRole).toString().toStdString());
        else
            all = false;
    }
    // "All" stays empty so that the model decides about the diff section by whether there is a diff.
    if (all)
        options.sections.clear();
    return options;
}

bool ReportOptionsPanel::hasSections() const
{
    for (int row = 0; row < m_sections->count(); ++row)
        if (m_sections->item(row)->checkState() == Qt::Checked)
            return true;
    return false;
}

void ReportOptionsPanel::setSectionChecked(const QString& id, bool checked)
{
    for (int row = 0; row < m_sections->count(); ++row)
        if (m_sections->item(row)->data(kIdRole).toString() == id)
            m_sections->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void ReportOptionsPanel::setRedact(bool redact)
{
    m_redact->setChecked(redact);
}

QString ReportOptionsPanel::language() const
{
    return m_language->currentData().toString();
}

void ReportOptionsPanel::setLanguage(const QString& language)
{
    const int index = m_language->findData(language);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
}

QString ReportOptionsPanel::uiLanguage()
{
    // The same choice main() makes when it installs the translator.
    const QString chosen = QSettings().value(QStringLiteral("language"), QStringLiteral("system")).toString();
    const QLocale locale = chosen == QStringLiteral("system") ? QLocale::system() : QLocale(chosen);
    return locale.language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

void ReportOptionsPanel::setCompareWith(const QString& path)
{
    m_compareWith = path;
    m_compareLabel->setText(path.isEmpty() ? QString() : QFileInfo(path).fileName());
    m_compareLabel->setToolTip(path.isEmpty() ? QString() : Qt::convertFromPlainText(path)); // a file name may look like markup
    m_clearCompare->setEnabled(!path.isEmpty());
    emit changed();
}

void ReportOptionsPanel::chooseCompare()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Earlier survey"), QFileInfo(m_compareWith).path(),
                                                      tr("Mieruka surveys (*.mieruka)"));
    if (!path.isEmpty())
        setCompareWith(path);
}

} // namespace mieruka::gui
