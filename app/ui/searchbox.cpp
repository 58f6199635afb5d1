#include "searchbox.h"
#include "readertextfield.h"
#include "ftsquery.h"
#include "searchcontroller.h"
#include "searchpopup.h"
#include "searchresultsmodel.h"

#include <QAction>
#include <QEvent>
#include <QFocusEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputMethod>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace bph::ui {

namespace {

constexpr int kPageStep = 5;

// A magnifying glass in the placeholder's colour; the app ships no icon set.
QIcon searchIcon(const QColor &color)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(color, 3);
    pen.setCapStyle(Qt::RoundCap);
    painter.setPen(pen);
    painter.drawEllipse(QRectF(5, 5, 16, 16));
    painter.drawLine(QPointF(19.5, 19.5), QPointF(27, 27));
    return QIcon(pixmap);
}

bool isEnter(int key)
{
    return key == Qt::Key_Return || key == Qt::Key_Enter;
}

} // namespace

SearchBox::SearchBox(const core::ContentStore &store, QWidget *parent)
    : QWidget(parent),
      m_controller(new core::SearchController(store, this)),
      m_model(new core::SearchResultsModel(this)),
      m_edit(new QLineEdit(this)),
      m_popup(new SearchPopup(m_model, this))
{
    m_edit->setObjectName(u"searchField"_s);
    setUpReaderTextField(m_edit);
    m_searchIcon = m_edit->addAction(searchIcon(palette().color(QPalette::PlaceholderText)), QLineEdit::LeadingPosition);
    for (QObject *shown : m_searchIcon->associatedObjects())  // the field, and the button showing the icon
        if (auto *iconButton = qobject_cast<QToolButton *>(shown))
            iconButton->setObjectName(u"searchIcon"_s);  // a picture, not a control (the kiosk's style tells them apart)
    m_edit->installEventFilter(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);
    m_popup->hide();

    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_dismissed = false;
        m_openWhenAnswered = false;
        m_controller->setQuery(text);
    });
    connect(m_controller, &core::SearchController::resultsReady, this, &SearchBox::showResults);
    connect(m_popup, &SearchPopup::resultClicked, this, &SearchBox::openResult);
    connect(m_popup, &SearchPopup::suggestionClicked, this, &SearchBox::applySuggestion);
    // The list stays above the on-screen keyboard as it comes and goes.
    connect(QGuiApplication::inputMethod(), &QInputMethod::keyboardRectangleChanged, this, &SearchBox::movePopupIntoPlace);
    connect(QGuiApplication::inputMethod(), &QInputMethod::visibleChanged, this, &SearchBox::movePopupIntoPlace);
    retranslate();
}

SearchBox::~SearchBox()
{
    delete m_popup;  // not our child once it floats over the window
}

void SearchBox::retranslate()
{
    setAccessibleName(tr("Search"));
    m_placeholder = tr("Search guides and questions");
    m_shortPlaceholder = tr("Search");
    m_edit->setAccessibleName(m_placeholder);
    m_edit->setAccessibleDescription(
            tr("Results appear below as you type. Use the arrow keys to choose one and Enter to open it."));
    m_searchIcon->setText(tr("Search"));
    keepPlaceholderReadable();
    fitPlaceholder();
}

void SearchBox::keepPlaceholderReadable()
{
    // A crowded toolbar squeezes its widgets before it moves any into its
    // overflow menu; the field keeps room for a few words of its
    // placeholder or of a search (and for its search icon and clear button).
    const QFontMetrics metrics = m_edit->fontMetrics();
    constexpr int kVisibleCharacters = 14;
    m_edit->setMinimumWidth(kVisibleCharacters * metrics.averageCharWidth() + iconsWidth());
}

void SearchBox::fitPlaceholder()
{
    // A placeholder cut short ("Search guides and qu...") reads worse than
    // a short whole one; the field's name and tooltip keep the long one.
    const bool fits = m_edit->fontMetrics().horizontalAdvance(m_placeholder) <= m_edit->width() - iconsWidth();
    m_edit->setPlaceholderText(fits ? m_placeholder : m_shortPlaceholder);
    m_edit->setToolTip(fits ? QString() : m_placeholder);
}

int SearchBox::iconsWidth() const
{
    // The search icon, the clear button and the frame, with room to spare.
    return 3 * m_edit->fontMetrics().height();
}

QString SearchBox::language() const
{
    return m_controller->language();
}

void SearchBox::setLanguage(const QString &lang)
{
    m_controller->setLanguage(lang);
}

QString SearchBox::text() const
{
    return m_edit->text();
}

void SearchBox::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchBox::clear()
{
    // setText, not QLineEdit::clear: clearing is undoable, so Ctrl+Z would
    // bring the last reader's search back on a kiosk (and the undo history
    // would grow for as long as the app runs).
    m_edit->setText(QString());
    hidePopup();
}

