#include "mainwindow.h"
#include "apptheme.h"
#include "contentstore.h"
#include "faqbrowser.h"
#include "findbar.h"
#include "openglwindow.h"
#include "readeractions.h"
#include "readerpane.h"
#include "readerprompts.h"
#include "readersignals.h"
#include "readingcontrols.h"
#include "qrcodedialog.h"
#include "redflagdialog.h"
#include "searchbox.h"
#include "startupsequence.h"
#include "statusnotices.h"
#include "topicnavigator.h"
#include "uitranslator.h"
#include "windowplace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace bph::ui {

namespace {
constexpr double kTextScaleStep = 0.1;
}

MainWindow::MainWindow(const core::ContentStore &store, core::Preferences &preferences, QString lang,
                       QString startGuide, QElapsedTimer startClock, const TranslationFiles &translations,
                       QWidget *parent)
    : QMainWindow(parent),
      m_store(store),
      m_preferences(preferences),
      m_lang(std::move(lang)),
      m_pendingGuide(std::move(startGuide)),
      m_actions(new ReaderActions(this)),
      m_translator(new UiTranslator(this, translations)),
      m_navigator(new TopicNavigator),
      m_reader(new ReaderPane(store, m_lang)),
      m_splitter(new QSplitter),
      m_search(new SearchBox(store, this)),
      m_reading(new ReadingControls(this)),
      m_systemPalette(QApplication::palette()),
      m_startUp(new StartUpSequence(*this, startClock))
{
    setObjectName(u"MainWindow"_s);
    // No menu from a right click or a long press on the toolbar: the only
    // thing a main window's offers is to hide it, and search and the way
    // home with it, which a reader would not know how to bring back.
    setContextMenuPolicy(Qt::NoContextMenu);
    const bool translated = m_translator->setLanguage(m_lang);

    m_navigator->setTopics(m_store.topics(m_lang));
    connect(m_navigator, &TopicNavigator::guideActivated, this, &MainWindow::openGuide);

    connect(m_reader, &ReaderPane::guideRequested, this, &MainWindow::openGuide);
    connect(m_reader, &ReaderPane::checklistRequested, this, &MainWindow::openChecklist);
    connect(m_reader, &ReaderPane::externalLinkRequested, this, &MainWindow::confirmExternalLink);
    connect(m_startUp, &StartUpSequence::windowPainted, this, &MainWindow::createArticleView);
    connect(m_startUp, &StartUpSequence::finished, this, &MainWindow::finishStartUp);
    m_search->setLanguage(m_lang);
    connect(m_search, &SearchBox::guideRequested, this, &MainWindow::openGuide);
    connect(m_search, &SearchBox::faqRequested, this, &MainWindow::showQuestion);

    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_reader);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    takeFirstPlace(*this, *m_splitter);
    restorePlace(*this, *m_splitter, m_preferences.windowPlace());

    buildToolBar();
    m_actions->populateMenuBar(menuBar());
    connectActions();
    connectReaderSignals();
    retranslate();
    applyTheme();
    m_reader->setTextScale(m_preferences.textScale());
    updateHistoryActions();
    m_navigator->selectGuide(m_pendingGuide);
    setTabOrder(m_navigator, m_reader);
    if (!translated)
        noticeUntranslatedLanguage(m_lang);
    connect(&m_preferences, &core::Preferences::saveFailed, this, [this] { m_notices.showUnsavedPreferences(); });
    if (!m_preferences.saveError().isEmpty())
        m_notices.showUnsavedPreferences();  // failed before this window was made
    reserveOpenGLWindow(this);
}

MainWindow::~MainWindow()
{
    m_reader->discardArticleView();  // while this window can still take what it reports
}

ReadAloud *MainWindow::readAloud() const
{
    return m_reading->readAloud();
}

QString MainWindow::currentGuideId() const
{
    return articleView() ? articleView()->currentGuideId() : m_pendingGuide;
}

