#include "uitranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace bph::ui {

namespace {
Q_LOGGING_CATEGORY(lcTranslator, "bph.ui.translator")
}

UiTranslator::UiTranslator(QObject *parent) : QObject(parent) { }

UiTranslator::~UiTranslator()
{
    removeTranslators();
}

void UiTranslator::removeTranslators()
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
}

bool UiTranslator::setLanguage(const QString &lang)
{
    removeTranslators();
    m_lang = u"en"_s;
    if (lang == "en"_L1 || lang.isEmpty()) {
        // English needs its file only for plural forms ("1 second", "2 seconds").
        if (m_app.load(u":/i18n/backpainhub_en"_s))
            QCoreApplication::installTranslator(&m_app);
        return true;
    }
    if (!m_app.load(u":/i18n/backpainhub_"_s + lang)) {
        qCWarning(lcTranslator).noquote() << u"No translation of the interface into '%1' was found; it stays in English."_s.arg(lang);
        return false;
    }
    QCoreApplication::installTranslator(&m_app);
    // Qt's own strings are optional: without them, standard buttons stay English.
    if (m_qt.load(QLocale(lang), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    m_lang = lang;
    return true;
}

} // namespace bph::ui