void SearchBox::showResults(const QString &query, const QList<core::SearchHit> &hits, const QString &suggestion)
{
    if (!m_popup || query != m_edit->text())
        return;  // the text changed since; its own answer is on the way
    m_answeredQuery = query;
    m_model->setHits(hits);
    m_popup->refresh(suggestion);
    if (std::exchange(m_openWhenAnswered, false) && !hits.isEmpty()) {
        openResult(m_model->index(0));
        return;
    }
    if (!hasAnswer())
        hidePopup();
    else if (m_edit->hasFocus() && !m_dismissed)
        showPopup();
    else
        movePopupIntoPlace();
}

// True when the popup holds the answer to what the box says, and there was
// something to ask.
bool SearchBox::hasAnswer() const
{
    return m_answeredQuery == m_edit->text() && core::isSearchable(m_answeredQuery);
}

bool SearchBox::handleKey(int key)
{
    if (isEnter(key) && core::isSearchable(m_edit->text()) && !hasAnswer()) {
        m_openWhenAnswered = true;  // typed fast and pressed Enter: open the best match when it comes
        return true;
    }
    if (!popupVisible()) {
        if (!(isEnter(key) || key == Qt::Key_Down || key == Qt::Key_Up) || !hasAnswer())
            return false;
        m_dismissed = false;
        showPopup();
        if (!isEnter(key))
            return true;
    }
    switch (key) {
    case Qt::Key_Down:
        m_popup->moveChoice(1);
        return true;
    case Qt::Key_Up:
        m_popup->moveChoice(-1);
        return true;
    case Qt::Key_PageDown:
        m_popup->moveChoice(kPageStep);
        return true;
    case Qt::Key_PageUp:
        m_popup->moveChoice(-kPageStep);
        return true;
    case Qt::Key_Escape:
        hidePopup();
        m_dismissed = true;
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // The chosen result, else the best one; with no results, the suggestion.
        if (m_popup->isSuggestionChosen() || m_popup->resultCount() == 0)
            applySuggestion();
        else
            openResult(m_popup->chosenResult().isValid() ? m_popup->chosenResult() : m_model->index(0));
        return true;
    default:
        return false;
    }
}

void SearchBox::openResult(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    hidePopup();
    // Chosen: an on-screen keyboard (a kiosk's) goes, leaving the page in
    // view. Once the tap or key that chose is handled: asked during it, the
    // keyboard stays up for the field that still has focus.
    QTimer::singleShot(0, QGuiApplication::inputMethod(), &QInputMethod::hide);
    const QString id = index.data(core::SearchResultsModel::IdRole).toString();
    if (index.data(core::SearchResultsModel::IsFaqRole).toBool())
        Q_EMIT faqRequested(id);
    else
        Q_EMIT guideRequested(id);
}

void SearchBox::applySuggestion()
{
    const QString suggestion = m_popup->suggestion();
    if (suggestion.isEmpty())
        return;
    m_edit->setText(suggestion);  // searches again, as typing would
    m_edit->setFocus(Qt::OtherFocusReason);
}

void SearchBox::movePopupIntoPlace()
{
    if (popupVisible())
        m_popup->placeBelow(m_edit);
}

bool SearchBox::popupVisible() const
{
    return m_popup && m_popup->isVisible();  // the window may have deleted it first
}

void SearchBox::showPopup()
{
    if (!m_popup)
        return;
    m_popup->placeBelow(m_edit);
    m_popup->show();
    if (m_watchedWindow != window()) {
        if (m_watchedWindow)
            m_watchedWindow->removeEventFilter(this);
        m_watchedWindow = window();
        m_watchedWindow->installEventFilter(this);
    }
}

void SearchBox::hidePopup()
{
    if (!m_popup)
        return;
    m_popup->hide();
    m_popup->clearChoice();
}

bool SearchBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit) {
        switch (event->type()) {
        case QEvent::ShortcutOverride: {
            // While the list is open, Escape and Enter are its keys, whatever
            // shortcuts the window has.
            const auto *key = static_cast<QKeyEvent *>(event);
            if (popupVisible() && key->modifiers() == Qt::NoModifier
                && (key->key() == Qt::Key_Escape || isEnter(key->key()))) {
                event->accept();
                return true;
            }
            break;
        }
        case QEvent::KeyPress: {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && handleKey(key->key()))
                return true;
            break;
        }
        case QEvent::FocusIn:
            m_dismissed = false;
            if (hasAnswer())
                showPopup();
            break;
        case QEvent::FocusOut:
            if (static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason)
                hidePopup();
            break;
        case QEvent::Resize:
            fitPlaceholder();
            break;
        default:
            break;
        }
    } else if (watched == m_watchedWindow && event->type() == QEvent::Resize && popupVisible()) {
        m_popup->placeBelow(m_edit);
    }
    return QWidget::eventFilter(watched, event);
}

void SearchBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        m_searchIcon->setIcon(searchIcon(palette().color(QPalette::PlaceholderText)));
    } else if (event->type() == QEvent::FontChange) {
        keepPlaceholderReadable();
        fitPlaceholder();
    }
    QWidget::changeEvent(event);
}

void SearchBox::hideEvent(QHideEvent *event)
{
    hidePopup();
    QWidget::hideEvent(event);
}

} // namespace bph::ui
