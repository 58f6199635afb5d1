#include "faqbrowser.h"
#include "readertextfield.h"
#include "contentstore.h"
#include "faqfiltermodel.h"
#include "faqitemdelegate.h"
#include "faqmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bph::ui {

namespace {

constexpr qsizetype kMaxQuotedFilter = 60;  // characters of the filter repeated in the empty state

QString appUrl(const QString &kind, const QString &id)
{
    QUrl url;
    url.setScheme(u"app"_s);
    url.setHost(kind);
    url.setPath(u'/' + id);
    return url.toString(QUrl::FullyEncoded).toHtmlEscaped();
}

QString quotedFilter(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() <= kMaxQuotedFilter ? simple : simple.left(kMaxQuotedFilter) + u'…';
}

} // namespace

FaqBrowser::FaqBrowser(const core::ContentStore &store, QString lang, QWidget *parent)
    : QWidget(parent),
      m_store(store),
      m_lang(std::move(lang)),
      m_model(new core::FaqModel(this)),
      m_filter(new core::FaqFilterModel(this)),
      m_filterEdit(new QLineEdit),
      m_scopeBar(new QWidget),
      m_scopeLabel(new QLabel),
      m_showAllButton(new QPushButton),
      m_listStack(new QStackedWidget),
      m_tree(new QTreeView),
      m_emptyLabel(new QLabel),
      m_answer(new QTextBrowser)
{
    m_filter->setSourceModel(m_model);

    m_filterEdit->setObjectName(u"faqFilter"_s);
    setUpReaderTextField(m_filterEdit);
    m_filterEdit->installEventFilter(this);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &FaqBrowser::onFilterTextChanged);

    m_scopeLabel->setTextFormat(Qt::PlainText);
    m_scopeLabel->setWordWrap(true);
    m_showAllButton->setObjectName(u"faqShowAll"_s);
    connect(m_showAllButton, &QPushButton::clicked, this, &FaqBrowser::showAllQuestions);
    auto *scopeLayout = new QHBoxLayout(m_scopeBar);
    scopeLayout->setContentsMargins(0, 0, 0, 0);
    scopeLayout->addWidget(m_scopeLabel, 1);
    scopeLayout->addWidget(m_showAllButton);
    m_scopeBar->hide();

    m_tree->setObjectName(u"faqList"_s);
    m_tree->setModel(m_filter);
    m_tree->setHeaderHidden(true);
    m_tree->setItemDelegate(new FaqItemDelegate(m_tree));
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->installEventFilter(this);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });

    m_emptyLabel->setObjectName(u"faqEmptyState"_s);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setWordWrap(true);
    // Framed and filled like the list it stands in for, so the layout does not jump.
    m_emptyLabel->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_emptyLabel->setMargin(24);
    m_emptyLabel->setFrameShape(QFrame::StyledPanel);
    m_emptyLabel->setBackgroundRole(QPalette::Base);
    m_emptyLabel->setAutoFillBackground(true);
    m_listStack->addWidget(m_tree);
    m_listStack->addWidget(m_emptyLabel);

    m_answer->setObjectName(u"faqAnswer"_s);
    // Links are ours to follow: nothing leaves the app from an answer.
    m_answer->setOpenLinks(false);
    m_answer->setOpenExternalLinks(false);
    m_answer->document()->setDocumentMargin(18);
    connect(m_answer, &QTextBrowser::anchorClicked, this, &FaqBrowser::onAnchorClicked);

    auto *splitter = new QSplitter;
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_listStack);
    splitter->addWidget(m_answer);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_scopeBar);
    layout->addWidget(splitter, 1);

    // Reading order: what to look for, where it is narrowed to, the list, the answer.
    setTabOrder(m_filterEdit, m_showAllButton);
    setTabOrder(m_showAllButton, m_tree);
    setTabOrder(m_tree, m_answer);
    setFocusProxy(m_filterEdit);

    retranslate();
    reload();
}

void FaqBrowser::setLanguage(const QString &lang)
{
    if (lang == m_lang)
        return;
    m_lang = lang;
    reload();
}

void FaqBrowser::showGuideQuestions(const QString &guideId)
{
    m_filterEdit->clear();
    setGuideScope(guideId);
}

void FaqBrowser::showAllQuestions()
{
    setGuideScope({});
}

