#pragma once

// Shows what the checklist's answers mean, like the NHS's care cards: the
// level in words and a shape first, colour only as a second cue, then why
// and what to do; with nothing found, reassurance and self-care guides.

#include "contenttypes.h"
#include "triage.h"

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;

namespace bph::ui {

class CareResultCard final : public QFrame
{
    Q_OBJECT
public:
    CareResultCard(const QString &emergencyNumber, const QList<core::GuideRef> &selfCareGuides,
                   QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CareResultCard)

    void setResult(const core::Triage::Result &result);

    QString headingText() const;
    QString detailsText() const;  // without markup
    const QList<QPushButton *> &guideButtons() const { return m_guideButtons; }

Q_SIGNALS:
    void guideRequested(const QString &id);

private:
    QString triggersHtml(const core::Triage::Result &result) const;
    QString clearHtml(const core::Triage::Result &result) const;

    QString m_emergencyNumber;
    QLabel *m_icon = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_guidesIntro = nullptr;
    QList<QPushButton *> m_guideButtons;
    QLabel *m_footer = nullptr;
};

} // namespace bph::ui
