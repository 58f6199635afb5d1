#pragma once

// What of a toolbar a reader cannot read or could lose: shared by the
// window's and the kiosk's tests.

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QMainWindow>
#include <QMenu>
#include <QString>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>

namespace bphtest {

// The first visible control on `toolBar` narrower than its words need (a
// button showing text, or a box), described; empty if there is none. Icons
// alone, such as the search field's magnifier, are not counted.
inline QString controlCutShort(const QToolBar &toolBar)
{
    using namespace Qt::StringLiterals;
    for (QWidget *control : toolBar.findChildren<QWidget *>()) {
        const auto *button = qobject_cast<QToolButton *>(control);
        const bool showsWords = button ? button->toolButtonStyle() != Qt::ToolButtonIconOnly || button->icon().isNull()
                                       : qobject_cast<QComboBox *>(control) != nullptr;
        if (showsWords && control->isVisible() && control->width() < control->sizeHint().width())
            return u"%1 \"%2\": %3 px for %4"_s
                    .arg(QString::fromLatin1(control->metaObject()->className()),
                         button ? button->text() : control->accessibleName())
                    .arg(control->width())
                    .arg(control->sizeHint().width());
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
