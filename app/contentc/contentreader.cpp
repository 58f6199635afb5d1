#include "contentreader.h"
#include "markdown.h"

#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bph::content {

namespace {

// The file line of `mark` (yaml-cpp counts from 0, and a node made up by
// yaml-cpp has no line: the first one then).
int fileLine(const YAML::Mark &mark)
{
    return std::max(mark.line, 0) + 1;
}

// Reads YAML fields of one mapping and records what is missing or malformed.
class Fields final
{
public:
    Fields(const YAML::Node &node, QString file, int lineOffset, Diagnostics &out)
        : m_node(node), m_file(std::move(file)), m_lineOffset(lineOffset), m_out(out) { }

    int line(const YAML::Node &node) const { return fileLine(node.Mark()) + m_lineOffset; }
    int line() const { return line(m_node); }

    QString string(const char *key)
    {
        const YAML::Node value = m_node[key];
        if (!value) {
            missing(key);
            return {};
        }
        if (!value.IsScalar() || value.Scalar().empty()) {
            error(value, u"field '%1' must be a non-empty text"_s.arg(QLatin1StringView(key)));
            return {};
        }
        return QString::fromStdString(value.Scalar()).trimmed();
    }

    QString id(const char *key = "id")
    {
        static const QRegularExpression pattern(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
        const QString value = string(key);
        if (!value.isEmpty() && !pattern.match(value).hasMatch())
            error(m_node[key], u"'%1' is not a valid id (use lower-case letters, digits and hyphens)"_s.arg(value));
        return value;
    }

    QStringList list(const char *key)
    {
        const YAML::Node value = m_node[key];
        if (!value) {
            missing(key);
            return {};
        }
        if (!value.IsSequence()) {
            error(value, u"field '%1' must be a list"_s.arg(QLatin1StringView(key)));
            return {};
        }
        QStringList items;
        for (const YAML::Node &item : value) {
            if (!item.IsScalar() || item.Scalar().empty())
                error(item, u"each entry of '%1' must be a non-empty text"_s.arg(QLatin1StringView(key)));
            else
                items.append(QString::fromStdString(item.Scalar()).trimmed());
        }
        return items;
    }

    int integer(const char *key)
    {
        const QString text = string(key);
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!text.isEmpty() && !ok)
            error(m_node[key], u"field '%1' must be a whole number, not '%2'"_s.arg(QLatin1StringView(key), text));
        return value;
    }

    QDate date(const char *key)
    {
        const QString text = string(key);
        const QDate value = QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !value.isValid())
            error(m_node[key], u"field '%1' must be a date written YYYY-MM-DD, not '%2'"_s.arg(QLatin1StringView(key), text));
        return value;
    }

    void error(const YAML::Node &at, const QString &message) { m_out.append({{m_file, line(at)}, message}); }

private:
    void missing(const char *key)
    {
        m_out.append({{m_file, line()}, u"missing required field '%1'"_s.arg(QLatin1StringView(key))});
    }

    YAML::Node m_node;
    QString m_file;
    int m_lineOffset;
    Diagnostics &m_out;
};

std::optional<QByteArray> readFile(const QString &path, Diagnostics &out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.append({{path, 1}, u"cannot read the file: %1"_s.arg(file.errorString())});
        return std::nullopt;
    }
    return file.readAll();
}

// Parses YAML text, reporting a syntax error at its line. lineOffset is the
// file line just before the text starts.
std::optional<YAML::Node> parseYaml(const QByteArray &text, const QString &path, int lineOffset, Diagnostics &out)
{
    try {
        return YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        out.append({{path, fileLine(e.mark) + lineOffset}, u"malformed YAML: %1"_s.arg(QString::fromStdString(e.msg))});
        return std::nullopt;
    }
}

std::optional<YAML::Node> parseSequence(const QByteArray &text, const QString &path, Diagnostics &out)
{
    auto root = parseYaml(text, path, 0, out);
    if (root && !root->IsSequence()) {
        out.append({{path, 1}, u"expected a list of entries, each starting with '- '"_s});
        return std::nullopt;
    }
    return root;
}

// The entries of a list that are sets of fields; each one that is not (a
// bare "- text", a list in a list) is reported at its line and left out.
QList<YAML::Node> entriesWithFields(const YAML::Node &list, const QString &path, Diagnostics &out)
{
    QList<YAML::Node> entries;
    for (const YAML::Node &item : list) {
        if (item.IsMap())
            entries.append(item);
        else
            out.append({{path, fileLine(item.Mark())}, u"expected an entry of fields, each written 'name: value'"_s});
    }
    return entries;
}

} // namespace

