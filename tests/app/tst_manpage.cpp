// The man page and `backpainhub --help` list the same options, with the
// same argument names: an option added to one and not the other fails here.

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;

namespace {

// Long option -> its argument's name ("" for a switch); short options map to
// their long one's argument too, e.g. "-h" -> "".
using Options = std::map<QString, QString>;

QString describe(const Options &options)
{
    QStringList parts;
    for (const auto &[name, argument] : options)
        parts.append(argument.isEmpty() ? name : name + u' ' + argument);
    return parts.join(u", "_s);
}

// Reads QCommandLineParser's help: the option lines are indented and start
// with a dash, e.g. "  -h, --help   Show ..." or "  --lang <CODE>   Show ...".
Options optionsInHelp(const QString &help)
{
    static const QRegularExpression line(u"^\\s+(-[^\\s,]+(?:, -[^\\s,]+)*)(?: <([A-Z]+)>)?(?:\\s{2,}|$)"_s);
    Options options;
    for (const QString &text : help.split(u'\n')) {
        const auto match = line.match(text);
        if (!match.hasMatch())
            continue;
        for (const QString &name : match.captured(1).split(u", "_s))
            options[name] = match.captured(2);
    }
    return options;
}

// Reads the OPTIONS section of the roff source: each entry is a .TP
// paragraph whose tag line names the option, e.g. `.BR \-h ", " \-\-help`
// or `.BI \-\-lang " CODE"`. Several words of argument ("KEY DB") name the
// option's own argument first, then positional ones; --help names only the
// first.
Options optionsInManPage(const QString &roff, QString *error)
{
    const qsizetype start = roff.indexOf(u"\n.SH OPTIONS"_s);
    const qsizetype end = roff.indexOf(u"\n.SH "_s, start + 1);
    if (start < 0 || end < 0) {
        *error = u"the man page has no OPTIONS section"_s;
        return {};
    }
    const QStringList lines = roff.mid(start, end - start).split(u'\n');
    static const QRegularExpression font(u"\\\\f[BIRP]"_s);
    static const QRegularExpression option(u"(?:^|[\\s\"])(--?[a-z][a-z0-9-]*)"_s);
    static const QRegularExpression argument(u"\"\\s*([A-Z]+)"_s);
    Options options;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i) != u".TP"_s)
            continue;
        QString tag = lines.at(i + 1);
        tag.replace(u"\\-"_s, u"-"_s).remove(font);
        const QString name = argument.match(tag).captured(1);
        for (const auto &match : option.globalMatch(tag))
            options[match.captured(1)] = name;
    }
    return options;
}

} // namespace

class TestManPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readersFindTheOptions();
    void helpAndManPageListTheSameOptions();
};

// The parsers above must find something, or the comparison proves nothing.
void TestManPage::readersFindTheOptions()
{
    const Options help = optionsInHelp(u"Options:\n  -h, --help            Show this help.\n"
                                       "  --lang <CODE>         Show ...\n  --kiosk               Run ...\n"_s);
    QCOMPARE(describe(help), u"--help, --kiosk, --lang CODE, -h"_s);
    QString error;
    const Options man = optionsInManPage(u".TH X 1\n.SH OPTIONS\n.TP\n.BR \\-h \", \" \\-\\-help\nShow.\n"
                                         ".TP\n.BI \\-\\-sign\\-pack \" KEY DB\"\nSign.\n.SH EXIT STATUS\n.TP\n.B 0\n"_s,
                                         &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(describe(man), u"--help, --sign-pack KEY, -h"_s);
}

void TestManPage::helpAndManPageListTheSameOptions()
{
    QProcess process;
    process.start(QStringLiteral(BACKPAINHUB_PATH), {u"--help"_s});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const Options help = optionsInHelp(QString::fromUtf8(process.readAllStandardOutput()));
    QVERIFY2(help.size() >= 4, qPrintable(describe(help)));

    QFile file(QStringLiteral(BPH_MANPAGE_PATH));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QString error;
    const Options man = optionsInManPage(QString::fromUtf8(file.readAll()), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QStringList problems;
    for (const auto &[name, argument] : help) {
        const auto found = man.find(name);
        if (found == man.end())
            problems.append(u"%1 is in --help but not in the man page"_s.arg(name));
        else if (found->second != argument)
            problems.append(u"%1 takes <%2> in --help but %3 in the man page"_s.arg(name, argument, found->second));
    }
    for (const auto &[name, argument] : man) {
        if (help.find(name) == help.end())
            problems.append(u"%1 is in the man page but not in --help"_s.arg(name));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
