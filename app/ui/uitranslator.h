#pragma once

// Switches the language of every UI string at run time: installs this app's
// compiled translation and Qt's own (standard buttons and dialogs).

#include <QObject>
#include <QString>
#include <QTranslator>

namespace bph::ui {

// Where translations are looked for. Empty: the app's built-in files
// (:/i18n/backpainhub_<lang>.qm) and Qt's installed translations folder.
struct TranslationFiles {
    QString appPrefix;  // the path of a file, less "<lang>.qm"
    QString qtFolder;   // holds qtbase_<lang>.qm
};

class UiTranslator final : public QObject
{
    Q_OBJECT
public:
    explicit UiTranslator(QObject *parent = nullptr, TranslationFiles files = {});
    ~UiTranslator() override;
    Q_DISABLE_COPY_MOVE(UiTranslator)

    // English needs no file. Returns false, leaving the UI in English, when
    // the app's translation for `lang` is missing. Qt's own strings are
    // optional: without them only the standard buttons stay in English.
    bool setLanguage(const QString &lang);
    QString language() const { return m_lang; }

private:
    void removeTranslators();
    void useEnglish();

    TranslationFiles m_files;
    QTranslator m_app;
    QTranslator m_qt;
    QString m_lang = QStringLiteral("en");
};

} // namespace bph::ui
