// An accessibility audit of what a reader meets: every control of the window
// and its dialogs has a name a screen reader can say and a place in the Tab
// order; every guide page declares its language, orders its headings and
// labels its links; and text keeps its contrast in all three themes.

#include "apptheme.h"
#include "readertestapp.h"
#include "readersignals.h"
#include "carecolours.h"
#include "contentstore.h"
#include "faqbrowser.h"
#include "findbar.h"
#include "guidehtml.h"
#include "idlewarning.h"
#include "mainwindow.h"
#include "preferences.h"
#include "qrcodedialog.h"
#include "readerprompts.h"
#include "redflagdialog.h"
#include "searchbox.h"
#include "searchpopup.h"
#include "uitranslator.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebEngineView>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;
using bph::core::Preferences;
using bph::ui::MainWindow;

namespace {

// QT_LOGGING_RULES="bph.test.a11y.debug=true" lists every Tab stop and its name.
Q_LOGGING_CATEGORY(lcAudit, "bph.test.a11y", QtWarningMsg)

// "QPushButton 'faqShowAll' in bph::ui::FaqBrowser < QStackedWidget < ..."
QString describe(const QWidget *widget)
{
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += u" '"_s + widget->objectName() + u'\'';
    QStringList parents;
    for (const QWidget *parent = widget->parentWidget(); parent && parents.size() < 3; parent = parent->parentWidget())
        parents.append(QString::fromLatin1(parent->metaObject()->className())
                       + (parent->objectName().isEmpty() ? QString() : u" '"_s + parent->objectName() + u'\''));
    return parents.isEmpty() ? text : text + u" in "_s + parents.join(u" < "_s);
}

// The web view whose internal widget this is, if it is one.
QWebEngineView *webViewOf(QWidget *widget)
{
    for (QObject *object = widget; object; object = object->parent())
        if (auto *view = qobject_cast<QWebEngineView *>(object))
            return view;
    return nullptr;
}

// The widgets Tab stops at, as Qt chooses them: focusable by Tab, shown,
// enabled, in this window, and not standing in for another (a widget with a
// focus proxy passes its focus on; the proxy is the stop).
QList<QWidget *> tabStops(QWidget *window)
{
    QList<QWidget *> stops;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->window() == window && (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus
            && widget->isVisibleTo(window) && widget->isEnabled() && !widget->focusProxy())
            stops.append(widget);
    }
    return stops;
}

// Every Tab stop must have a name: what QAccessible gives a screen reader,
// which also counts a button's text or a label's buddy.
QStringList unnamedControls(QWidget *window)
{
    QStringList problems;
    const QList<QWidget *> stops = tabStops(window);
    for (QWidget *stop : stops) {
        // The web view's focus goes to an internal widget; the view is what
        // a screen reader names (its page has its own accessibility tree).
        QWidget *widget = webViewOf(stop) ? webViewOf(stop) : stop;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        qCDebug(lcAudit).noquote() << describe(stop) << "->" << name;
        if (name.isEmpty())
            problems.append(u"no accessible name: "_s + describe(widget));
    }
    return problems;
}

// Presses Tab, as a reader does, from the first stop round to it again, and
// reports any stop never reached, or a control that keeps the focus. The web
// view is one stop here: inside it Tab walks the page's links, which is the
// page's business (checked with the HTML below).
QStringList tabOrderProblems(QWidget *window)
{
    const QList<QWidget *> stops = tabStops(window);
    if (stops.isEmpty())
        return {u"no control can take the focus in "_s + describe(window)};
    QWidget *first = stops.first();
    first->setFocus(Qt::TabFocusReason);
    if (window->focusWidget() != first)
        return {u"cannot focus "_s + describe(first)};

    QSet<QWidget *> reached{first};
    QStringList problems;
    QWidget *current = first;
    int pressesHere = 0;
    const int maxPresses = int(stops.size()) * 4 + 40;
    for (int press = 0; press < maxPresses; ++press) {
        QKeyEvent tab(QEvent::KeyPress, Qt::Key_Tab, Qt::NoModifier, u"\t"_s);  // as a keyboard sends it
        QCoreApplication::sendEvent(webViewOf(current) ? window : current, &tab);
        QWidget *next = window->focusWidget();
        qCDebug(lcAudit).noquote() << "Tab:" << describe(current) << "->" << (next ? describe(next) : u"nothing"_s);
        if (!next) {
            problems.append(u"Tab from "_s + describe(current) + u" leaves the window"_s);
            break;
        }
        if (next == current && stops.size() > 1) {
            // A text browser walks its links first; more than this is a trap.
            if (++pressesHere > 30) {
                problems.append(u"Tab cannot leave "_s + describe(current));
                break;
            }
            continue;
        }
        pressesHere = 0;
        current = next;
        if (current == first)
            break;
        reached.insert(current);
    }
    for (QWidget *stop : stops)
        if (!reached.contains(stop))
            problems.append(u"Tab never reaches "_s + describe(stop));
    return problems;
}

