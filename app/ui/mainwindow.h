#pragma once

// The reader's window: toolbar, topic navigator, the guide (or the FAQ
// browser) and the find bar. The guide viewer (the bph_reader module, with
// QtWebEngine) is loaded only once the window is first painted, so the window
// appears, whole, before QtWebEngine is even loaded.

#include "keyboardlanguage.h"
#include "kioskconfig.h"
#include "preferences.h"
#include "readerpane.h"
#include "redflagdialog.h"
#include "startupsequence.h"
#include "statusnotices.h"
#include "topicnavigator.h"
#include "uitranslator.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <optional>

class QSplitter;
class QToolBar;

namespace bph::core {
class ContentStore;
}

namespace bph::ui {

class FaqBrowser;
class FindBar;
class ReadAloud;
class ReaderActions;
class ReaderSignals;
class ReaderView;
class ReadingControls;
class SearchBox;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // `translations`: where the interface's translations are found (the
    // built-in ones unless given).
    MainWindow(const core::ContentStore &store, core::Preferences &preferences, QString lang, QString startGuide,
               QElapsedTimer startClock, const TranslationFiles &translations = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString language() const { return m_lang; }
    QString currentGuideId() const;
    // The guide viewer: none until just after the first show, nor if its
    // module cannot be loaded (the reading area then says so).
    ReaderView *articleView() const { return m_reader->articleView(); }
    // What the guide viewer reports, whichever viewer is current.
    ReaderSignals *readerSignals() const { return m_reader->readerSignals(); }
    TopicNavigator *navigator() const { return m_navigator; }
    // Made at its first use.
    FaqBrowser *faqBrowser() const { return m_reader->faqBrowser(); }
    FindBar *findBar() const { return m_reader->findBar(); }
    SearchBox *searchBox() const { return m_search; }
    ReadAloud *readAloud() const;
    QToolBar *toolBar() const { return m_toolBar; }
    // Read aloud and the text size: the toolbar's end, or a row of their own on a kiosk.
    QToolBar *readingToolBar() const { return m_readingToolBar; }
    ReaderActions *actions() const { return m_actions; }
    RedFlagDialog *checklistDialog() const { return m_checklist; }

    void openGuide(const QString &id);
    // Guide `id`, or where the language shown has no such guide the first
    // one, as Home opens.
    void openGuideOrFirst(const QString &id);
    void showQuestions(const QString &guideId = {});
    void showQuestion(const QString &faqId);
    void openChecklist();
    void setLanguage(const QString &lang);
    void setTheme(core::Theme theme);
    void setTextScale(double scale);

    // Kiosk: close only when allowed; links become QR codes; the clinic's
    // urgent message joins urgent checklist results; the reading controls
    // get a toolbar row of their own. With a phone base URL, every guide
    // offers "Read on your phone" as a QR code of <base>/<lang>/<id>.
    void enterKioskMode(const core::KioskConfig &config);
    bool isKioskMode() const { return m_kiosk.has_value(); }
    void allowClose() { m_closeAllowed = true; }
    // Forgets everything the last reader did: history, search, find, open
    // questions, and the web view itself (a fresh off-the-record profile).
    void discardReadingState();

Q_SIGNALS:
    void articleViewReady();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildToolBar();
    void retranslate();
    void connectActions();
    void createArticleView();
    void connectReaderSignals();
    void updateHistoryActions();
    void confirmExternalLink(const QUrl &url);
    void resetPreferences();
    void applyTheme();
    // Once the first guide is on screen (or cannot be): what could wait.
    void finishStartUp();
    void updateReadAloudText();
    // Says in the status bar that the menus stay in English because there is
    // no translation into `lang`; empty: takes that back.
    void noticeUntranslatedLanguage(const QString &lang);

    const core::ContentStore &m_store;
    core::Preferences &m_preferences;
    QString m_lang;
    QString m_pendingGuide;
    ReaderActions *m_actions = nullptr;
    UiTranslator *m_translator = nullptr;
    TopicNavigator *m_navigator = nullptr;
    ReaderPane *m_reader = nullptr;
    QSplitter *m_splitter = nullptr;  // the navigator beside the reading area
    SearchBox *m_search = nullptr;
    ReadingControls *m_reading = nullptr;  // on the toolbar once the first guide is shown
    QToolBar *m_toolBar = nullptr;
    QToolBar *m_readingToolBar = nullptr;
    QPointer<RedFlagDialog> m_checklist;
    QPalette m_systemPalette;
    StartUpSequence *m_startUp = nullptr;
    StatusNotices m_notices{*this};
    KeyboardLanguage m_keyboardLanguage;  // the on-screen keyboard's, where there is one
    bool m_closeAllowed = false;
    std::optional<core::KioskConfig> m_kiosk;  // what the clinic configured; nothing outside kiosk mode
};

} // namespace bph::ui
