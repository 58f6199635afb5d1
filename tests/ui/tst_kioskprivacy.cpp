// Nothing about a kiosk reader reaches the disk: a whole session (guides,
// search, the checklist, text size, a language switch, an idle reset) runs
// with HOME and the XDG folders in a fresh temporary folder, which must hold
// nothing afterwards; and no log line repeats what the reader typed or read.
// tst_kioskprivacy_x11 runs it again under Xvfb with the on-screen keyboard
// (Qt Virtual Keyboard) typing, in both languages. And no input method may
// learn what a reader types in any of the window's text fields.

#include "pagecontents.h"
#include "readertestapp.h"
#include "readersignals.h"
#include "clock.h"
#include "contentstore.h"
#include "kioskconfig.h"
#include "kioskenvironment.h"
#include "kioskcontroller.h"
#include "mainwindow.h"
#include "manualclock.h"
#include "preferences.h"
#include "faqbrowser.h"
#include "findbar.h"
#include "keyboardlanguage.h"
#include "readertextfield.h"
#include "redflagdialog.h"
#include "searchbox.h"

#include <QApplication>
#include <QDirIterator>
#include <QInputMethod>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace {

QTemporaryDir *g_home = nullptr;
QStringList g_log;

void recordMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}

// The files under `root` (folders hold nothing by themselves: the on-screen
// keyboard makes an empty one for its own data as it starts).
QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next().mid(root.size());
        // Under X11, Mesa keeps the OpenGL drawing code it compiles here: the
        // same for every reader, and written by any program that draws.
        if (!file.startsWith(u"/.cache/mesa_shader_cache/"_s))
            files.append(file);
    }
    return files;
}

} // namespace

class TestKioskPrivacy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aKioskSessionLeavesNothingBehind();
    void noInputMethodMayLearnWhatIsTyped();
};

void TestKioskPrivacy::aKioskSessionLeavesNothingBehind()
{
    QVERIFY2(filesUnder(g_home->path()).isEmpty(), qPrintable(filesUnder(g_home->path()).join(u'\n')));
    {
        const auto store = bph::core::ContentStore::openEmbedded();
        QVERIFY(store);
        const auto config = bph::core::KioskConfig::parse("[kiosk]\nenabled = true\nlanguages = en, es\n", u"kiosk.conf"_s);
        bph::core::Preferences preferences(nullptr, config.enabled());  // as main() builds them
        bph::core::ManualClock clock(0);
        bph::ui::MainWindow window(*store, preferences, u"en"_s, u"overview"_s, QElapsedTimer());
        bph::ui::KioskController kiosk(window, config, clock);
        kiosk.start();
        QSignalSpy ready(&window, &bph::ui::MainWindow::articleViewReady);
        QVERIFY(window.articleView() || ready.wait(20000));

        qInstallMessageHandler(recordMessage);
        window.openGuide(u"sciatica"_s);
        QTRY_COMPARE_WITH_TIMEOUT(bphtest::webView(window.articleView())->title(), store->guide(u"en"_s, u"sciatica"_s)->title, 20000);
        auto *searchField = window.searchBox()->findChild<QLineEdit *>();
        if (bph::ui::KeyboardLanguage::keyboardInUse()) {  // the X11 run: a tap brings the keyboard up
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QTest::mouseClick(searchField, Qt::LeftButton);
            QTRY_VERIFY(QGuiApplication::inputMethod()->isVisible());
        }
        QTest::keyClicks(searchField, u"numbness"_s);
        QTest::qWait(500);  // let the search thread answer
        window.setTextScale(1.5);
        window.openChecklist();
        QTRY_VERIFY(window.checklistDialog());
        window.setLanguage(u"es"_s);
        QTRY_COMPARE_WITH_TIMEOUT(bphtest::webView(window.articleView())->title(), store->guide(u"es"_s, u"sciatica"_s)->title, 20000);
        clock.advance(qint64(config.idleTimeoutSeconds() + config.warningCountdownSeconds()) * 1000);
        kiosk.poll();
        QTRY_COMPARE_WITH_TIMEOUT(bphtest::webView(window.articleView())->title(), store->guide(u"en"_s, u"overview"_s)->title, 20000);
        qInstallMessageHandler(nullptr);
        window.allowClose();
    }

    // HOME, XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME and XDG_STATE_HOME
    // all live in g_home. (XDG_RUNTIME_DIR is elsewhere: it is memory, not disk,
    // and the sound client keeps its socket folder there.)
    const QStringList written = filesUnder(g_home->path());
    QVERIFY2(written.isEmpty(), qPrintable(written.join(u'\n')));
    for (const QString &line : std::as_const(g_log)) {
        QVERIFY2(!line.contains(u"numbness"_s, Qt::CaseInsensitive), qPrintable(line));
        QVERIFY2(!line.contains(u"sciatica"_s, Qt::CaseInsensitive), qPrintable(line));
    }
}

void TestKioskPrivacy::noInputMethodMayLearnWhatIsTyped()
{
    const auto store = bph::core::ContentStore::openEmbedded();
    QVERIFY(store);
    bph::core::Preferences preferences(nullptr, true);
    bph::ui::MainWindow window(*store, preferences, u"en"_s, u"overview"_s, QElapsedTimer());
    window.showQuestions();
    const QList<QLineEdit *> fields{window.searchBox()->findChild<QLineEdit *>(),
                                    window.faqBrowser()->findChild<QLineEdit *>(u"faqFilter"_s),
                                    window.findBar()->findChild<QLineEdit *>()};
    for (QLineEdit *field : fields) {
        QVERIFY(field);
        // What an input method is told about the field when it has focus.
        const auto hints = Qt::InputMethodHints(field->inputMethodQuery(Qt::ImHints).toInt());
        QVERIFY2((hints & bph::ui::kPrivateTextHints) == bph::ui::kPrivateTextHints, qPrintable(field->objectName()));
    }
    window.allowClose();
}

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    g_home = &home;
    QTemporaryDir runtime;
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (home.path() + u"/.config"_s).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home.path() + u"/.local/share"_s).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", (home.path() + u"/.cache"_s).toLocal8Bit());
    qputenv("XDG_STATE_HOME", (home.path() + u"/.local/state"_s).toLocal8Bit());
    qputenv("XDG_RUNTIME_DIR", runtime.path().toLocal8Bit());
    bph::core::prepareKioskEnvironment();  // as main() does for a kiosk
    bphtest::ReaderTestApp app(argc, argv);
    QCoreApplication::setOrganizationName(u"BackPainHub"_s);
    QCoreApplication::setApplicationName(u"Back Pain Hub"_s);
    TestKioskPrivacy test;
    return app.execTests(test, argc, argv);
}

#include "tst_kioskprivacy.moc"
