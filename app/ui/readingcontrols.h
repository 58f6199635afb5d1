#pragma once

// Read aloud and the text size, added to a toolbar once there is a guide to
// use them on (the speech engine itself starts at the first Play).

#include "contenttypes.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QToolBar;

namespace bph::ui {

class ReadAloud;
class ReadAloudBar;

class ReadingControls final : public QObject
{
    Q_OBJECT
public:
    explicit ReadingControls(QObject *parent = nullptr);
    // Takes the bar off its toolbar first: it uses the ReadAloud this owns.
    ~ReadingControls() override;
    Q_DISABLE_COPY_MOVE(ReadingControls)

    // Adds the read-aloud bar, then the text-size actions, at the end of
    // `toolBar`, and shows it. Once; later calls do nothing.
    void addTo(QToolBar *toolBar, QAction *textSmaller, QAction *textLarger);
    bool isAdded() const { return m_readAloud; }
    // Nothing until added.
    ReadAloud *readAloud() const { return m_readAloud; }

    // What Play reads: the guide's title, summary and text, in `lang`; no
    // guide disables Play.
    void setGuide(const std::optional<core::Guide> &guide, const QString &lang);
    // Says `text` aloud where a voice for `lang` exists (a kiosk's urgent
    // checklist result); otherwise nothing.
    void speak(const QString &text, const QString &lang);

private:
    ReadAloud *m_readAloud = nullptr;
    QPointer<ReadAloudBar> m_bar;  // on the toolbar: gone with it
    QPointer<QAction> m_barAction;  // the bar's place on the toolbar; gone with the toolbar
};

} // namespace bph::ui
