// The least a QtWebEngine program does to show a page: the reference Back
// Pain Hub's first guide (bench/startup) and its memory (bench/memory) are
// measured against. Prints "loadFinished" on stderr once its inline page has
// loaded: a one-line page, or with --page FILE that file's HTML (bench/startup
// gives it the app's first guide page, so both render the same page), and
// with --background COLOR in a view of that colour, as the app's. With
// --memory FILE..., it then prints the total PSS of itself and its
// QtWebEngine processes ("pss start N"), loads each HTML file in turn with
// setHtml, and prints it again ("pss pages N"), in KiB.

#include "processmemory.h"
#include "windowsize.h"

#include <QApplication>
#include <QColor>
#include <QEventLoop>
#include <QFile>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <unistd.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void loadAndWait(QWebEngineView &view, const QString &html)
{
    QEventLoop loop;
    const auto connection = QObject::connect(&view, &QWebEngineView::loadFinished, &loop, &QEventLoop::quit);
    view.setHtml(html);
    loop.exec();
    QObject::disconnect(connection);
}

// Measured as bench_memory measures: the smallest of the readings over an idle while.
void printPss(const char *stage)
{
    std::printf("pss %s %lld\n", stage, static_cast<long long>(bph::bench::settledTreePssKiB(getpid())));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);  // as WebEngine apps must
    QApplication app(argc, argv);
    QStringList pages = app.arguments().mid(1);
    QColor background;
    if (pages.size() >= 2 && pages.first() == "--background"_L1) {
        background = QColor(pages.at(1));
        pages.remove(0, 2);
    }
    QString firstPage = u"<!doctype html><title>Bare</title><h1>Bare WebView</h1><p>An inline page.</p>"_s;
    if (pages.size() == 2 && pages.first() == "--page"_L1) {
        QFile file(pages.last());
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "bare_webview: cannot read %s\n", qPrintable(pages.last()));
            return 1;
        }
        firstPage = QString::fromUtf8(file.readAll());
        pages.clear();
    }
    const bool memory = !pages.isEmpty() && pages.takeFirst() == "--memory"_L1;

    QWebEngineView view;
    view.setWindowTitle(u"Bare WebView"_s);
    if (background.isValid())
        view.page()->setBackgroundColor(background);
    view.resize(bph::ui::firstWindowSize(view.screen()));  // as the app's window, so both draw as much
    QObject::connect(&view, &QWebEngineView::loadFinished, &view, [] { std::fputs("loadFinished\n", stderr); },
                     Qt::SingleShotConnection);
    view.setHtml(firstPage);
    view.show();
    if (!memory)
        return app.exec();

    QEventLoop firstLoad;
    QObject::connect(&view, &QWebEngineView::loadFinished, &firstLoad, &QEventLoop::quit);
    firstLoad.exec();
    printPss("start");
    for (const QString &path : std::as_const(pages)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "bare_webview: cannot read %s\n", qPrintable(path));
            return 1;
        }
        loadAndWait(view, QString::fromUtf8(file.readAll()));
    }
    printPss("pages");
    return 0;
}
