// The red-flag checklist as a reader uses it: clicking answers changes the
// result card, closing forgets every answer, and everything can be reached
// and named without a mouse.

#include "contentstore.h"
#include "redflagtesting.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using bph::core::CareLevel;
using bph::core::ContentStore;
using bph::core::RedFlag;
using bph::ui::CareResultCard;
using bph::ui::RedFlagDialog;
using namespace bph::test;

namespace {

const QString kNumber = u"999"_s;

// The widgets Tab reaches from `first`, in order, once round the dialog.
QList<QWidget *> tabStops(QWidget *first)
{
    QList<QWidget *> stops;
    QWidget *widget = first;
    do {
        if ((widget->focusPolicy() & Qt::TabFocus) && widget->isVisible() && widget->isEnabled())
            stops.append(widget);
        widget = widget->nextInFocusChain();
    } while (widget && widget != first);
    return stops;
}

} // namespace

class TestRedFlagDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void startsWithNothingAnswered();
    void questionsGroupedByArea_data();
    void questionsGroupedByArea();
    void answerChangesTheCard_data();
    void answerChangesTheCard();
    void mostUrgentAnswerWins();
    void nothingTriggeredReassuresAndOffersGuides();
    void answersClearedWhenClosed_data();
    void answersClearedWhenClosed();
    void clearButtonForgetsAnswers();
    void usableWithKeyboardOnly();
    void tabOrderFollowsReadingOrder();
    void everyFocusableWidgetHasAnAccessibleName();
    void emergencyNumberDefaultsToTerritory();

private:
    const RedFlag &firstOfLevel(CareLevel level) const { return bph::test::firstOfLevel(m_flags, level); }

    std::unique_ptr<ContentStore> m_store;
    QList<RedFlag> m_flags;
    std::unique_ptr<RedFlagDialog> m_dialog;
};

