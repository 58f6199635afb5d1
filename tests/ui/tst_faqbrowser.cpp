// The FAQ browser as a reader uses it: typing narrows the list, choosing a
// question shows its answer, the answer's links lead where they say, and
// every control can be reached and named without a mouse.

#include "contentstore.h"
#include "faqbrowser.h"
#include "faqmodel.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace Qt::StringLiterals;
using bph::core::FaqModel;
using bph::ui::FaqBrowser;

namespace {

// The browser's parts, found the way a test would find any widget's.
struct Parts {
    explicit Parts(FaqBrowser &browser)
        : filter(browser.findChild<QLineEdit *>(u"faqFilter"_s)),
          list(browser.findChild<QTreeView *>(u"faqList"_s)),
          answer(browser.findChild<QTextBrowser *>(u"faqAnswer"_s)),
          empty(browser.findChild<QLabel *>(u"faqEmptyState"_s)),
          showAll(browser.findChild<QPushButton *>(u"faqShowAll"_s))
    {
    }
    bool found() const { return filter && list && answer && empty && showAll; }

    QLineEdit *filter;
    QTreeView *list;
    QTextBrowser *answer;
    QLabel *empty;
    QPushButton *showAll;
};

QStringList listedFaqIds(const QTreeView *list)
{
    const QAbstractItemModel *model = list->model();
    QStringList ids;
    for (int t = 0; t < model->rowCount(); ++t) {
        const QModelIndex topic = model->index(t, 0);
        for (int q = 0; q < model->rowCount(topic); ++q)
            ids.append(model->index(q, 0, topic).data(FaqModel::IdRole).toString());
    }
    return ids;
}

QModelIndex listedIndex(const QTreeView *list, const QString &faqId)
{
    const QModelIndexList found = list->model()->match(list->model()->index(0, 0), FaqModel::IdRole, faqId, 1,
                                                       Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

// Clicks the link whose text starts with `text`, where it is drawn.
bool clickLink(QTextBrowser *answer, const QString &text)
{
    const QTextCursor found = answer->document()->find(text);
    if (found.isNull())
        return false;
    QTextCursor inside(answer->document());
    inside.setPosition(found.selectionStart() + 1);
    const QPoint where = answer->cursorRect(inside).center();
    QTest::mouseClick(answer->viewport(), Qt::LeftButton, {}, where);
    return true;
}

} // namespace

class TestFaqBrowser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsEveryQuestion();
    void typingNarrowsTheList();
    void emptyStateSaysWhatToDo();
    void selectingAQuestionShowsItsAnswer();
    void arrowsMoveAndEnterOpensTheAnswer();
    void guideLinkRequestsTheGuide();
    void guideLinkWorksFromTheKeyboard();
    void checklistLinkRequestsTheChecklist();
    void showGuideQuestionsListsOnlyThatGuide();
    void showFaqLiftsAFilterThatHidesIt();
    void languageChangeKeepsTheAnswer();
    void everyControlHasAnAccessibleName();
    void tabOrderFollowsReadingOrder();

private:
    std::unique_ptr<bph::core::ContentStore> m_store;
};

void TestFaqBrowser::initTestCase()
{
    m_store = bph::core::ContentStore::openEmbedded();
    QVERIFY(m_store);
}

void TestFaqBrowser::listsEveryQuestion()
{
    FaqBrowser browser(*m_store, u"en"_s);
    Parts parts(browser);
    QVERIFY(parts.found());
    QCOMPARE(listedFaqIds(parts.list).size(), m_store->faqs(u"en"_s).size());
    QVERIFY(parts.list->isExpanded(parts.list->model()->index(0, 0)));
    QVERIFY(browser.selectedFaqId().isEmpty());
    QVERIFY(parts.answer->toPlainText().contains(u"Choose a question"_s));
}

void TestFaqBrowser::typingNarrowsTheList()
{
    FaqBrowser browser(*m_store, u"en"_s);
    browser.show();
    Parts parts(browser);
    const qsizetype all = listedFaqIds(parts.list).size();

    QTest::keyClicks(parts.filter, u"sciat"_s);
    const QStringList narrowed = listedFaqIds(parts.list);
    QVERIFY(!narrowed.isEmpty());
    QVERIFY(narrowed.size() < all);
    QVERIFY(narrowed.contains(u"what-is-sciatica"_s));

    QTest::keyClicks(parts.filter, u"ica surgery"_s);
    QCOMPARE(parts.filter->text(), u"sciatica surgery"_s);
    const QStringList narrower = listedFaqIds(parts.list);
    QVERIFY(narrower.contains(u"sciatica-surgery"_s));
    QVERIFY(narrower.size() < narrowed.size());

    QTest::keyClick(parts.filter, Qt::Key_Escape);  // clears the filter
    QVERIFY(parts.filter->text().isEmpty());
    QCOMPARE(listedFaqIds(parts.list).size(), all);
}

void TestFaqBrowser::emptyStateSaysWhatToDo()
{
    FaqBrowser browser(*m_store, u"en"_s);
    browser.show();
    Parts parts(browser);
    QTest::keyClicks(parts.filter, u"zebra xylophone"_s);
    QVERIFY(listedFaqIds(parts.list).isEmpty());
    QVERIFY(parts.empty->isVisible());
    QVERIFY(!parts.list->isVisible());
    QVERIFY(parts.empty->text().contains(u"No questions match “zebra xylophone”"_s));
    QVERIFY(parts.empty->text().contains(u"Try fewer words."_s));

    parts.filter->clear();
    QVERIFY(parts.list->isVisible());
    QVERIFY(!parts.empty->isVisible());
}

void TestFaqBrowser::selectingAQuestionShowsItsAnswer()
{
    FaqBrowser browser(*m_store, u"en"_s);
    browser.show();
    Parts parts(browser);
    const auto faq = m_store->faq(u"en"_s, u"need-a-scan"_s);
    QVERIFY(faq);

    const QModelIndex index = listedIndex(parts.list, faq->id);
    QVERIFY(index.isValid());
    QTest::mouseClick(parts.list->viewport(), Qt::LeftButton, {}, parts.list->visualRect(index).center());
    QCOMPARE(browser.selectedFaqId(), faq->id);
    const QString shown = parts.answer->toPlainText();
    QVERIFY(shown.contains(faq->question));
    QVERIFY(shown.contains(faq->answerText.left(40)));
    QVERIFY(shown.contains(u"Read the guide: Understanding back pain"_s));
}

void TestFaqBrowser::arrowsMoveAndEnterOpensTheAnswer()
{
    FaqBrowser browser(*m_store, u"en"_s);
    browser.show();
    QApplication::setActiveWindow(&browser);
    QVERIFY(QTest::qWaitForWindowActive(&browser));
    Parts parts(browser);
    const QStringList ids = listedFaqIds(parts.list);

    // Down from the filter lands on the first question.
    parts.filter->setFocus();
    QTest::keyClick(parts.filter, Qt::Key_Down);
    QTRY_VERIFY(parts.list->hasFocus());
    QCOMPARE(browser.selectedFaqId(), ids.at(0));

    QTest::keyClick(parts.list, Qt::Key_Down);
    QCOMPARE(browser.selectedFaqId(), ids.at(1));
    QVERIFY(parts.answer->toPlainText().contains(m_store->faq(u"en"_s, ids.at(1))->question));

    QTest::keyClick(parts.list, Qt::Key_Return);
    QTRY_VERIFY(parts.answer->hasFocus());
    QCOMPARE(browser.selectedFaqId(), ids.at(1));
}

void TestFaqBrowser::guideLinkRequestsTheGuide()
{
    FaqBrowser browser(*m_store, u"en"_s);
    browser.resize(900, 600);
    browser.show();
    Parts parts(browser);
    QSignalSpy requested(&browser, &FaqBrowser::guideRequested);

    QVERIFY(browser.showFaq(u"what-is-sciatica"_s));
    QVERIFY(clickLink(parts.answer, u"Read the guide: "_s));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toString(), u"sciatica"_s);
    QCOMPARE(browser.selectedFaqId(), u"what-is-sciatica"_s);  // the answer stays put
}

