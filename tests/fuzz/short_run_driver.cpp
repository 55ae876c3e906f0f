// A short, deterministic fuzz run of one target for every CI run, built with any compiler: the
// target's well-formed seeds (seeds.cpp), then their truncations, bit flips, splices and random
// bytes. It has no coverage guidance; the libFuzzer build (scripts/fuzz.sh) is the long run on
// demand. The seeds come from GROUNDWORK_FUZZ_SEEDS, the qualified name of a function returning
// seeds (seeds.h), set per target.
// Usage: <target>_short_fuzz [iterations] [seed]
//        <target>_short_fuzz FILE...   (replays inputs, e.g. a crash libFuzzer saved)
#include "contentseeds.h" // declares the content compiler's seeds
#include "seeds.h"

#include <google/protobuf/stubs/logging.h>

#include <QByteArray>
#include <QFile>
#include <QRandomGenerator>

#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {

QByteArray mutate(const QByteArray &seed, const QByteArray &other, QRandomGenerator &random)
{
    QByteArray bytes = seed;
    switch (random.bounded(5)) {
    case 0: // truncated
        bytes.truncate(random.bounded(qMax<qsizetype>(1, bytes.size())));
        break;
    case 1: // bit flips
        for (int i = 0, n = 1 + random.bounded(8); i < n && !bytes.isEmpty(); ++i)
            bytes[random.bounded(bytes.size())] ^= char(1 << random.bounded(8));
        break;
    case 2: // spliced with another input
        bytes = bytes.left(random.bounded(bytes.size() + 1)) + other.mid(random.bounded(other.size() + 1));
        break;
    case 3: // a field's length or varint pushed to extremes
        if (!bytes.isEmpty())
            bytes[random.bounded(bytes.size())] = char(random.bounded(2) ? 0xff : 0x80);
        break;
    default: // random bytes
        bytes.resize(random.bounded(512));
        for (char &c : bytes)
            c = char(random.bounded(256));
    }
    return bytes;
}

int run(const QByteArray &input)
{
    return LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(input.constData()),
                                  std::size_t(input.size()));
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && !QByteArray(argv[1]).isEmpty() && !std::isdigit(static_cast<unsigned char>(argv[1][0]))) {
        for (int i = 1; i < argc; ++i) {
            QFile file(QString::fromLocal8Bit(argv[i]));
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", argv[i]);
                return 2;
            }
            run(file.readAll());
        }
        std::printf("%d inputs ran without a crash\n", argc - 1);
        return 0;
    }
    const long iterations = argc > 1 ? std::atol(argv[1]) : 100000;
    const quint32 seed = argc > 2 ? quint32(std::strtoul(argv[2], nullptr, 10)) : 20261125u;
    // Malformed strings make protobuf log one line each; the run's verdict is its exit status.
    google::protobuf::SetLogHandler(nullptr);
    QRandomGenerator random(seed);
    std::vector<QByteArray> seeds;
    for (const auto &s : GROUNDWORK_FUZZ_SEEDS())
        seeds.push_back(s.bytes);
    for (const QByteArray &s : seeds)
        run(s);
    for (long i = 0; i < iterations; ++i) {
        const QByteArray &a = seeds[random.bounded(int(seeds.size()))];
        const QByteArray &b = seeds[random.bounded(int(seeds.size()))];
        run(mutate(a, b, random));
    }
    std::printf("%ld mutated inputs ran without a crash (seed %u)\n", iterations, seed);
    return 0;
}
