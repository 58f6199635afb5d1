// Kiosk mode with simulated input and a clock the test moves: keys that
// would leave are blocked, close is refused, the staff PIN works and locks
// out, the idle warning counts down, and a reset leaves no trace.

#include "pagecontents.h"
#include "readertestapp.h"
#include "readersignals.h"
#include "contentstore.h"
#include "dialoganswer.h"
#include "faqbrowser.h"
#include "findbar.h"
#include "idlewarning.h"
#include "kioskconfig.h"
#include "kioskcontroller.h"
#include "mainwindow.h"
#include "pingate.h"
#include "manualclock.h"
#include "pinhash.h"
#include "pinprompt.h"
#include "preferences.h"
#include "qrcode.h"
#include "qrcodedialog.h"
#include "readeractions.h"
#include "redflagdialog.h"
#include "searchbox.h"
#include "toolbarcheck.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QRadioButton>
#include <QScroller>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QWebEngineView>

#include <algorithm>

using namespace Qt::StringLiterals;
using bph::ui::KioskController;
using bph::ui::MainWindow;

namespace {

bph::core::KioskConfig kioskConfig(const QString &pinHash, const QByteArray &homeGuide = "overview")
{
    const QByteArray ini = "[kiosk]\nenabled = true\nidle_timeout = 120\nwarning_countdown = 20\nhome_guide = " + homeGuide + "\n"
                           "languages = en, es\ntext_scale = 1.0\nphone_base_url = https://clinic.example/backpain\nstaff_pin_hash = "
                           + pinHash.toUtf8() + "\n";
    return bph::core::KioskConfig::parse(ini, u"kiosk.conf"_s);
}

} // namespace

class TestKiosk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void windowIsLocked();
    void everyControlIsOneTapAway();
    void toolbarsCannotBeHidden();
    void blockedKeysAndRefusedClose_data();
    void blockedKeysAndRefusedClose();
    void wrongPinsLockThePrompt();
    void rightPinLeavesKioskMode();
    void logoTapsOpenThePrompt();
    void withoutAPinThePromptSaysSo();
    void idleWarningCountsDownAndTouchCancels();
    void resetLeavesNoTrace();
    void resetWithAMistypedHomeGuideShowsTheFirstGuide();
    void externalLinksBecomeQrCodes();
    void readOnYourPhone();
    void urgentResultFillsTheScreen();
    void urgentMessageFollowsTheLanguage();
    void listsScrollByFinger();

private:
    std::unique_ptr<bph::core::ContentStore> m_store;
    QString m_pinHash;
    QTemporaryDir m_dir;
    std::unique_ptr<bph::core::Preferences> m_preferences;
    std::unique_ptr<bph::core::ManualClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<KioskController> m_kiosk;
};

void TestKiosk::initTestCase()
{
    m_store = bph::core::ContentStore::openEmbedded();
    QVERIFY(m_store);
    m_pinHash = bph::core::hashPin(u"2468"_s);
    QVERIFY(m_pinHash.startsWith(u"$argon2id$"_s));
}

void TestKiosk::init()
{
    m_preferences = std::make_unique<bph::core::Preferences>(
            std::make_unique<QSettings>(m_dir.filePath(u"unused.ini"_s), QSettings::IniFormat), true);
    m_clock = std::make_unique<bph::core::ManualClock>(1'000'000);
    m_window = std::make_unique<MainWindow>(*m_store, *m_preferences, u"en"_s, u"overview"_s, QElapsedTimer());
    m_kiosk = std::make_unique<KioskController>(*m_window, kioskConfig(m_pinHash), *m_clock);
    m_kiosk->start();
    QSignalSpy ready(m_window.get(), &MainWindow::articleViewReady);
    QVERIFY(m_window->articleView() || ready.wait(20000));
    QTRY_COMPARE_WITH_TIMEOUT(bphtest::webView(m_window->articleView())->title(), m_store->guide(u"en"_s, u"overview"_s)->title, 20000);
}

void TestKiosk::cleanup()
{
    m_kiosk.reset();
    if (m_window) {
        m_window->allowClose();
        m_window.reset();
    }
}

