// Memory of Back Pain Hub's reader window: the app's own MainWindow, built
// as app/main.cpp builds it, in this bench process (driving the real app
// from outside would need a test hook in it). Prints the total PSS of this
// process and its QtWebEngine processes, in KiB:
//   pss start N   the first guide shown
//   pss guides N  after opening every guide in every language
//   pss warm N    after the soak's first tenth
//   pss soak N    after --navigations guide openings and --searches
//                 searches typed into the toolbar box, spread evenly
// and a single reading (progress) every tenth between. --pages DIR writes
// each guide page, as the app serves it but with its style sheet inline,
// for bare_webview (--memory, --page) to load the same pages; with
// --pages-only it stops there, after naming the first page and its
// background colour.

#include "readerloader.h"
#include "readerstyle.h"
#include "readersignals.h"
#include "contentstore.h"
#include "guidehtml.h"
#include "mainwindow.h"
#include "preferences.h"
#include "processmemory.h"
#include "searchbox.h"
#include "searchcontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <unistd.h>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr int kStepLimitMs = 60000;  // a page or a search that takes longer is a failure, not a figure

const QStringList kQueries = {u"sciatica"_s, u"numb"_s, u"sleep"_s, u"siatica"_s, u"posture"_s,
                              u"inflamation"_s, u"xqzvbnm"_s, u"disc"_s, u"pregnancy"_s, u"walking"_s};

// The settled figure (see settledTreePssKiB), or one reading for progress lines.
void printPss(const char *stage, const QString &note = {}, bool settled = true)
{
    const qint64 kib = settled ? bph::bench::settledTreePssKiB(getpid()) : bph::bench::treePssKiB(getpid());
    std::printf("pss %s %lld%s%s\n", stage, static_cast<long long>(kib),
                note.isEmpty() ? "" : "  ", qPrintable(note));
    std::fflush(stdout);
    if (settled)  // which process holds it, for finding where growth is
        std::fprintf(stderr, "bench_memory: %s by process: %s\n", stage, qPrintable(bph::bench::treePssByRole(getpid())));
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_memory: %s\n", qPrintable(message));
    std::exit(1);
}

QStringList guideIds(const bph::core::ContentStore &store, const QString &lang)
{
    QStringList ids;
    for (const auto &topic : store.topics(lang))
        for (const auto &guide : topic.guides)
            if (!ids.contains(guide.id))
                ids.append(guide.id);
    return ids;
}

// Every guide page of `lang` as GuidePages makes it (style sheet inline),
// for bare_webview to show with setHtml.
void writePages(const bph::core::ContentStore &store, const QString &lang, const QString &folder)
{
    for (const auto &topic : store.topics(lang)) {
        for (const auto &entry : topic.guides) {
            const auto guide = store.guide(lang, entry.id);
            if (!guide)
                continue;
            bph::ui::GuidePageContext context;
            context.topicTitle = topic.title;
            context.hasQuestions = !store.faqsForGuide(lang, entry.id).isEmpty();
            const QString html = bph::ui::guidePageHtml(*guide, context);
            QFile out(folder + u'/' + lang + u'-' + entry.id + u".html"_s);
            if (!out.open(QIODevice::WriteOnly) || out.write(html.toUtf8()) < 0)
                fail(u"cannot write "_s + out.fileName());
        }
    }
}

// Does what a reader does to the window, and waits for each step to finish.
class Driver final
{
public:
    explicit Driver(bph::ui::MainWindow &window) : m_window(window) {}
    Q_DISABLE_COPY_MOVE(Driver)

    // Opens guide `id` as the navigator and links do, and waits until its page has loaded.
    void openGuide(const QString &id)
    {
        m_shown.clear();
        m_window.openGuide(id);
        waitFor([&] { return m_shown == id; }, u"guide "_s + id);
    }

    void setLanguage(const QString &lang)
    {
        const QString current = m_window.currentGuideId();
        m_shown.clear();
        m_window.setLanguage(lang);
        waitFor([&] { return m_shown == current; }, u"guide "_s + current + u" in "_s + lang);
    }

    // Types `query` into the toolbar's box, waits for the search thread's
    // answer, then empties the box.
    void search(const QString &query)
    {
        m_answered.clear();
        m_field->setText(query);
        waitFor([&] { return m_answered == query; }, u"search "_s + query);
        m_field->clear();
    }

    void attach()
    {
        m_field = m_window.searchBox()->findChild<QLineEdit *>(u"searchField"_s);
        auto *controller = m_window.searchBox()->findChild<bph::core::SearchController *>();
        if (!m_field || !controller)
            fail(u"the search box has changed: no searchField or SearchController"_s);
        // The pause in typing is for people; thousands of searches would
        // spend minutes waiting for it. The query still goes to the thread.
        controller->setDebounceInterval(std::chrono::milliseconds(0));
        QObject::connect(controller, &bph::core::SearchController::resultsReady, controller,
                         [this](const QString &query) {
                             m_answered = query;
                             if (m_waiting)
                                 m_waiting->quit();
                         });
        QObject::connect(m_window.readerSignals(), &bph::ui::ReaderSignals::guideShown, m_window.readerSignals(),
                         [this](const QString &id) {
                             m_shown = id;
                             if (m_waiting)
                                 m_waiting->quit();
                         });
    }

private:
    // An event loop woken by the signals above, not QTest::qWaitFor: its
    // 10 ms sleeps between rounds of events made every page take 2 s.
    void waitFor(const std::function<bool()> &done, const QString &what)
    {
        QElapsedTimer elapsed;
        elapsed.start();
        while (!done()) {
            if (elapsed.hasExpired(kStepLimitMs))
                fail(what + u" did not finish"_s);
            QEventLoop loop;
            m_waiting = &loop;
            QTimer::singleShot(kStepLimitMs, &loop, &QEventLoop::quit);
            loop.exec();
            m_waiting = nullptr;
        }
    }

