#pragma once

// The topic navigator: every topic with its guides beneath it, in the
// reader's language, always open; moving to a guide's row opens it. A title
// too long for the list's width wraps onto a second line rather than being
// cut short ("El dolor de espalda y de pelvis en el...").

#include "contenttypes.h"

#include <QTreeView>

namespace bph::core {
class TopicTreeModel;
}

namespace bph::ui {

class TopicNavigator final : public QTreeView
{
    Q_OBJECT
public:
    explicit TopicNavigator(QWidget *parent = nullptr);

    void setTopics(QList<core::Topic> topics);
    // Makes guide `id`'s row the current one, if it is listed.
    void selectGuide(const QString &id);

Q_SIGNALS:
    void guideActivated(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    core::TopicTreeModel *m_topics = nullptr;
};

} // namespace bph::ui
