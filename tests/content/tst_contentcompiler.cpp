// The content compiler: a sound tree compiles into a usable database, and
// every kind of authoring mistake stops the build with file:line: message.

#include "compiler.h"
#include "schema.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray guideFile(const QByteArray &id, const QByteArray &topic, const QByteArray &related, const QByteArray &body)
{
    return "---\n"
           "id: " + id + "\n"
           "title: Guide " + id + "\n"
           "summary: What " + id + " is about.\n"
           "topic: " + topic + "\n"
           "order: 1\n"
           "related: [" + related + "]\n"
           "sources:\n"
           "  - NICE guideline NG59.\n"
           "reviewed: 2026-01-01\n"
           "next_review: 2027-01-01\n"
           "---\n" + body;
}

// A small but complete content tree in English and Spanish.
QMap<QString, QByteArray> soundTree()
{
    QMap<QString, QByteArray> files;
    for (const QString &lang : {u"en"_s, u"es"_s}) {
        files[lang + u"/topics.yaml"_s] = "- id: start\n  title: Start\n  summary: Begin here.\n"
                                          "- id: causes\n  title: Causes\n  summary: Why it hurts.\n";
        files[lang + u"/guides/overview.md"_s] = guideFile(
                "overview", "start", "inflammation",
                "## A map\n\nRead about [inflammation](guide:inflammation).\n\nSee [a question](faq:why) or the [checklist](checklist:).\n");
        files[lang + u"/guides/inflammation.md"_s] = guideFile(
                "inflammation", "causes", "overview", "## Inflammation\n\nSwelling is a repair response.\n");
        files[lang + u"/faqs.yaml"_s] = "- id: why\n  guide: inflammation\n  question: Why does pain last?\n"
                                        "  answer: |\n    Nerves can stay sensitive. See [the guide](guide:inflammation).\n";
        files[lang + u"/redflags.yaml"_s] = "areas:\n  - id: nerves\n    title: Nerves\nitems:\n"
                                            "  - id: weakness\n    area: nerves\n    level: emergency\n"
                                            "    question: Is a leg getting weaker?\n    why: Nerves may be squeezed.\n"
                                            "    action: Call the emergency number now.\n";
        files[lang + u"/synonyms.yaml"_s] = "- phrase: slipped disc\n  means: [disc bulge]\n";
    }
    files[u"lint/brands.txt"_s] = "# Names the lint rejects.\nAdvil\nDeep Heat\nTempra\n";
    return files;
}

void writeTree(const QString &root, const QMap<QString, QByteArray> &files)
{
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = root + u'/' + it.key();
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(it.value());
    }
}

} // namespace

class TestContentCompiler final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void soundContentCompiles();
    void brokenContentIsReported_data();
    void brokenContentIsReported();
    void honestWordingIsAllowed_data();
    void honestWordingIsAllowed();
    void executableFailsTheBuildWithFileAndLine();
};