void FaqBrowser::clear()
{
    setGuideScope({});
    m_filterEdit->clear();
    m_tree->setCurrentIndex({});
}

bool FaqBrowser::showFaq(const QString &faqId)
{
    const QModelIndex source = m_model->indexOfFaq(faqId);
    if (!source.isValid())
        return false;
    if (!m_filter->mapFromSource(source).isValid())
        m_filterEdit->clear();
    if (!m_filter->mapFromSource(source).isValid())
        showAllQuestions();
    const QModelIndex shown = m_filter->mapFromSource(source);
    m_tree->expand(shown.parent());
    m_tree->setCurrentIndex(shown);
    m_tree->scrollTo(shown, QAbstractItemView::PositionAtCenter);
    return true;
}

void FaqBrowser::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        renderAnswer();  // the answer's colours come from the palette
}

bool FaqBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (watched == m_filterEdit) {
        if (key == Qt::Key_Escape && !m_filterEdit->text().isEmpty()) {
            m_filterEdit->clear();
            return true;
        }
        // Down (or Enter) from the filter goes to the results, as in a search field.
        if ((key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter)
            && m_listStack->currentWidget() == m_tree) {
            if (!m_tree->currentIndex().isValid())
                m_tree->setCurrentIndex(m_filter->firstFaq());
            m_tree->setFocus(Qt::TabFocusReason);
            return true;
        }
    } else if (watched == m_tree && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        return openCurrentFromKeyboard();
    }
    return QWidget::eventFilter(watched, event);
}

bool FaqBrowser::openCurrentFromKeyboard()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return false;
    if (!current.data(core::FaqModel::IsFaqRole).toBool()) {
        m_tree->setExpanded(current, !m_tree->isExpanded(current));
        return true;
    }
    // The answer is already shown; Enter takes the reader (and a screen reader) into it.
    m_answer->setFocus(Qt::OtherFocusReason);
    return true;
}

void FaqBrowser::retranslate()
{
    m_filterEdit->setPlaceholderText(tr("Filter questions"));
    m_filterEdit->setAccessibleName(tr("Filter questions"));
    m_filterEdit->setAccessibleDescription(tr("Type words to list only the questions that contain them."));
    m_showAllButton->setText(tr("Show all questions"));
    m_showAllButton->setAccessibleName(tr("Show all questions"));
    m_tree->setAccessibleName(tr("Questions by topic"));
    m_tree->setAccessibleDescription(tr("Press Enter to read the answer to a question."));
    m_answer->setAccessibleName(tr("Answer"));
    updateScopeBar();
    updateListState();
    renderAnswer();
}

void FaqBrowser::reload()
{
    const QString keep = m_currentFaq;
    m_filtering = true;
    m_model->setContent(m_store.topics(m_lang), m_store.faqs(m_lang));
    m_filtering = false;
    m_currentFaq.clear();
    m_currentTopic.clear();
    afterFilterChange();
    updateScopeBar();  // the guide's title, in the new language
    if (!keep.isEmpty())
        showFaq(keep);
}

void FaqBrowser::setGuideScope(const QString &guideId)
{
    m_filtering = true;
    m_filter->setGuideFilter(guideId);
    m_filtering = false;
    updateScopeBar();
    afterFilterChange();
}

void FaqBrowser::onFilterTextChanged(const QString &text)
{
    m_filtering = true;
    m_filter->setFilterText(text);
    m_filtering = false;
    afterFilterChange();
}

void FaqBrowser::afterFilterChange()
{
    m_tree->expandAll();
    updateListState();
    // The answer stays while its question is listed; otherwise the pane would
    // answer a question the list no longer shows.
    QModelIndex shown;
    if (!m_currentFaq.isEmpty())
        shown = m_filter->mapFromSource(m_model->indexOfFaq(m_currentFaq));
    if (shown.isValid()) {
        m_tree->setCurrentIndex(shown);
        m_tree->scrollTo(shown);
    } else {
        m_tree->selectionModel()->clear();
        onCurrentChanged({});
    }
}

void FaqBrowser::updateScopeBar()
{
    const QString guideId = m_filter->guideFilter();
    m_scopeBar->setVisible(!guideId.isEmpty());
    if (guideId.isEmpty())
        return;
    const QString title = m_model->guideTitle(guideId);
    m_scopeLabel->setText(title.isEmpty() ? tr("Questions about this guide")
                                          : tr("Questions about “%1”").arg(title));
}