    bph::ui::MainWindow &m_window;
    QLineEdit *m_field = nullptr;
    QEventLoop *m_waiting = nullptr;
    QString m_shown;
    QString m_answered;
};


} // namespace

int main(int argc, char *argv[])
{
    bph::ui::prepareForReaderModule();
    QApplication app(argc, argv);
    QApplication::setStyle(new bph::ui::ReaderStyle);  // as app/main.cpp
    QCoreApplication::addLibraryPath(QStringLiteral(BPH_READER_BUILD_DIR));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"navigations"_s, u"Guide openings in the soak (default 10000)."_s, u"n"_s, u"10000"_s});
    parser.addOption({u"searches"_s, u"Searches in the soak (default 2000)."_s, u"n"_s, u"2000"_s});
    parser.addOption({u"pages"_s, u"Write every guide page into this folder first."_s, u"folder"_s});
    parser.addOption({u"pages-only"_s, u"Only write the pages (--pages), then exit."_s});
    parser.process(app);
    const int navigations = parser.value(u"navigations"_s).toInt();
    const int searches = parser.value(u"searches"_s).toInt();

    const auto store = bph::core::ContentStore::openEmbedded();
    if (!store)
        fail(u"the built-in content cannot be opened"_s);
    const QString lang = store->languages().contains(u"en"_s) ? u"en"_s : store->languages().value(0);
    if (parser.isSet(u"pages"_s)) {
        QDir().mkpath(parser.value(u"pages"_s));
        for (const QString &each : store->languages())
            writePages(*store, each, parser.value(u"pages"_s));
        if (parser.isSet(u"pages-only"_s)) {
            // The page a new reader sees first.
            std::printf("first %s-%s.html\n", qPrintable(lang), qPrintable(store->firstGuideId(lang)));
            // And the colour the app's view waits for it in (a new reader's theme).
            std::printf("background %s\n", qPrintable(bph::ui::guidePageBackground(u"light"_s).name()));
            return 0;
        }
    }

    // The reader's preferences in a throw-away file, never the user's.
    QTemporaryDir settingsDir;
    bph::core::Preferences preferences(
            std::make_unique<QSettings>(settingsDir.filePath(u"settings.ini"_s), QSettings::IniFormat));
    const QString first = store->firstGuideId(lang);
    bph::ui::MainWindow window(*store, preferences, lang, first, QElapsedTimer());
    Driver driver(window);
    QEventLoop firstGuide;
    QObject::connect(window.readerSignals(), &bph::ui::ReaderSignals::guideShown, &firstGuide, &QEventLoop::quit);
    QTimer firstGuideLimit;
    firstGuideLimit.setSingleShot(true);
    QObject::connect(&firstGuideLimit, &QTimer::timeout, [] { fail(u"the first guide was not shown"_s); });
    firstGuideLimit.start(kStepLimitMs);
    window.show();
    firstGuide.exec();
    firstGuideLimit.stop();
    driver.attach();
    printPss("start");

    int opened = 0;
    for (const QString &each : store->languages()) {
        if (each != window.language())
            driver.setLanguage(each);
        for (const QString &id : guideIds(*store, each)) {
            if (id != window.currentGuideId())
                driver.openGuide(id);
            ++opened;
        }
    }
    driver.setLanguage(lang);
    printPss("guides", QString::number(opened) + u" guides in "_s + QString::number(store->languages().size())
                               + u" languages"_s);
    if (navigations <= 0 && searches <= 0)
        return 0;

    const QStringList guides = guideIds(*store, lang);
    const int steps = std::max(navigations, searches);
    const int tenth = std::max(1, steps / 10);
    QElapsedTimer elapsed;
    elapsed.start();
    int navigated = 0;
    int searched = 0;
    for (int step = 1; step <= steps; ++step) {
        // Spread evenly: after `step` steps, step * n / steps of each.
        for (; navigated < qint64(step) * navigations / steps; ++navigated) {
            QString next = guides.at(navigated % guides.size());
            if (next == window.currentGuideId())
                next = guides.at((navigated + 1) % guides.size());
            driver.openGuide(next);
        }
        for (; searched < qint64(step) * searches / steps; ++searched)
            driver.search(kQueries.at(searched % kQueries.size()));
        if (step % tenth != 0 || step == steps)
            continue;
        const QString done = QString::number(navigated) + u" navigations, "_s + QString::number(searched)
                             + u" searches, "_s + QString::number(elapsed.elapsed() / 1000) + u" s"_s;
        // Settled once, after the first tenth, to tell a one-time warm-up
        // from growth that goes on; single readings after that.
        if (step == tenth)
            printPss("warm", done);
        else
            printPss("progress", done + u" (one reading)"_s, false);
    }
    printPss("soak", QString::number(navigated) + u" navigations, "_s + QString::number(searched) + u" searches, "_s
                             + QString::number(elapsed.elapsed() / 1000) + u" s"_s);
    return 0;
}