void TestContentCompiler::soundContentCompiles()
{
    QTemporaryDir dir;
    writeTree(dir.filePath(u"content"_s), soundTree());
    const QString output = dir.filePath(u"content.db"_s);
    const auto result = bph::content::compileContent(dir.filePath(u"content"_s), output);
    QVERIFY2(result.ok(), qPrintable(result.diagnostics.isEmpty() ? result.writeError : result.diagnostics.first().toString()));

    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"compiled"_s);
        db.setDatabaseName(output);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), bph::core::schema::kVersion);
        QVERIFY(query.exec(u"SELECT html FROM guides WHERE lang = 'en' AND id = 'overview'"_s) && query.next());
        const QString html = query.value(0).toString();
        QVERIFY2(html.contains(u"<h2>A map</h2>"_s), qPrintable(html));
        QVERIFY2(html.contains(u"href=\"app://guide/inflammation\""_s), qPrintable(html));
        QVERIFY2(html.contains(u"href=\"app://checklist\""_s), qPrintable(html));
        // The search index finds a body word, and ignores accents (remove_diacritics).
        QVERIFY(query.exec(u"SELECT id FROM guides_fts WHERE guides_fts MATCH 'repáir' AND lang = 'es'"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"inflammation"_s);
        QVERIFY(query.exec(u"SELECT count(*) FROM faqs_fts WHERE lang = 'en'"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }
    QSqlDatabase::removeDatabase(u"compiled"_s);
}

void TestContentCompiler::brokenContentIsReported_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("expected");

    const QByteArray good = soundTree().value(u"en/guides/overview.md"_s);
    QByteArray noSummary = good;
    noSummary.replace("summary: What overview is about.\n", "");
    QByteArray badYaml = good;
    badYaml.replace("title: Guide overview", "title: [unclosed");

    QTest::newRow("no front matter") << u"en/guides/overview.md"_s << QByteArray("# Overview\n\nText.\n")
                                     << u"en/guides/overview.md:1: malformed front matter: the file must start with a line '---'"_s;
    QTest::newRow("unclosed front matter") << u"en/guides/overview.md"_s << QByteArray("---\nid: overview\ntitle: x\n")
                                           << u"en/guides/overview.md:1: malformed front matter: no closing '---' line"_s;
    QTest::newRow("malformed YAML") << u"en/guides/overview.md"_s << badYaml << u"en/guides/overview.md:4: malformed YAML"_s;
    QTest::newRow("missing required field") << u"en/guides/overview.md"_s << noSummary
                                            << u"en/guides/overview.md:2: missing required field 'summary'"_s;
    QTest::newRow("bad date") << u"en/guides/overview.md"_s << QByteArray(good).replace("reviewed: 2026-01-01", "reviewed: last spring")
                              << u"en/guides/overview.md:10: field 'reviewed' must be a date written YYYY-MM-DD"_s;
    QTest::newRow("review order") << u"en/guides/overview.md"_s << QByteArray(good).replace("next_review: 2027", "next_review: 2025")
                                  << u"en/guides/overview.md:1: next_review (2025-01-01) must be after reviewed (2026-01-01)"_s;
    QTest::newRow("link to missing guide") << u"en/guides/overview.md"_s << QByteArray(good).replace("guide:inflammation", "guide:sleep")
                                           << u"en/guides/overview.md:15: link to guide 'sleep', which does not exist"_s;
    QTest::newRow("link to missing FAQ") << u"en/guides/overview.md"_s << QByteArray(good).replace("faq:why", "faq:how")
                                         << u"en/guides/overview.md:17: link to FAQ 'how', which does not exist"_s;
    QTest::newRow("relative link") << u"en/guides/overview.md"_s << QByteArray(good).replace("guide:inflammation", "inflammation.md")
                                   << u"en/guides/overview.md:15: link 'inflammation.md' is not allowed"_s;
    QTest::newRow("missing related guide") << u"en/guides/overview.md"_s << QByteArray(good).replace("related: [inflammation]", "related: [sleep]")
                                           << u"en/guides/overview.md:1: guide 'overview' lists related guide 'sleep', which does not exist"_s;
    QTest::newRow("unknown topic") << u"en/guides/overview.md"_s << QByteArray(good).replace("topic: start", "topic: begin")
                                   << u"en/guides/overview.md:1: guide 'overview' names topic 'begin', which does not exist"_s;
    QTest::newRow("file name differs from id") << u"en/guides/overview.md"_s << QByteArray(good).replace("id: overview", "id: intro")
                                               << u"en/guides/overview.md:2: the file of guide 'intro' must be named intro.md"_s;
    QTest::newRow("duplicate id") << u"en/faqs.yaml"_s
                                  << QByteArray("- id: why\n  guide: inflammation\n  question: A?\n  answer: B.\n"
                                                "- id: why\n  guide: inflammation\n  question: C?\n  answer: D.\n")
                                  << u"en/faqs.yaml:5: duplicate FAQ id 'why' (first defined at "_s;
    QTest::newRow("FAQ link in answer") << u"en/faqs.yaml"_s
                                        << QByteArray("- id: why\n  guide: inflammation\n  question: A?\n  answer: |\n    First line.\n    See [x](guide:nowhere).\n")
                                        << u"en/faqs.yaml:6: link to guide 'nowhere', which does not exist"_s;
    QTest::newRow("topic with no guides") << u"en/topics.yaml"_s
                                          << QByteArray(soundTree().value(u"en/topics.yaml"_s) + "- id: empty\n  title: Empty\n  summary: Nothing.\n")
                                          << u"en/topics.yaml:7: topic 'empty' has no guides"_s;
    // An entry written as bare text or as a list, not as 'name: value' fields
    // (this once stopped the build with an exception naming no file).
    const auto withEntry = [](const QString &file, const QByteArray &entry) {
        return QByteArray(soundTree().value(file) + entry);
    };
    const auto nextLine = [](const QString &file) {
        return QString::number(soundTree().value(file).count('\n') + 1);
    };
    const QString notFields = u": expected an entry of fields, each written 'name: value'"_s;
    QTest::newRow("topic as bare text") << u"en/topics.yaml"_s << withEntry(u"en/topics.yaml"_s, "- Sleep\n")
                                        << u"en/topics.yaml:"_s + nextLine(u"en/topics.yaml"_s) + notFields;
    QTest::newRow("FAQ as a list") << u"en/faqs.yaml"_s << withEntry(u"en/faqs.yaml"_s, "- [why, because]\n")
                                   << u"en/faqs.yaml:"_s + nextLine(u"en/faqs.yaml"_s) + notFields;
    QTest::newRow("red flag as bare text") << u"en/redflags.yaml"_s << withEntry(u"en/redflags.yaml"_s, "  - Numb legs\n")
                                           << u"en/redflags.yaml:"_s + nextLine(u"en/redflags.yaml"_s) + notFields;
    QTest::newRow("synonym as bare text") << u"es/synonyms.yaml"_s << withEntry(u"es/synonyms.yaml"_s, "- hernia\n")
                                          << u"es/synonyms.yaml:"_s + nextLine(u"es/synonyms.yaml"_s) + notFields;
    QTest::newRow("English id missing in Spanish") << u"es/faqs.yaml"_s
                                                   << QByteArray("- id: other\n  guide: inflammation\n  question: A?\n  answer: B.\n")
                                                   << u"en/faqs.yaml:1: FAQ 'why' has no Spanish (es) version"_s;
    QTest::newRow("Spanish id missing in English") << u"es/faqs.yaml"_s
                                                   << QByteArray(soundTree().value(u"es/faqs.yaml"_s) + "- id: extra\n  guide: inflammation\n  question: A?\n  answer: B.\n")
                                                   << u"es/faqs.yaml:6: FAQ 'extra' has no English (en) version"_s;
    QTest::newRow("bad care level") << u"en/redflags.yaml"_s
                                    << QByteArray(soundTree().value(u"en/redflags.yaml"_s)).replace("level: emergency", "level: soon")
                                    << u"en/redflags.yaml:7: level must be emergency, urgent or routine, not 'soon'"_s;
    QTest::newRow("malformed data file") << u"en/synonyms.yaml"_s << QByteArray("- phrase: a\n means: [b\n")
                                         << u"en/synonyms.yaml:2: malformed YAML"_s;
    QTest::newRow("missing field in data file") << u"en/topics.yaml"_s
                                                << QByteArray("- id: start\n  title: Start\n- id: causes\n  title: Causes\n  summary: Why.\n")
                                                << u"en/topics.yaml:1: missing required field 'summary'"_s;

    // The content lint: wording a patient must never read. A guide body starts at line 13.
    const auto inflammation = [](const QByteArray &body) { return guideFile("inflammation", "causes", "overview", body); };
    const QString enGuide = u"en/guides/inflammation.md"_s;
    const QString esGuide = u"es/guides/inflammation.md"_s;
    QTest::newRow("lint: cure claim") << enGuide << inflammation("## Inflammation\n\nThis stretch cures back pain.\n")
                                      << enGuide + u":15: promises a cure ('cures back pain'); say what helps and how much"_s;
    QTest::newRow("lint: miracle") << enGuide << inflammation("## Inflammation\n\nText.\n\n- A **miracle** rub.\n")
                                   << enGuide + u":17: promises a miracle ('miracle rub')"_s;
    QTest::newRow("lint: guaranteed") << enGuide << inflammation("Relief is guaranteed.\n")
                                      << enGuide + u":13: gives a guarantee ('guaranteed')"_s;
    QTest::newRow("lint: percentage") << enGuide << inflammation("This rub relieves 90% of back pain for years.\n")
                                      << enGuide + u":13: quotes a percentage without a source ('90% of back')"_s;
    QTest::newRow("lint: per cent in words") << enGuide << inflammation("Ninety per cent of people feel better.\n")
                                             << enGuide + u":13: quotes a percentage without a source ('per cent of people')"_s;
    QTest::newRow("lint: click here") << u"en/faqs.yaml"_s
                                      << QByteArray("- id: why\n  guide: inflammation\n  question: Why does pain last?\n"
                                                    "  answer: |\n    Nerves can stay sensitive.\n\n    [Click here](guide:inflammation) to learn more.\n")
                                      << u"en/faqs.yaml:7: tells the reader to click ('Click here to learn')"_s;
    QTest::newRow("lint: watch the video") << u"en/redflags.yaml"_s
                                           << QByteArray(soundTree().value(u"en/redflags.yaml"_s))
                                                      .replace("Call the emergency number now.", "Watch the video now.")
                                           << u"en/redflags.yaml:5: points to a video ('Watch the video now')"_s;
    QTest::newRow("lint: buy now") << u"en/topics.yaml"_s
                                   << QByteArray(soundTree().value(u"en/topics.yaml"_s)).replace("Begin here.", "Buy now and save.")
                                   << u"en/topics.yaml:1: asks the reader to buy ('Buy now and save')"_s;
    QTest::newRow("lint: brand name in the body") << enGuide << inflammation("Take Advil for the pain.\n")
                                                  << enGuide + u":13: names a product or brand ('Advil for the')"_s;
    QTest::newRow("lint: brand name in the summary")
            << enGuide << QByteArray(inflammation("Text.\n")).replace("summary: What inflammation is about.", "summary: Why Deep Heat helps.")
            << enGuide + u":4: names a product or brand ('Deep Heat helps')"_s;
    QTest::newRow("lint: empty sources") << u"en/guides/overview.md"_s
                                         << QByteArray(good).replace("sources:\n  - NICE guideline NG59.\n", "sources: []\n")
                                         << u"en/guides/overview.md:8: a guide needs at least one source in 'sources'"_s;
    QTest::newRow("lint: no review date") << u"en/guides/overview.md"_s << QByteArray(good).replace("reviewed: 2026-01-01\n", "")
                                          << u"en/guides/overview.md:2: missing required field 'reviewed'"_s;
    QTest::newRow("lint: Spanish cure claim") << esGuide << inflammation("## Inflamación\n\nEste ejercicio cura el dolor de espalda.\n")
                                              << esGuide + u":15: promises a cure ('cura el dolor')"_s;
    QTest::newRow("lint: Spanish miracle") << esGuide << inflammation("Un remedio milagroso.\n")
                                           << esGuide + u":13: promises a miracle ('milagroso')"_s;
    QTest::newRow("lint: Spanish guarantee") << esGuide << inflammation("Resultados garantizados.\n")
                                             << esGuide + u":13: gives a guarantee ('garantizados')"_s;
    QTest::newRow("lint: Spanish percentage") << esGuide << inflammation("Alivia el noventa por ciento del dolor.\n")
                                              << esGuide + u":13: quotes a percentage without a source ('por ciento del dolor')"_s;
    QTest::newRow("lint: Spanish click") << esGuide << inflammation("Haga clic aquí.\n")
                                         << esGuide + u":13: tells the reader to click ('Haga clic aquí')"_s;
    QTest::newRow("lint: Spanish video") << esGuide << inflammation("Vea el vídeo.\n")
                                         << esGuide + u":13: points to a video ('Vea el vídeo')"_s;
    QTest::newRow("lint: Spanish buy") << esGuide << inflammation("Cómprelo hoy.\n")
                                       << esGuide + u":13: asks the reader to buy ('Cómprelo hoy')"_s;
    QTest::newRow("lint: claim in a later sentence") << enGuide << inflammation("There is no cure. But this cures it.\n")
                                                     << enGuide + u":13: promises a cure ('cures it')"_s;
}

