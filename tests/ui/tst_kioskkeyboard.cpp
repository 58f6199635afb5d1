// The kiosk's on-screen keyboard: it follows the reader's language, and the
// search results stay above it. Under Xvfb with Qt Virtual Keyboard
// (tst_kioskkeyboard_x11) the real keyboard is shown, its language read
// back and its place measured; on every platform, which layout a language
// gets and what happens where the keyboard or the module is missing.

#include "contentstore.h"
#include "keyboardlanguage.h"
#include "mainwindow.h"
#include "preferences.h"
#include "readertestapp.h"
#include "searchbox.h"
#include "searchpopup.h"

#include <QApplication>
#include <QInputMethod>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using bph::ui::KeyboardLanguage;
using bph::ui::keyboardLocaleName;

namespace {

// The tests that show the keyboard run in ctest's tst_kioskkeyboard_x11
// only (tests/ui/CMakeLists.txt names them); elsewhere they fail, saying so.
constexpr char kNeedsKeyboard[] = "needs the on-screen keyboard on X11: run it as ctest's tst_kioskkeyboard_x11";

// QT_IM_MODULE set to `value` while it lives, then as it was.
class InputMethodFor
{
public:
    explicit InputMethodFor(const QByteArray &value) : m_saved(qgetenv("QT_IM_MODULE")) { qputenv("QT_IM_MODULE", value); }
    ~InputMethodFor() { qputenv("QT_IM_MODULE", m_saved); }
    Q_DISABLE_COPY_MOVE(InputMethodFor)

private:
    const QByteArray m_saved;
};

} // namespace

class TestKioskKeyboard final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_store); }
    void systemLayoutWhereItSpeaksTheLanguage();
    void usualLayoutOtherwise();
    void nothingHappensWithoutTheKeyboard();
    void missingModuleIsLoggedOnceAndTypingGoesOn();
    void keyboardStartsInTheLanguageChosenBeforeIt();  // first: before any test shows the keyboard
    void keyboardSwitchesWhileShown();
    void readerSwitchingLanguageSwitchesTheKeyboard();
    void searchResultsStayAboveTheKeyboard();
    void choosingAResultPutsTheKeyboardAway();

private:
    static bool realKeyboard() { return KeyboardLanguage::keyboardInUse() && QGuiApplication::platformName() == "xcb"_L1; }
    static QLocale::Language shownLanguage() { return QGuiApplication::inputMethod()->locale().language(); }
    static bool showKeyboardFor(QLineEdit &field);
    static bool showWithKeyboardUp(bph::ui::MainWindow &window);

    std::unique_ptr<bph::core::ContentStore> m_store = bph::core::ContentStore::openEmbedded();
    bph::core::Preferences m_preferences{nullptr, true};  // as a kiosk's
};

// Shows `window` full screen, as a kiosk's, and taps its search box.
bool TestKioskKeyboard::showWithKeyboardUp(bph::ui::MainWindow &window)
{
    window.showFullScreen();
    window.activateWindow();
    auto *searchField = window.searchBox()->findChild<QLineEdit *>();
    if (!QTest::qWaitForWindowExposed(&window) || !searchField)
        return false;
    QTest::mouseClick(searchField, Qt::LeftButton);
    return QTest::qWaitFor([] { return QGuiApplication::inputMethod()->isVisible(); });
}

// Shows `field` and, as a tap on it would, the on-screen keyboard.
bool TestKioskKeyboard::showKeyboardFor(QLineEdit &field)
{
    field.show();
    field.activateWindow();
    if (!QTest::qWaitForWindowActive(&field))
        return false;
    field.setFocus();
    QGuiApplication::inputMethod()->show();
    return QTest::qWaitFor([] { return QGuiApplication::inputMethod()->isVisible(); });
}

void TestKioskKeyboard::systemLayoutWhereItSpeaksTheLanguage()
{
    QCOMPARE(keyboardLocaleName(u"en"_s, QLocale(u"en_GB"_s)), u"en_GB"_s);
    QCOMPARE(keyboardLocaleName(u"es"_s, QLocale(u"es_MX"_s)), u"es_MX"_s);
}

void TestKioskKeyboard::usualLayoutOtherwise()
{
    QCOMPARE(keyboardLocaleName(u"es"_s, QLocale(u"en_GB"_s)), u"es_ES"_s);
    QCOMPARE(keyboardLocaleName(u"en"_s, QLocale(u"es_MX"_s)), u"en_US"_s);
    QCOMPARE(keyboardLocaleName(u"es"_s, QLocale::c()), u"es_ES"_s);
}

void TestKioskKeyboard::nothingHappensWithoutTheKeyboard()
{
    const InputMethodFor desktop("");
    QTemporaryDir noModules;
    KeyboardLanguage language({noModules.path()});
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    language.follow(u"es"_s);  // no module looked for, so nothing logged
    QVERIFY(language.keyboardLocale().isEmpty());
}

