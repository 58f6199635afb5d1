// Nothing about a kiosk reader reaches the disk: a whole session (guides,
// search, the checklist, text size, a language switch, an idle reset) runs
// with HOME and the XDG folders in a fresh temporary folder, which must hold
// nothing afterwards; and no log line repeats what the reader typed or read.

#include "pagecontents.h"
#include "readertestapp.h"
#include "readersignals.h"
#include "clock.h"
#include "contentstore.h"
#include "kioskconfig.h"
#include "kioskcontroller.h"
#include "mainwindow.h"
#include "manualclock.h"
#include "preferences.h"
#include "redflagdialog.h"
#include "searchbox.h"

#include <QApplication>
#include <QDirIterator>
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

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next().mid(root.size()));
    return files;
}

} // namespace

class TestKioskPrivacy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aKioskSessionLeavesNothingBehind();
};

void TestKioskPrivacy::aKioskSessionLeavesNothingBehind()
{
    QVERIFY(filesUnder(g_home->path()).isEmpty());
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
        QTest::keyClicks(window.searchBox()->findChild<QLineEdit *>(), u"numbness"_s);
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
    bphtest::ReaderTestApp app(argc, argv);
    QCoreApplication::setOrganizationName(u"BackPainHub"_s);
    QCoreApplication::setApplicationName(u"Back Pain Hub"_s);
    TestKioskPrivacy test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_kioskprivacy.moc"
