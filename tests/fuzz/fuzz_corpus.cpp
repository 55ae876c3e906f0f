// Writes the seed corpus of each libFuzzer target: <dir>/<target>/seed-<name>, one file per
// seed of seeds.cpp. A file already holding the same bytes is left alone, so a rerun touches
// nothing; whatever else libFuzzer added to the folder stays. Usage: fuzz_corpus <dir>
#include "contentseeds.h"
#include "seeds.h"

#include <QDir>
#include <QFile>

#include <cstdio>

using namespace groundwork::sync::fuzz;

namespace {

int write(const QString &dir, const std::vector<Seed> &seeds)
{
    if (!QDir().mkpath(dir)) {
        std::fprintf(stderr, "fuzz_corpus: cannot create %s\n", qPrintable(dir));
        return -1;
    }
    int written = 0;
    for (const Seed &s : seeds) {
        QFile file(dir + QStringLiteral("/seed-") + s.name);
        if (file.open(QIODevice::ReadOnly) && file.readAll() == s.bytes)
            continue;
        file.close();
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(s.bytes) != s.bytes.size()) {
            std::fprintf(stderr, "fuzz_corpus: cannot write %s\n", qPrintable(file.fileName()));
            return -1;
        }
        ++written;
    }
    std::printf("fuzz_corpus: %s: %zu seeds, %d written\n", qPrintable(dir), seeds.size(), written);
    return written;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_corpus <dir>\n");
        return 2;
    }
    const QString root = QString::fromLocal8Bit(argv[1]);
    if (write(root + QStringLiteral("/sync_request_fuzzer"), requestSeeds()) < 0
        || write(root + QStringLiteral("/sync_service_fuzzer"), serviceSeeds()) < 0
        || write(root + QStringLiteral("/content_compiler_fuzzer"),
                 groundwork::contentc::fuzz::compilerSeeds()) < 0)
        return 1;
    return 0;
}