void TestKiosk::windowIsLocked()
{
    QVERIFY(m_window->isFullScreen());
    QVERIFY(m_window->windowFlags().testFlag(Qt::FramelessWindowHint));
    QVERIFY(!m_window->menuBar()->isVisible());
    QVERIFY(!m_window->actions()->quit->isEnabled());
    QVERIFY(!m_window->actions()->savePdf->isEnabled());
    QVERIFY(!m_window->actions()->print->isEnabled());  // printing not allowed by this clinic
    QCOMPARE(bphtest::webView(m_window->articleView())->contextMenuPolicy(), Qt::NoContextMenu);
    // Touch targets: every visible button is at least 44 px high (the search
    // field's magnifier is a picture, not a button).
    for (auto *button : m_window->findChildren<QToolButton *>())
        if (button->isVisible() && button->objectName() != u"searchIcon"_s)
            QVERIFY2(button->height() >= 44, qPrintable(button->text()));
}

void TestKiosk::everyControlIsOneTapAway()
{
    // On a 1280 x 800 kiosk screen (the tests' screen), once the reading
    // controls have come too: every control on the toolbars shows, none cut
    // short ("Normal spee") and none behind an overflow button (the text
    // size, which older readers need most), in English and in Spanish.
    QCOMPARE(m_window->screen()->size(), QSize(1280, 800));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->readAloud(), 20000);
    const QList<QToolBar *> toolBars = m_window->findChildren<QToolBar *>();
    QVERIFY(!toolBars.isEmpty());
    for (const QString &lang : {u"en"_s, u"es"_s}) {
        m_window->setLanguage(lang);
        for (const QToolBar *toolBar : toolBars)
            QTRY_COMPARE(bphtest::toolbarShortfall(*toolBar), QString());
    }
    for (QAction *action : {m_window->actions()->textSmaller, m_window->actions()->textLarger})
        QVERIFY2(std::any_of(toolBars.begin(), toolBars.end(), [action](const QToolBar *toolBar) {
                     return toolBar->actions().contains(action);
                 }), qPrintable(action->text()));
}

void TestKiosk::toolbarsCannotBeHidden()
{
    // A right click or a long press on a toolbar: a main window offers a menu
    // that hides it, and on a kiosk nothing would bring it back. Both rows,
    // once the reading controls have come.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->readAloud(), 20000);
    QTRY_VERIFY(m_window->readingToolBar()->isVisible());
    QCOMPARE(bphtest::toolbarWithAMenu(*m_window), QString());
}

void TestKiosk::blockedKeysAndRefusedClose_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::newRow("Alt+F4") << int(Qt::Key_F4) << int(Qt::AltModifier);
    QTest::newRow("Ctrl+Q") << int(Qt::Key_Q) << int(Qt::ControlModifier);
    QTest::newRow("Ctrl+W") << int(Qt::Key_W) << int(Qt::ControlModifier);
    QTest::newRow("Escape") << int(Qt::Key_Escape) << int(Qt::NoModifier);
    QTest::newRow("F11") << int(Qt::Key_F11) << int(Qt::NoModifier);
}

