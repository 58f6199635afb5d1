#include "searchpopup.h"
#include "searchresultdelegate.h"

#include <QAccessible>
#include <QEvent>
#include <QGuiApplication>
#include <QInputMethod>
#include <QLabel>
#include <QListView>
#include <QMouseEvent>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bph::ui {

namespace {

// Rows shown before the list scrolls: enough to choose from, few enough to
// leave the page in view.
constexpr int kVisibleRows = 6;
// The "Did you mean" line and no choice at all, as positions in the list.
constexpr int kSuggestionRow = -1;
constexpr int kNoRow = -2;

// How far down `host` is free: to the top of the on-screen keyboard where
// one is up over it (a kiosk's), else to its bottom.
int freeHeight(const QWidget *host)
{
    const QInputMethod *inputMethod = QGuiApplication::inputMethod();
    const QRectF keyboard = inputMethod->keyboardRectangle();  // on the screen
    if (!inputMethod->isVisible() || keyboard.isEmpty())
        return host->height();
    return std::clamp(host->mapFromGlobal(keyboard.topLeft().toPoint()).y(), 0, host->height());
}

} // namespace

SearchPopup::SearchPopup(QAbstractItemModel *results, QWidget *parent)
    : QFrame(parent),
      m_results(results),
      m_suggestionLine(new QLabel(this)),
      m_emptyState(new QLabel(this)),
      m_list(new QListView(this))
{
    setObjectName(u"searchPopup"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    const int pad = fontMetrics().height() / 2;

    m_suggestionLine->setObjectName(u"searchSuggestion"_s);
    m_suggestionLine->setTextFormat(Qt::RichText);
    m_suggestionLine->setContentsMargins(pad + pad / 2, pad, pad, pad);
    m_suggestionLine->setAutoFillBackground(true);
    m_suggestionLine->setCursor(Qt::PointingHandCursor);
    m_suggestionLine->installEventFilter(this);

    m_emptyState->setObjectName(u"searchEmptyState"_s);
    m_emptyState->setWordWrap(true);
    m_emptyState->setContentsMargins(pad + pad / 2, pad, pad, pad);
    m_emptyState->setForegroundRole(QPalette::PlaceholderText);

    m_list->setObjectName(u"searchResults"_s);
    m_list->setModel(results);
    m_list->setItemDelegate(new SearchResultDelegate(m_list));
    // The cursor stays in the search box: the reader types and chooses in one place.
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setUniformItemSizes(true);
    m_list->setMouseTracking(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(m_list, &QListView::clicked, this, &SearchPopup::resultClicked);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_suggestionLine);
    layout->addWidget(m_emptyState);
    layout->addWidget(m_list, 1);
    retranslate();
    refresh({});
}

int SearchPopup::resultCount() const
{
    return m_results->rowCount();
}

void SearchPopup::refresh(const QString &suggestion)
{
    m_suggestion = suggestion;
    retranslate();
    const bool empty = resultCount() == 0;
    m_suggestionLine->setVisible(!suggestion.isEmpty());
    m_emptyState->setVisible(empty);
    m_list->setVisible(!empty);
    clearChoice();
    m_list->scrollToTop();
}

void SearchPopup::moveChoice(int step)
{
    const int rows = resultCount();
    const QModelIndex chosen = chosenResult();
    const int current = m_suggestionChosen ? kSuggestionRow : chosen.isValid() ? chosen.row() : kNoRow;
    const int first = m_suggestion.isEmpty() ? 0 : kSuggestionRow;
    int next = current == kNoRow ? (step > 0 ? 0 : kSuggestionRow) : current + step;
    next = rows == 0 ? first : std::clamp(next, first, rows - 1);
    if (next == kSuggestionRow && m_suggestion.isEmpty())
        return;
    setSuggestionChosen(next == kSuggestionRow);
    if (next < 0) {
        m_list->selectionModel()->clear();
        return;
    }
    const QModelIndex index = m_results->index(next, 0);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
    // The keyboard focus stays in the search box, so say which result is chosen.
    if (QAccessible::isActive()) {
        QAccessibleEvent event(m_list, QAccessible::Focus);
        event.setChild(next);
        QAccessible::updateAccessibility(&event);
    }
}

void SearchPopup::clearChoice()
{
    setSuggestionChosen(false);
    m_list->selectionModel()->clear();
}

QModelIndex SearchPopup::chosenResult() const
{
    const QModelIndexList selected = m_list->selectionModel()->selectedIndexes();
    return selected.isEmpty() ? QModelIndex() : selected.first();
}

void SearchPopup::setSuggestionChosen(bool chosen)
{
    m_suggestionChosen = chosen;
    m_suggestionLine->setBackgroundRole(chosen ? QPalette::Highlight : QPalette::Base);
    m_suggestionLine->setForegroundRole(chosen ? QPalette::HighlightedText : QPalette::Text);
    showSuggestionText();
}

void SearchPopup::showSuggestionText()
{
    // The suggested words in the link colour say "click me"; on the chosen
    // line they take the line's own colour.
    const QString colour = palette().color(m_suggestionChosen ? QPalette::HighlightedText : QPalette::Link).name();
    const QString words = u"<b style=\"color:%1\">%2</b>"_s.arg(colour, m_suggestion.toHtmlEscaped());
    m_suggestionLine->setText(tr("Did you mean %1?").toHtmlEscaped().arg(words));
}

void SearchPopup::placeBelow(QWidget *anchor)
{
    QWidget *host = anchor->window();
    if (parentWidget() != host) {
        const bool wasVisible = isVisible();
        setParent(host);
        setVisible(wasVisible);
    }
    const int margin = fontMetrics().height() / 2;
    const QPoint below = anchor->mapTo(host, QPoint(0, anchor->height() + 2));
    const int width = std::min(std::max(anchor->width(), 44 * fontMetrics().averageCharWidth()), host->width() - 2 * margin);
    const int x = std::max(margin, std::min(below.x(), host->width() - margin - width));

    int height = 2 * frameWidth();
    if (m_suggestionLine->isVisibleTo(this))
        height += m_suggestionLine->sizeHint().height();
    if (m_emptyState->isVisibleTo(this))
        height += m_emptyState->heightForWidth(width - 2 * frameWidth());
    if (resultCount() > 0)
        height += std::min(resultCount(), kVisibleRows) * m_list->sizeHintForRow(0);
    height = std::min(height, freeHeight(host) - below.y() - margin);
    setGeometry(x, below.y(), width, std::max(height, 0));
    raise();
}

void SearchPopup::retranslate()
{
    setAccessibleName(tr("Search results"));
    m_list->setAccessibleName(tr("Matching guides and questions"));
    m_emptyState->setText(tr("No guides or questions match"));
    m_emptyState->setAccessibleName(m_emptyState->text());
    showSuggestionText();
    m_suggestionLine->setAccessibleName(tr("Did you mean %1?").arg(m_suggestion));
    m_suggestionLine->setAccessibleDescription(tr("Searches for this spelling instead"));
    m_list->viewport()->update();  // the kind of each result is translated as it is drawn
}

bool SearchPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_suggestionLine && event->type() == QEvent::MouseButtonRelease
        && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        Q_EMIT suggestionClicked();
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

void SearchPopup::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace bph::ui