void TestRedFlagDialog::initTestCase()
{
    QString error;
    m_store = openEnglishRedFlags(&m_flags, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestRedFlagDialog::init()
{
    m_dialog = shownChecklist(*m_store, kNumber);
    QVERIFY(m_dialog);
}

void TestRedFlagDialog::cleanup()
{
    m_dialog.reset();
}

void TestRedFlagDialog::startsWithNothingAnswered()
{
    QVERIFY(heading(*m_dialog).startsWith("Not answered yet"_L1));
    QCOMPARE(m_dialog->result().answered, 0);
    const auto radios = m_dialog->findChildren<QRadioButton *>();
    QCOMPARE(radios.size(), m_flags.size() * 3);
    for (const QRadioButton *radio : radios)
        QVERIFY(!radio->isChecked());
}

void TestRedFlagDialog::questionsGroupedByArea_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("es") << u"es"_s;
}

void TestRedFlagDialog::questionsGroupedByArea()
{
    QFETCH(QString, lang);
    RedFlagDialog dialog(*m_store, lang, kNumber);
    QStringList texts;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        texts.append(label->text());
    for (const auto &area : m_store->redFlagAreas(lang))
        QVERIFY2(texts.contains(area.title), qPrintable(area.title));
    int number = 0;
    for (const RedFlag &item : m_store->redFlags(lang)) {
        const QString question = QString::number(++number) + u". "_s + item.question;
        QVERIFY2(texts.contains(question), qPrintable(question));
        for (const char *answer : {"yes", "no", "not-sure"}) {
            const QRadioButton *radio = answerButton(dialog, item.id, QString::fromLatin1(answer));
            QVERIFY(radio);
            QVERIFY2(radio->accessibleName().contains(item.question), qPrintable(radio->accessibleName()));
        }
    }
}

void TestRedFlagDialog::answerChangesTheCard_data()
{
    QTest::addColumn<CareLevel>("itemLevel");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("expectedHeading");
    QTest::newRow("emergency yes") << CareLevel::Emergency << u"yes"_s
                                   << u"Emergency: call 999 now or go to the nearest emergency department"_s;
    QTest::newRow("emergency not sure counts as yes")
        << CareLevel::Emergency << u"not-sure"_s
        << u"Emergency: call 999 now or go to the nearest emergency department"_s;
    QTest::newRow("urgent yes") << CareLevel::Urgent << u"yes"_s << u"Urgent: contact a doctor today"_s;
    QTest::newRow("urgent not sure books an appointment")
        << CareLevel::Urgent << u"not-sure"_s << u"Routine: book an appointment with your doctor"_s;
    QTest::newRow("routine yes") << CareLevel::Routine << u"yes"_s
                                 << u"Routine: book an appointment with your doctor"_s;
    QTest::newRow("routine not sure") << CareLevel::Routine << u"not-sure"_s
                                      << u"Routine: book an appointment with your doctor"_s;
    QTest::newRow("emergency no") << CareLevel::Emergency << u"no"_s
                                  << u"No warning signs: nothing you answered needs a doctor soon"_s;
}

void TestRedFlagDialog::answerChangesTheCard()
{
    QFETCH(CareLevel, itemLevel);
    QFETCH(QString, answer);
    QFETCH(QString, expectedHeading);

    const RedFlag &item = firstOfLevel(itemLevel);
    QVERIFY(click(*m_dialog, item.id, answer));
    QCOMPARE(heading(*m_dialog), expectedHeading);
    const auto *area = m_dialog->findChild<QScrollArea *>(u"checklistResult"_s);
    QVERIFY(area);
    QCOMPARE(area->accessibleName(), u"Result: "_s + expectedHeading);
    if (answer != "no"_L1) {
        QVERIFY(details(*m_dialog).contains(item.question));
        QVERIFY(details(*m_dialog).contains(item.why));
        QVERIFY(details(*m_dialog).contains(item.action));
    }
    if (answer == "not-sure"_L1)
        QVERIFY(details(*m_dialog).contains("Not sure"_L1));
}

void TestRedFlagDialog::mostUrgentAnswerWins()
{
    QVERIFY(click(*m_dialog, firstOfLevel(CareLevel::Routine).id, u"yes"_s));
    QVERIFY(heading(*m_dialog).startsWith("Routine:"_L1));
    QVERIFY(click(*m_dialog, firstOfLevel(CareLevel::Urgent).id, u"yes"_s));
    QVERIFY(heading(*m_dialog).startsWith("Urgent:"_L1));
    QVERIFY(click(*m_dialog, firstOfLevel(CareLevel::Emergency).id, u"yes"_s));
    QVERIFY(heading(*m_dialog).startsWith("Emergency:"_L1));
    // The emergency item is listed first, and the others are still there.
    const QString text = details(*m_dialog);
    QVERIFY(text.indexOf(firstOfLevel(CareLevel::Emergency).question) < text.indexOf(firstOfLevel(CareLevel::Urgent).question));
    QVERIFY(text.contains(firstOfLevel(CareLevel::Routine).question));
    // Taking the emergency answer back lowers the level again.
    QVERIFY(click(*m_dialog, firstOfLevel(CareLevel::Emergency).id, u"no"_s));
    QVERIFY(heading(*m_dialog).startsWith("Urgent:"_L1));
}

void TestRedFlagDialog::nothingTriggeredReassuresAndOffersGuides()
{
    const auto *card = m_dialog->findChild<CareResultCard *>();
    QVERIFY(card);
    QVERIFY(!card->guideButtons().isEmpty());
    for (const QPushButton *button : card->guideButtons())
        QVERIFY(!button->isVisible());

    QVERIFY(click(*m_dialog, m_flags.first().id, u"no"_s));
    QVERIFY(heading(*m_dialog).startsWith("No warning signs"_L1));
    QVERIFY(details(*m_dialog).contains("not answered yet"_L1));  // the rest could still change it
    for (const RedFlag &item : std::as_const(m_flags))
        QVERIFY(click(*m_dialog, item.id, u"no"_s));
    QVERIFY(!details(*m_dialog).contains("not answered yet"_L1));
    QVERIFY(details(*m_dialog).contains("good news"_L1));

    QSignalSpy requested(m_dialog.get(), &RedFlagDialog::guideRequested);
    QPushButton *guide = card->guideButtons().first();
    QVERIFY(guide->isVisible());
    QTest::mouseClick(guide, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    const QString id = requested.first().first().toString();
    QVERIFY(m_store->guide(u"en"_s, id));
    QVERIFY(QStringList({u"flares"_s, u"movement"_s, u"overview"_s}).contains(id));
}

void TestRedFlagDialog::answersClearedWhenClosed_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("close button") << u"button"_s;
    QTest::newRow("escape") << u"escape"_s;
    QTest::newRow("window closed") << u"close"_s;
    QTest::newRow("accept") << u"accept"_s;
    QTest::newRow("done") << u"done"_s;
}

void TestRedFlagDialog::answersClearedWhenClosed()
{
    QFETCH(QString, how);
    const RedFlag &item = firstOfLevel(CareLevel::Emergency);
    QVERIFY(click(*m_dialog, item.id, u"yes"_s));
    QCOMPARE(m_dialog->result().answered, 1);

    if (how == "button"_L1)
        QTest::mouseClick(m_dialog->findChild<QPushButton *>(u"closeChecklist"_s), Qt::LeftButton);
    else if (how == "escape"_L1)
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    else if (how == "close"_L1)
        QVERIFY(m_dialog->close());
    else if (how == "accept"_L1)
        m_dialog->accept();
    else
        m_dialog->done(QDialog::Rejected);

    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result().answered, 0);
    QVERIFY(!m_dialog->result().level);
    for (const QRadioButton *radio : m_dialog->findChildren<QRadioButton *>())
        QVERIFY(!radio->isChecked());
    QVERIFY(!m_dialog->summaryHtml().contains(u"<b>Yes</b>"_s));

    // Opened again, it starts afresh.
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QVERIFY(heading(*m_dialog).startsWith("Not answered yet"_L1));
}