QStringList auditWidgets(QWidget *window)
{
    return unnamedControls(window) + tabOrderProblems(window);
}

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &colour)
{
    const auto channel = [](double value) {
        return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

// A translucent foreground (a placeholder, say) is seen blended over the background.
double contrast(QColor a, const QColor &b)
{
    if (a.alphaF() < 1.0) {
        const double alpha = a.alphaF();
        a = QColor::fromRgbF(float(a.redF() * alpha + b.redF() * (1 - alpha)),
                             float(a.greenF() * alpha + b.greenF() * (1 - alpha)),
                             float(a.blueF() * alpha + b.blueF() * (1 - alpha)));
    }
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The custom properties of each theme's rule in article.css, by theme name:
// ":root" is light, ':root[data-theme="NAME"]' the others. The print rule
// (":root, :root[data-theme]") is not a screen theme and is left out.
QHash<QString, QHash<QString, QString>> themeProperties(const QString &css)
{
    static const QRegularExpression rule(u"(^|\\n)\\s*(:root(?:\\[data-theme=\"([a-z-]+)\"\\])?)\\s*\\{([^}]*)\\}"_s);
    static const QRegularExpression property(u"--([a-z-]+)\\s*:\\s*([^;]+);"_s);
    QHash<QString, QHash<QString, QString>> themes;
    for (const auto &match : rule.globalMatch(css)) {
        const QString theme = match.captured(3).isEmpty() ? u"light"_s : match.captured(3);
        for (const auto &value : property.globalMatch(match.captured(4)))
            themes[theme].insert(value.captured(1), value.captured(2).trimmed());
    }
    return themes;
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Link texts that say nothing out of context, in English and Spanish.
const QStringList &meaninglessLinkTexts()
{
    static const QStringList texts{u"click here"_s, u"here"_s,  u"read more"_s, u"more"_s,     u"link"_s,
                                   u"this link"_s,  u"aquí"_s,  u"haga clic"_s, u"haga clic aquí"_s,
                                   u"pulse aquí"_s, u"más"_s,   u"leer más"_s,  u"enlace"_s};
    return texts;
}

QString plainText(QString html)
{
    static const QRegularExpression tag(u"<[^>]*>"_s);
    html.remove(tag);
    html.replace(u"&amp;"_s, u"&"_s).replace(u"&nbsp;"_s, u" "_s);
    return html.simplified();
}

// What is wrong with a guide page for someone using a screen reader.
QStringList pageProblems(const QString &html, const QString &lang)
{
    QStringList problems;
    static const QRegularExpression htmlLang(u"<html\\b[^>]*\\blang=\"([^\"]*)\""_s);
    const QString declared = htmlLang.match(html).captured(1);
    if (declared != lang)
        problems.append(u"<html lang> is '%1', not '%2'"_s.arg(declared, lang));

    static const QRegularExpression heading(u"<h([1-6])\\b"_s, QRegularExpression::CaseInsensitiveOption);
    int previous = 0;
    int h1s = 0;
    for (const auto &match : heading.globalMatch(html)) {
        const int level = match.captured(1).toInt();
        if (level == 1)
            ++h1s;
        if (level > previous + 1)
            problems.append(u"<h%1> follows <h%2>"_s.arg(level).arg(previous));
        previous = level;
    }
    if (h1s != 1)
        problems.append(u"%1 <h1> headings, not one"_s.arg(h1s));

    static const QRegularExpression main(u"<main\\b"_s);
    static const QRegularExpression footerOrNav(u"<footer\\b|<nav\\b|role=\"contentinfo\""_s);
    if (!main.match(html).hasMatch())
        problems.append(u"no <main> landmark"_s);
    if (!footerOrNav.match(html).hasMatch())
        problems.append(u"no <footer> or <nav> landmark"_s);

    static const QRegularExpression link(u"<a\\b([^>]*)>(.*?)</a>"_s,
                                         QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression ariaLabel(u"aria-label=\"([^\"]*)\""_s);
    for (const auto &match : link.globalMatch(html)) {
        const QString label = ariaLabel.match(match.captured(1)).captured(1);
        const QString text = (label.isEmpty() ? plainText(match.captured(2)) : label.simplified());
        const QString folded = text.toLower().remove(QRegularExpression(u"[.:!…»›→]+$"_s)).trimmed();
        if (folded.isEmpty())
            problems.append(u"a link with no text: %1"_s.arg(match.captured(0).left(120)));
        else if (meaninglessLinkTexts().contains(folded))
            problems.append(u"the link text '%1' says nothing out of context"_s.arg(text));
    }
    return problems;
}

// Runs `audit` on the modal dialog that `open` shows, then closes it.
QStringList auditModal(const std::function<void()> &open)
{
    QStringList problems;
    bool audited = false;
    // The timer fires inside the dialog's own event loop, once it is shown.
    QTimer::singleShot(0, qApp, [&] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            problems = auditWidgets(dialog);
            audited = true;
            dialog->close();
        }
    });
    open();
    if (!audited)
        problems.append(u"the dialog never opened"_s);
    return problems;
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void auditFindsProblems();
    void mainWindow();
    void questions();
    void findBar();
    void searchResults();
    void checklist();
    void prompts();
    void kioskDialogs();
    void guidePages_data();
    void guidePages();
    void pageChecksFindProblems();
    void pageContrast_data();
    void pageContrast();
    void careCardContrast_data();
    void careCardContrast();
    void widgetContrast_data();
    void widgetContrast();
    void switchedOffControlsLookSwitchedOff_data();
    void switchedOffControlsLookSwitchedOff();

private:
    void expectNoProblems(const QStringList &problems);

    std::unique_ptr<bph::core::ContentStore> m_store;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestAccessibility::expectNoProblems(const QStringList &problems)
{
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n  "_s + problems.join(u"\n  "_s)));
}

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_store = bph::core::ContentStore::openEmbedded();
    QVERIFY(m_store);
    m_preferences = std::make_unique<Preferences>(
            std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat));
    m_window = std::make_unique<MainWindow>(*m_store, *m_preferences, u"en"_s, m_store->firstGuideId(u"en"_s),
                                            QElapsedTimer());
    QSignalSpy ready(m_window.get(), &MainWindow::articleViewReady);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->articleView() || ready.wait(20000));
    QSignalSpy shown(m_window->readerSignals(), &bph::ui::ReaderSignals::guideShown);
    QVERIFY(shown.wait(20000));
}

// The audit itself must catch what it looks for, or a pass means nothing.
void TestAccessibility::auditFindsProblems()
{
    QWidget window;
    auto *named = new QLineEdit(&window);
    named->setAccessibleName(u"Name"_s);
    auto *unnamed = new QLineEdit(&window);
    unnamed->setObjectName(u"nameless"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList names = unnamedControls(&window);
    QCOMPARE(names.size(), 1);
    QVERIFY2(names.first().contains(u"QLineEdit 'nameless'"_s), qPrintable(names.first()));
    expectNoProblems(tabOrderProblems(&window));

    // A text editor that keeps Tab for itself traps the keyboard.
    auto *trap = new QPlainTextEdit(&window);
    trap->setObjectName(u"trap"_s);
    auto *after = new QPushButton(u"After"_s, &window);
    after->setObjectName(u"after"_s);
    trap->show();
    after->show();
    QWidget::setTabOrder(named, trap);
    QWidget::setTabOrder(trap, after);
    QWidget::setTabOrder(after, unnamed);
    const QString tabs = tabOrderProblems(&window).join(u'\n');
    QVERIFY2(tabs.contains(u"Tab cannot leave QPlainTextEdit 'trap'"_s), qPrintable(tabs));
    QVERIFY2(tabs.contains(u"Tab never reaches QPushButton 'after'"_s), qPrintable(tabs));
}

void TestAccessibility::mainWindow()
{
    m_window->openGuide(m_store->firstGuideId(u"en"_s));
    expectNoProblems(auditWidgets(m_window.get()));
}

void TestAccessibility::questions()
{
    m_window->showQuestions();
    QVERIFY(m_window->faqBrowser()->isVisible());
    const auto faqs = m_store->faqs(u"en"_s);
    QVERIFY(!faqs.isEmpty());
    QVERIFY(m_window->faqBrowser()->showFaq(faqs.first().id));  // an answer, with its links
    expectNoProblems(auditWidgets(m_window.get()));
    m_window->openGuide(m_store->firstGuideId(u"en"_s));
}

void TestAccessibility::findBar()
{
    m_window->findBar()->open();
    QVERIFY(m_window->findBar()->isVisible());
    expectNoProblems(auditWidgets(m_window.get()));
    QTest::keyClick(m_window->findBar(), Qt::Key_Escape);
    QVERIFY(!m_window->findBar()->isVisible());
}

void TestAccessibility::searchResults()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->searchBox()->focusSearch();
    auto *edit = m_window->searchBox()->findChild<QLineEdit *>();
    QVERIFY(edit);
    QTest::keyClicks(edit, u"sciatica"_s);
    // The results float over the window as its child. They never take the
    // focus (the reader keeps typing), so they are no Tab stops; but a
    // screen reader still names the list and what it shows.
    bph::ui::SearchPopup *popup = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((popup = m_window->findChild<bph::ui::SearchPopup *>()) && popup->isVisible()
                                     && popup->resultCount() > 0,
                             10000);
    QStringList problems = auditWidgets(m_window.get());
    for (QWidget *widget : popup->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(popup) || !qobject_cast<QAbstractItemView *>(widget))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            problems.append(u"no accessible name: "_s + describe(widget));
    }
    expectNoProblems(problems);
    m_window->searchBox()->clear();
}

