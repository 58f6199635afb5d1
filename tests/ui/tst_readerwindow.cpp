// The reader's tools as a patient uses them: history, text size kept across
// starts, themes, find, save as PDF, the language switch keeping the place,
// external links asking first, and the checklist and questions one step away.

#include "readertestapp.h"
#include "readersignals.h"
#include "contentstore.h"
#include "faqbrowser.h"
#include "findbar.h"
#include "mainwindow.h"
#include "pagecontents.h"
#include "preferences.h"
#include "readeractions.h"
#include "topictreemodel.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace Qt::StringLiterals;
using bph::core::Preferences;
using bph::ui::MainWindow;

// Receives the URLs the app asks the desktop to open.
class UrlCatcher final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestReaderWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void historyBackForwardHome();
    void textSizeIsRemembered();
    void themesChangeThePage_data();
    void themesChangeThePage();
    void findInPageCountsMatches();
    void saveAsPdfKeepsSourcesAndReview();
    void languageSwitchKeepsThePlace();
    void externalLinkAsksFirst_data();
    void externalLinkAsksFirst();
    void questionsAboutThisGuide();
    void checklistIsOneClickAway();
    void lastGuideReopens();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &lang, const QString &guide);
    std::unique_ptr<Preferences> preferences();

    std::unique_ptr<bph::core::ContentStore> m_store;
    std::unique_ptr<Preferences> m_preferences;
    QTemporaryDir m_dir;
};

std::unique_ptr<Preferences> TestReaderWindow::preferences()
{
    return std::make_unique<Preferences>(std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat));
}

void TestReaderWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_store = bph::core::ContentStore::openEmbedded();
    QVERIFY(m_store);
    m_preferences = preferences();
}

std::unique_ptr<MainWindow> TestReaderWindow::openWindow(const QString &lang, const QString &guide)
{
    auto window = std::make_unique<MainWindow>(*m_store, *m_preferences, lang, guide, QElapsedTimer());
    window->show();
    QSignalSpy ready(window.get(), &MainWindow::articleViewReady);
    if (!window->articleView() && !ready.wait(20000))
        return nullptr;
    QSignalSpy shown(window->readerSignals(), &bph::ui::ReaderSignals::guideShown);
    if (!shown.wait(20000))
        return nullptr;
    return window;
}

