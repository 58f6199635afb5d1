#pragma once

// Markdown helpers for the content compiler: HTML through md4c, the plain
// text the search index needs, and the internal links an author wrote.

#include "contentmodel.h"

#include <QByteArray>
#include <QString>

namespace bph::content {

// Renders Markdown to an HTML fragment; guide:, faq: and checklist: links
// become the app:// URLs the viewer serves.
QString markdownToHtml(const QByteArray &markdown);

// The words of the Markdown without markup, blocks separated by newlines.
QString markdownToPlainText(const QByteArray &markdown);

// Every link target in the Markdown with its line (firstLine is the file line
// of the Markdown's first line). Links that are not internal and not https
// are reported as kind "invalid".
QList<Link> findLinks(const QByteArray &markdown, int firstLine);

// The app:// URL an internal link becomes, e.g. guide:sleep -> app://guide/sleep.
QString internalLinkUrl(const QString &kind, const QString &target);

} // namespace bph::content