void FaqBrowser::updateListState()
{
    const bool empty = !m_filter->firstFaq().isValid();
    const QString filter = quotedFilter(m_filterEdit->text());
    const bool scoped = !m_filter->guideFilter().isEmpty();
    if (!empty)
        m_emptyLabel->clear();
    else if (!m_filter->filterWords().isEmpty())
        m_emptyLabel->setText(scoped ? tr("No questions about this guide match “%1”.\nTry fewer words, or show all "
                                          "questions.").arg(filter)
                                     : tr("No questions match “%1”.\nTry fewer words.").arg(filter));
    else
        m_emptyLabel->setText(scoped ? tr("There are no questions about this guide yet.")
                                     : tr("There are no questions yet."));
    // Focus would be lost with the list; it is in the filter while typing anyway.
    if (empty && m_tree->hasFocus())
        m_filterEdit->setFocus(Qt::OtherFocusReason);
    m_listStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyLabel) : m_tree);
}

void FaqBrowser::onCurrentChanged(const QModelIndex &current)
{
    if (m_filtering)
        return;
    const bool isFaq = current.data(core::FaqModel::IsFaqRole).toBool();
    const QString id = current.data(core::FaqModel::IdRole).toString();
    const QString faq = isFaq ? id : QString();
    const QString topic = isFaq ? QString() : id;
    if (faq == m_currentFaq && topic == m_currentTopic)
        return;  // re-rendering would scroll the answer back to the top
    m_currentFaq = faq;
    m_currentTopic = topic;
    renderAnswer();
}

void FaqBrowser::renderAnswer()
{
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    m_answer->document()->setDefaultStyleSheet(
            u"h2 { font-size: x-large; font-weight: 600; margin-bottom: 12px; }"
            "p, li { line-height: 140%; }"
            "p { margin-bottom: 10px; }"
            "p.guide { margin-top: 20px; font-weight: 600; }"
            "p.hint { color: %1; }"_s.arg(muted));

    const QModelIndex faq = m_model->indexOfFaq(m_currentFaq);
    QModelIndex topic;
    for (int row = 0; !m_currentTopic.isEmpty() && row < m_model->rowCount(); ++row)
        if (m_model->index(row, 0).data(core::FaqModel::IdRole).toString() == m_currentTopic)
            topic = m_model->index(row, 0);

    QString html;
    if (faq.isValid()) {
        // The answer's HTML was rendered and checked when the content was built.
        html = u"<h2>"_s + faq.data().toString().toHtmlEscaped() + u"</h2>"_s
               + faq.data(core::FaqModel::AnswerHtmlRole).toString();
        const QString guideTitle = faq.data(core::FaqModel::GuideTitleRole).toString();
        if (!guideTitle.isEmpty())
            html += u"<p class=\"guide\"><a href=\""_s
                    + appUrl(u"guide"_s, faq.data(core::FaqModel::GuideIdRole).toString()) + u"\">"_s
                    + tr("Read the guide: %1").arg(guideTitle).toHtmlEscaped() + u"</a></p>"_s;
    } else if (topic.isValid()) {
        html = u"<h2>"_s + topic.data().toString().toHtmlEscaped() + u"</h2><p>"_s
               + topic.data(core::FaqModel::SummaryRole).toString().toHtmlEscaped() + u"</p><p class=\"hint\">"_s
               + tr("Choose one of its questions to read the answer.").toHtmlEscaped() + u"</p>"_s;
    } else {
        html = u"<p class=\"hint\">"_s + tr("Choose a question to read its answer.").toHtmlEscaped() + u"</p>"_s;
    }
    m_answer->setHtml(html);
}

void FaqBrowser::onAnchorClicked(const QUrl &url)
{
    if (url.scheme() == "https"_L1 || url.scheme() == "mailto"_L1) {
        Q_EMIT externalLinkRequested(url);
        return;
    }
    if (url.scheme() != "app"_L1)
        return;  // nothing else belongs in an answer
    const QString id = url.path().mid(1);
    if (url.host() == "guide"_L1 && !id.isEmpty())
        Q_EMIT guideRequested(id);
    else if (url.host() == "faq"_L1 && !id.isEmpty())
        showFaq(id);
    else if (url.host() == "checklist"_L1)
        Q_EMIT checklistRequested();
}

} // namespace bph::ui