void TestKioskKeyboard::missingModuleIsLoggedOnceAndTypingGoesOn()
{
    const InputMethodFor kiosk("qtvirtualkeyboard");
    QTemporaryDir noModules;
    KeyboardLanguage language({noModules.path()});
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^the on-screen keyboard stays in its own language: "
                                                          "the keyboard language module \\(bph_keyboard\\) was not found in "_s
                                                          + QRegularExpression::escape(noModules.path())));
    QTest::failOnWarning(QRegularExpression(u".*"_s));  // any other warning, such as the same one again
    language.follow(u"es"_s);
    language.follow(u"en"_s);
    QVERIFY(language.keyboardLocale().isEmpty());
}

void TestKioskKeyboard::keyboardSwitchesWhileShown()
{
    QVERIFY2(realKeyboard(), kNeedsKeyboard);
    QLineEdit field;
    QVERIFY(showKeyboardFor(field));

    KeyboardLanguage language;  // looks where the app looks
    language.follow(u"es"_s);
    QCOMPARE(language.keyboardLocale(), keyboardLocaleName(u"es"_s, QLocale::system()));
    QTRY_COMPARE(shownLanguage(), QLocale::Spanish);
    language.follow(u"en"_s);
    QTRY_COMPARE(shownLanguage(), QLocale::English);
    QGuiApplication::inputMethod()->hide();
}

void TestKioskKeyboard::keyboardStartsInTheLanguageChosenBeforeIt()
{
    QVERIFY2(realKeyboard(), kNeedsKeyboard);
    KeyboardLanguage language;  // looks where the app looks
    language.follow(u"es"_s);
    QLineEdit field;
    QVERIFY(showKeyboardFor(field));
    QTRY_COMPARE(shownLanguage(), QLocale::Spanish);
}

void TestKioskKeyboard::readerSwitchingLanguageSwitchesTheKeyboard()
{
    QVERIFY2(realKeyboard(), kNeedsKeyboard);
    bph::ui::MainWindow window(*m_store, m_preferences, u"en"_s, u"overview"_s, {});
    QVERIFY(showWithKeyboardUp(window));

    window.setLanguage(u"es"_s);  // the toolbar's Español
    QTRY_COMPARE(shownLanguage(), QLocale::Spanish);
    window.setLanguage(u"en"_s);
    QTRY_COMPARE(shownLanguage(), QLocale::English);
}

void TestKioskKeyboard::searchResultsStayAboveTheKeyboard()
{
    QVERIFY2(realKeyboard(), kNeedsKeyboard);
    bph::ui::MainWindow window(*m_store, m_preferences, u"en"_s, u"overview"_s, {});
    QVERIFY(showWithKeyboardUp(window));
    auto *searchField = window.searchBox()->findChild<QLineEdit *>();
    QTest::keyClicks(searchField, u"pain"_s);  // matches more guides than the list shows at once
    auto *popup = window.findChild<bph::ui::SearchPopup *>();
    QVERIFY(popup);
    QTRY_VERIFY(popup->isVisible() && popup->resultCount() > 3);

    const QRect list = popup->geometry().translated(window.mapToGlobal(QPoint(0, 0)));
    const QRectF keyboard = QGuiApplication::inputMethod()->keyboardRectangle();
    QVERIFY(!keyboard.isEmpty());
    QVERIFY2(list.bottom() < keyboard.top(), qPrintable(u"the list ends at %1, the keyboard starts at %2"_s
                                                               .arg(list.bottom()).arg(keyboard.top())));
    QVERIFY2(list.height() > 3 * searchField->height(), "the list is squeezed to nothing");

    // The keyboard going and coming back moves the list's end with it.
    const int heightAboveKeyboard = popup->height();
    QGuiApplication::inputMethod()->hide();
    QTRY_VERIFY(popup->height() > heightAboveKeyboard);
    QGuiApplication::inputMethod()->show();
    QTRY_COMPARE(popup->height(), heightAboveKeyboard);
    window.allowClose();
}

void TestKioskKeyboard::choosingAResultPutsTheKeyboardAway()
{
    QVERIFY2(realKeyboard(), kNeedsKeyboard);
    bph::ui::MainWindow window(*m_store, m_preferences, u"en"_s, u"overview"_s, {});
    QVERIFY(showWithKeyboardUp(window));
    QSignalSpy opened(window.searchBox(), &bph::ui::SearchBox::guideRequested);
    auto *searchField = window.searchBox()->findChild<QLineEdit *>();
    QTest::keyClicks(searchField, u"sciatica"_s);
    QTRY_VERIFY(window.findChild<bph::ui::SearchPopup *>()->isVisible());
    QTest::keyClick(searchField, Qt::Key_Return);  // the keyboard's Enter: the first result
    QCOMPARE(opened.count(), 1);
    QTRY_VERIFY(!QGuiApplication::inputMethod()->isVisible());
    window.allowClose();
}

int main(int argc, char *argv[])
{
    bphtest::ReaderTestApp app(argc, argv);  // finds our modules in the build tree, as the app beside itself
    TestKioskKeyboard test;
    return app.execTests(test, argc, argv);
}

#include "tst_kioskkeyboard.moc"
