#include "readerprompts.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace bph::ui {

bool confirmExternalLink(QWidget *parent, const QUrl &url)
{
    QMessageBox box(QMessageBox::Question, QCoreApplication::translate("ReaderPrompts", "Open a web page?"),
                    QCoreApplication::translate("ReaderPrompts", "This link leads to a page outside Back Pain Hub:\n\n%1\n\nOpen it in your web browser?")
                            .arg(url.toDisplayString()),
                    QMessageBox::Open | QMessageBox::Cancel, parent);
    box.setObjectName(u"ExternalLinkConfirmation"_s);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Open;
}

QString askPdfPath(QWidget *parent, const QString &guideId)
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + guideId + u".pdf"_s;
    return QFileDialog::getSaveFileName(parent, QCoreApplication::translate("ReaderPrompts", "Save guide as PDF"), suggested, QCoreApplication::translate("ReaderPrompts", "PDF files (*.pdf)"));
}

bool confirmResetPreferences(QWidget *parent)
{
    return QMessageBox::question(parent, QCoreApplication::translate("ReaderPrompts", "Reset preferences?"),
                                 QCoreApplication::translate("ReaderPrompts", "Text size, theme, language, the last guide read and the window's size go back to their defaults."))
           == QMessageBox::Yes;
}

void showAbout(QWidget *parent)
{
    QMessageBox::about(parent, QCoreApplication::translate("ReaderPrompts", "About Back Pain Hub"),
                       QCoreApplication::translate("ReaderPrompts", "<p><b>Back Pain Hub</b> %1</p><p>Plain-language guides about back pain. "
                          "For learning only: it cannot diagnose, and it does not replace a clinician who knows you.</p>"
                          "<p>Nothing you read or answer here is sent anywhere.</p>")
                               .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

} // namespace bph::ui
