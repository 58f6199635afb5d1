// The search box as a reader uses it: typing shows guides and questions,
// the arrow keys and Enter open one, a slip of spelling offers the right
// word, Escape closes the list, and everything has a name a screen reader
// can say.

#include "contentstore.h"
#include "searchbox.h"
#include "searchresultsmodel.h"
#include "toolbarcheck.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using bph::core::ContentStore;
using bph::core::SearchResultsModel;
using bph::ui::SearchBox;

namespace {

// A window with the box at the top and room below for its results, as in
// the reader's window.
class Harness final
{
public:
    explicit Harness(const ContentStore &store) : box(new SearchBox(store))
    {
        window.resize(560, 520);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(box);
        layout->addStretch(1);
        edit = box->findChild<QLineEdit *>(u"searchField"_s);
    }

    bool start()
    {
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return false;
        box->focusSearch();
        // Found after the layout settles: the list floats over the window.
        popup = window.findChild<QWidget *>(u"searchPopup"_s);
        list = window.findChild<QListView *>(u"searchResults"_s);
        suggestion = window.findChild<QLabel *>(u"searchSuggestion"_s);
        empty = window.findChild<QLabel *>(u"searchEmptyState"_s);
        return edit && popup && list && suggestion && empty && edit->hasFocus();
    }

    int rowOf(const QString &id, bool faq) const
    {
        const QAbstractItemModel *model = list->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(SearchResultsModel::IdRole).toString() == id
                && index.data(SearchResultsModel::IsFaqRole).toBool() == faq)
                return row;
        }
        return -1;
    }

    QWidget window;
    SearchBox *box;
    QLineEdit *edit = nullptr;
    QWidget *popup = nullptr;
    QListView *list = nullptr;
    QLabel *suggestion = nullptr;
    QLabel *empty = nullptr;
};

// Pictures for the docs and for eyes: BPH_SCREENSHOT_DIR=/tmp ctest -R searchbox
void saveScreenshot(QWidget &window, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("BPH_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(window.grab().save(dir + u'/' + name));
}

} // namespace

class TestSearchBox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void typingShowsGuidesAndQuestions();
    void arrowsAndEnterOpenTheChosenResult_data();
    void arrowsAndEnterOpenTheChosenResult();
    void enterBeforeTheResultsOpensTheBestMatch();
    void didYouMeanReplacesTheQuery();
    void enterTakesTheSuggestionWhenNothingMatches();
    void upFromTheFirstResultChoosesTheSuggestion();
    void nothingMatchesSaysSo();
    void escapeClosesTheList();
    void focusSearchSelectsTheText();
    void languageSwitchSearchesThatLanguage();
    void everythingHasAName();
    void crowdedToolbarKeepsTheFieldReadable();
    void placeholderIsNeverCutShort();

private:
    std::unique_ptr<ContentStore> m_store;
};

void TestSearchBox::initTestCase()
{
    m_store = ContentStore::openEmbedded();
    QVERIFY(m_store);
}

void TestSearchBox::typingShowsGuidesAndQuestions()
{
    Harness h(*m_store);
    QVERIFY(h.start());
    QVERIFY(!h.popup->isVisible());
    QTest::keyClicks(h.edit, u"sciatica"_s);

    QTRY_VERIFY(h.popup->isVisible());
    QVERIFY(h.list->isVisible());
    QVERIFY(!h.empty->isVisible());
    QVERIFY(h.rowOf(u"sciatica"_s, false) >= 0);
    QVERIFY(h.rowOf(u"what-is-sciatica"_s, true) >= 0);
    // The matched words are marked in the snippets; the list floats below the box.
    const QModelIndex first = h.list->model()->index(0, 0);
    QVERIFY(first.data(SearchResultsModel::SnippetHtmlRole).toString().contains(u"<mark>"_s));
    QVERIFY(h.popup->geometry().top() >= h.edit->mapTo(&h.window, QPoint(0, h.edit->height())).y());

    saveScreenshot(h.window, u"search.png"_s);
}

void TestSearchBox::arrowsAndEnterOpenTheChosenResult_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("faq");

    QTest::newRow("guide") << u"sciatica"_s << u"sciatica"_s << false;
    QTest::newRow("question") << u"sciatica"_s << u"what-is-sciatica"_s << true;
    QTest::newRow("guide found by a patient's words") << u"slipped disc"_s << u"spine-and-disc"_s << false;
}

void TestSearchBox::arrowsAndEnterOpenTheChosenResult()
{
    QFETCH(QString, query);
    QFETCH(QString, id);
    QFETCH(bool, faq);

    Harness h(*m_store);
    QVERIFY(h.start());
    QSignalSpy guides(h.box, &SearchBox::guideRequested);
    QSignalSpy faqs(h.box, &SearchBox::faqRequested);
    QTest::keyClicks(h.edit, query);
    QTRY_VERIFY(h.popup->isVisible() && h.rowOf(id, faq) >= 0);

    const int row = h.rowOf(id, faq);
    for (int i = 0; i <= row; ++i)
        QTest::keyClick(h.edit, Qt::Key_Down);
    QCOMPARE(h.list->selectionModel()->selectedIndexes().value(0).row(), row);
    if (!faq)
        saveScreenshot(h.window, u"search-chosen.png"_s);
    QTest::keyClick(h.edit, Qt::Key_Return);

    QSignalSpy &opened = faq ? faqs : guides;
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toString(), id);
    QCOMPARE((faq ? guides : faqs).count(), 0);
    QVERIFY(!h.popup->isVisible());
    QCOMPARE(h.edit->text(), query);  // the reader can come back to the same search
}

