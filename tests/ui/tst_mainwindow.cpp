// The reader's window end to end: the navigator appears before the web view,
// the speech engine waits for the first Play, the navigator and the guide on
// screen stay in step, and the window opens where its reader left it.

#include "pagecontents.h"
#include "readaloud.h"
#include "readertestapp.h"
#include "readersignals.h"
#include "contentstore.h"
#include "dialoganswer.h"
#include "faqbrowser.h"
#include "mainwindow.h"
#include "preferences.h"
#include "readeractions.h"
#include "topictreemodel.h"
#include "toolbarcheck.h"
#include "windowsize.h"

#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTest>
#include <QTextToSpeech>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QWebEngineView>
#include <QWindow>

using namespace Qt::StringLiterals;
using bph::ui::MainWindow;

namespace {

// Counts the paint events a widget receives.
struct PaintCounter : QObject
{
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    bool eventFilter(QObject *, QEvent *event) override
    {
        count += event->type() == QEvent::Paint;
        return false;
    }
    int count = 0;
};

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void windowAppearsBeforeTheWebView();
    void windowStaysOnScreenWhenTheViewerArrives();
    void windowStaysOnScreenWhenTheViewerIsMadeAgain();
    void questionsComeInTheLanguageChosenBeforeThem();
    void speechEngineStartsAtTheFirstPlay();
    void wholeToolbarShowsInEitherLanguage();
    void navigatorOpensGuides();
    void navigatorIsNamedInTheReadersLanguage();
    void navigatorShowsWholeTitles_data();
    void navigatorShowsWholeTitles();
    void followingALinkSelectsItInTheNavigator();
    void guidePageShowsWhatAReaderNeeds();
    void toolbarCannotBeLost();
    void windowOpensWhereItWasLeft();
    void unreadableWindowPlaceLeavesTheFirstSize();
    void resetPreferencesPutsTheWindowBack();

private:
    // Preferences of their own, in `fileName`: the other tests need the
    // window's first size.
    std::unique_ptr<bph::core::Preferences> preferencesIn(const QString &fileName) const
    {
        return std::make_unique<bph::core::Preferences>(
                std::make_unique<QSettings>(m_dir.filePath(fileName), QSettings::IniFormat));
    }

    // As a reader dragging the line between the list of guides and the page.
    static void setNavigatorWidth(MainWindow &window, int width)
    {
        auto *splitter = qobject_cast<QSplitter *>(window.centralWidget());
        QVERIFY(splitter);
        splitter->setSizes({width, splitter->width() - width});
        QCOMPARE(window.navigator()->width(), width);
    }

    // The first title in `navigator` that its row cannot show whole (the
    // style's room for the row's text, wrapped at its width), or empty.
    static QString titleCutShort(const QTreeView &navigator)
    {
        const QAbstractItemModel *model = navigator.model();
        QList<QModelIndex> rows;
        for (int topic = 0; topic < model->rowCount(); ++topic) {
            rows += model->index(topic, 0);
            for (int guide = 0; guide < model->rowCount(rows.last()); ++guide)
                rows += model->index(guide, 0, model->index(topic, 0));
        }
        for (const QModelIndex &row : std::as_const(rows)) {
            QStyleOptionViewItem option;
            option.initFrom(&navigator);
            option.rect = navigator.visualRect(row);
            option.features = QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::WrapText;
            option.text = row.data().toString();
            const QRect room = navigator.style()->subElementRect(QStyle::SE_ItemViewItemText, &option, &navigator);
            const QRect needed = navigator.fontMetrics().boundingRect(room, Qt::TextWordWrap, option.text);
            if (needed.height() > room.height() || needed.width() > room.width())
                return u"%1: %2 x %3 px for %4 x %5"_s.arg(option.text)
                        .arg(room.width()).arg(room.height()).arg(needed.width()).arg(needed.height());
        }
        return {};
    }

    // How wide the list of guides is in a window opened for the first time.
    int firstNavigatorWidth() const
    {
        bph::core::Preferences nothingStored(nullptr, true);  // read-only: never touches the disk
        MainWindow window(*m_store, nothingStored, u"en"_s, u"overview"_s, {});
        window.show();
        return QTest::qWaitForWindowExposed(&window) ? window.navigator()->width() : -1;
    }

    std::unique_ptr<bph::core::ContentStore> m_store;
    QTemporaryDir m_dir;
    std::unique_ptr<bph::core::Preferences> m_preferences;
};

void TestMainWindow::initTestCase()
{
    m_store = bph::core::ContentStore::openEmbedded();
    QVERIFY(m_store);
    m_preferences = std::make_unique<bph::core::Preferences>(
            std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat));
}