void TestRedFlagDialog::clearButtonForgetsAnswers()
{
    QVERIFY(click(*m_dialog, m_flags.first().id, u"yes"_s));
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(u"clearAnswers"_s), Qt::LeftButton);
    QCOMPARE(m_dialog->result().answered, 0);
    QVERIFY(m_dialog->isVisible());
    for (const QRadioButton *radio : m_dialog->findChildren<QRadioButton *>())
        QVERIFY(!radio->isChecked());
    // Each question is one Tab stop again, on its first answer.
    for (const RedFlag &item : std::as_const(m_flags)) {
        QVERIFY(answerButton(*m_dialog, item.id, u"yes"_s)->focusPolicy() & Qt::TabFocus);
        QVERIFY(!(answerButton(*m_dialog, item.id, u"no"_s)->focusPolicy() & Qt::TabFocus));
    }
}

void TestRedFlagDialog::usableWithKeyboardOnly()
{
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    QRadioButton *firstYes = answerButton(*m_dialog, m_flags.at(0).id, u"yes"_s);
    firstYes->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), firstYes);

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(firstYes->isChecked());
    QCOMPARE(m_dialog->result().answered, 1);

    // Arrows move within an answer group, choosing as they go.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QCOMPARE(QApplication::focusWidget(), answerButton(*m_dialog, m_flags.at(0).id, u"no"_s));
    QVERIFY(answerButton(*m_dialog, m_flags.at(0).id, u"no"_s)->isChecked());

    // Tab goes on to the next question; in an unanswered one the arrows move
    // without choosing, and Space chooses.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), answerButton(*m_dialog, m_flags.at(1).id, u"yes"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QRadioButton *notSure = answerButton(*m_dialog, m_flags.at(1).id, u"not-sure"_s);
    QCOMPARE(QApplication::focusWidget(), notSure);
    QCOMPARE(m_dialog->result().answered, 1);
    QTest::keyClick(notSure, Qt::Key_Space);
    QVERIFY(notSure->isChecked());
    QCOMPARE(m_dialog->result().answered, 2);

    // Shift+Tab comes back to the chosen answer of the question before.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), answerButton(*m_dialog, m_flags.at(0).id, u"no"_s));

    // Tab from the last question reaches the result, then the buttons.
    QRadioButton *lastQuestion = answerButton(*m_dialog, m_flags.last().id, u"yes"_s);
    lastQuestion->setFocus(Qt::TabFocusReason);
    QTest::keyClick(lastQuestion, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_dialog->findChild<QScrollArea *>(u"checklistResult"_s));

    // The question with the focus is scrolled into view.
    QRadioButton *last = answerButton(*m_dialog, m_flags.last().id, u"yes"_s);
    last->setFocus(Qt::TabFocusReason);
    const auto *questions = m_dialog->findChild<QScrollArea *>(u"checklistQuestions"_s);
    QTRY_VERIFY(questions->viewport()->rect().contains(last->mapTo(questions->viewport(), last->rect().center())));
}

