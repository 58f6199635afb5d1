// The reader's window when the computer lets it down: preferences that cannot
// be saved (a settings folder that cannot be made, a full disk), interface
// translations that are missing, no speech engine, no printer, and a guide
// viewer module that is missing or damaged. Each time
// the reader gets one plain sentence and everything else keeps working.
//
// This program runs as a computer with no speech engine and no printing
// support: main() gives Qt a plugin folder without those two kinds. The
// settings faults work as root too: a folder whose parent is a regular file
// cannot be made by anyone, and RLIMIT_FSIZE fails writes as a full disk
// does (../fulldisk.h).

#include "../settingsfault.h"
#include "readertestapp.h"
#include "readersignals.h"
#include "contentstore.h"
#include "faqbrowser.h"
#include "mainwindow.h"
#include "pagecontents.h"
#include "preferences.h"
#include "readaloud.h"
#include "readeractions.h"
#include "redflagdialog.h"
#include "uitranslator.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrinterInfo>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextToSpeech>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;
using bph::core::Preferences;
using bph::core::Theme;
using bph::ui::MainWindow;
using bphtest::FullDisk;

namespace {

constexpr int kPageTimeoutMs = 20000;

const QString kUnsaved = u"Your preferences could not be saved, so changes last only until you close the app."_s;
const QString kUntranslatedSpanish = u"The menus and buttons are not available in Español, so they stay in English."_s;
const QString kNoEngine = u"No speech engine is installed on this computer."_s;
const QString kNoPrinterGuide = u"No printer is set up on this computer. You can save the guide as a PDF instead."_s;
const QString kNoGuideViewer = u"Guides cannot be shown on this computer, because the guide viewer did not start. "
                                "Questions, search and the red-flag checklist still work."_s;
const QString kNoGuideViewerSpanish = u"Las guías no se pueden mostrar en este equipo, porque el visor de guías no se inició."_s;
const QString kNoPrinterSummary = u"No printer is set up on this computer. Save the summary as a PDF instead."_s;

// Runs `answer` on the first modal dialog of type T that appears while the
// caller's own modal loop runs.
template <typename T>
class ModalAnswerer final
{
public:
    explicit ModalAnswerer(std::function<void(T *)> answer) : m_answer(std::move(answer))
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget()); dialog && !m_seen) {
                m_seen = true;
                m_answer(dialog);
            }
        });
        m_timer.start(50);
    }
    bool seen() const { return m_seen; }

private:
    std::function<void(T *)> m_answer;
    QTimer m_timer;
    bool m_seen = false;
};

// Types a path into a save dialog and presses Save, as a reader would.
// (selectFile() leaves alone a name box that has the focus.)
void typeFileName(QFileDialog *dialog, const QString &path)
{
    auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
    if (!name) {
        dialog->reject();  // or the test would wait on it for ever
        QFAIL("the save dialog has no file name box");
    }
    name->setText(path);
    static_cast<QDialog *>(dialog)->accept();  // public there; the Save button calls it
}

} // namespace

class TestFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unsavedPreferencesAreExplained_data();
    void unsavedPreferencesAreExplained();
    void madeUpLanguageFallsBackToEnglish();
    void missingQtTranslationKeepsTheApp();
    void missingInterfaceTranslationIsExplained_data();
    void missingInterfaceTranslationIsExplained();
    void noSpeechEngineDisablesReadAloud();
    void noPrinterOffersPdf();
    void missingGuideViewerIsExplained_data();
    void missingGuideViewerIsExplained();

private:
    std::unique_ptr<MainWindow> openWindow(Preferences &preferences, const QString &lang,
                                           const bph::ui::TranslationFiles &translations = {});

    std::unique_ptr<bph::core::ContentStore> m_store;
    QTemporaryDir m_dir;
};

void TestFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_store = bph::core::ContentStore::openEmbedded();
    QVERIFY(m_store);
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<MainWindow> TestFaults::openWindow(Preferences &preferences, const QString &lang,
                                                   const bph::ui::TranslationFiles &translations)
{
    auto window = std::make_unique<MainWindow>(*m_store, preferences, lang, u"overview"_s, QElapsedTimer(), translations);
    QSignalSpy ready(window.get(), &MainWindow::articleViewReady);
    window->show();
    if (!ready.wait(kPageTimeoutMs))
        return nullptr;
    QSignalSpy shown(window->readerSignals(), &bph::ui::ReaderSignals::guideShown);
    if (!shown.wait(kPageTimeoutMs))
        return nullptr;
    return window;
}

void TestFaults::unsavedPreferencesAreExplained_data()
{
    bphtest::addSettingsFaultRows();
}

void TestFaults::unsavedPreferencesAreExplained()
{
    QFETCH(bphtest::SettingsFault, fault);
    const QString path = bphtest::settingsPathFor(fault, QDir(m_dir.path()));
    QVERIFY(!path.isEmpty());
    // The first guide opened is already a preference the app cannot keep.
    if (fault == bphtest::SettingsFault::FolderIsAFile)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^Your preferences could not be saved to "_s));
    Preferences preferences(std::make_unique<QSettings>(path, QSettings::IniFormat));
    auto window = openWindow(preferences, u"en"_s);
    QVERIFY(window);
    if (fault == bphtest::SettingsFault::FolderIsAFile) {
        QTRY_COMPARE(window->statusBar()->currentMessage(), kUnsaved);
        window->statusBar()->clearMessage();
    } else {
        QCOMPARE(window->statusBar()->currentMessage(), QString());
    }

    // A bigger text: it cannot be kept, and the window says so, once.
    {
        std::optional<FullDisk> full;
        if (fault == bphtest::SettingsFault::DiskFull) {
            full.emplace();
            QVERIFY(full->isActive());
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^Your preferences could not be saved to "_s));
        }
        window->actions()->textLarger->trigger();
    }
    QVERIFY(!preferences.saveError().isEmpty());
    QCOMPARE(window->statusBar()->currentMessage(), fault == bphtest::SettingsFault::DiskFull ? kUnsaved : QString());
    // ...and the text is bigger all the same.
    QCOMPARE(window->articleView()->textScale(), 1.1);

    // Everything else still works for the session, without repeating the notice.
    window->statusBar()->clearMessage();
    window->actions()->themeAction(Theme::Dark)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(bphtest::pageHtml(*window->articleView()).contains(u"data-theme=\"dark\""_s), kPageTimeoutMs);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    window->openGuide(u"inflammation"_s);
    QTRY_COMPARE_WITH_TIMEOUT(bphtest::webView(window->articleView())->title(),
                              m_store->guide(u"en"_s, u"inflammation"_s)->title, kPageTimeoutMs);
    QCOMPARE(window->statusBar()->currentMessage(), QString());
    window->setTheme(Theme::System);
}

void TestFaults::madeUpLanguageFallsBackToEnglish()
{
    bph::ui::UiTranslator translator;
    QVERIFY(translator.setLanguage(u"es"_s));
    QCOMPARE(QCoreApplication::translate("bph::ui::ReaderActions", "Questions"), u"Preguntas"_s);

    QTest::ignoreMessage(QtWarningMsg, "No translation of the interface into 'xx' was found; it stays in English.");
    QVERIFY(!translator.setLanguage(u"xx"_s));
    QCOMPARE(translator.language(), u"en"_s);
    QCOMPARE(QCoreApplication::translate("bph::ui::ReaderActions", "Questions"), u"Questions"_s);
}

void TestFaults::missingQtTranslationKeepsTheApp()
{
    {
        // With Qt's translations where they belong, its own words change too.
        bph::ui::UiTranslator withQt;
        QVERIFY(withQt.setLanguage(u"es"_s));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancelar"_s);
    }
    // Qt's own words (standard buttons) are optional: the app's still load.
    QTemporaryDir noQtTranslations;
    bph::ui::UiTranslator translator(nullptr, {{}, noQtTranslations.path()});
    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(u"^Qt's own translation into 'es' was not found in .*; "
                                                       "standard buttons stay in English\\.$"_s));
    QVERIFY(translator.setLanguage(u"es"_s));
    QCOMPARE(translator.language(), u"es"_s);
    QCOMPARE(QCoreApplication::translate("bph::ui::ReaderActions", "Questions"), u"Preguntas"_s);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
}

