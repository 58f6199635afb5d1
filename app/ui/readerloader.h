#pragma once

// Finds and loads the guide viewer module (bph_reader, see readermodule.h).
// It is looked for beside the program, where the package installs it
// (BPH_READER_RELATIVE_DIR from the program's folder), then in Qt's library
// paths (QCoreApplication::libraryPaths, which QT_PLUGIN_PATH extends).

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace bph::ui {

class ReaderModule;

struct ReaderModuleLoad
{
    ReaderModule *module = nullptr;  // owned by Qt's plugin loader; lives as long as the program
    QString error;                   // why there is none, for the log
};

// Call before the QApplication is made: what QtWebEngine needs then, and
// does itself in a program that links it, and the page process's memory
// setting in QTWEBENGINE_CHROMIUM_FLAGS (withPageMemorySetting).
void prepareForReaderModule();
// `chromiumFlags` with V8 sized for memory, unless they set V8's flags already.
QByteArray withPageMemorySetting(const QByteArray &chromiumFlags);

QStringList readerModuleFolders();
// Loads the module once; later calls return the same one.
ReaderModuleLoad loadReaderModule(const QStringList &folders = readerModuleFolders());

} // namespace bph::ui