void TestFaqBrowser::guideLinkWorksFromTheKeyboard()
{
    FaqBrowser browser(*m_store, u"en"_s);
    browser.show();
    QApplication::setActiveWindow(&browser);
    QVERIFY(QTest::qWaitForWindowActive(&browser));
    Parts parts(browser);
    QSignalSpy requested(&browser, &FaqBrowser::guideRequested);

    // An answer with no links of its own: the guide link is the first one.
    QString plain;
    for (const auto &faq : m_store->faqs(u"en"_s))
        if (!faq.answerHtml.contains(u"<a "_s) && plain.isEmpty())
            plain = faq.id;
    QVERIFY(!plain.isEmpty());
    QVERIFY(browser.showFaq(plain));
    const QString guide = m_store->faq(u"en"_s, plain)->guide;

    parts.answer->setFocus();
    QTRY_VERIFY(parts.answer->hasFocus());
    QTest::keyClick(parts.answer, Qt::Key_Tab);  // to the link
    QTest::keyClick(parts.answer, Qt::Key_Return);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toString(), guide);
}

void TestFaqBrowser::checklistLinkRequestsTheChecklist()
{
    FaqBrowser browser(*m_store, u"en"_s);
    browser.resize(900, 600);
    browser.show();
    Parts parts(browser);
    QSignalSpy checklist(&browser, &FaqBrowser::checklistRequested);
    QSignalSpy guide(&browser, &FaqBrowser::guideRequested);

    QVERIFY(browser.showFaq(u"is-back-pain-serious"_s));
    QVERIFY(clickLink(parts.answer, u"red-flag checklist"_s));
    QCOMPARE(checklist.size(), 1);
    QCOMPARE(guide.size(), 0);
}

