#pragma once

// Play, pause, stop and speed controls that read the open page aloud, sized
// for a toolbar and for fingers on a kiosk's touch screen.

#include <QIcon>
#include <QLocale>
#include <QWidget>

class QComboBox;
class QToolButton;

namespace bph::ui {

class ReadAloud;

class ReadAloudBar final : public QWidget
{
    Q_OBJECT
public:
    // readAloud must outlive the bar; others (the kiosk) may share it.
    explicit ReadAloudBar(ReadAloud &readAloud, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReadAloudBar)

    // What Play reads and the language it is in ("en", "es"). A different
    // text stops the reading this bar started; an empty one disables Play.
    void setText(const QString &text, const QString &lang);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadIcons();
    void updateControls();
    void onPlayPauseClicked();
    void onSpeedActivated(int index);
    void selectSpeed(double rate);

    ReadAloud &m_readAloud;
    QToolButton *m_playPause = nullptr;
    QToolButton *m_stop = nullptr;
    QComboBox *m_speed = nullptr;
    // Made once per style: a new QIcon at every guide opening would put
    // another pixmap in QPixmapCache each time, and a kiosk's memory grow.
    QIcon m_playIcon;
    QIcon m_pauseIcon;
    QString m_text;
    QLocale m_language;
    QString m_lastError;
    bool m_ownsReading = false;  // the reading under way is this bar's text
};

} // namespace bph::ui
