#pragma once

// What the red-flag dialog tests share: finding an answer, clicking it, and
// reading the result card, the way a reader would see them.

#include "careresultcard.h"
#include "contenttypes.h"
#include "redflagdialog.h"

#include <QRadioButton>
#include <QTest>

#include <algorithm>

namespace bph::test {

inline QRadioButton *answerButton(const ui::RedFlagDialog &dialog, const QString &id, const QString &answer)
{
    return dialog.findChild<QRadioButton *>(id + u'/' + answer);
}

inline QString heading(const ui::RedFlagDialog &dialog)
{
    const auto *card = dialog.findChild<ui::CareResultCard *>();
    return card ? card->headingText() : QString();
}

inline QString details(const ui::RedFlagDialog &dialog)
{
    const auto *card = dialog.findChild<ui::CareResultCard *>();
    return card ? card->detailsText() : QString();
}

// Clicks an answer ("yes", "no" or "not-sure"); true when it is then chosen.
inline bool click(const ui::RedFlagDialog &dialog, const QString &id, const QString &answer)
{
    QRadioButton *button = answerButton(dialog, id, answer);
    if (!button)
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return button->isChecked();
}

inline const core::RedFlag &firstOfLevel(const QList<core::RedFlag> &flags, core::CareLevel level)
{
    return *std::find_if(flags.cbegin(), flags.cend(), [level](const core::RedFlag &f) { return f.level == level; });
}

} // namespace bph::test
