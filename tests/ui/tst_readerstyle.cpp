// The app's style: the toolbar's overflow button keeps an icon that can be
// seen in every theme, drawn without reading an image file.

#include "readerstyle.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QPixmap>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

// How many of the image's pixels are close to `colour`.
int pixelsNear(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() > 200 && std::abs(pixel.red() - colour.red()) < 40
                && std::abs(pixel.green() - colour.green()) < 40 && std::abs(pixel.blue() - colour.blue()) < 40)
                ++count;
        }
    return count;
}

// How far from the middle row the ink of a column lies, on average.
double spreadOfColumn(const QImage &image, int x)
{
    double distance = 0;
    int inked = 0;
    for (int y = 0; y < image.height(); ++y)
        if (image.pixelColor(x, y).alpha() > 100) {
            distance += std::abs(y - image.height() / 2.0);
            ++inked;
        }
    return inked ? distance / inked : -1;
}

// Whether the ink points right, like ">": its left end open (ink far from
// the middle row), its right end a tip (ink on the middle row).
bool pointsRight(const QImage &image)
{
    int first = -1, last = -1;
    for (int x = 0; x < image.width(); ++x)
        if (spreadOfColumn(image, x) >= 0) {
            if (first < 0)
                first = x;
            last = x;
        }
    return first >= 0 && spreadOfColumn(image, first) > spreadOfColumn(image, last) + 2;
}

} // namespace

class TestReaderStyle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setStyle(new bph::ui::ReaderStyle); }
    void init() { QApplication::setPalette(QApplication::style()->standardPalette()); }
    void overflowButtonHasAVisibleIcon();
    void overflowIconFollowsTheTheme();
    void overflowIconPointsToTheHiddenButtons();
    void readAloudIconsFollowTheTheme();
    void textFieldCanBeSeenOnBlack();
    void otherIconsComeFromThePlatformStyle();
};

void TestReaderStyle::overflowButtonHasAVisibleIcon()
{
    QToolBar toolBar;
    for (int i = 0; i < 12; ++i)
        toolBar.addAction(u"Action number %1"_s.arg(i));
    toolBar.resize(200, 40);  // too narrow for every action: the overflow button shows
    toolBar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&toolBar));
    auto *overflow = toolBar.findChild<QToolButton *>(u"qt_toolbar_ext_button"_s);
    QVERIFY(overflow);
    QTRY_VERIFY(overflow->isVisible());
    const QImage icon = overflow->icon().pixmap(16, 16).toImage();
    const QColor text = QApplication::palette().color(QPalette::ButtonText);
    QVERIFY2(pixelsNear(icon, text) >= 10, "the overflow icon is not drawn in the text colour");
}

void TestReaderStyle::overflowIconFollowsTheTheme()
{
    const QIcon icon = QApplication::style()->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
    QPalette dark = QApplication::palette();
    dark.setColor(QPalette::ButtonText, Qt::white);
    dark.setColor(QPalette::Button, Qt::black);
    QApplication::setPalette(dark);
    // The same icon, drawn again: white now, where dark text was.
    const QImage drawn = icon.pixmap(32, 32).toImage();
    QVERIFY(pixelsNear(drawn, Qt::white) >= 20);
    QCOMPARE(pixelsNear(drawn, Qt::black), 0);
    // It points right, to where the hidden buttons are.
    QVERIFY(pointsRight(drawn));
}

void TestReaderStyle::overflowIconPointsToTheHiddenButtons()
{
    // In a right-to-left language the hidden buttons are to the left; on a
    // vertical toolbar, below.
    QWidget rightToLeft;
    rightToLeft.setLayoutDirection(Qt::RightToLeft);
    const QStyle *style = QApplication::style();
    const QImage left = style->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, nullptr, &rightToLeft)
                            .pixmap(32, 32)
                            .toImage();
    QVERIFY(pointsRight(left.mirrored(true, false)));
    QVERIFY(!pointsRight(left));
    const QImage down = style->standardIcon(QStyle::SP_ToolBarVerticalExtensionButton).pixmap(32, 32).toImage();
    QVERIFY(pointsRight(down.transformed(QTransform().rotate(-90))));  // a quarter turn back: down becomes right
}

void TestReaderStyle::readAloudIconsFollowTheTheme()
{
    // Play, Pause and Stop in the text colour of the theme: white on the
    // high-contrast theme's black, where Qt's own are dark grey.
    QPalette highContrast = QApplication::palette();
    highContrast.setColor(QPalette::ButtonText, Qt::white);
    highContrast.setColor(QPalette::Button, Qt::black);
    QApplication::setPalette(highContrast);
    for (const auto icon : {QStyle::SP_MediaPlay, QStyle::SP_MediaPause, QStyle::SP_MediaStop}) {
        const QImage drawn = QApplication::style()->standardIcon(icon).pixmap(32, 32).toImage();
        QVERIFY2(pixelsNear(drawn, Qt::white) >= 150, qPrintable(QString::number(icon)));
        QCOMPARE(pixelsNear(drawn, Qt::black), 0);
    }
    // Play points right, as on every player.
    QVERIFY(pointsRight(QApplication::style()->standardIcon(QStyle::SP_MediaPlay).pixmap(32, 32).toImage()));
}

void TestReaderStyle::textFieldCanBeSeenOnBlack()
{
    // The high-contrast theme: field, window and toolbar all black. The
    // field's outline is white, so a reader can find where to type.
    QPalette highContrast(Qt::white, Qt::black);
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::Button})
        highContrast.setColor(role, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        highContrast.setColor(role, Qt::white);
    QApplication::setPalette(highContrast);
    QLineEdit field;
    field.resize(200, 30);
    const QImage drawn = field.grab().toImage();
    int whiteOnTheEdge = 0;
    for (int x = 0; x < drawn.width(); ++x)
        whiteOnTheEdge += drawn.pixelColor(x, 0).lightness() > 200 || drawn.pixelColor(x, 1).lightness() > 200;
    QVERIFY2(whiteOnTheEdge > drawn.width() / 2, qPrintable(QString::number(whiteOnTheEdge)));
}

void TestReaderStyle::otherIconsComeFromThePlatformStyle()
{
    const bph::ui::ReaderStyle style;
    for (const auto icon : {QStyle::SP_ArrowBack, QStyle::SP_DialogOkButton, QStyle::SP_MessageBoxWarning}) {
        const QImage ours = style.standardIcon(icon).pixmap(32, 32).toImage();
        QCOMPARE(ours, style.baseStyle()->standardIcon(icon).pixmap(32, 32).toImage());
    }
}

QTEST_MAIN(TestReaderStyle)
#include "tst_readerstyle.moc"