void TestAccessibility::checklist()
{
    m_window->openChecklist();
    QPointer<bph::ui::RedFlagDialog> dialog = m_window->checklistDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    expectNoProblems(auditWidgets(dialog));
    dialog->close();
}

void TestAccessibility::prompts()
{
    expectNoProblems(auditModal([this] { bph::ui::showAbout(m_window.get()); }));
    expectNoProblems(auditModal([this] {
        bph::ui::confirmExternalLink(m_window.get(), QUrl(u"https://www.nhs.uk/conditions/back-pain/"_s));
    }));
    expectNoProblems(auditModal([this] { bph::ui::confirmResetPreferences(m_window.get()); }));
}

void TestAccessibility::kioskDialogs()
{
    bph::ui::QrCodeDialog qr(u"Read this page on your phone"_s, QUrl(u"https://www.nhs.uk/conditions/back-pain/"_s));
    qr.show();
    QVERIFY(QTest::qWaitForWindowExposed(&qr));
    expectNoProblems(auditWidgets(&qr));

    QWidget cover;
    cover.resize(800, 600);
    auto *warning = new bph::ui::IdleWarning(&cover);
    cover.show();
    warning->showCountdown(20);
    QVERIFY(QTest::qWaitForWindowExposed(&cover));
    expectNoProblems(auditWidgets(&cover));
}

