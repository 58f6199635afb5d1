// The least a Qt Widgets program can do before its window shows: the floor
// bench/startup compares Back Pain Hub's start-up against.

#include <QApplication>
#include <QLabel>

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);  // as WebEngine apps must
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("Back Pain Hub baseline"));
    label.setWindowTitle(QStringLiteral("Startup Baseline"));
    label.show();
    return app.exec();
}