void TestFaqBrowser::showGuideQuestionsListsOnlyThatGuide()
{
    FaqBrowser browser(*m_store, u"en"_s);
    browser.show();
    Parts parts(browser);
    QTest::keyClicks(parts.filter, u"pain"_s);

    browser.showGuideQuestions(u"inflammation"_s);
    QVERIFY(parts.filter->text().isEmpty());  // a fresh look at that guide's questions
    QStringList expected;
    for (const auto &faq : m_store->faqsForGuide(u"en"_s, u"inflammation"_s))
        expected.append(faq.id);
    QCOMPARE(listedFaqIds(parts.list), expected);
    QVERIFY(parts.showAll->isVisible());

    // Typing narrows within the guide.
    QTest::keyClicks(parts.filter, u"scans"_s);
    QCOMPARE(listedFaqIds(parts.list), QStringList{u"inflammation-on-scans"_s});

    QTest::mouseClick(parts.showAll, Qt::LeftButton);
    QVERIFY(!parts.showAll->isVisible());
    QVERIFY(listedFaqIds(parts.list).size() > 1);
    parts.filter->clear();
    QCOMPARE(listedFaqIds(parts.list).size(), m_store->faqs(u"en"_s).size());
}

void TestFaqBrowser::showFaqLiftsAFilterThatHidesIt()
{
    FaqBrowser browser(*m_store, u"en"_s);
    browser.show();
    Parts parts(browser);
    browser.showGuideQuestions(u"inflammation"_s);
    QTest::keyClicks(parts.filter, u"scans"_s);

    QVERIFY(browser.showFaq(u"what-is-sciatica"_s));
    QCOMPARE(browser.selectedFaqId(), u"what-is-sciatica"_s);
    QVERIFY(parts.filter->text().isEmpty());
    QVERIFY(!parts.showAll->isVisible());
    QCOMPARE(parts.list->currentIndex().data(FaqModel::IdRole).toString(), u"what-is-sciatica"_s);

    QVERIFY(!browser.showFaq(u"no-such-faq"_s));
    QCOMPARE(browser.selectedFaqId(), u"what-is-sciatica"_s);
}

void TestFaqBrowser::languageChangeKeepsTheAnswer()
{
    FaqBrowser browser(*m_store, u"en"_s);
    Parts parts(browser);
    QVERIFY(browser.showFaq(u"need-a-scan"_s));
    browser.setLanguage(u"es"_s);
    QCOMPARE(browser.language(), u"es"_s);
    QCOMPARE(browser.selectedFaqId(), u"need-a-scan"_s);
    QVERIFY(parts.answer->toPlainText().contains(m_store->faq(u"es"_s, u"need-a-scan"_s)->question));
    QCOMPARE(listedFaqIds(parts.list).size(), m_store->faqs(u"es"_s).size());
}

void TestFaqBrowser::everyControlHasAnAccessibleName()
{
    FaqBrowser browser(*m_store, u"en"_s);
    browser.showGuideQuestions(u"inflammation"_s);  // so that "Show all questions" is there too
    browser.show();
    int focusable = 0;
    for (const QWidget *widget : browser.findChildren<QWidget *>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus))
            continue;
        ++focusable;
        QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
    }
    QCOMPARE(focusable, 4);  // filter, show all, list, answer
    Parts parts(browser);
    QCOMPARE(parts.filter->accessibleName(), u"Filter questions"_s);
    QCOMPARE(parts.filter->placeholderText(), u"Filter questions"_s);
    // The clear button comes with the first text (readertextfield.h).
    QVERIFY(!parts.filter->isClearButtonEnabled());
    QTest::keyClicks(parts.filter, u"sleep"_s);
    QVERIFY(parts.filter->isClearButtonEnabled());
}

void TestFaqBrowser::tabOrderFollowsReadingOrder()
{
    FaqBrowser browser(*m_store, u"en"_s);
    browser.show();
    QApplication::setActiveWindow(&browser);
    QVERIFY(QTest::qWaitForWindowActive(&browser));
    Parts parts(browser);

    browser.setFocus();  // the filter is the browser's focus proxy
    QTRY_VERIFY(parts.filter->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(parts.list->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(parts.answer->hasFocus());
}

QTEST_MAIN(TestFaqBrowser)
#include "tst_faqbrowser.moc"
