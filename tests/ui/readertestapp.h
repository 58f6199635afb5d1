#pragma once

// The application object of a UI test that opens guides: made as the app
// makes its own (what QtWebEngine needs is set before QApplication), and able
// to load the guide viewer module from the build tree, as the app loads it
// from beside itself.

#include "readerloader.h"

#include <QApplication>

namespace bphtest {

class ReaderTestApp final : public QApplication
{
public:
    ReaderTestApp(int &argc, char **argv) : QApplication(preparedForReader(argc), argv)
    {
        addLibraryPath(QStringLiteral(BPH_READER_BUILD_DIR));
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
