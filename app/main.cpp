// Back Pain Hub: parse the command line, open the content, show the window.

#include "admintools.h"
#include "commandline.h"
#include "clock.h"
#include "contentpack.h"
#include "kioskcontroller.h"
#include "kioskcheck.h"
#include "kioskconfig.h"
#include "kioskenvironment.h"
#include "contentcheck.h"
#include "contentstore.h"
#include "mainwindow.h"
#include "readerstyle.h"
#include "preferences.h"
#include "readerloader.h"
#include "startchoice.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QLoggingCategory>

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

void printDamagedCopy()
{
    printLine(stderr, u"backpainhub: the built-in content cannot be opened; this copy of the program is damaged."_s);
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
    case bph::core::CommandLine::Action::CheckKioskConfig: {
        QLoggingCategory::setFilterRules(u"bph.*.warning=false"_s);  // the report says each problem once
        const auto builtIn = bph::core::ContentStore::openEmbedded();
        if (!builtIn) {
            printDamagedCopy();
            return 1;
        }
        const auto report = bph::core::checkKioskConfigFile(commandLine.checkKioskConfigPath(), *builtIn);
        for (const QString &line : report.lines)
            printLine(stdout, line);
        return report.sound ? 0 : 1;
    }
    case bph::core::CommandLine::Action::HashPin:
        return bph::core::runHashPin();
    case bph::core::CommandLine::Action::MakePackKey:
        return bph::core::runMakePackKey(commandLine.packKey());
    case bph::core::CommandLine::Action::SignPack:
        return bph::core::runSignPack(commandLine.packKey(), commandLine.packDatabase());
    case bph::core::CommandLine::Action::VerifyPack:
        return bph::core::runVerifyPack(commandLine.packKey(), commandLine.packDatabase());
    default:
        printLine(stderr, u"backpainhub: "_s + commandLine.errorMessage() + u" Try 'backpainhub --help'."_s);
        return 2;
    }
}

// The content to show: on a kiosk only a pack signed with the clinic's key
// (anything else keeps the built-in content); on a desktop any sound file.
std::unique_ptr<bph::core::ContentStore> openContent(const bph::core::StartOptions &options,
                                                     const bph::core::KioskConfig &kiosk, QString *warning)
{
    const QString pack = !options.contentPath.isEmpty() ? options.contentPath : kiosk.contentPackPath();
    if (!kiosk.enabled() || pack.isEmpty())
        return bph::core::ContentStore::openWithFallback(options.contentPath, warning);
    if (auto verified = bph::core::openVerifiedPack(pack, kiosk.packPublicKey(), warning))
        return verified;
    return bph::core::ContentStore::openEmbedded();
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

    const auto options = commandLine.startOptions();
    const auto kiosk = bph::core::KioskConfig::forStart(options.kiosk, options.kioskConfigPath);
    if (kiosk.enabled()) {
        const QString keyboardProblem = bph::core::prepareKioskEnvironment();
        if (!keyboardProblem.isEmpty())
            printLine(stderr, u"backpainhub: "_s + keyboardProblem);
    }

    bph::ui::prepareForReaderModule();
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(u"org.backpainhub.BackPainHub"_s);
    QApplication::setStyle(new bph::ui::ReaderStyle);  // before any widget takes its palette

    QString warning;
    const auto store = openContent(options, kiosk, &warning);
    if (!warning.isEmpty())
        printLine(stderr, u"backpainhub: "_s + warning);
    if (!store) {
        printDamagedCopy();
        return 1;
    }

    // A kiosk neither reads nor writes preferences: every reader starts the same.
    bph::core::Preferences preferences(nullptr, kiosk.enabled());
    auto startOptions = options;
    if (kiosk.enabled())
        startOptions = {kiosk.languages().value(0), kiosk.homeGuide(), {}, true, {}};
    const auto start = bph::core::chooseStart(*store, startOptions, preferences.language(), preferences.lastGuide(),
                                              QLocale().name());
    for (const QString &message : start.warnings)
        printLine(stderr, u"backpainhub: "_s + message);

    bph::ui::MainWindow window(*store, preferences, start.lang, start.guide, startClock);
    const bph::core::Clock steadyClock;
    std::unique_ptr<bph::ui::KioskController> kioskController;
    if (kiosk.enabled()) {
        window.setTextScale(kiosk.textScale());
        kioskController = std::make_unique<bph::ui::KioskController>(window, kiosk, steadyClock);
        kioskController->start();
    } else {
        window.show();
    }
    return app.exec();
}