void TestFaults::missingInterfaceTranslationIsExplained_data()
{
    QTest::addColumn<bool>("pickedFromMenu");
    QTest::newRow("picked from the Language menu") << true;
    QTest::newRow("kept from last time") << false;
}

void TestFaults::missingInterfaceTranslationIsExplained()
{
    QFETCH(bool, pickedFromMenu);
    // A build whose translation files are missing: an empty folder.
    QTemporaryDir noTranslations;
    const bph::ui::TranslationFiles translations{noTranslations.filePath(u"backpainhub_"_s), noTranslations.path()};
    Preferences preferences(std::make_unique<QSettings>(m_dir.filePath(u"languages.ini"_s), QSettings::IniFormat));
    const QString warning = u"No translation of the interface into 'es' was found; it stays in English."_s;
    if (!pickedFromMenu)
        QTest::ignoreMessage(QtWarningMsg, qPrintable(warning));
    auto window = openWindow(preferences, pickedFromMenu ? u"en"_s : u"es"_s, translations);
    QVERIFY(window);
    if (pickedFromMenu) {
        QCOMPARE(window->statusBar()->currentMessage(), QString());
        QTest::ignoreMessage(QtWarningMsg, qPrintable(warning));
        window->actions()->languageAction(u"es"_s)->trigger();
    }

    // The guides change language; the menus stay in English and say why.
    QCOMPARE(window->language(), u"es"_s);
    QCOMPARE(window->statusBar()->currentMessage(), kUntranslatedSpanish);
    QCOMPARE(window->actions()->questions->text(), u"Questions"_s);
    QTRY_COMPARE_WITH_TIMEOUT(bphtest::webView(window->articleView())->title(),
                              m_store->guide(u"es"_s, u"overview"_s)->title, kPageTimeoutMs);
    QCOMPARE(window->navigator()->model()->index(0, 0).data().toString(), m_store->topics(u"es"_s).first().title);
    window->openGuide(u"inflammation"_s);
    QTRY_COMPARE_WITH_TIMEOUT(bphtest::webView(window->articleView())->title(),
                              m_store->guide(u"es"_s, u"inflammation"_s)->title, kPageTimeoutMs);

    // Back to English, which needs no file: the notice goes.
    window->setLanguage(u"en"_s);
    QCOMPARE(window->statusBar()->currentMessage(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(bphtest::webView(window->articleView())->title(),
                              m_store->guide(u"en"_s, u"inflammation"_s)->title, kPageTimeoutMs);
}

void TestFaults::noSpeechEngineDisablesReadAloud()
{
    QVERIFY2(QTextToSpeech::availableEngines().isEmpty(), "main() should have hidden every speech engine");
    Preferences preferences(std::make_unique<QSettings>(m_dir.filePath(u"speech.ini"_s), QSettings::IniFormat));
    auto window = openWindow(preferences, u"en"_s);
    QVERIFY(window);
    QVERIFY(window->readAloud());
    QVERIFY(!window->readAloud()->isAvailable());
    QCOMPARE(window->readAloud()->unavailableReason(), kNoEngine);

    // The control is there, off, and says why; so is the speed.
    auto *play = window->toolBar()->findChild<QToolButton *>(u"readAloudPlay"_s);
    auto *speed = window->toolBar()->findChild<QComboBox *>(u"readAloudSpeed"_s);
    QVERIFY(play && speed);
    QTRY_VERIFY(play->isVisible());  // added once the first guide is shown
    QVERIFY(!play->isEnabled());
    QCOMPARE(play->toolTip(), kNoEngine);
    QCOMPARE(play->accessibleDescription(), kNoEngine);
    QVERIFY(!speed->isEnabled());
    QCOMPARE(speed->toolTip(), kNoEngine);

    // The rest of the reader: the next guide, bigger text, the questions.
    window->openGuide(u"inflammation"_s);
    QTRY_COMPARE_WITH_TIMEOUT(bphtest::webView(window->articleView())->title(),
                              m_store->guide(u"en"_s, u"inflammation"_s)->title, kPageTimeoutMs);
    QVERIFY(!play->isEnabled());
    QCOMPARE(play->toolTip(), kNoEngine);
    window->actions()->textLarger->trigger();
    QCOMPARE(window->articleView()->textScale(), 1.1);
    window->actions()->textReset->trigger();
    window->showQuestions();
    QVERIFY(window->faqBrowser()->isVisible());
}

void TestFaults::noPrinterOffersPdf()
{
    QVERIFY2(QPrinterInfo::availablePrinterNames().isEmpty(), "main() should have hidden every printer");
    Preferences preferences(std::make_unique<QSettings>(m_dir.filePath(u"printer.ini"_s), QSettings::IniFormat));
    auto window = openWindow(preferences, u"en"_s);
    QVERIFY(window);

    // Print says there is no printer, and offers the PDF.
    QString title;
    QString text;
    {
        ModalAnswerer<QMessageBox> answerer([&](QMessageBox *box) {
            title = box->windowTitle();
            text = box->text();
            box->accept();
        });
        window->actions()->print->trigger();
        QVERIFY(answerer.seen());
    }
    QCOMPARE(title, u"No printer"_s);
    QCOMPARE(text, kNoPrinterGuide);

    // Save as PDF, chosen the way a reader chooses it, still works.
    const QString guidePdf = m_dir.filePath(u"overview.pdf"_s);
    QSignalSpy saved(window->readerSignals(), &bph::ui::ReaderSignals::pdfSaved);
    {
        ModalAnswerer<QFileDialog> answerer([&](QFileDialog *dialog) {
            typeFileName(dialog, guidePdf);
        });
        window->actions()->savePdf->trigger();
        QVERIFY(answerer.seen());
    }
    QVERIFY(saved.wait(30000));
    QCOMPARE(saved.last().at(0).toString(), guidePdf);
    QCOMPARE(saved.last().at(1).toBool(), true);
    QFile pdf(guidePdf);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QCOMPARE(window->statusBar()->currentMessage(), u"Saved %1"_s.arg(guidePdf));

    // The checklist: Print is off and says why; Save as PDF works.
    window->openChecklist();
    auto *checklist = window->checklistDialog();
    QVERIFY(checklist);
    auto *print = checklist->findChild<QPushButton *>(u"printSummary"_s);
    auto *save = checklist->findChild<QPushButton *>(u"saveSummary"_s);
    QVERIFY(print && save);
    QVERIFY(!print->isEnabled());
    QCOMPARE(print->toolTip(), kNoPrinterSummary);
    QCOMPARE(print->accessibleDescription(), kNoPrinterSummary);
    QVERIFY(save->isEnabled());
    const QString summaryPdf = m_dir.filePath(u"summary.pdf"_s);
    {
        ModalAnswerer<QFileDialog> answerer([&](QFileDialog *dialog) {
            typeFileName(dialog, summaryPdf);
        });
        save->click();
        QVERIFY(answerer.seen());
    }
    QFile summary(summaryPdf);
    QVERIFY(summary.open(QIODevice::ReadOnly));
    QVERIFY(summary.read(5) == "%PDF-");
    checklist->close();
}

void TestFaults::missingGuideViewerIsExplained_data()
{
    QTest::addColumn<QByteArray>("moduleBytes");  // null: no module file at all
    QTest::newRow("not installed") << QByteArray();
    QTest::newRow("damaged") << QByteArray("not a library\n");
}

void TestFaults::missingGuideViewerIsExplained()
{
    QFETCH(QByteArray, moduleBytes);
#ifdef Q_OS_WIN
    const QString moduleName = u"bph_reader.dll"_s;
#else
    const QString moduleName = u"libbph_reader.so"_s;
#endif
    // Qt's library paths without the build's module, plus a folder that holds
    // a damaged one or nothing.
    QTemporaryDir folder;
    if (!moduleBytes.isNull()) {
        QFile module(folder.filePath(moduleName));
        QVERIFY(module.open(QIODevice::WriteOnly) && module.write(moduleBytes) == moduleBytes.size());
    }
    const QStringList paths = QCoreApplication::libraryPaths();
    const auto restorePaths = qScopeGuard([&paths] { QCoreApplication::setLibraryPaths(paths); });
    QStringList withoutModule = paths;
    withoutModule.removeAll(QStringLiteral(BPH_READER_BUILD_DIR));
    QCoreApplication::setLibraryPaths(withoutModule << folder.path());

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^no guide viewer: "_s));
    Preferences preferences(std::make_unique<QSettings>(m_dir.filePath(u"viewer.ini"_s), QSettings::IniFormat));
    MainWindow window(*m_store, preferences, u"en"_s, u"overview"_s, QElapsedTimer());
    window.show();
    auto *notice = window.findChild<QLabel *>(u"readerPlaceholder"_s);
    QVERIFY(notice);
    QTRY_VERIFY(notice->text().startsWith(kNoGuideViewer));
    QVERIFY(notice->isVisible());
    QVERIFY(!window.articleView());
    // The detail names what is wrong, for whoever looks after the computer.
    if (moduleBytes.isNull())
        QVERIFY2(notice->text().contains(u"was not found in"_s), qPrintable(notice->text()));
    else
        QVERIFY2(notice->text().contains(QDir::toNativeSeparators(folder.filePath(moduleName))), qPrintable(notice->text()));

    // Everything else works: the topics, the questions, the checklist.
    QCOMPARE(window.navigator()->model()->index(0, 0).data().toString(), m_store->topics(u"en"_s).first().title);
    window.openGuide(u"inflammation"_s);  // nothing to show it in, and no crash
    window.showQuestions();
    QVERIFY(window.faqBrowser()->isVisible());
    window.openChecklist();
    QTRY_VERIFY(window.checklistDialog() && window.checklistDialog()->isVisible());
    window.checklistDialog()->reject();

    // A reader who switches to Spanish reads why in Spanish, the detail unchanged.
    const QString forAdmins = u"For whoever looks after this computer: "_s;
    const QString detail = notice->text().mid(notice->text().indexOf(forAdmins) + forAdmins.size());
    window.setLanguage(u"es"_s);
    QTRY_VERIFY2(notice->text().startsWith(kNoGuideViewerSpanish), qPrintable(notice->text()));  // LanguageChange is posted
    QVERIFY2(notice->text().endsWith(u"Para quien se encarga de este equipo: "_s + detail), qPrintable(notice->text()));
}

namespace {

// A plugin folder like Qt's own, less the speech engines and print support.
bool hideSpeechAndPrinting(const QTemporaryDir &folder)
{
    const QDir plugins(QLibraryInfo::path(QLibraryInfo::PluginsPath));
    for (const QString &type : plugins.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (type == "texttospeech"_L1 || type == "printsupport"_L1)
            continue;
        if (!QFile::link(plugins.filePath(type), folder.filePath(type)))
            return false;
    }
    QCoreApplication::setLibraryPaths({folder.path()});
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    bphtest::ReaderTestApp app(argc, argv);
    // Set before the first speech engine or printer is looked for: Qt
    // searches a plugin type's folders when it first needs that type.
    const QTemporaryDir plugins;
    if (!hideSpeechAndPrinting(plugins)) {
        qCritical("Could not make a plugin folder without speech and printing in %s", qPrintable(plugins.path()));
        return 1;
    }
    QCoreApplication::addLibraryPath(QStringLiteral(BPH_READER_BUILD_DIR));  // again: the plugin folder replaced the paths
    TestFaults test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_faults.moc"
