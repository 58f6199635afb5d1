#pragma once

// Turns what the guide viewer reports into Qt signals, so the window (and
// tests) connect to them as to any widget's. It outlives every viewer: a
// kiosk reset replaces the viewer, not this.

#include "readermodule.h"

#include <QObject>

namespace bph::ui {

class ReaderSignals final : public QObject, public ReaderEvents
{
    Q_OBJECT
public:
    using QObject::QObject;

    void onGuideChanged(const QString &id) override { Q_EMIT guideChanged(id); }
    void onGuideShown(const QString &id) override { Q_EMIT guideShown(id); }
    void onHistoryChanged() override { Q_EMIT historyChanged(); }
    void onChecklistRequested() override { Q_EMIT checklistRequested(); }
    void onQuestionsRequested(const QString &guideId) override { Q_EMIT questionsRequested(guideId); }
    void onPhoneLinkRequested(const QString &guideId) override { Q_EMIT phoneLinkRequested(guideId); }
    void onExternalLinkRequested(const QUrl &url) override { Q_EMIT externalLinkRequested(url); }
    void onFindResult(int activeMatch, int numberOfMatches) override { Q_EMIT findResult(activeMatch, numberOfMatches); }
    void onPrintFinished(bool ok) override { Q_EMIT printFinished(ok); }
    void onPdfSaved(const QString &path, bool ok) override { Q_EMIT pdfSaved(path, ok); }

Q_SIGNALS:
    void guideChanged(const QString &id);
    void guideShown(const QString &id);
    void historyChanged();
    void checklistRequested();
    void questionsRequested(const QString &guideId);
    void phoneLinkRequested(const QString &guideId);
    void externalLinkRequested(const QUrl &url);
    void findResult(int activeMatch, int numberOfMatches);
    void printFinished(bool ok);
    void pdfSaved(const QString &path, bool ok);
};

} // namespace bph::ui
