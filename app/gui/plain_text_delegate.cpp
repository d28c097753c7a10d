// SPDX-License-Identifier: GPL-3.0-or-later
#include "plain_text_delegate.h"

namespace mieruka::gui {

void PlainTextDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // QStyledItemDelegate already draws plain text; the cap keeps hostile lengths cheap to lay out.
    if (option->text.size() > kMaxShownCharacters)
        option->text = option->text.left(kMaxShownCharacters) + QChar(0x2026);
}

} // namespace mieruka::gui