void TestReaderWindow::historyBackForwardHome()
{
    auto window = openWindow(u"en"_s, u"overview"_s);
    QVERIFY(window);
    auto *actions = window->actions();
    QVERIFY(!actions->back->isEnabled());

    window->openGuide(u"inflammation"_s);
    QTRY_COMPARE_WITH_TIMEOUT(window->currentGuideId(), u"inflammation"_s, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(actions->back->isEnabled(), 10000);

    // Alt+Left goes back, Alt+Right forward: the keys a browser user knows.
    QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(window->currentGuideId(), u"overview"_s, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(actions->forward->isEnabled(), 10000);
    QTest::keyClick(window.get(), Qt::Key_Right, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(window->currentGuideId(), u"inflammation"_s, 20000);
    // The navigator follows the page.
    QCOMPARE(window->navigator()->currentIndex().data(bph::core::TopicTreeModel::IdRole).toString(), u"inflammation"_s);

    // The mouse's back button, pressed over the page, goes back too.
    QWidget *page = bphtest::webView(window->articleView())->focusProxy();
    QVERIFY(page);
    QTest::mouseClick(page, Qt::BackButton, {}, QPoint(50, 50));
    QTRY_COMPARE_WITH_TIMEOUT(window->currentGuideId(), u"overview"_s, 20000);
    QTest::mouseClick(page, Qt::ForwardButton, {}, QPoint(50, 50));
    QTRY_COMPARE_WITH_TIMEOUT(window->currentGuideId(), u"inflammation"_s, 20000);

    actions->home->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window->currentGuideId(), m_store->firstGuideId(u"en"_s), 20000);
}

void TestReaderWindow::textSizeIsRemembered()
{
    m_preferences->reset();
    {
        auto window = openWindow(u"en"_s, u"overview"_s);
        QVERIFY(window);
        QTest::keyClick(window.get(), Qt::Key_Plus, Qt::ControlModifier);
        QTest::keyClick(window.get(), Qt::Key_Plus, Qt::ControlModifier);
        QTRY_COMPARE(window->articleView()->textScale(), 1.2);
        QTest::keyClick(window.get(), Qt::Key_Minus, Qt::ControlModifier);
        QTRY_COMPARE(window->articleView()->textScale(), 1.1);
    }
    // A new start (new preferences object reading the same file) keeps it.
    m_preferences = preferences();
    QCOMPARE(m_preferences->textScale(), 1.1);
    auto window = openWindow(u"en"_s, u"overview"_s);
    QVERIFY(window);
    QCOMPARE(window->articleView()->textScale(), 1.1);
    QTest::keyClick(window.get(), Qt::Key_0, Qt::ControlModifier);
    QTRY_COMPARE(window->articleView()->textScale(), 1.0);
    QCOMPARE(preferences()->textScale(), 1.0);
}

void TestReaderWindow::themesChangeThePage_data()
{
    QTest::addColumn<int>("theme");
    QTest::addColumn<QString>("pageTheme");
    QTest::addColumn<QString>("background");  // article.css's --background for the theme
    QTest::newRow("light") << int(bph::core::Theme::Light) << u"light"_s << u"rgb(253, 252, 250)"_s;
    QTest::newRow("dark") << int(bph::core::Theme::Dark) << u"dark"_s << u"rgb(22, 25, 29)"_s;
    QTest::newRow("high contrast") << int(bph::core::Theme::HighContrast) << u"high-contrast"_s << u"rgb(0, 0, 0)"_s;
}

void TestReaderWindow::themesChangeThePage()
{
    QFETCH(int, theme);
    QFETCH(QString, pageTheme);
    QFETCH(QString, background);
    auto window = openWindow(u"en"_s, u"overview"_s);
    QVERIFY(window);
    window->actions()->themeAction(bph::core::Theme(theme))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(bphtest::pageHtml(*window->articleView()).contains(u"data-theme=\"%1\""_s.arg(pageTheme)), 20000);
    // The style sheet is in force (the page's security policy lets it in).
    QTRY_COMPARE_WITH_TIMEOUT(bphtest::computedStyle(*window->articleView(), u"html"_s, u"background-color"_s), background, 10000);
    // The view waits for its pages in that colour too: no white flash.
    const QColor viewBackground = bphtest::webView(window->articleView())->page()->backgroundColor();
    QCOMPARE(u"rgb(%1, %2, %3)"_s.arg(viewBackground.red()).arg(viewBackground.green()).arg(viewBackground.blue()), background);
    QCOMPARE(int(preferences()->theme()), theme);
    if (pageTheme != "light"_L1)
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    window->setTheme(bph::core::Theme::System);
}

void TestReaderWindow::findInPageCountsMatches()
{
    auto window = openWindow(u"en"_s, u"inflammation"_s);
    QVERIFY(window);
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(window->findBar()->isVisible());
    auto *input = window->findBar()->findChild<QLineEdit *>();
    QVERIFY(input->hasFocus());
    QSignalSpy results(window->readerSignals(), &bph::ui::ReaderSignals::findResult);
    QTest::keyClicks(input, u"inflammation"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!results.isEmpty() && results.last().at(1).toInt() > 3, 10000);
    const int total = results.last().at(1).toInt();
    QTest::keyClick(window.get(), Qt::Key_F3);
    QTRY_COMPARE_WITH_TIMEOUT(results.last().at(0).toInt(), 2, 10000);
    QCOMPARE(results.last().at(1).toInt(), total);
    QTest::keyClick(input, Qt::Key_Escape);
    QVERIFY(!window->findBar()->isVisible());
}

void TestReaderWindow::saveAsPdfKeepsSourcesAndReview()
{
    auto window = openWindow(u"en"_s, u"inflammation"_s);
    QVERIFY(window);
    const QString path = m_dir.filePath(u"inflammation.pdf"_s);
    QSignalSpy saved(window->readerSignals(), &bph::ui::ReaderSignals::pdfSaved);
    window->articleView()->saveAsPdf(path);
    QVERIFY(saved.wait(30000));
    QCOMPARE(saved.last().at(1).toBool(), true);
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QVERIFY(pdf.size() > 10000);
}

void TestReaderWindow::languageSwitchKeepsThePlace()
{
    auto window = openWindow(u"en"_s, u"inflammation"_s);
    QVERIFY(window);
    QCOMPARE(window->actions()->questions->text(), u"Questions"_s);
    window->actions()->languageAction(u"es"_s)->trigger();
    QCOMPARE(window->language(), u"es"_s);
    QTRY_COMPARE_WITH_TIMEOUT(bphtest::webView(window->articleView())->title(), m_store->guide(u"es"_s, u"inflammation"_s)->title, 20000);
    QCOMPARE(window->currentGuideId(), u"inflammation"_s);
    QCOMPARE(window->navigator()->currentIndex().data().toString(), m_store->guide(u"es"_s, u"inflammation"_s)->title);
    // The interface itself is in Spanish now.
    QTRY_COMPARE(window->actions()->questions->text(), u"Preguntas"_s);
    QTRY_VERIFY_WITH_TIMEOUT(bphtest::pageText(*window->articleView()).contains(u"Fuentes"_s), 20000);
    QCOMPARE(preferences()->language(), u"es"_s);
    window->setLanguage(u"en"_s);
    QTRY_COMPARE(window->actions()->questions->text(), u"Questions"_s);
}

void TestReaderWindow::externalLinkAsksFirst_data()
{
    QTest::addColumn<bool>("accept");
    QTest::newRow("reader agrees") << true;
    QTest::newRow("reader cancels") << false;
}

void TestReaderWindow::externalLinkAsksFirst()
{
    QFETCH(bool, accept);
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(u"https"_s, &catcher, "open");
    auto window = openWindow(u"en"_s, u"overview"_s);
    QVERIFY(window);

    // Answer the confirmation when it appears.
    bool asked = false;
    QTimer answerer;
    connect(&answerer, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != "ExternalLinkConfirmation"_L1)
            return;
        asked = true;
        box->button(accept ? QMessageBox::Open : QMessageBox::Cancel)->click();
    });
    answerer.start(50);
    const QUrl url(u"https://www.nice.org.uk/guidance/ng59"_s);
    window->readerSignals()->onExternalLinkRequested(url);
    QVERIFY(asked);
    QCOMPARE(catcher.urls, accept ? QList<QUrl>{url} : QList<QUrl>{});
    // Whatever the answer, the guide stays in the app.
    QCOMPARE(bphtest::webView(window->articleView())->url().scheme(), u"app"_s);
    QDesktopServices::unsetUrlHandler(u"https"_s);
}

