#pragma once

// Builds the one-page summary of the red-flag checklist that a reader prints
// or saves for a clinician: the date, the level reached and every answer.
// Never a name: nothing on it says who answered.

#include "contenttypes.h"
#include "triage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;

namespace bph::ui {

class ChecklistSummary final
{
    Q_DECLARE_TR_FUNCTIONS(bph::ui::ChecklistSummary)

public:
    ChecklistSummary() = delete;

    // The summary as HTML that QTextDocument lays out; every content string
    // escaped. Questions are grouped under `areas`, in the triage's order.
    static QString html(const QList<core::RedFlagArea> &areas, const core::Triage &triage,
                        const QString &emergencyNumber, const QDateTime &when, const QLocale &locale);

    // Lays `html` out on the pages of `device` (a printer or a PDF writer).
    static void print(const QString &html, QPagedPaintDevice *device);
    // The summary as the bytes of a PDF file; empty if it could not be made.
    static QByteArray pdf(const QString &html, const QPageSize &pageSize);
    // The paper people have at hand where the system is set: Letter in the
    // US and Canada, A4 elsewhere.
    static QPageSize localPageSize();
};

} // namespace bph::ui
