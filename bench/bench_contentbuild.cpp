// How long the content compiler takes over the repository's content/: the
// cost every content edit adds to a build.

#include "compiler.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;

namespace {

void BM_CompileContent(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString output = dir.filePath(u"content.db"_s);
    for (auto _ : state) {
        const bph::content::CompileResult result = bph::content::compileContent(QStringLiteral(BPH_CONTENT_DIR), output);
        if (!result.ok()) {
            state.SkipWithError("the content does not compile");
            break;
        }
    }
}
BENCHMARK(BM_CompileContent)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);  // the SQL driver is a plugin
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