void ContentReader::report(const QString &file, int line, const QString &message)
{
    m_diagnostics.append({{file, line}, message});
}

LanguageContent ContentReader::readLanguage(const QString &folder)
{
    const QDir dir(folder);
    LanguageContent content;
    content.lang = dir.dirName();
    for (const QString &name : dataFileNames()) {
        const QString path = dir.filePath(name);
        if (const auto text = readFile(path, m_diagnostics))
            readDataFile(path, *text, content);
    }

    const QDir guides(dir.filePath(u"guides"_s));
    const QStringList files = guides.entryList({u"*.md"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        report(guides.path(), 1, u"no guides found (expected guides/<id>.md files)"_s);
    for (const QString &name : files) {
        const QString path = guides.filePath(name);
        if (const auto text = readFile(path, m_diagnostics))
            if (auto guide = readGuide(path, *text))
                content.guides.append(std::move(*guide));
    }
    return content;
}

std::optional<Guide> ContentReader::readGuide(const QString &path, const QByteArray &text)
{
    // The front matter sits between a first line '---' and the next '---' line.
    if (!text.startsWith("---\n") && !text.startsWith("---\r\n")) {
        report(path, 1, u"malformed front matter: the file must start with a line '---'"_s);
        return std::nullopt;
    }
    const qsizetype start = text.indexOf('\n') + 1;
    qsizetype end = text.indexOf("\n---", start - 1);
    while (end >= 0) {
        const qsizetype after = end + 4;
        if (after >= text.size() || text.at(after) == '\n' || text.at(after) == '\r')
            break;
        end = text.indexOf("\n---", after);
    }
    if (end < 0) {
        report(path, 1, u"malformed front matter: no closing '---' line"_s);
        return std::nullopt;
    }
    const QByteArray yaml = text.mid(start, end - start + 1);
    const auto node = parseYaml(yaml, path, 1, m_diagnostics);
    if (!node)
        return std::nullopt;
    if (!node->IsMap()) {
        report(path, 2, u"malformed front matter: expected 'field: value' lines"_s);
        return std::nullopt;
    }

    const qsizetype countBefore = m_diagnostics.size();
    Fields fields(*node, path, 1, m_diagnostics);
    Guide guide;
    guide.where = {path, 1};
    guide.id = fields.id();
    guide.title = fields.string("title");
    guide.summary = fields.string("summary");
    guide.topic = fields.string("topic");
    guide.order = fields.integer("order");
    guide.related = fields.list("related");
    guide.sources = fields.list("sources");
    // An empty list parses as a list; a guide must still name what it draws on.
    if (guide.sources.isEmpty() && (*node)["sources"] && (*node)["sources"].IsSequence())
        fields.error((*node)["sources"], u"a guide needs at least one source in 'sources'"_s);
    guide.reviewed = fields.date("reviewed");
    guide.nextReview = fields.date("next_review");

    const qsizetype bodyStart = text.indexOf('\n', end + 1) + 1;
    guide.markdown = bodyStart > 0 ? text.mid(bodyStart) : QByteArray();
    const int bodyFirstLine = static_cast<int>(text.left(bodyStart).count('\n')) + 1;
    guide.links = findLinks(guide.markdown, bodyFirstLine);
    guide.bodyLine = bodyFirstLine;
    guide.titleLine = (*node)["title"] ? fields.line((*node)["title"]) : guide.where.line;
    guide.summaryLine = (*node)["summary"] ? fields.line((*node)["summary"]) : guide.where.line;

    const QString expectedName = guide.id + u".md"_s;
    if (!guide.id.isEmpty() && QFileInfo(path).fileName() != expectedName)
        report(path, fields.line((*node)["id"]), u"the file of guide '%1' must be named %2"_s.arg(guide.id, expectedName));
    if (m_diagnostics.size() != countBefore)
        return std::nullopt;
    return guide;
}

const QStringList &ContentReader::dataFileNames()
{
    static const QStringList names{u"topics.yaml"_s, u"faqs.yaml"_s, u"redflags.yaml"_s, u"synonyms.yaml"_s};
    return names;
}

void ContentReader::readDataFile(const QString &path, const QByteArray &text, LanguageContent &content)
{
    const QString name = QFileInfo(path).fileName();
    try {
        if (name == u"topics.yaml"_s)
            content.topics = readTopics(path, text);
        else if (name == u"faqs.yaml"_s)
            content.faqs = readFaqs(path, text);
        else if (name == u"redflags.yaml"_s)
            readRedFlags(path, text, content);
        else if (name == u"synonyms.yaml"_s)
            content.synonyms = readSynonyms(path, text);
        else
            report(path, 1, u"not a content data file (expected %1)"_s.arg(dataFileNames().join(u", "_s)));
    } catch (const YAML::Exception &e) {
        // Whatever shape of YAML the checks above did not foresee: still the
        // author's file and line, never a crash of the build.
        report(path, fileLine(e.mark), u"unexpected YAML: %1"_s.arg(QString::fromStdString(e.msg)));
    }
}

QList<Topic> ContentReader::readTopics(const QString &path, const QByteArray &text)
{
    QList<Topic> topics;
    const auto root = parseSequence(text, path, m_diagnostics);
    if (!root)
        return topics;
    for (const YAML::Node &item : entriesWithFields(*root, path, m_diagnostics)) {
        Fields fields(item, path, 0, m_diagnostics);
        topics.append({{path, fields.line()}, fields.id(), fields.string("title"), fields.string("summary")});
    }
    return topics;
}

QList<Faq> ContentReader::readFaqs(const QString &path, const QByteArray &text)
{
    QList<Faq> faqs;
    const auto root = parseSequence(text, path, m_diagnostics);
    if (!root)
        return faqs;
    const QList<QByteArray> lines = text.split('\n');
    // A block scalar ('answer: |') starts its text on the line after the key.
    const auto answerFirstLine = [&lines](int keyLine) {
        const QByteArray key = lines.value(keyLine - 1).trimmed();
        const bool block = key.endsWith('|') || key.endsWith('>') || key.endsWith("|-") || key.endsWith(">-");
        return block ? keyLine + 1 : keyLine;
    };
    for (const YAML::Node &item : entriesWithFields(*root, path, m_diagnostics)) {
        Fields fields(item, path, 0, m_diagnostics);
        Faq faq;
        faq.where = {path, fields.line()};
        faq.id = fields.id();
        faq.guide = fields.string("guide");
        faq.question = fields.string("question");
        faq.answerMarkdown = fields.string("answer").toUtf8();
        const int answerLine = item["answer"] ? answerFirstLine(fields.line(item["answer"])) : faq.where.line;
        faq.links = findLinks(faq.answerMarkdown, answerLine);
        faq.questionLine = item["question"] ? fields.line(item["question"]) : faq.where.line;
        faq.answerLine = answerLine;
        faqs.append(std::move(faq));
    }
    return faqs;
}

void ContentReader::readRedFlags(const QString &path, const QByteArray &text, LanguageContent &content)
{
    const auto root = parseYaml(text, path, 0, m_diagnostics);
    if (!root)
        return;
    if (!root->IsMap() || !(*root)["areas"].IsSequence() || !(*root)["items"].IsSequence()) {
        report(path, 1, u"expected two lists, 'areas:' and 'items:'"_s);
        return;
    }
    for (const YAML::Node &item : entriesWithFields((*root)["areas"], path, m_diagnostics)) {
        Fields fields(item, path, 0, m_diagnostics);
        content.redFlagAreas.append({{path, fields.line()}, fields.id(), fields.string("title")});
    }
    for (const YAML::Node &item : entriesWithFields((*root)["items"], path, m_diagnostics)) {
        Fields fields(item, path, 0, m_diagnostics);
        RedFlag flag;
        flag.where = {path, fields.line()};
        flag.id = fields.id();
        flag.area = fields.string("area");
        flag.level = fields.string("level");
        flag.question = fields.string("question");
        flag.why = fields.string("why");
        flag.action = fields.string("action");
        static const QStringList levels{u"emergency"_s, u"urgent"_s, u"routine"_s};
        if (!flag.level.isEmpty() && !levels.contains(flag.level))
            fields.error(item["level"], u"level must be emergency, urgent or routine, not '%1'"_s.arg(flag.level));
        content.redFlags.append(std::move(flag));
    }
}

QList<Synonym> ContentReader::readSynonyms(const QString &path, const QByteArray &text)
{
    QList<Synonym> synonyms;
    const auto root = parseSequence(text, path, m_diagnostics);
    if (!root)
        return synonyms;
    for (const YAML::Node &item : entriesWithFields(*root, path, m_diagnostics)) {
        Fields fields(item, path, 0, m_diagnostics);
        synonyms.append({{path, fields.line()}, fields.string("phrase").toLower(), fields.list("means")});
    }
    return synonyms;
}

} // namespace bph::content
