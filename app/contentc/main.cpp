// contentc: compiles content/<lang>/ into the app's SQLite content database.
// Used by the build; prints file:line: message for every problem and exits 1.

#include "compiler.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"contentc"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Compiles Back Pain Hub content into an SQLite database."_s);
    parser.addHelpOption();
    const QCommandLineOption contentOption(u"content"_s, u"The content folder (holding en/, es/, ...)."_s, u"DIR"_s);
    const QCommandLineOption outputOption(u"output"_s, u"The database file to write."_s, u"FILE"_s);
    parser.addOptions({contentOption, outputOption});
    parser.process(app);
    if (!parser.isSet(contentOption) || !parser.isSet(outputOption)) {
        std::fprintf(stderr, "contentc: both --content DIR and --output FILE are required\n");
        return 2;
    }

    const auto result = bph::content::compileContent(parser.value(contentOption), parser.value(outputOption));
    for (const auto &diagnostic : result.diagnostics)
        std::fprintf(stderr, "%s\n", qPrintable(diagnostic.toString()));
    if (!result.writeError.isEmpty())
        std::fprintf(stderr, "contentc: %s\n", qPrintable(result.writeError));
    if (!result.ok()) {
        std::fprintf(stderr, "contentc: %lld problem(s) found; no database written\n",
                     static_cast<long long>(result.diagnostics.size()));
        return 1;
    }
    return 0;
}
