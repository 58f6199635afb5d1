#include "faqitemdelegate.h"
#include "faqmodel.h"

#include <QEvent>
#include <QTreeView>

namespace bph::ui {

namespace {

// Vertical air around each row, in pixels at the default font size, so that
// wrapped questions read as separate items.
constexpr int kRowPadding = 6;

} // namespace

FaqItemDelegate::FaqItemDelegate(QTreeView *view)
    : QStyledItemDelegate(view), m_view(view), m_viewport(view->viewport())
{
    m_view->setWordWrap(true);
    m_view->setUniformRowHeights(false);
    m_view->setTextElideMode(Qt::ElideNone);
    // Wrapped rows change height with the width, which the view does not
    // notice on its own.
    m_viewport->installEventFilter(this);
}

QSize FaqItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem sized = option;
    // The view asks without a size; the style wraps text only within a valid one.
    sized.rect = QRect(option.rect.topLeft(), QSize(textWidth(index), qMax(1, option.rect.height())));
    QSize size = QStyledItemDelegate::sizeHint(sized, index);
    const int padding = kRowPadding * option.fontMetrics.height() / 16;
    size.rheight() += 2 * padding;
    return size;
}

void FaqItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(core::FaqModel::IsFaqRole).toBool()) {
        option->features |= QStyleOptionViewItem::WrapText;
    } else {
        option->font.setBold(true);
        option->fontMetrics = QFontMetrics(option->font);
    }
}

bool FaqItemDelegate::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_viewport)
        return QStyledItemDelegate::eventFilter(watched, event);  // an editor's events
    if (event->type() == QEvent::Resize && m_viewport->width() != m_laidOutWidth) {
        m_laidOutWidth = m_viewport->width();
        // Queued: relaying out may show or hide the scroll bar, which resizes
        // the viewport again; doing it later keeps that out of this event.
        QMetaObject::invokeMethod(m_view, &QTreeView::doItemsLayout, Qt::QueuedConnection);
    }
    return false;
}

int FaqItemDelegate::textWidth(const QModelIndex &index) const
{
    int depth = m_view->rootIsDecorated() ? 1 : 0;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        ++depth;
    return qMax(1, m_view->viewport()->width() - depth * m_view->indentation());
}

} // namespace bph::ui
