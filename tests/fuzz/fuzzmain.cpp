// One libFuzzer program; BPH_FUZZ_ENTRY names the function in fuzzentries.h
// it feeds.

#include "fuzzentries.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // SQL plugins are found through the application; it lives for the run.
    static QCoreApplication app(*argc, *argv);
    // Every malformed input is logged by design; that noise hides crashes.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A deep copy: the content store keeps the bytes it opens.
    bph::fuzz::BPH_FUZZ_ENTRY(QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    return 0;
}
