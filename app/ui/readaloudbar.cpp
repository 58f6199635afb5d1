#include "readaloudbar.h"
#include "readaloud.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QStyle>
#include <QToolButton>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace bph::ui {

namespace {

constexpr int kTouchTarget = 44;  // px: the smallest comfortable touch target

// The speeds offered, slowest first; ReadAloud's scale runs from -1 to 1.
constexpr std::array<double, 3> kRates = {-0.3, 0.0, 0.3};
constexpr int kNormalSpeed = 1;

QToolButton *makeButton(const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Only the height: a minimum width would let a crowded toolbar squeeze
    // the button below its text ("D...r"); its text makes it wide enough.
    button->setMinimumHeight(kTouchTarget);
    button->setFocusPolicy(Qt::StrongFocus);  // tool buttons skip Tab otherwise
    return button;
}

} // namespace

ReadAloudBar::ReadAloudBar(ReadAloud &readAloud, QWidget *parent)
    : QWidget(parent),
      m_readAloud(readAloud),
      m_playPause(makeButton(u"readAloudPlay"_s, this)),
      m_stop(makeButton(u"readAloudStop"_s, this)),
      m_speed(new QComboBox(this))
{
    loadIcons();
    m_speed->setObjectName(u"readAloudSpeed"_s);
    m_speed->setMinimumHeight(kTouchTarget);
    // Sized again when its words change with the language ("Velocidad
    // normal" is longer than "Normal speed"), not only at its first show.
    m_speed->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const double rate : kRates)
        m_speed->addItem(QString(), rate);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_playPause);
    layout->addWidget(m_stop);
    layout->addWidget(m_speed);

    connect(m_playPause, &QToolButton::clicked, this, &ReadAloudBar::onPlayPauseClicked);
    connect(m_stop, &QToolButton::clicked, &m_readAloud, &ReadAloud::stop);
    connect(m_speed, &QComboBox::activated, this, &ReadAloudBar::onSpeedActivated);
    connect(&m_readAloud, &ReadAloud::rateChanged, this, &ReadAloudBar::selectSpeed);
    // Until the engine starts (at the first Play) only "none installed" is
    // known; then a missing sound output or voice turns Play off.
    connect(&m_readAloud, &ReadAloud::started, this, &ReadAloudBar::updateControls);
    connect(&m_readAloud, &ReadAloud::stateChanged, this, [this](ReadAloud::State state) {
        if (state == ReadAloud::State::Ready || state == ReadAloud::State::Error)
            m_ownsReading = false;
        updateControls();
    });
    connect(&m_readAloud, &ReadAloud::errorOccurred, this, [this](const QString &message) {
        m_lastError = message;
        updateControls();
    });

    retranslate();
    selectSpeed(m_readAloud.rate());
}

void ReadAloudBar::setText(const QString &text, const QString &lang)
{
    const QLocale language(lang);
    if (text == m_text && language == m_language)
        return;
    if (m_ownsReading)
        m_readAloud.stop();
    m_text = text;
    m_language = language;
    m_lastError.clear();
    updateControls();
}

void ReadAloudBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::StyleChange) {
        loadIcons();
        updateControls();
    }
}

void ReadAloudBar::loadIcons()
{
    m_playIcon = style()->standardIcon(QStyle::SP_MediaPlay);
    m_pauseIcon = style()->standardIcon(QStyle::SP_MediaPause);
    m_stop->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
}

void ReadAloudBar::retranslate()
{
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stop reading aloud"));
    m_stop->setAccessibleName(tr("Stop reading aloud"));
    m_speed->setItemText(0, tr("Slower"));
    m_speed->setItemText(kNormalSpeed, tr("Normal speed"));
    m_speed->setItemText(2, tr("Faster"));
    m_speed->setAccessibleName(tr("Reading speed"));
    updateControls();
}

void ReadAloudBar::updateControls()
{
    const ReadAloud::State state = m_readAloud.state();
    const bool speaking = state == ReadAloud::State::Speaking;
    const bool paused = state == ReadAloud::State::Paused;

    QString text;
    QString tip;
    bool enabled = true;
    if (speaking) {
        text = tr("Pause");
        tip = tr("Pause reading aloud");
    } else if (paused) {
        text = tr("Resume");
        tip = tr("Carry on reading aloud");
    } else {
        text = tr("Read aloud");
        const QString reason = m_readAloud.unavailableReason(m_language);
        if (!m_readAloud.isAvailable() || (!m_text.isEmpty() && !reason.isEmpty())) {
            enabled = false;
            tip = m_readAloud.isAvailable() ? reason : m_readAloud.unavailableReason();
        } else if (m_text.isEmpty()) {
            enabled = false;
            tip = tr("Open a guide to read it aloud.");
        } else if (!m_lastError.isEmpty()) {
            //: %1 says why the last attempt failed.
            tip = tr("Read this page aloud. %1").arg(m_lastError);
        } else {
            tip = tr("Read this page aloud");
        }
    }
    m_playPause->setIcon(speaking ? m_pauseIcon : m_playIcon);
    m_playPause->setText(text);
    m_playPause->setToolTip(tip);
    m_playPause->setAccessibleName(text);
    m_playPause->setAccessibleDescription(tip);
    m_playPause->setEnabled(enabled);

    m_stop->setEnabled(speaking || paused);

    const bool rateWorks = m_readAloud.canChangeRate();
    m_speed->setEnabled(rateWorks);
    m_speed->setToolTip(rateWorks ? tr("Reading speed") : m_readAloud.rateUnavailableReason());
    m_speed->setAccessibleDescription(m_speed->toolTip());
}

void ReadAloudBar::onPlayPauseClicked()
{
    switch (m_readAloud.state()) {
    case ReadAloud::State::Speaking:
        m_readAloud.pause();
        return;
    case ReadAloud::State::Paused:
        m_readAloud.resume();
        return;
    case ReadAloud::State::Ready:
    case ReadAloud::State::Error:
        break;
    }
    m_lastError.clear();
    m_ownsReading = m_readAloud.speak(m_text, m_language);
    updateControls();
}

void ReadAloudBar::onSpeedActivated(int index)
{
    m_readAloud.setRate(m_speed->itemData(index).toDouble());
}

void ReadAloudBar::selectSpeed(double rate)
{
    // The nearest offered speed: another user of ReadAloud may set any rate.
    int nearest = kNormalSpeed;
    for (int i = 0; i < int(kRates.size()); ++i) {
        if (std::abs(kRates.at(i) - rate) < std::abs(kRates.at(nearest) - rate))
            nearest = i;
    }
    m_speed->setCurrentIndex(nearest);
}

} // namespace bph::ui