void TestAccessibility::guidePages_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("topic");
    for (const QString &lang : m_store->languages()) {
        for (const auto &topic : m_store->topics(lang))
            for (const auto &guide : topic.guides)
                QTest::addRow("%s/%s", qPrintable(lang), qPrintable(guide.id)) << lang << guide.id << topic.title;
    }
}

void TestAccessibility::guidePages()
{
    QFETCH(QString, lang);
    QFETCH(QString, id);
    QFETCH(QString, topic);  // the topic's title, as the page shows it
    bph::ui::UiTranslator translator;
    QVERIFY(translator.setLanguage(lang));  // the page's own words, in its language
    const auto guide = m_store->guide(lang, id);
    QVERIFY(guide);
    bph::ui::GuidePageContext context;
    context.topicTitle = topic;
    context.hasQuestions = !m_store->faqsForGuide(lang, id).isEmpty();
    expectNoProblems(pageProblems(bph::ui::guidePageHtml(*guide, context), lang));
}

void TestAccessibility::pageChecksFindProblems()
{
    const QString bad = u"<html><body><h2>x</h2><h1>a</h1><h1>b</h1><h4>c</h4>"
                        "<p><a href=\"app://x\">Click here</a> <a href=\"y\">más</a> <a href=\"z\"><img></a></p></body></html>"_s;
    const QStringList problems = pageProblems(bad, u"es"_s);
    const QString all = problems.join(u'\n');
    for (const QString &expected : {u"<html lang>"_s, u"<h4> follows <h1>"_s, u"2 <h1>"_s, u"no <main>"_s,
                                     u"no <footer> or <nav>"_s, u"'Click here'"_s, u"'más'"_s, u"no text"_s})
        QVERIFY2(all.contains(expected), qPrintable(expected + u" not found in:\n"_s + all));
    QVERIFY(pageProblems(u"<html lang=\"en\"><main><h1>a</h1><h2>b</h2><h3>c</h3><h2>d</h2>"
                         "<a href=\"x\">Sleep and back pain</a></main><footer></footer></html>"_s,
                         u"en"_s)
                    .isEmpty());
}

