// Back Pain Hub: parse the command line, open the content, show the window.

#include "appscheme.h"
#include "commandline.h"
#include "contentcheck.h"
#include "contentstore.h"
#include "mainwindow.h"
#include "preferences.h"
#include "startchoice.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLocale>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

void printLine(FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", qPrintable(text));
}

// Runs the actions that print and exit, with no window.
int runWithoutWindow(const bph::core::CommandLine &commandLine, int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    switch (commandLine.action()) {
    case bph::core::CommandLine::Action::ShowHelp:
        printLine(stdout, commandLine.helpText());
        return 0;
    case bph::core::CommandLine::Action::ShowVersion:
        printLine(stdout, u"Back Pain Hub "_s + QCoreApplication::applicationVersion());
        return 0;
    case bph::core::CommandLine::Action::CheckContent: {
        const auto report = bph::core::checkContentFile(commandLine.checkContentPath());
        for (const QString &line : report.lines)
            printLine(stdout, line);
        return report.sound ? 0 : 1;
    }
    default:
        printLine(stderr, u"backpainhub: "_s + commandLine.errorMessage() + u" Try 'backpainhub --help'."_s);
        return 2;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer startClock;
    startClock.start();
    QCoreApplication::setApplicationName(u"Back Pain Hub"_s);
    QCoreApplication::setOrganizationName(u"BackPainHub"_s);
    QCoreApplication::setOrganizationDomain(u"backpainhub.org"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BPH_VERSION));

    const bph::core::CommandLine commandLine(argumentsOf(argc, argv));
    if (commandLine.action() != bph::core::CommandLine::Action::RunApp)
        return runWithoutWindow(commandLine, argc, argv);

    bph::ui::registerAppScheme();
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(u"org.backpainhub.BackPainHub"_s);

    const auto options = commandLine.startOptions();
    QString warning;
    const auto store = bph::core::ContentStore::openWithFallback(options.contentPath, &warning);
    if (!warning.isEmpty())
        printLine(stderr, u"backpainhub: "_s + warning);
    if (!store) {
        printLine(stderr, u"backpainhub: the built-in content cannot be opened; this copy of the program is damaged."_s);
        return 1;
    }

    bph::core::Preferences preferences;
    const auto start = bph::core::chooseStart(*store, options, preferences.language(), preferences.lastGuide(), QLocale().name());
    for (const QString &message : start.warnings)
        printLine(stderr, u"backpainhub: "_s + message);

    bph::ui::MainWindow window(*store, preferences, start.lang, start.guide, startClock);
    window.show();
    return app.exec();
}