void MainWindow::buildToolBar()
{
    auto *toolBar = m_toolBar = m_readingToolBar = addToolBar(tr("Reader"));
    toolBar->setObjectName(u"ReaderToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_actions->back);
    toolBar->addAction(m_actions->forward);
    toolBar->addAction(m_actions->home);
    toolBar->addSeparator();
    toolBar->addWidget(m_search);
    toolBar->addSeparator();
    toolBar->addAction(m_actions->questions);
    toolBar->addAction(m_actions->checklist);
}

void MainWindow::connectActions()
{
    connect(m_actions->back, &QAction::triggered, this, [this] {
        if (ReaderView *article = articleView())
            article->back();
    });
    connect(m_actions->forward, &QAction::triggered, this, [this] {
        if (ReaderView *article = articleView())
            article->forward();
    });
    connect(m_actions->home, &QAction::triggered, this, [this] { openGuide(m_store.firstGuideId(m_lang)); });
    connect(m_actions->focusSearch, &QAction::triggered, m_search, &SearchBox::focusSearch);
    connect(m_actions->questions, &QAction::triggered, this, [this] { showQuestions(); });
    connect(m_actions->checklist, &QAction::triggered, this, &MainWindow::openChecklist);
    connect(m_actions->find, &QAction::triggered, findBar(), &FindBar::open);
    connect(m_actions->findNext, &QAction::triggered, m_reader, &ReaderPane::findNext);
    connect(m_actions->findPrevious, &QAction::triggered, m_reader, &ReaderPane::findPrevious);
    connect(m_actions->textLarger, &QAction::triggered, this, [this] { setTextScale(m_preferences.textScale() + kTextScaleStep); });
    connect(m_actions->textSmaller, &QAction::triggered, this, [this] { setTextScale(m_preferences.textScale() - kTextScaleStep); });
    connect(m_actions->textReset, &QAction::triggered, this, [this] { setTextScale(1.0); });
    connect(m_actions->print, &QAction::triggered, m_reader, &ReaderPane::printGuide);
    connect(m_actions->savePdf, &QAction::triggered, this, [this] {
        if (!m_kiosk)
            m_reader->saveGuideAsPdf();
    });
    connect(m_actions->resetPreferences, &QAction::triggered, this, &MainWindow::resetPreferences);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->about, &QAction::triggered, this, [this] { showAbout(this); });
    connect(m_actions->themes, &QActionGroup::triggered, this,
            [this](QAction *action) { setTheme(core::Theme(action->data().toInt())); });
    connect(m_actions->languages, &QActionGroup::triggered, this,
            [this](QAction *action) { setLanguage(action->data().toString()); });
    m_actions->themeAction(m_preferences.theme())->setChecked(true);
    if (QAction *language = m_actions->languageAction(m_lang))
        language->setChecked(true);
    for (QAction *action : m_actions->findChildren<QAction *>())
        addAction(action);  // shortcuts work wherever focus is in the window
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Back Pain Hub"));
    m_actions->retranslate();
}

void MainWindow::enterKioskMode(const core::KioskConfig &config)
{
    m_kiosk = config;
    const QUrl phoneBaseUrl = config.phoneBaseUrl();
    m_reader->setKioskViewer(phoneBaseUrl.isValid() && !phoneBaseUrl.isEmpty());
    // With touch-sized buttons one row holds too little on a kiosk's screen:
    // the text size, which older readers need most, would wait behind the
    // overflow button. Shown when its controls come, with the first guide.
    addToolBarBreak();
    m_readingToolBar = addToolBar(tr("Reading"));
    m_readingToolBar->setObjectName(u"ReadingToolBar"_s);
    m_readingToolBar->setMovable(false);
    m_readingToolBar->hide();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_kiosk && !m_closeAllowed) {
        event->ignore();  // Alt+F4 and the window manager's close do nothing on a kiosk
        return;
    }
    if (!m_kiosk)
        m_preferences.setWindowPlace(placeOf(*this, *m_splitter));
    QMainWindow::closeEvent(event);
}

void MainWindow::discardReadingState()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *dialog = qobject_cast<QDialog *>(widget); dialog && dialog->isVisible())
            dialog->reject();
    m_search->clear();
    const bool viewerShown = articleView();
    m_reader->forgetReadingState();
    if (viewerShown)
        createArticleView();  // a fresh one, with a fresh off-the-record profile
}

void MainWindow::createArticleView()
{
    if (articleView())
        return;
    ReaderView *article = m_reader->createArticleView(m_pendingGuide);
    if (!article) {
        m_startUp->viewerUnavailable();  // the reading area says why there are no guides
        return;
    }
    setTabOrder(m_navigator, article->widget());
    updateReadAloudText();
    Q_EMIT articleViewReady();
}

void MainWindow::connectReaderSignals()
{
    connect(readerSignals(), &ReaderSignals::phoneLinkRequested, this, [this](const QString &id) {
        if (m_kiosk)
            QrCodeDialog(tr("Read this guide on your phone"), m_kiosk->phoneLink(m_lang, id), this).exec();
    });
    connect(readerSignals(), &ReaderSignals::guideShown, m_startUp, &StartUpSequence::guideShown);
    connect(readerSignals(), &ReaderSignals::guideChanged, this, [this](const QString &id) {
        m_pendingGuide = id;
        m_preferences.setLastGuide(id);
        m_reader->showArticle();
        m_navigator->selectGuide(id);
        updateReadAloudText();
    });
    connect(readerSignals(), &ReaderSignals::historyChanged, this, &MainWindow::updateHistoryActions);
    connect(readerSignals(), &ReaderSignals::checklistRequested, this, &MainWindow::openChecklist);
    connect(readerSignals(), &ReaderSignals::questionsRequested, this, &MainWindow::showQuestions);
    connect(readerSignals(), &ReaderSignals::externalLinkRequested, this, &MainWindow::confirmExternalLink);
    connect(m_reader, &ReaderPane::outcomeReported, this, [this](const QString &text) { m_notices.showOutcome(text); });
}