void TestAccessibility::pageContrast_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QString>("foreground");
    QTest::addColumn<QString>("background");
    QTest::addColumn<double>("minimum");
    for (const QString &theme : {u"light"_s, u"dark"_s, u"high-contrast"_s}) {
        const double minimum = theme == u"high-contrast"_s ? 7.0 : 4.5;
        for (const auto &[foreground, background] :
             {std::pair{u"text"_s, u"background"_s}, {u"muted"_s, u"background"_s}, {u"link"_s, u"background"_s},
              {u"text"_s, u"care-background"_s}, {u"link"_s, u"care-background"_s}})
            QTest::addRow("%s: %s on %s", qPrintable(theme), qPrintable(foreground), qPrintable(background))
                    << theme << foreground << background << minimum;
    }
}

void TestAccessibility::pageContrast()
{
    QFETCH(QString, theme);
    QFETCH(QString, foreground);
    QFETCH(QString, background);
    QFETCH(double, minimum);
    const QString css = readFile(qEnvironmentVariable("BPH_SOURCE_DIR") + u"/resources/article/article.css"_s);
    QVERIFY(!css.isEmpty());
    const auto themes = themeProperties(css);
    const QHash<QString, QString> light = themes.value(u"light"_s);
    const QHash<QString, QString> properties = themes.value(theme);
    QVERIFY2(!properties.isEmpty(), qPrintable(u"no rule for the theme "_s + theme));
    // A theme that does not set a property inherits the light one.
    const QColor fg = QColor::fromString(properties.value(foreground, light.value(foreground)));
    const QColor bg = QColor::fromString(properties.value(background, light.value(background)));
    QVERIFY2(fg.isValid() && bg.isValid(), qPrintable(foreground + u", "_s + background));
    const double ratio = contrast(fg, bg);
    QVERIFY2(ratio >= minimum, qPrintable(u"%1 on %2: %3:1, needs %4:1"_s.arg(fg.name(), bg.name())
                                                  .arg(ratio, 0, 'f', 2).arg(minimum)));
}

void TestAccessibility::careCardContrast_data()
{
    QTest::addColumn<int>("look");
    QTest::addRow("not answered") << int(bph::ui::CareLook::Unanswered);
    QTest::addRow("clear") << int(bph::ui::CareLook::Clear);
    QTest::addRow("routine") << int(bph::ui::CareLook::Routine);
    QTest::addRow("urgent") << int(bph::ui::CareLook::Urgent);
    QTest::addRow("emergency") << int(bph::ui::CareLook::Emergency);
}

// The card looks the same in every theme, so it meets the strictest: 7:1
// for its text; 3:1 for its shape against the card and for the white sign
// drawn in the shape (WCAG's non-text contrast).
void TestAccessibility::careCardContrast()
{
    QFETCH(int, look);
    const bph::ui::CareColours colours = bph::ui::careColours(bph::ui::CareLook(look));
    const QColor background = QColor::fromString(QLatin1StringView(colours.background));
    const QColor text = QColor::fromString(QLatin1StringView(colours.text));
    const QColor shape = QColor::fromString(QLatin1StringView(colours.border));
    const double textRatio = contrast(text, background);
    QVERIFY2(textRatio >= 7.0, qPrintable(u"text %1:1"_s.arg(textRatio, 0, 'f', 2)));
    const double shapeRatio = contrast(shape, background);
    QVERIFY2(shapeRatio >= 3.0, qPrintable(u"shape %1:1"_s.arg(shapeRatio, 0, 'f', 2)));
    const double signRatio = contrast(Qt::white, shape);
    QVERIFY2(signRatio >= 3.0, qPrintable(u"sign %1:1"_s.arg(signRatio, 0, 'f', 2)));
}