void TestReaderWindow::questionsAboutThisGuide()
{
    auto window = openWindow(u"en"_s, u"inflammation"_s);
    QVERIFY(window);
    QVERIFY(bphtest::pageHtml(*window->articleView()).contains(u"app://questions/inflammation"_s));
    QVERIFY(!bphtest::pageHtml(*window->articleView()).contains(u"app://phone/"_s));  // only kiosks with a clinic site offer it
    bphtest::webView(window->articleView())->setUrl(QUrl(u"app://questions/inflammation"_s));
    QTRY_COMPARE(qobject_cast<QStackedWidget *>(window->faqBrowser()->parentWidget())->currentWidget(), window->faqBrowser());
    // Choosing a guide again brings the reader back to it.
    window->openGuide(u"overview"_s);
    QTRY_COMPARE_WITH_TIMEOUT(window->currentGuideId(), u"overview"_s, 20000);
    QCOMPARE(qobject_cast<QStackedWidget *>(window->faqBrowser()->parentWidget())->currentWidget(),
             window->articleView()->widget());
}

void TestReaderWindow::checklistIsOneClickAway()
{
    auto window = openWindow(u"en"_s, u"overview"_s);
    QVERIFY(window);
    bphtest::webView(window->articleView())->setUrl(QUrl(u"app://checklist"_s));
    QTRY_VERIFY(window->checklistDialog() && window->checklistDialog()->isVisible());
    window->checklistDialog()->close();
    QTRY_VERIFY(!window->checklistDialog());
    window->actions()->checklist->trigger();
    QTRY_VERIFY(window->checklistDialog() && window->checklistDialog()->isVisible());
    window->checklistDialog()->close();
}

void TestReaderWindow::lastGuideReopens()
{
    {
        auto window = openWindow(u"en"_s, u"overview"_s);
        QVERIFY(window);
        window->openGuide(u"inflammation"_s);
        QTRY_COMPARE_WITH_TIMEOUT(window->currentGuideId(), u"inflammation"_s, 20000);
    }
    QCOMPARE(preferences()->lastGuide(), u"inflammation"_s);
}

int main(int argc, char *argv[])
{
    bphtest::ReaderTestApp app(argc, argv);
    TestReaderWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_readerwindow.moc"
