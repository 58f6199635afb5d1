#pragma once

// Switches the language of every UI string at run time: installs this app's
// compiled translation and Qt's own (standard buttons and dialogs).

#include <QObject>
#include <QTranslator>

namespace bph::ui {

class UiTranslator final : public QObject
{
    Q_OBJECT
public:
    explicit UiTranslator(QObject *parent = nullptr);
    ~UiTranslator() override;

    // English needs no file. Returns false, leaving the UI in English, when
    // the app's translation for `lang` is missing.
    bool setLanguage(const QString &lang);
    QString language() const { return m_lang; }

private:
    void removeTranslators();

    QTranslator m_app;
    QTranslator m_qt;
    QString m_lang = QStringLiteral("en");
};

} // namespace bph::ui