void TestContentCompiler::brokenContentIsReported()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, contents);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    auto tree = soundTree();
    tree[file] = contents;
    const QString root = dir.filePath(u"content"_s);
    writeTree(root, tree);
    const QString output = dir.filePath(u"content.db"_s);
    const auto result = bph::content::compileContent(root, output);

    QVERIFY(!result.ok());
    QStringList messages;
    for (const auto &diagnostic : result.diagnostics)
        messages.append(diagnostic.toString().mid(root.size() + 1));
    const bool found = std::any_of(messages.cbegin(), messages.cend(), [&](const QString &m) { return m.startsWith(expected); });
    QVERIFY2(found, qPrintable(u"expected '%1', got:\n  %2"_s.arg(expected, messages.join(u"\n  "_s))));
    QVERIFY2(!QFile::exists(output), "no database may be written when the content has errors");
}

// Honest wording that mentions the same words must pass the lint.
void TestContentCompiler::honestWordingIsAllowed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("contents");

    const auto inflammation = [](const QByteArray &body) { return guideFile("inflammation", "causes", "overview", body); };
    QTest::newRow("no cure") << u"en/guides/inflammation.md"_s
                             << inflammation("There is no cure for most back pain, but it often settles.\n\n"
                                             "No supplement can cure it, and nothing is guaranteed.\n\n"
                                             "- There isn't a miracle treatment.\n");
    QTest::newRow("no hay cura") << u"es/guides/inflammation.md"_s
                                 << inflammation("No hay una cura milagrosa. Nadie puede garantizar un resultado.\n\n"
                                                 "No compre productos que prometen quitar el dolor.\n");
    QTest::newRow("percentage with a citation")
            << u"en/guides/inflammation.md"_s
            << inflammation("Many people with no pain have a disc bulge: about 40% in one review (Brinjikji and others, 2015).\n");
    QTest::newRow("curación is healing") << u"es/guides/inflammation.md"_s
                                         << inflammation("La inflamación hace más lenta la curación de los tejidos.\n");
    QTest::newRow("a brand inside a longer word") << u"es/guides/inflammation.md"_s << inflammation("Empiece temprano.\n");
    QTest::newRow("claim word in a link address")
            << u"en/guides/inflammation.md"_s << inflammation("See [the guideline](https://example.org/cure-miracle).\n");
    QTest::newRow("brand name in synonyms") << u"en/synonyms.yaml"_s
                                            << QByteArray("- phrase: advil\n  means: [ibuprofen]\n");
}

