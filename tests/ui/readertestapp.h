#pragma once

// The application object of a UI test that opens guides: made as the app
// makes its own (what QtWebEngine needs is set before QApplication), and able
// to load the guide viewer module from the build tree, as the app loads it
// from beside itself.

#include "readerloader.h"

#include <QApplication>
#include <QTest>
#include <QTimer>

namespace bphtest {

class ReaderTestApp final : public QApplication
{
public:
    ReaderTestApp(int &argc, char **argv) : QApplication(preparedForReader(argc), argv)
    {
        addLibraryPath(QStringLiteral(BPH_READER_BUILD_DIR));
    }

    // Runs `test`, then ends through the event loop as the app ends: the
    // on-screen keyboard (Qt Virtual Keyboard) takes its panel down at
    // aboutToQuit, and aborts if that is left to ~QApplication.
    int execTests(QObject &test, int argc, char **argv)
    {
        const int failures = QTest::qExec(&test, argc, argv);
        QTimer::singleShot(0, this, &QCoreApplication::quit);
        exec();
        return failures;
    }

private:
    // Runs before QApplication's constructor, as it must.
    static int &preparedForReader(int &argc)
    {
        bph::ui::prepareForReaderModule();
        return argc;
    }
};

} // namespace bphtest
