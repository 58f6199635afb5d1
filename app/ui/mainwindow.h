#pragma once

// The reader's window: the topic navigator beside the guide. The web view is
// created only after the window is first shown, so the window appears fast.

#include <QMainWindow>
#include <QElapsedTimer>

class QTreeView;
class QStackedWidget;

namespace bph::core {
class ContentStore;
class TopicTreeModel;
}

namespace bph::ui {

class ArticleView;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const core::ContentStore &store, QString lang, QString startGuide, QElapsedTimer startClock,
               QWidget *parent = nullptr);

    QString language() const { return m_lang; }
    QString currentGuideId() const;
    ArticleView *articleView() const { return m_article; }
    QTreeView *navigator() const { return m_navigator; }

    void openGuide(const QString &id);

Q_SIGNALS:
    void articleViewReady();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createArticleView();
    void selectInNavigator(const QString &guideId);

    const core::ContentStore &m_store;
    QString m_lang;
    QString m_pendingGuide;
    QElapsedTimer m_startClock;
    core::TopicTreeModel *m_topics = nullptr;
    QTreeView *m_navigator = nullptr;
    QStackedWidget *m_viewStack = nullptr;
    ArticleView *m_article = nullptr;
    bool m_firstGuideLogged = false;
};

} // namespace bph::ui
