// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff_side_chooser.h"

#include "core/survey/time_text.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace mieruka::gui {

namespace {

constexpr int kSurveyRole = Qt::UserRole;
constexpr int kPeriodRole = Qt::UserRole + 1;
constexpr int kOtherFileRole = Qt::UserRole + 2; ///< the entry belongs to a survey other than the open one
constexpr int kChooseFileRole = Qt::UserRole + 3;

QString shortTime(std::int64_t ns)
{
    return QString::fromStdString(survey::isoTimeNs(ns)).left(19).replace(QLatin1Char('T'), QLatin1Char(' '));
}

} // namespace

DiffSideChooser::DiffSideChooser(QWidget* parent) : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(28);
    addItem(tr("Another survey file…"));
    setItemData(0, true, kChooseFileRole);
    setCurrentIndex(-1);
    connect(this, &QComboBox::activated, this, &DiffSideChooser::activatedItem);
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (!itemData(currentIndex(), kChooseFileRole).toBool())
            emit sideChanged();
    });
}

QString DiffSideChooser::periodText(const store::PeriodRecord& period)
{
    const QString name = QString::fromStdString(period.name);
    const QString start = shortTime(period.startNs), end = shortTime(period.endNs);
    if (period.description.empty())
        return tr("%1 — %2 … %3").arg(name, start, end);
    return tr("%1 — %2 — %3 … %4").arg(name, QString::fromStdString(period.description), start, end);
}

std::vector<store::PeriodRecord> DiffSideChooser::periodsOf(const QString& surveyPath, QString& error)
{
    try {
        store::SurveyStore survey(QDir::toNativeSeparators(surveyPath).toStdString(), false);
        return survey.periods();
    } catch (const std::exception& failure) {
        error = QString::fromStdString(failure.what());
        return {};
    }
}

int DiffSideChooser::otherItem() const
{
    for (int i = 0; i < count(); ++i)
        if (itemData(i, kChooseFileRole).toBool())
            return i;
    return -1;
}

void DiffSideChooser::addSide(const QString& text, const DiffSide& side, bool other)
{
    // Entries go before the "Another survey file…" item, which stays last.
    const int at = other ? otherItem() : count() - 1;
    insertItem(at, text);
    setItemData(at, side.surveyPath, kSurveyRole);
    setItemData(at, side.period, kPeriodRole);
    setItemData(at, other, kOtherFileRole);
}

void DiffSideChooser::setOpenSurvey(const QString& surveyPath, const std::vector<store::PeriodRecord>& periods)
{
    const DiffSide kept = side();
    const QSignalBlocker blocker(this);
    for (int i = count() - 1; i >= 0; --i)
        if (!itemData(i, kChooseFileRole).toBool() && !itemData(i, kOtherFileRole).toBool())
            removeItem(i);
    m_openSurvey = surveyPath;
    int at = 0;
    for (const auto& period : periods) {
        insertItem(at, periodText(period));
        setItemData(at, surveyPath, kSurveyRole);
        setItemData(at, QString::fromStdString(period.name), kPeriodRole);
        setItemData(at, false, kOtherFileRole);
        ++at;
    }
    setCurrentIndex(-1);
    if (!kept.isEmpty())
        setSide(kept);
    m_previous = currentIndex();
}

DiffSide DiffSideChooser::side() const
{
    const int index = currentIndex();
    if (index < 0 || itemData(index, kChooseFileRole).toBool())
        return {};
    return {itemData(index, kSurveyRole).toString(), itemData(index, kPeriodRole).toString()};
}

bool DiffSideChooser::setSide(const DiffSide& side)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < count(); ++i) {
            if (!itemData(i, kChooseFileRole).toBool() && itemData(i, kSurveyRole).toString() == side.surveyPath
                && itemData(i, kPeriodRole).toString() == side.period) {
                setCurrentIndex(i);
                m_previous = i;
                return true;
            }
        }
        QString error;
        if (pass == 0 && (side.surveyPath == m_openSurvey || !addSurveyFile(side.surveyPath, error)))
            return false;
    }
    return false;
}

bool DiffSideChooser::addSurveyFile(const QString& surveyPath, QString& error)
{
    if (!QFileInfo::exists(surveyPath)) {
        error = tr("%1: no such survey file").arg(surveyPath);
        return false;
    }
    error.clear();
    const auto periods = periodsOf(surveyPath, error);
    if (!error.isEmpty())
        return false;
    const QSignalBlocker blocker(this);
    for (int i = count() - 1; i >= 0; --i)
        if (itemData(i, kOtherFileRole).toBool() && itemData(i, kSurveyRole).toString() == surveyPath)
            removeItem(i);
    const QString name = QFileInfo(surveyPath).fileName();
    addSide(tr("%1: whole survey").arg(name), {surveyPath, {}}, true);
    for (const auto& period : periods)
        addSide(tr("%1: %2").arg(name, periodText(period)), {surveyPath, QString::fromStdString(period.name)}, true);
    return true;
}

void DiffSideChooser::activatedItem(int index)
{
    if (!itemData(index, kChooseFileRole).toBool()) {
        m_previous = index;
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare with survey"), QString(),
                                                      tr("Mieruka surveys (*.mieruka)"));
    QString error;
    if (!path.isEmpty()) {
        if (addSurveyFile(path, error) && setSide({path, {}}))
            return;
        QMessageBox box(QMessageBox::Warning, tr("Cannot read survey"), error, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
    setCurrentIndex(m_previous);
}

} // namespace mieruka::gui
