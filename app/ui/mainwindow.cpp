#include "mainwindow.h"
#include "articleview.h"
#include "contentstore.h"
#include "topictreemodel.h"

#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace bph::ui {

namespace {
Q_LOGGING_CATEGORY(lcStartup, "bph.ui.startup")
}

MainWindow::MainWindow(const core::ContentStore &store, QString lang, QString startGuide, QElapsedTimer startClock,
                       QWidget *parent)
    : QMainWindow(parent),
      m_store(store),
      m_lang(std::move(lang)),
      m_pendingGuide(std::move(startGuide)),
      m_startClock(startClock),
      m_topics(new core::TopicTreeModel(this)),
      m_navigator(new QTreeView),
      m_viewStack(new QStackedWidget)
{
    setWindowTitle(tr("Back Pain Hub"));
    resize(1100, 720);

    m_topics->setTopics(m_store.topics(m_lang));
    m_navigator->setModel(m_topics);
    m_navigator->setHeaderHidden(true);
    m_navigator->setAccessibleName(tr("Topics and guides"));
    m_navigator->expandAll();
    connect(m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        if (index.data(core::TopicTreeModel::IsGuideRole).toBool())
            openGuide(index.data(core::TopicTreeModel::IdRole).toString());
    });

    auto *loading = new QLabel(tr("Opening the guide…"));
    loading->setAlignment(Qt::AlignCenter);
    m_viewStack->addWidget(loading);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_viewStack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 800});
    setCentralWidget(splitter);

    selectInNavigator(m_pendingGuide);
}

QString MainWindow::currentGuideId() const
{
    return m_article ? m_article->currentGuideId() : m_pendingGuide;
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_article)
        return;
    qCInfo(lcStartup, "window shown after %lld ms", static_cast<long long>(m_startClock.elapsed()));
    // Let the window paint first; QtWebEngine starts after.
    QTimer::singleShot(0, this, &MainWindow::createArticleView);
}

void MainWindow::createArticleView()
{
    if (m_article)
        return;
    m_article = new ArticleView(m_store, this);
    m_article->setLanguage(m_lang);
    m_viewStack->addWidget(m_article);
    m_viewStack->setCurrentWidget(m_article);
    connect(m_article, &ArticleView::guideShown, this, [this](const QString &id) {
        if (!m_firstGuideLogged) {
            m_firstGuideLogged = true;
            qCInfo(lcStartup, "first guide rendered after %lld ms", static_cast<long long>(m_startClock.elapsed()));
        }
        selectInNavigator(id);
    });
    connect(m_article, &ArticleView::externalLinkRequested, this, [this](const QUrl &url) {
        const auto answer = QMessageBox::question(
                this, tr("Open a web page?"),
                tr("This link leads to a page outside Back Pain Hub:\n%1\n\nOpen it in your web browser?")
                        .arg(url.toDisplayString()));
        if (answer == QMessageBox::Yes)
            QDesktopServices::openUrl(url);
    });
    m_article->openGuide(m_pendingGuide);
    Q_EMIT articleViewReady();
}

void MainWindow::openGuide(const QString &id)
{
    if (!m_store.guide(m_lang, id))
        return;
    m_pendingGuide = id;
    if (m_article && m_article->currentGuideId() != id)
        m_article->openGuide(id);
}

void MainWindow::selectInNavigator(const QString &guideId)
{
    const QModelIndex index = m_topics->indexOfGuide(guideId);
    if (index.isValid() && m_navigator->currentIndex() != index)
        m_navigator->setCurrentIndex(index);
}

} // namespace bph::ui