void TestMainWindow::windowAppearsBeforeTheWebView()
{
    QElapsedTimer clock;
    clock.start();
    MainWindow window(*m_store, *m_preferences, u"en"_s, u"overview"_s, clock);
    QVERIFY(!window.articleView());
    QVERIFY2(!window.findChild<bph::ui::FaqBrowser *>(), "the FAQ browser, not needed yet, was made with the window");
    const auto *model = window.navigator()->model();
    QCOMPARE(model->data(model->index(0, 0)).toString(), m_store->topics(u"en"_s).first().title);

    // The window and its navigator are painted before the viewer, which
    // holds the thread for a while, is made: no empty frame meanwhile.
    PaintCounter windowPaints(&window);
    PaintCounter navigatorPaints(window.navigator()->viewport());
    int paintsBeforeViewer = -1;
    connect(&window, &MainWindow::articleViewReady, this,
            [&] { paintsBeforeViewer = std::min(windowPaints.count, navigatorPaints.count); });
    QSignalSpy ready(&window, &MainWindow::articleViewReady);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
    QVERIFY(window.articleView());
    QVERIFY2(paintsBeforeViewer > 0, "the viewer was made before the window was painted");
}

void TestMainWindow::windowStaysOnScreenWhenTheViewerArrives()
{
    // The viewer draws with OpenGL; had the window been made without it, Qt
    // would destroy and remake the window for it, and the reader would see
    // the window vanish and come back. Only the X11 run (tst_mainwindow_x11)
    // can show this: offscreen, there is no OpenGL for either to use.
    MainWindow window(*m_store, *m_preferences, u"en"_s, u"overview"_s, {});
    QSignalSpy ready(&window, &MainWindow::articleViewReady);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QPointer<QWindow> shown = window.windowHandle();
    const WId shownId = window.winId();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
    QVERIFY2(shown && window.windowHandle() == shown && window.winId() == shownId,
             "the window was made again when the guide viewer arrived");
    QVERIFY(window.isVisible());
}

void TestMainWindow::windowStaysOnScreenWhenTheViewerIsMadeAgain()
{
    // A kiosk's idle reset puts a fresh viewer in the same window; the
    // window, already drawing through OpenGL, is not made again for it.
    MainWindow window(*m_store, *m_preferences, u"en"_s, u"overview"_s, {});
    QSignalSpy ready(&window, &MainWindow::articleViewReady);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
    const QPointer<QWindow> shown = window.windowHandle();
    const WId shownId = window.winId();
    const QPointer<QWidget> firstViewer = window.articleView()->widget();
    window.discardReadingState();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 10000);
    QVERIFY(!firstViewer);
    QVERIFY2(shown && window.windowHandle() == shown && window.winId() == shownId,
             "the window was made again with the fresh guide viewer");
    QVERIFY(window.articleView()->widget()->isVisible());
}

void TestMainWindow::questionsComeInTheLanguageChosenBeforeThem()
{
    // The FAQ browser is made when questions are first asked for, after the
    // reader may have changed the language.
    MainWindow window(*m_store, *m_preferences, u"en"_s, u"overview"_s, {});
    window.setLanguage(u"es"_s);
    window.showQuestions();
    QCOMPARE(window.faqBrowser()->language(), u"es"_s);
    QVERIFY(window.faqBrowser()->isVisibleTo(&window));
    window.setLanguage(u"en"_s);
    QCOMPARE(window.faqBrowser()->language(), u"en"_s);
}

void TestMainWindow::wholeToolbarShowsInEitherLanguage()
{
    // On a 1280 x 800 screen (the tests' screen), at the window's first size:
    // every control on the toolbar, none cut short ("Leer ... alta", "Buscar
    // en guías y preg..."), none in the overflow menu, in English and in
    // Spanish's longer words, whether the window starts in the language or
    // the reader switches to it.
    MainWindow switched(*m_store, *m_preferences, u"en"_s, u"overview"_s, QElapsedTimer());
    QCOMPARE(switched.screen()->size(), QSize(1280, 800));
    switched.show();
    QTRY_VERIFY_WITH_TIMEOUT(switched.readAloud(), 20000);  // the reading controls come with the first guide
    for (const QString &lang : {u"en"_s, u"es"_s}) {
        MainWindow started(*m_store, *m_preferences, lang, u"overview"_s, QElapsedTimer());
        started.show();
        QTRY_VERIFY_WITH_TIMEOUT(started.readAloud(), 20000);
        QTRY_COMPARE(bphtest::toolbarShortfall(*started.toolBar()), QString());
        switched.setLanguage(lang);
        QTRY_COMPARE(bphtest::toolbarShortfall(*switched.toolBar()), QString());
    }
}

