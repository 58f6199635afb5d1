#pragma once

// Prepares for and loads the guide viewer module (bph_reader, see
// readermodule.h), from where moduleloader.h looks.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "moduleloader.h"

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

// Loads the module once; later calls return the same one.
ReaderModuleLoad loadReaderModule(const QStringList &folders = moduleFolders());

} // namespace bph::ui