void TestKiosk::blockedKeysAndRefusedClose()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QTest::keyClick(m_window.get(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QTest::keyClick(bphtest::webView(m_window->articleView())->focusProxy(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QVERIFY(m_window->isFullScreen());
    // Leaving full screen is undone at once.
    m_window->showNormal();
    QTRY_VERIFY(m_window->isFullScreen());
}

void TestKiosk::wrongPinsLockThePrompt()
{
    QString lockMessage;
    bphtest::whenDialogOpens<bph::ui::PinPrompt>([&](bph::ui::PinPrompt *prompt) {
        for (int i = 0; i < 3; ++i) {
            QTest::keyClicks(prompt->pinField(), u"1111"_s);
            QTest::keyClick(prompt->pinField(), Qt::Key_Return);
        }
        for (QLabel *label : prompt->findChildren<QLabel *>())
            if (label->text().contains(u"Try again in"_s))
                lockMessage = label->text();
        // Even the right PIN is refused while locked.
        QTest::keyClicks(prompt->pinField(), u"2468"_s);
        QTest::keyClick(prompt->pinField(), Qt::Key_Return);
        QVERIFY(prompt->isVisible());
        prompt->reject();
    });
    QSignalSpy exited(m_kiosk.get(), &KioskController::staffExitAccepted);
    m_kiosk->requestStaffExit();
    QCOMPARE(lockMessage, u"Too many wrong PINs. Try again in 30 seconds."_s);
    QCOMPARE(exited.count(), 0);
    QVERIFY(m_window->isVisible());

    // After the lockout, the right PIN works.
    m_clock->advance(30'000);
    bphtest::whenDialogOpens<bph::ui::PinPrompt>([](bph::ui::PinPrompt *prompt) {
        QTest::keyClicks(prompt->pinField(), u"2468"_s);
        QTest::keyClick(prompt->pinField(), Qt::Key_Return);
    });
    m_kiosk->requestStaffExit();
    QCOMPARE(exited.count(), 1);
}

void TestKiosk::rightPinLeavesKioskMode()
{
    bphtest::whenDialogOpens<bph::ui::PinPrompt>([](bph::ui::PinPrompt *prompt) {
        QTest::keyClicks(prompt->pinField(), u"2468"_s);
        QTest::keyClick(prompt->pinField(), Qt::Key_Return);
    });
    QSignalSpy exited(m_kiosk.get(), &KioskController::staffExitAccepted);
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(exited.count(), 1);
    QTRY_VERIFY(!m_window->isVisible());
}

void TestKiosk::logoTapsOpenThePrompt()
{
    bool opened = false;
    bphtest::whenDialogOpens<bph::ui::PinPrompt>([&](bph::ui::PinPrompt *prompt) {
        opened = true;
        prompt->reject();
    });
    // Four taps, then a pause longer than three seconds: nothing.
    for (int i = 0; i < 4; ++i)
        QTest::mouseClick(m_kiosk->logo(), Qt::LeftButton);
    m_clock->advance(3'500);
    QTest::mouseClick(m_kiosk->logo(), Qt::LeftButton);
    QVERIFY(!opened);
    for (int i = 0; i < 4; ++i)
        QTest::mouseClick(m_kiosk->logo(), Qt::LeftButton);
    QVERIFY(opened);
}

void TestKiosk::withoutAPinThePromptSaysSo()
{
    // No PIN in kiosk.conf, or a kiosk.conf that cannot be read: staff are
    // told why no PIN will do, before and after they try one.
    bph::core::PinGate gate(QString(), *m_clock);
    bph::ui::PinPrompt prompt(gate, m_window.get());
    const auto messageShown = [&prompt] {
        for (const QLabel *label : prompt.findChildren<QLabel *>())
            if (label->text().startsWith(u"No staff PIN is set in the kiosk configuration (or the file cannot be read)"_s))
                return true;
        return false;
    };
    QVERIFY(messageShown());
    QTest::keyClicks(prompt.pinField(), u"2468"_s);
    QTest::keyClick(prompt.pinField(), Qt::Key_Return);
    QCOMPARE(prompt.result(), int(QDialog::Rejected));
    QVERIFY(messageShown());
}

void TestKiosk::idleWarningCountsDownAndTouchCancels()
{
    m_clock->advance(119'000);
    m_kiosk->poll();
    QVERIFY(!m_kiosk->idleWarning()->isVisible());
    m_clock->advance(1'000);
    m_kiosk->poll();
    QVERIFY(m_kiosk->idleWarning()->isVisible());
    const auto countdown = [this] {
        for (QLabel *label : m_kiosk->idleWarning()->findChildren<QLabel *>())
            if (label->text().contains(u"second"_s))
                return label->text();
        return QString();
    };
    QVERIFY2(countdown().contains(u"in 20 seconds."_s), qPrintable(countdown()));
    m_clock->advance(5'000);
    m_kiosk->poll();
    QVERIFY2(countdown().contains(u"in 15 seconds."_s), qPrintable(countdown()));

    // A touch (here a mouse movement) means someone is still reading.
    QTest::mouseMove(m_window->navigator()->viewport(), QPoint(10, 10));
    QMouseEvent move(QEvent::MouseMove, QPointF(12, 12), QPointF(12, 12), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(m_window->navigator()->viewport(), &move);
    m_kiosk->poll();
    QVERIFY(!m_kiosk->idleWarning()->isVisible());
    QCOMPARE(m_window->currentGuideId(), u"overview"_s);
}

void TestKiosk::resetLeavesNoTrace()
{
    // A reader browses: a guide, the search box, text size, Spanish, the checklist.
    m_window->openGuide(u"sciatica"_s);
    QTRY_COMPARE_WITH_TIMEOUT(bphtest::webView(m_window->articleView())->title(), m_store->guide(u"en"_s, u"sciatica"_s)->title, 20000);
    m_window->openGuide(u"flares"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->actions()->back->isEnabled(), 20000);
    QTest::keyClicks(m_window->searchBox()->findChild<QLineEdit *>(), u"numb"_s);
    m_window->findBar()->open();
    auto *findEdit = m_window->findBar()->findChild<QLineEdit *>();
    QTest::keyClicks(findEdit, u"bladder"_s);
    m_window->setTextScale(1.6);
    m_window->setLanguage(u"es"_s);
    m_window->openChecklist();
    QTRY_VERIFY(m_window->checklistDialog() && m_window->checklistDialog()->isVisible());

    QSignalSpy reset(m_kiosk.get(), &KioskController::readerReset);
    m_clock->advance(140'000);
    m_kiosk->poll();
    QCOMPARE(reset.count(), 1);

    QTRY_VERIFY(!m_window->checklistDialog());
    QCOMPARE(m_window->language(), u"en"_s);
    QCOMPARE(m_preferences->textScale(), 1.0);
    QCOMPARE(m_window->searchBox()->text(), QString());
    // Undo (Ctrl+Z) must not bring the last reader's search back.
    auto *searchEdit = m_window->searchBox()->findChild<QLineEdit *>();
    QVERIFY(!searchEdit->isUndoAvailable());
    QTest::keyClick(searchEdit, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->searchBox()->text(), QString());
    // Nor the words they looked for in the guide (F3 would look for them again).
    QVERIFY(!m_window->findBar()->isVisible());
    QCOMPARE(m_window->findBar()->text(), QString());
    QVERIFY(!findEdit->isUndoAvailable());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentGuideId(), u"overview"_s, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(bphtest::webView(m_window->articleView())->title(), m_store->guide(u"en"_s, u"overview"_s)->title, 20000);
    QCOMPARE(m_window->articleView()->textScale(), 1.0);
    // The new view is a kiosk's too.
    QCOMPARE(bphtest::webView(m_window->articleView())->contextMenuPolicy(), Qt::NoContextMenu);
    // A new view: no history to go back to, no scroll position.
    QVERIFY(!m_window->articleView()->canGoBack());
    QVERIFY(!m_window->actions()->back->isEnabled());
    QVERIFY(!m_kiosk->idleWarning()->isVisible());
}

void TestKiosk::resetWithAMistypedHomeGuideShowsTheFirstGuide()
{
    // A home_guide the content lacks must not leave the last reader's
    // guide on screen for the next one.
    cleanup();
    m_window = std::make_unique<MainWindow>(*m_store, *m_preferences, u"en"_s, u"sciatica"_s, QElapsedTimer());
    m_kiosk = std::make_unique<KioskController>(*m_window, kioskConfig(m_pinHash, "no-such-guide"), *m_clock);
    m_kiosk->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->articleView() ? bphtest::webView(m_window->articleView())->title() : QString(),
                              m_store->guide(u"en"_s, u"sciatica"_s)->title, 20000);

    m_clock->advance(140'000);
    m_kiosk->poll();
    const QString first = m_store->firstGuideId(u"en"_s);
    QVERIFY(first != u"sciatica"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentGuideId(), first, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(bphtest::webView(m_window->articleView())->title(), m_store->guide(u"en"_s, first)->title, 20000);
}

void TestKiosk::externalLinksBecomeQrCodes()
{
    bool shown = false;
    bphtest::whenDialogOpens<bph::ui::QrCodeDialog>([&](bph::ui::QrCodeDialog *dialog) {
        shown = !dialog->codeImage().isNull();
        dialog->reject();
    });
    m_window->readerSignals()->onExternalLinkRequested(QUrl(u"https://www.nice.org.uk/guidance/ng59"_s));
    QVERIFY(shown);
    QCOMPARE(bphtest::webView(m_window->articleView())->url().scheme(), u"app"_s);
}

void TestKiosk::readOnYourPhone()
{
    const auto pageHtml = [this] {
        QString html;
        bphtest::webView(m_window->articleView())->page()->toHtml([&html](const QString &result) { html = result; });
        if (!QTest::qWaitFor([&html] { return !html.isEmpty(); }, 10000))
            qWarning("the page did not answer");
        return html;
    };
    QTRY_VERIFY_WITH_TIMEOUT(pageHtml().contains(u"href=\"app://phone/overview\""_s), 20000);

    QImage shown;
    bphtest::whenDialogOpens<bph::ui::QrCodeDialog>([&](bph::ui::QrCodeDialog *dialog) {
        shown = dialog->codeImage();
        dialog->reject();
    });
    bphtest::webView(m_window->articleView())->setUrl(QUrl(u"app://phone/overview"_s));
    QTRY_VERIFY(!shown.isNull());
    QCOMPARE(shown, bph::ui::qrCodeImage(u"https://clinic.example/backpain/en/overview"_s));
}

void TestKiosk::urgentResultFillsTheScreen()
{
    m_window->openChecklist();
    QTRY_VERIFY(m_window->checklistDialog() && m_window->checklistDialog()->isVisible());
    auto *dialog = m_window->checklistDialog();
    auto *alert = dialog->findChild<QLabel *>(u"clinicAlert"_s);
    QVERIFY(alert);
    QVERIFY(!alert->isVisible());
    QVERIFY(!dialog->isFullScreen());
    QSignalSpy announced(dialog, &bph::ui::RedFlagDialog::urgentResult);
    auto *yes = dialog->findChild<QRadioButton *>(u"bladder-bowel-control/yes"_s);
    QVERIFY(yes);
    QTest::mouseClick(yes, Qt::LeftButton, {}, QPoint(5, yes->height() / 2));
    QTRY_VERIFY(dialog->isFullScreen());
    QVERIFY(alert->isVisible());
    QCOMPARE(alert->text(), u"Please tell the reception desk now."_s);
    QCOMPARE(announced.count(), 1);
    QVERIFY(announced.first().first().toString().contains(u"Emergency"_s));
    dialog->close();
}

void TestKiosk::urgentMessageFollowsTheLanguage()
{
    // The clinic set no message of its own, so the default is said in the
    // language the reader chose after the kiosk started.
    m_window->setLanguage(u"es"_s);
    m_window->openChecklist();
    QTRY_VERIFY(m_window->checklistDialog() && m_window->checklistDialog()->isVisible());
    auto *dialog = m_window->checklistDialog();
    auto *yes = dialog->findChild<QRadioButton *>(u"bladder-bowel-control/yes"_s);
    QVERIFY(yes);
    QTest::mouseClick(yes, Qt::LeftButton, {}, QPoint(5, yes->height() / 2));
    auto *alert = dialog->findChild<QLabel *>(u"clinicAlert"_s);
    QVERIFY(alert);
    QTRY_VERIFY(alert->isVisible());
    QCOMPARE(alert->text(), u"Por favor, avise ahora en la recepción."_s);
    dialog->close();
}

void TestKiosk::listsScrollByFinger()
{
    QVERIFY(QScroller::hasScroller(m_window->navigator()->viewport()));
    QVERIFY(QScroller::scroller(m_window->navigator()->viewport()));
}

int main(int argc, char *argv[])
{
    bphtest::ReaderTestApp app(argc, argv);
    TestKiosk test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_kiosk.moc"
