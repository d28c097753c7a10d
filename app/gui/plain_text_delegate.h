// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace mieruka::gui {

/// Paints cells as plain text and elides them, so a hostname such as "<b>x</b>" or a 64 KB
/// user agent taken from a packet can never become rich text or freeze a view.
class PlainTextDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static constexpr int kMaxShownCharacters = 512;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace mieruka::gui
