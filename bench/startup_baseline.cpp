// The least a Qt Widgets program can do before its window shows: the floor
// bench/startup compares Back Pain Hub's start-up against. With --plain, the
// same window without the attribute QtWebEngine needs (so without the
// OpenGL context it makes QApplication create).

#include <QApplication>
#include <QLabel>

#include <cstring>

int main(int argc, char **argv)
{
    if (argc < 2 || std::strcmp(argv[1], "--plain") != 0)
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);  // as WebEngine apps must
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("Back Pain Hub baseline"));
    label.setWindowTitle(QStringLiteral("Startup Baseline"));
    label.show();
    return app.exec();
}
