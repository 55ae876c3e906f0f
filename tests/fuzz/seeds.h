#pragma once
// Well-formed inputs for the fuzz targets: the libFuzzer seed corpus (fuzz_corpus writes them
// out) and the starting points of the short deterministic runs in ctest.
#include <QByteArray>
#include <QString>

#include <vector>

namespace groundwork::sync::fuzz {

struct Seed
{
    QString name; // a file name, stable across runs
    QByteArray bytes;
};

// Request bodies of every kind, for sync_request_fuzzer.
std::vector<Seed> requestSeeds();
// Request scripts (fuzzinput.h) that reach every endpoint's answers, for sync_service_fuzzer.
std::vector<Seed> serviceSeeds();

} // namespace groundwork::sync::fuzz
