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

UiTranslator::UiTranslator(QObject *parent, TranslationFiles files)
    : QObject(parent), m_files(std::move(files))
{
    if (m_files.appPrefix.isEmpty())
        m_files.appPrefix = u":/i18n/backpainhub_"_s;
    if (m_files.qtFolder.isEmpty())
        m_files.qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
}

UiTranslator::~UiTranslator()
{
    removeTranslators();
}

void UiTranslator::removeTranslators()
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
}

void UiTranslator::useEnglish()
{
    m_lang = u"en"_s;
    // English needs its file only for plural forms ("1 second", "2 seconds").
    if (m_app.load(m_files.appPrefix + m_lang))
        QCoreApplication::installTranslator(&m_app);
}

bool UiTranslator::setLanguage(const QString &lang)
{
    removeTranslators();
    if (lang == "en"_L1 || lang.isEmpty()) {
        useEnglish();
        return true;
    }
    if (!m_app.load(m_files.appPrefix + lang)) {
        qCWarning(lcTranslator).noquote() << u"No translation of the interface into '%1' was found; it stays in English."_s.arg(lang);
        useEnglish();
        return false;
    }
    QCoreApplication::installTranslator(&m_app);
    if (m_qt.load(QLocale(lang), u"qtbase"_s, u"_"_s, m_files.qtFolder))
        QCoreApplication::installTranslator(&m_qt);
    else
        qCInfo(lcTranslator).noquote() << u"Qt's own translation into '%1' was not found in %2; standard buttons stay in English."_s.arg(lang, m_files.qtFolder);
    m_lang = lang;
    return true;
}

} // namespace bph::ui
