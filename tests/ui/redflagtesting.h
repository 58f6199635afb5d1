#pragma once

// What the red-flag dialog tests share: finding an answer, clicking it, and
// reading the result card, the way a reader would see them.

#include "careresultcard.h"
#include "contentstore.h"
#include "contenttypes.h"
#include "redflagdialog.h"

#include <QRadioButton>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <memory>

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

// For initTestCase: the built-in content and its English red flags (none,
// with `error` set, when it cannot be opened). Settings go to a test folder.
inline std::unique_ptr<core::ContentStore> openEnglishRedFlags(QList<core::RedFlag> *flags, QString *error)
{
    QStandardPaths::setTestModeEnabled(true);
    core::ContentError contentError;
    auto store = core::ContentStore::openEmbedded(&contentError);
    if (!store) {
        *error = contentError.message();
        return store;
    }
    *flags = store->redFlags(QStringLiteral("en"));
    if (flags->isEmpty())
        *error = QStringLiteral("the built-in content has no English red flags");
    return store;
}

// For init: a checklist in English on screen; none when it does not show.
inline std::unique_ptr<ui::RedFlagDialog> shownChecklist(const core::ContentStore &store, const QString &emergencyNumber)
{
    auto dialog = std::make_unique<ui::RedFlagDialog>(store, QStringLiteral("en"), emergencyNumber);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        dialog.reset();
    return dialog;
}

inline const core::RedFlag &firstOfLevel(const QList<core::RedFlag> &flags, core::CareLevel level)
{
    return *std::find_if(flags.cbegin(), flags.cend(), [level](const core::RedFlag &f) { return f.level == level; });
}

} // namespace bph::test