void TestAccessibility::widgetContrast_data()
{
    QTest::addColumn<int>("theme");
    QTest::addColumn<int>("foreground");
    QTest::addColumn<int>("background");
    QTest::addColumn<double>("minimum");
    const std::pair<const char *, bph::core::Theme> themes[] = {{"dark", bph::core::Theme::Dark},
                                                                {"high-contrast", bph::core::Theme::HighContrast}};
    const std::tuple<const char *, QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
            {"text on base", QPalette::Text, QPalette::Base},
            {"window text on window", QPalette::WindowText, QPalette::Window},
            {"button text on button", QPalette::ButtonText, QPalette::Button},
            {"link on base", QPalette::Link, QPalette::Base},
            {"highlighted text on highlight", QPalette::HighlightedText, QPalette::Highlight},
            {"placeholder on base", QPalette::PlaceholderText, QPalette::Base}};
    for (const auto &[themeName, theme] : themes)
        for (const auto &[pairName, foreground, background] : pairs)
            QTest::addRow("%s: %s", themeName, pairName)
                    << int(theme) << int(foreground) << int(background)
                    << (theme == bph::core::Theme::HighContrast ? 7.0 : 4.5);
}

// The app's own widget palettes, for the dark and high-contrast themes (the
// light theme is the desktop's palette, which is not ours to check).
void TestAccessibility::widgetContrast()
{
    QFETCH(int, theme);
    QFETCH(int, foreground);
    QFETCH(int, background);
    QFETCH(double, minimum);
    const QPalette palette = bph::ui::themePalette(bph::core::Theme(theme), QPalette(QColor(0xef, 0xef, 0xef)));
    const QColor fg = palette.color(QPalette::Active, QPalette::ColorRole(foreground));
    const QColor bg = palette.color(QPalette::Active, QPalette::ColorRole(background));
    const double ratio = contrast(fg, bg);
    QVERIFY2(ratio >= minimum, qPrintable(u"%1 on %2: %3:1, needs %4:1"_s.arg(fg.name(), bg.name())
                                                  .arg(ratio, 0, 'f', 2).arg(minimum)));
}

void TestAccessibility::switchedOffControlsLookSwitchedOff_data()
{
    QTest::addColumn<int>("theme");
    QTest::addColumn<double>("minimum");
    QTest::newRow("dark") << int(bph::core::Theme::Dark) << 4.5;
    QTest::newRow("high-contrast") << int(bph::core::Theme::HighContrast) << 7.0;
}

// A switched-off button (Back, with nowhere to go back to) is still
// readable, and its grey stands well apart from a working button's text
// (the high-contrast grey was once 1.8:1 from white: hard to tell apart).
void TestAccessibility::switchedOffControlsLookSwitchedOff()
{
    QFETCH(int, theme);
    QFETCH(double, minimum);
    const QPalette palette = bph::ui::themePalette(bph::core::Theme(theme), QPalette(QColor(0xef, 0xef, 0xef)));
    for (const auto role : {QPalette::ButtonText, QPalette::WindowText, QPalette::Text}) {
        const QColor off = palette.color(QPalette::Disabled, role);
        const QColor on = palette.color(QPalette::Active, role);
        const QColor background = palette.color(QPalette::Active, role == QPalette::Text ? QPalette::Base : QPalette::Window);
        QVERIFY2(contrast(off, background) >= minimum, qPrintable(off.name() + u" on "_s + background.name()));
        QVERIFY2(contrast(off, on) >= 2.5, qPrintable(off.name() + u" beside "_s + on.name()));
    }
}

int main(int argc, char *argv[])
{
    bphtest::ReaderTestApp app(argc, argv);
    TestAccessibility test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accessibility.moc"