void TestMainWindow::speechEngineStartsAtTheFirstPlay()
{
    MainWindow window(*m_store, *m_preferences, u"en"_s, u"overview"_s, QElapsedTimer());
    QSignalSpy ready(&window, &MainWindow::articleViewReady);
    window.show();
    QVERIFY(ready.wait(10000));
    QSignalSpy shown(window.readerSignals(), &bph::ui::ReaderSignals::guideShown);
    QVERIFY(shown.wait(20000));

    // The controls are there once the guide is; the engine (its voices and
    // sound output) is not, until a reader asks for it.
    QTRY_VERIFY(window.readAloud());
    auto *play = window.toolBar()->findChild<QToolButton *>(u"readAloudPlay"_s);
    QVERIFY(play);
    QTRY_VERIFY(play->isVisible());
    QVERIFY(!window.readAloud()->hasStarted());
    QVERIFY(window.findChildren<QTextToSpeech *>().isEmpty());
    if (QTextToSpeech::availableEngines().isEmpty()) {
        QVERIFY(!play->isEnabled());  // tst_faults checks what it says
        return;
    }
    QVERIFY(play->isEnabled());
    QTest::mouseClick(play, Qt::LeftButton);
    QVERIFY(window.readAloud()->hasStarted());
    QCOMPARE(window.findChildren<QTextToSpeech *>().size(), 1);
    window.readAloud()->stop();
}

void TestMainWindow::navigatorOpensGuides()
{
    MainWindow window(*m_store, *m_preferences, u"en"_s, u"overview"_s, QElapsedTimer());
    window.show();
    QSignalSpy ready(&window, &MainWindow::articleViewReady);
    QVERIFY(ready.wait(10000));
    QSignalSpy shown(window.readerSignals(), &bph::ui::ReaderSignals::guideShown);
    QVERIFY(shown.wait(20000));
    QCOMPARE(shown.last().first().toString(), u"overview"_s);

    // Keyboard: Down from the overview moves to the next guide in the tree.
    auto *tree = window.navigator();
    const QModelIndex inflammation = static_cast<bph::core::TopicTreeModel *>(tree->model())->indexOfGuide(u"inflammation"_s);
    QVERIFY(inflammation.isValid());
    tree->setCurrentIndex(inflammation);
    QTRY_COMPARE_WITH_TIMEOUT(window.articleView()->currentGuideId(), u"inflammation"_s, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(bphtest::webView(window.articleView())->title(), m_store->guide(u"en"_s, u"inflammation"_s)->title, 20000);
}

void TestMainWindow::navigatorIsNamedInTheReadersLanguage()
{
    // What a screen reader announces for the topic list.
    MainWindow window(*m_store, *m_preferences, u"es"_s, u"overview"_s, {});
    QTRY_COMPARE(window.navigator()->accessibleName(), u"Temas y guías"_s);
    window.setLanguage(u"en"_s);
    QTRY_COMPARE(window.navigator()->accessibleName(), u"Topics and guides"_s);
}

void TestMainWindow::navigatorShowsWholeTitles_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("Spanish") << u"es"_s;
}

void TestMainWindow::navigatorShowsWholeTitles()
{
    // A title too long for the list wraps onto another line, at the first
    // width ("El dolor de espalda y de pelvis en el embarazo") and at any
    // width the reader drags the list to.
    QFETCH(QString, lang);
    MainWindow window(*m_store, *m_preferences, lang, u"overview"_s, QElapsedTimer());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(titleCutShort(*window.navigator()), QString());
    for (const int width : {200, 360, 240}) {
        setNavigatorWidth(window, width);
        QTRY_COMPARE(titleCutShort(*window.navigator()), QString());
    }
}