void TestSearchBox::enterBeforeTheResultsOpensTheBestMatch()
{
    Harness h(*m_store);
    QVERIFY(h.start());
    QSignalSpy guides(h.box, &SearchBox::guideRequested);
    QSignalSpy faqs(h.box, &SearchBox::faqRequested);
    QTest::keyClicks(h.edit, u"magnesium"_s);
    QTest::keyClick(h.edit, Qt::Key_Enter);  // before the search has run

    QTRY_COMPARE(guides.count() + faqs.count(), 1);
    const auto best = m_store->search(u"magnesium"_s, u"en"_s, 1);
    QCOMPARE(best.size(), 1);
    const QSignalSpy &opened = best.first().kind == bph::core::SearchHit::Kind::Faq ? faqs : guides;
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toString(), best.first().id);
}

void TestSearchBox::didYouMeanReplacesTheQuery()
{
    Harness h(*m_store);
    QVERIFY(h.start());
    QTest::keyClicks(h.edit, u"siatica"_s);
    QTRY_VERIFY(h.suggestion->isVisible());
    QVERIFY(h.suggestion->text().contains(u">sciatica</b>"_s));
    QVERIFY(h.suggestion->accessibleName().contains(u"sciatica"_s));
    saveScreenshot(h.window, u"search-suggestion.png"_s);

    QTest::mouseClick(h.suggestion, Qt::LeftButton);
    QCOMPARE(h.edit->text(), u"sciatica"_s);
    QVERIFY(h.edit->hasFocus());
    QTRY_VERIFY(h.rowOf(u"sciatica"_s, false) >= 0);
    QVERIFY(!h.suggestion->isVisible());
}

void TestSearchBox::enterTakesTheSuggestionWhenNothingMatches()
{
    Harness h(*m_store);
    QVERIFY(h.start());
    QTest::keyClicks(h.edit, u"inflamation "_s);
    QTRY_VERIFY(h.suggestion->isVisible());
    QTest::keyClick(h.edit, Qt::Key_Return);
    QCOMPARE(h.edit->text(), u"inflammation "_s);
    QTRY_VERIFY(h.rowOf(u"inflammation"_s, false) >= 0);
}

void TestSearchBox::upFromTheFirstResultChoosesTheSuggestion()
{
    Harness h(*m_store);
    QVERIFY(h.start());
    h.box->setLanguage(u"es"_s);
    QSignalSpy guides(h.box, &SearchBox::guideRequested);
    QTest::keyClicks(h.edit, u"ciatica"_s);
    QTRY_VERIFY(h.suggestion->isVisible() && h.list->model()->rowCount() > 0);

    QTest::keyClick(h.edit, Qt::Key_Down);  // the first result
    QCOMPARE(h.list->selectionModel()->selectedIndexes().value(0).row(), 0);
    QTest::keyClick(h.edit, Qt::Key_Up);  // the suggestion line above it
    QVERIFY(h.list->selectionModel()->selectedIndexes().isEmpty());
    QTest::keyClick(h.edit, Qt::Key_Up);  // stays there
    QTest::keyClick(h.edit, Qt::Key_Return);
    QCOMPARE(h.edit->text(), u"ciática"_s);
    QCOMPARE(guides.count(), 0);
}

void TestSearchBox::nothingMatchesSaysSo()
{
    Harness h(*m_store);
    QVERIFY(h.start());
    QTest::keyClicks(h.edit, u"xqzvbnm"_s);
    QTRY_VERIFY(h.empty->isVisible());
    QCOMPARE(h.empty->text(), u"No guides or questions match"_s);
    saveScreenshot(h.window, u"search-empty.png"_s);
    QVERIFY(!h.list->isVisible());
    QVERIFY(!h.suggestion->isVisible());
}

void TestSearchBox::escapeClosesTheList()
{
    Harness h(*m_store);
    QVERIFY(h.start());
    QTest::keyClicks(h.edit, u"sleep"_s);
    QTRY_VERIFY(h.popup->isVisible());

    QTest::keyClick(h.edit, Qt::Key_Escape);
    QVERIFY(!h.popup->isVisible());
    QCOMPARE(h.edit->text(), u"sleep"_s);
    // Down brings it back; typing does too.
    QTest::keyClick(h.edit, Qt::Key_Down);
    QVERIFY(h.popup->isVisible());
    QTest::keyClick(h.edit, Qt::Key_Escape);
    QTest::keyClicks(h.edit, u" pain"_s);
    QTRY_VERIFY(h.popup->isVisible());
    // Emptying the box closes it.
    h.box->clear();
    QVERIFY(!h.popup->isVisible());
    QCOMPARE(h.box->text(), QString());
}

