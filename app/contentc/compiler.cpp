#include "compiler.h"
#include "contentlint.h"
#include "contentreader.h"
#include "databasewriter.h"
#include "validator.h"

#include <QDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bph::content {

namespace {

// content/lint/ holds the lint's word lists; it is not a language.
constexpr auto kLintFolder = "lint"_L1;

} // namespace

ContentSet readContent(const QString &contentDir, Diagnostics &diagnostics)
{
    ContentSet content;
    const QDir dir(contentDir);
    if (!dir.exists()) {
        diagnostics.append({{contentDir, 1}, u"the content folder does not exist"_s});
        return content;
    }
    ContentReader reader(diagnostics);
    const QStringList languages = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &lang : languages)
        if (lang != kLintFolder)
            content.insert(lang, reader.readLanguage(QDir::cleanPath(dir.filePath(lang))));
    return content;
}

CompileResult compileContent(const QString &contentDir, const QString &outputPath)
{
    CompileResult result;
    const ContentSet content = readContent(contentDir, result.diagnostics);
    result.diagnostics += validate(content);
    const QString brandList = QDir(contentDir).filePath(kLintFolder + u"/brands.txt"_s);
    const ContentLint lint(ContentLint::readBrandList(brandList, result.diagnostics));
    result.diagnostics += lint.check(content);
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::tie(a.where.file, a.where.line) < std::tie(b.where.file, b.where.line);
    });
    if (result.diagnostics.isEmpty())
        result.writeError = writeDatabase(content, outputPath);
    return result;
}

} // namespace bph::content
