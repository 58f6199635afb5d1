#include "qrcodedialog.h"
#include "qrcode.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace bph::ui {

QrCodeDialog::QrCodeDialog(const QString &title, const QUrl &url, QWidget *parent)
    : QDialog(parent), m_image(qrCodeImage(url.toString(QUrl::FullyEncoded)))
{
    setObjectName(QStringLiteral("QrCodeDialog"));
    setWindowTitle(title);
    setModal(true);

    auto *heading = new QLabel(title);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setWordWrap(true);

    auto *explanation = new QLabel(tr("Point your phone's camera at the code to open this page on your phone. "
                                      "Nothing is sent from this screen."));
    explanation->setWordWrap(true);

    auto *code = new QLabel;
    code->setPixmap(QPixmap::fromImage(m_image));
    code->setAlignment(Qt::AlignCenter);
    code->setAccessibleName(tr("QR code of the link"));
    code->setAccessibleDescription(url.toDisplayString());

    auto *link = new QLabel(url.toDisplayString());
    link->setTextInteractionFlags(Qt::TextSelectableByMouse);
    link->setWordWrap(true);
    link->setAlignment(Qt::AlignCenter);
    link->setAccessibleName(tr("Link address"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setMinimumSize(120, 48);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(16);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addWidget(code, 1);
    layout->addWidget(link);
    layout->addWidget(buttons);
}

} // namespace bph::ui