void TestSearchBox::focusSearchSelectsTheText()
{
    Harness h(*m_store);
    auto *elsewhere = new QLineEdit(&h.window);
    h.window.layout()->addWidget(elsewhere);
    QVERIFY(h.start());
    QTest::keyClicks(h.edit, u"posture"_s);
    elsewhere->setFocus();
    QVERIFY(!h.edit->hasFocus());

    h.box->focusSearch();
    QVERIFY(h.edit->hasFocus());
    QCOMPARE(h.edit->selectedText(), u"posture"_s);
}

void TestSearchBox::languageSwitchSearchesThatLanguage()
{
    Harness h(*m_store);
    QVERIFY(h.start());
    h.box->setLanguage(u"es"_s);
    QCOMPARE(h.box->language(), u"es"_s);
    QTest::keyClicks(h.edit, u"ciatica"_s);
    QTRY_VERIFY(h.suggestion->isVisible() && h.rowOf(u"sciatica"_s, false) >= 0);
    QVERIFY(h.suggestion->text().contains(u">ciática</b>"_s));
    saveScreenshot(h.window, u"search-es.png"_s);
    const int row = h.rowOf(u"sciatica"_s, false);
    QCOMPARE(h.list->model()->index(row, 0).data().toString(), m_store->guide(u"es"_s, u"sciatica"_s)->title);
}

void TestSearchBox::everythingHasAName()
{
    Harness h(*m_store);
    QVERIFY(h.start());
    QCOMPARE(h.edit->placeholderText(), u"Search guides and questions"_s);
    QTest::keyClicks(h.edit, u"siatica"_s);
    QTRY_VERIFY(h.suggestion->isVisible());
    for (const QWidget *widget : {static_cast<QWidget *>(h.box), static_cast<QWidget *>(h.edit), h.popup,
                                  static_cast<QWidget *>(h.list), static_cast<QWidget *>(h.suggestion),
                                  static_cast<QWidget *>(h.empty)})
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));

    h.edit->clear();
    QTest::keyClicks(h.edit, u"sleep"_s);
    QTRY_VERIFY(h.list->model()->rowCount() > 0);
    const QAbstractItemModel *model = h.list->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const QString name = index.data(Qt::AccessibleTextRole).toString();
        QVERIFY(name.endsWith(u", Guide"_s) || name.endsWith(u", Question"_s));
        QVERIFY(!index.data(Qt::AccessibleDescriptionRole).toString().contains(u"<mark>"_s));
    }
}

void TestSearchBox::crowdedToolbarKeepsTheFieldReadable()
{
    // A toolbar with room for its button and a sliver of field: the
    // field keeps room for the first words of its placeholder, and the
    // button goes to the toolbar's overflow menu instead.
    QToolBar toolBar;
    auto *box = new SearchBox(*m_store);
    toolBar.addWidget(box);
    QAction *action = toolBar.addAction(u"An action with a long name"_s);
    toolBar.resize(1000, 40);
    toolBar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&toolBar));
    const auto *field = box->findChild<QLineEdit *>(u"searchField"_s);
    QVERIFY(field);
    const int sliver = field->fontMetrics().horizontalAdvance(u"Search guides"_s);
    QTRY_VERIFY(toolBar.widgetForAction(action)->isVisible());
    toolBar.resize(toolBar.widgetForAction(action)->width() + sliver, 40);
    QTRY_VERIFY(field->width() >= field->fontMetrics().horizontalAdvance(u"Search guides and"_s));
    QVERIFY(!toolBar.widgetForAction(action)->isVisible());
}

void TestSearchBox::placeholderIsNeverCutShort()
{
    // Where "Search guides and questions" does not fit, the field says
    // "Search", whole, and keeps the long words as its tooltip and name.
    Harness h(*m_store);
    QVERIFY(h.start());
    const auto shownWhole = [&h] {
        return h.edit->fontMetrics().horizontalAdvance(h.edit->placeholderText()) <= bphtest::placeholderRoom(*h.edit);
    };
    QCOMPARE(h.edit->placeholderText(), u"Search guides and questions"_s);
    QVERIFY(h.edit->toolTip().isEmpty());
    QVERIFY(shownWhole());

    h.window.resize(h.edit->minimumWidth(), h.window.height());
    QTRY_COMPARE(h.edit->placeholderText(), u"Search"_s);
    QVERIFY(shownWhole());
    QCOMPARE(h.edit->toolTip(), u"Search guides and questions"_s);
    QCOMPARE(h.edit->accessibleName(), u"Search guides and questions"_s);

    h.window.resize(560, h.window.height());
    QTRY_COMPARE(h.edit->placeholderText(), u"Search guides and questions"_s);
    QVERIFY(h.edit->toolTip().isEmpty());
}

QTEST_MAIN(TestSearchBox)
#include "tst_searchbox.moc"
