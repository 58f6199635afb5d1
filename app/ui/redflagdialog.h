#pragma once

// The red-flag checklist: plain questions by body area, each answered Yes, No
// or Not sure, and a card that says, as the reader answers, how soon to get
// care. The answers live in this dialog only and are gone when it closes.

#include "contenttypes.h"
#include "triage.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QButtonGroup;
class QLabel;
class QPushButton;
class QScrollArea;

namespace bph::core {
class ContentStore;
}

namespace bph::ui {

class CareResultCard;

class RedFlagDialog final : public QDialog
{
    Q_OBJECT
public:
    // `emergencyNumber` is the number to call; empty means the one for the
    // system's territory.
    RedFlagDialog(const core::ContentStore &store, const QString &lang, const QString &emergencyNumber,
                  QWidget *parent = nullptr);
    ~RedFlagDialog() override;
    Q_DISABLE_COPY_MOVE(RedFlagDialog)

    QString emergencyNumber() const { return m_emergencyNumber; }
    core::Triage::Result result() const { return m_triage.result(); }

    // The one-page summary for a clinician, as printed: date, level, answers.
    QString summaryHtml() const;
    // Writes the summary as a PDF file; false, with nothing written, on failure.
    bool saveSummaryPdf(const QString &path);

    // Forgets every answer (a kiosk's idle reset calls this too).
    void clearAnswers();
    // Kiosk: an emergency or urgent result adds the clinic's message, fills
    // the screen and is announced through urgentResult (to be read aloud).
    void setClinicAlert(const QString &clinicMessage);

    void done(int result) override;

Q_SIGNALS:
    // The reader asked to read a self-care guide from the result card.
    void guideRequested(const QString &id);
    // An emergency or urgent result on a kiosk: the words to read aloud.
    void urgentResult(const QString &spokenText);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildQuestions(const QList<core::RedFlagArea> &areas);
    QList<core::GuideRef> selfCareGuides(const core::ContentStore &store) const;
    void onAnswered(const QString &id, core::Triage::Answer answer);
    void updateResult();
    void printSummary();
    void saveSummary();
    void setTabOrderToReadingOrder();

    QString m_lang;
    QString m_emergencyNumber;
    QList<core::RedFlagArea> m_areas;
    core::Triage m_triage;
    QHash<QString, QButtonGroup *> m_groups;  // by item id
    QList<QWidget *> m_answerButtons;          // in reading order
    QScrollArea *m_questionsArea = nullptr;
    QScrollArea *m_resultArea = nullptr;
    CareResultCard *m_card = nullptr;
    QLabel *m_clinicAlert = nullptr;
    QString m_clinicMessage;
    std::optional<core::CareLevel> m_alertedLevel;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_clearButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace bph::ui
