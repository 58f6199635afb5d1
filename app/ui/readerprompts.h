#pragma once

// The small questions the reader's window asks: before leaving for the web,
// where to save a PDF, whether to reset preferences, and "about".

#include <QString>
#include <QUrl>

class QWidget;

namespace bph::ui {

// True when the reader agrees to open `url` in the system browser.
bool confirmExternalLink(QWidget *parent, const QUrl &url);
// A path to save the guide `guideId` as PDF, or empty when cancelled.
QString askPdfPath(QWidget *parent, const QString &guideId);
bool confirmResetPreferences(QWidget *parent);
void showAbout(QWidget *parent);

} // namespace bph::ui
