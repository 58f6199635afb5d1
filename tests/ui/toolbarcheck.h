#pragma once

// What of a toolbar a reader cannot read: shared by the window's and the
// kiosk's tests.

#include <QAction>
#include <QComboBox>
#include <QString>
#include <QToolBar>
#include <QToolButton>

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

} // namespace bphtest