void TestContentCompiler::honestWordingIsAllowed()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, contents);

    QTemporaryDir dir;
    auto tree = soundTree();
    tree[file] = contents;
    const QString root = dir.filePath(u"content"_s);
    writeTree(root, tree);
    const auto result = bph::content::compileContent(root, dir.filePath(u"content.db"_s));
    QStringList messages;
    for (const auto &diagnostic : result.diagnostics)
        messages.append(diagnostic.toString().mid(root.size() + 1));
    QVERIFY2(result.ok(), qPrintable(messages.join(u"\n"_s) + result.writeError));
}

void TestContentCompiler::executableFailsTheBuildWithFileAndLine()
{
    QTemporaryDir dir;
    auto tree = soundTree();
    tree[u"en/guides/overview.md"_s].replace("guide:inflammation", "guide:missing");
    writeTree(dir.filePath(u"content"_s), tree);

    QProcess contentc;
    contentc.start(QStringLiteral(CONTENTC_PATH), {u"--content"_s, dir.filePath(u"content"_s), u"--output"_s, dir.filePath(u"out.db"_s)});
    QVERIFY(contentc.waitForFinished(30000));
    QCOMPARE(contentc.exitCode(), 1);
    const QString errors = QString::fromUtf8(contentc.readAllStandardError());
    QVERIFY2(errors.contains(u"/en/guides/overview.md:15: link to guide 'missing', which does not exist"_s), qPrintable(errors));
    QVERIFY(!QFile::exists(dir.filePath(u"out.db"_s)));
}

QTEST_GUILESS_MAIN(TestContentCompiler)
#include "tst_contentcompiler.moc"