void MainWindow::finishStartUp()
{
    // The toolbar's icons and the reading controls wait until the first
    // guide is on screen (the speech engine itself until the first Play).
    m_actions->loadIcons(style());
    m_reading->addTo(m_readingToolBar, m_actions->textSmaller, m_actions->textLarger);
    updateReadAloudText();
    m_keyboardLanguage.follow(m_lang);
}

void MainWindow::openGuide(const QString &id)
{
    if (!m_store.guide(m_lang, id))
        return;
    m_pendingGuide = id;
    ReaderView *article = articleView();
    if (!article)
        return;
    m_reader->showArticle();
    if (article->currentGuideId() != id)
        article->openGuide(id);
}

void MainWindow::openGuideOrFirst(const QString &id)
{
    openGuide(m_store.guide(m_lang, id) ? id : m_store.firstGuideId(m_lang));
}

void MainWindow::showQuestions(const QString &guideId)
{
    m_reader->showQuestions(guideId);
}

void MainWindow::showQuestion(const QString &faqId)
{
    m_reader->showQuestion(faqId);
}

void MainWindow::openChecklist()
{
    if (!m_checklist) {
        m_checklist = new RedFlagDialog(m_store, m_lang, QString(), this);
        m_checklist->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_checklist, &RedFlagDialog::guideRequested, this, &MainWindow::openGuide);
        if (m_kiosk) {
            m_checklist->setClinicAlert(m_kiosk->urgentMessage());  // in today's language
            connect(m_checklist, &RedFlagDialog::urgentResult, this,
                    [this](const QString &text) { m_reading->speak(text, m_lang); });
        }
    }
    m_checklist->show();
    m_checklist->raise();
    m_checklist->activateWindow();
}

void MainWindow::setLanguage(const QString &lang)
{
    if (lang == m_lang || !m_store.hasLanguage(lang))
        return;
    m_lang = lang;
    m_preferences.setLanguage(lang);
    const bool translated = m_translator->setLanguage(lang);  // sends LanguageChange to every widget
    noticeUntranslatedLanguage(translated ? QString() : lang);
    m_navigator->setTopics(m_store.topics(lang));
    m_reader->setLanguage(lang);
    m_search->setLanguage(lang);
    m_keyboardLanguage.follow(lang);
    if (QAction *action = m_actions->languageAction(lang))
        action->setChecked(true);
    if (m_checklist)
        m_checklist->close();  // its answers were in the old language's words
    updateReadAloudText();
    m_navigator->selectGuide(currentGuideId());
}

void MainWindow::setTheme(core::Theme theme)
{
    m_preferences.setTheme(theme);
    m_actions->themeAction(theme)->setChecked(true);
    applyTheme();
}

void MainWindow::applyTheme()
{
    QApplication::setPalette(themePalette(m_preferences.theme(), m_systemPalette));
    m_reader->setPageTheme(pageThemeName(m_preferences.theme(), m_systemPalette));
}

void MainWindow::updateReadAloudText()
{
    if (m_reading->isAdded())
        m_reading->setGuide(m_store.guide(m_lang, currentGuideId()), m_lang);
}

void MainWindow::setTextScale(double scale)
{
    m_preferences.setTextScale(scale);
    m_reader->setTextScale(m_preferences.textScale());
}

void MainWindow::noticeUntranslatedLanguage(const QString &lang)
{
    // Named as the Language menu names it.
    const QAction *action = lang.isEmpty() ? nullptr : m_actions->languageAction(lang);
    m_notices.showUntranslatedLanguage(action ? action->text() : lang);
}

void MainWindow::updateHistoryActions()
{
    const ReaderView *article = articleView();
    m_actions->back->setEnabled(article && article->canGoBack());
    m_actions->forward->setEnabled(article && article->canGoForward());
}

void MainWindow::confirmExternalLink(const QUrl &url)
{
    if (m_kiosk) {
        QrCodeDialog(tr("Read this page on your phone"), url, this).exec();
        return;
    }
    if (bph::ui::confirmExternalLink(this, url))
        QDesktopServices::openUrl(url);
}

void MainWindow::resetPreferences()
{
    if (m_kiosk || !confirmResetPreferences(this))
        return;
    m_preferences.reset();
    m_actions->themeAction(core::Theme::System)->setChecked(true);
    applyTheme();
    setTextScale(1.0);
    m_preferences.setLastGuide(QString());
    showNormal();
    takeFirstPlace(*this, *m_splitter);
}

} // namespace bph::ui
