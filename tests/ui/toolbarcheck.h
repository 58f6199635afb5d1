#pragma once

// What of a toolbar a reader cannot read or could lose: shared by the
// window's and the kiosk's tests.

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QString>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyleOptionFrame>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>

namespace bphtest {

// The width an empty line edit gives its placeholder: inside its frame,
// between the icons at its sides.
inline int placeholderRoom(const QLineEdit &field)
{
    QStyleOptionFrame option;
    option.initFrom(&field);
    option.lineWidth = field.hasFrame() ? field.style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, &field) : 0;
    QRect room = field.style()->subElementRect(QStyle::SE_LineEditContents, &option, &field);
    for (const QToolButton *icon : field.findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
        if (!icon->isVisible())
            continue;
        if (icon->geometry().center().x() < field.width() / 2)
            room.setLeft(std::max(room.left(), icon->geometry().right() + 1));
        else
            room.setRight(std::min(room.right(), icon->geometry().left() - 1));
    }
    constexpr int kTextMargin = 2;  // QLineEdit's own, at each side of its text
    return room.width() - 2 * kTextMargin;
}

// The width a box needs to show its current choice whole, measured afresh
// (its size hint may be the one it had before its words changed).
inline int widthForCurrentText(const QComboBox &box)
{
    QStyleOptionComboBox option;
    option.initFrom(&box);
    option.editable = box.isEditable();
    option.frame = box.hasFrame();
    const QSize text(box.fontMetrics().boundingRect(box.currentText()).width(), box.fontMetrics().height());
    return box.style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, &box).width();
}

// The first visible control on `toolBar` narrower than its words need (a
// button showing text, a box, or an empty field's placeholder), described;
// empty if there is none. Icons alone, such as the search field's
// magnifier, are not counted.
inline QString controlCutShort(const QToolBar &toolBar)
{
    using namespace Qt::StringLiterals;
    for (QWidget *control : toolBar.findChildren<QWidget *>()) {
        if (!control->isVisible())
            continue;
        const auto *button = qobject_cast<QToolButton *>(control);
        const auto *box = qobject_cast<QComboBox *>(control);
        const auto *field = qobject_cast<QLineEdit *>(control);
        int needed = 0;
        int width = control->width();
        QString words;
        if (button && (button->toolButtonStyle() != Qt::ToolButtonIconOnly || button->icon().isNull())) {
            needed = button->sizeHint().width();
            words = button->text();
        } else if (box) {
            needed = std::max(box->sizeHint().width(), widthForCurrentText(*box));
            words = box->currentText();
        } else if (field && field->text().isEmpty()) {
            needed = field->fontMetrics().horizontalAdvance(field->placeholderText());
            width = placeholderRoom(*field);
            words = field->placeholderText();
        }
        if (width < needed)
            return u"%1 \"%2\": %3 px for %4"_s.arg(QString::fromLatin1(control->metaObject()->className()), words)
                    .arg(width)
                    .arg(needed);
    }
    return {};
}

// What of the toolbar a reader cannot see: a control in the overflow menu,
// or one narrower than its words; empty if nothing.
inline QString toolbarShortfall(const QToolBar &toolBar)
{
    using namespace Qt::StringLiterals;
    for (QAction *action : toolBar.actions()) {
        const QWidget *control = toolBar.widgetForAction(action);
        if (!control || !control->isVisible())
            return u"not shown: "_s + action->text();
    }
    if (const QString cut = controlCutShort(toolBar); !cut.isEmpty())
        return u"cut short: "_s + cut;
    return {};
}

// The first shown toolbar of `window` on which a right click or a long
// press opens a menu (a main window's would hide the toolbar), named; empty
// if none does.
inline QString toolbarWithAMenu(QMainWindow &window)
{
    for (QToolBar *toolBar : window.findChildren<QToolBar *>()) {
        if (!toolBar->isVisible())
            continue;
        const QPoint inside(toolBar->width() - 2, toolBar->height() / 2);
        QContextMenuEvent event(QContextMenuEvent::Mouse, inside, toolBar->mapToGlobal(inside));
        QApplication::sendEvent(toolBar, &event);
        const QList<QMenu *> menus = window.findChildren<QMenu *>();
        const bool menuShown = QApplication::activePopupWidget()
                || std::any_of(menus.begin(), menus.end(), [](const QMenu *menu) { return menu->isVisible(); });
        if (menuShown)
            return toolBar->windowTitle();
    }
    return {};
}

} // namespace bphtest