void TestRedFlagDialog::tabOrderFollowsReadingOrder()
{
    QWidget *first = answerButton(*m_dialog, m_flags.first().id, u"yes"_s);
    const QList<QWidget *> stops = tabStops(first);

    QList<QWidget *> expected;
    for (const RedFlag &item : std::as_const(m_flags))
        expected.append(answerButton(*m_dialog, item.id, u"yes"_s));
    expected.append(m_dialog->findChild<QScrollArea *>(u"checklistResult"_s));
    for (const char *name : {"printSummary", "saveSummary", "clearAnswers", "closeChecklist"}) {
        auto *button = m_dialog->findChild<QPushButton *>(QString::fromLatin1(name));
        if (button->isEnabled())
            expected.append(button);
    }
    QCOMPARE(stops, expected);

    // Reading order on screen: each question below the last.
    for (qsizetype i = 1; i < m_flags.size(); ++i) {
        const QPoint a = stops.at(i - 1)->mapTo(m_dialog.get(), QPoint());
        const QPoint b = stops.at(i)->mapTo(m_dialog.get(), QPoint());
        QVERIFY2(b.y() > a.y() || (b.y() == a.y() && b.x() > a.x()), qPrintable(stops.at(i)->objectName()));
    }
}

void TestRedFlagDialog::everyFocusableWidgetHasAnAccessibleName()
{
    // In every state of the card, including the one that shows guide buttons.
    for (const RedFlag &item : std::as_const(m_flags))
        QVERIFY(click(*m_dialog, item.id, u"no"_s));
    const auto widgets = m_dialog->findChildren<QWidget *>();
    int focusable = 0;
    for (const QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus)
            continue;
        ++focusable;
        QVERIFY2(!widget->accessibleName().isEmpty(),
                 qPrintable(QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName()));
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(const_cast<QWidget *>(widget));
        QVERIFY(accessible);
        QVERIFY(!accessible->text(QAccessible::Name).isEmpty());
    }
    QVERIFY(focusable >= m_flags.size() * 3 + 4);
}

void TestRedFlagDialog::emergencyNumberDefaultsToTerritory()
{
    RedFlagDialog dialog(*m_store, u"en"_s, QString());
    QVERIFY(!dialog.emergencyNumber().isEmpty());
    RedFlagDialog set(*m_store, u"en"_s, u"000"_s);
    QCOMPARE(set.emergencyNumber(), u"000"_s);
    set.show();
    QVERIFY(QTest::qWaitForWindowExposed(&set));
    QVERIFY(click(set, firstOfLevel(CareLevel::Emergency).id, u"yes"_s));
    QVERIFY(heading(set).contains("call 000 now"_L1));
}

QTEST_MAIN(TestRedFlagDialog)
#include "tst_redflagdialog.moc"