void TestMainWindow::followingALinkSelectsItInTheNavigator()
{
    MainWindow window(*m_store, *m_preferences, u"es"_s, u"overview"_s, QElapsedTimer());
    window.show();
    QSignalSpy ready(&window, &MainWindow::articleViewReady);
    QVERIFY(ready.wait(10000));
    // A link inside the page navigates the view; the tree follows.
    bphtest::webView(window.articleView())->setUrl(QUrl(u"app://guide/inflammation"_s));
    QTRY_COMPARE_WITH_TIMEOUT(window.navigator()->currentIndex().data(bph::core::TopicTreeModel::IdRole).toString(),
                              u"inflammation"_s, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(bphtest::webView(window.articleView())->title(), m_store->guide(u"es"_s, u"inflammation"_s)->title, 20000);
}

void TestMainWindow::guidePageShowsWhatAReaderNeeds()
{
    MainWindow window(*m_store, *m_preferences, u"en"_s, u"inflammation"_s, QElapsedTimer());
    window.show();
    QSignalSpy ready(&window, &MainWindow::articleViewReady);
    QVERIFY(ready.wait(10000));
    QSignalSpy shown(window.readerSignals(), &bph::ui::ReaderSignals::guideShown);
    QVERIFY(shown.wait(20000));

    QString text;
    bphtest::webView(window.articleView())->page()->toPlainText([&text](const QString &result) { text = result; });
    QTRY_VERIFY_WITH_TIMEOUT(!text.isEmpty(), 10000);
    const auto guide = m_store->guide(u"en"_s, u"inflammation"_s);
    QVERIFY(text.contains(guide->title));
    QVERIFY(text.contains(guide->summary));
    QVERIFY(text.contains(u"Sources"_s));
    QVERIFY(text.contains(guide->sources.first()));
    QVERIFY(text.contains(u"Last reviewed"_s));
    QVERIFY(text.contains(u"Next review due"_s));
    QVERIFY(text.contains(u"red-flag checklist"_s));
    QVERIFY(text.contains(u"doctor"_s));
}

void TestMainWindow::toolbarCannotBeLost()
{
    // A right click on the toolbar would offer only to hide it, and search,
    // back and home with it: a reader would not know how to bring it back.
    MainWindow window(*m_store, *m_preferences, u"en"_s, u"overview"_s, {});
    QSignalSpy ready(&window, &MainWindow::articleViewReady);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
    QCOMPARE(bphtest::toolbarWithAMenu(window), QString());
    QVERIFY(window.toolBar()->isVisible());
}

void TestMainWindow::windowOpensWhereItWasLeft()
{
    // Each window is a start of the app: new preferences on the same file.
    // The list of guides dragged wider than it first is, too.
    const QRect left(QPoint(60, 50), QSize(900, 600));
    const int navigatorWidth = firstNavigatorWidth() + 150;
    {
        const auto preferences = preferencesIn(u"place.ini"_s);
        MainWindow window(*m_store, *preferences, u"en"_s, u"overview"_s, {});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setGeometry(left);
        QTRY_COMPARE(window.geometry(), left);
        setNavigatorWidth(window, navigatorWidth);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(window.close());
    }
    {
        const auto preferences = preferencesIn(u"place.ini"_s);
        MainWindow window(*m_store, *preferences, u"en"_s, u"overview"_s, {});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.geometry(), left);
        QCOMPARE(window.navigator()->width(), navigatorWidth);
        window.showMaximized();
        QTRY_VERIFY(window.isMaximized());
        QVERIFY(window.close());
    }
    // Maximised as it was left, and back to its place when made smaller again.
    const auto preferences = preferencesIn(u"place.ini"_s);
    MainWindow window(*m_store, *preferences, u"en"_s, u"overview"_s, {});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isMaximized());
    window.showNormal();
    QTRY_COMPARE(window.geometry(), left);
}

void TestMainWindow::unreadableWindowPlaceLeavesTheFirstSize()
{
    {
        QSettings settings(m_dir.filePath(u"unreadable.ini"_s), QSettings::IniFormat);
        settings.setValue(u"window/geometry"_s, QByteArray("not a window's place"));
        settings.setValue(u"window/split"_s, QByteArray("not a width"));
    }
    const int firstWidth = firstNavigatorWidth();
    const auto preferences = preferencesIn(u"unreadable.ini"_s);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"window size and position could not be read"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"width of the guide list could not be read"_s));
    MainWindow window(*m_store, *preferences, u"en"_s, u"overview"_s, {});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), bph::ui::firstWindowSize(window.screen()));
    QCOMPARE(window.navigator()->width(), firstWidth);
}

void TestMainWindow::resetPreferencesPutsTheWindowBack()
{
    const int firstWidth = firstNavigatorWidth();
    const auto preferences = preferencesIn(u"reset.ini"_s);
    MainWindow window(*m_store, *preferences, u"en"_s, u"overview"_s, {});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    setNavigatorWidth(window, firstWidth + 150);
    if (QTest::currentTestFailed())
        return;
    window.showMaximized();
    QTRY_VERIFY(window.isMaximized());

    bool asked = false;
    bphtest::whenDialogOpens<QMessageBox>([&](QMessageBox *box) {
        asked = box->text().contains(u"window's size"_s);
        box->button(QMessageBox::Yes)->click();
    });
    window.actions()->resetPreferences->trigger();
    QVERIFY2(asked, "the question did not say the window's size goes back too");
    QTRY_VERIFY(!window.isMaximized());
    QTRY_COMPARE(window.size(), bph::ui::firstWindowSize(window.screen()));
    QTRY_COMPARE(window.navigator()->width(), firstWidth);
    QVERIFY(window.close());

    const auto again = preferencesIn(u"reset.ini"_s);
    MainWindow next(*m_store, *again, u"en"_s, u"overview"_s, {});
    next.show();
    QVERIFY(QTest::qWaitForWindowExposed(&next));
    QVERIFY(!next.isMaximized());
    QCOMPARE(next.size(), bph::ui::firstWindowSize(next.screen()));
    QCOMPARE(next.navigator()->width(), firstWidth);
}

int main(int argc, char *argv[])
{
    bphtest::ReaderTestApp app(argc, argv);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
