// A short, deterministic fuzz run of the same target for every CI run, built with any compiler:
// well-formed requests of each kind, then their truncations, bit flips, splices and random
// bytes. It has no coverage guidance; the libFuzzer build (clang, see CMakeLists.txt) is the
// long run on demand. Usage: sync_request_short_fuzz [iterations] [seed]
#include "groundwork/sync/v1/sync.pb.h"
#include "protocol/bodyencoding.h"
#include "protocol/protocolversion.h"
#include "protocol/wirecodec.h"

#include <google/protobuf/stubs/logging.h>

#include <QByteArray>
#include <QRandomGenerator>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace v1 = groundwork::sync::v1;

namespace {

void hello(v1::ClientHello *h)
{
    h->set_protocol_version(groundwork::sync::kProtocolVersion);
    h->set_app_version("0.1.0");
}

std::vector<QByteArray> wellFormedSeeds()
{
    std::vector<QByteArray> seeds;
    v1::JoinRequest join;
    hello(join.mutable_hello());
    join.set_invite_code("ABCD-EFGH-JKLM");
    join.set_display_name("Sam");
    join.set_request_nonce(std::string(16, '\x42'));
    seeds.push_back(groundwork::sync::serialize(join));

    v1::UploadRequest upload;
    hello(upload.mutable_hello());
    for (int i = 0; i < 6; ++i) {
        v1::WireEvent *e = upload.add_events();
        e->set_id_uuid(std::string(16, char(i)));
        e->set_device_time_ms(1'790'000'000'000 + i);
        e->set_kind(i % 2 ? "drill.decision" : "lesson.finished");
        e->set_content_version("2026.11.0+3f9a2c1d");
        e->set_payload(std::string(40, char('a' + i)));
        e->set_origin_device("device-1");
    }
    seeds.push_back(groundwork::sync::serialize(upload));

    // The compact form of protocol 2 (kind numbers, time differences, local ids), also deflated
    // so that mutations reach the inflater.
    v1::UploadRequest compact;
    hello(compact.mutable_hello());
    for (int i = 0; i < 6; ++i) {
        v1::WireEvent *e = compact.add_events();
        if (i == 0) {
            e->set_origin_device_uuid(std::string(16, '\x07'));
            e->set_device_time_ms(1'790'000'000'000);
            e->set_utc_offset_minutes(60);
            e->set_content_version("2026.11.0+3f9a2c1d");
        } else {
            e->set_time_after_previous_ms(40'000 * i);
        }
        e->set_id_local(0x9a8a39aba1ef490eULL + quint64(i));
        e->set_kind_code(i % 2 ? v1::KNOWN_KIND_DRILL_DECISION : v1::KNOWN_KIND_LESSON_FINISHED);
        e->set_payload(std::string(40, char('a' + i)));
    }
    seeds.push_back(groundwork::sync::serialize(compact));
    seeds.push_back(groundwork::sync::deflateBody(seeds.back()));

    v1::DownloadRequest download;
    hello(download.mutable_hello());
    seeds.push_back(groundwork::sync::serialize(download));
    return seeds;
}

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
    case 2: // spliced with another request
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
    const long iterations = argc > 1 ? std::atol(argv[1]) : 100000;
    const quint32 seed = argc > 2 ? quint32(std::strtoul(argv[2], nullptr, 10)) : 20261125u;
    // Malformed strings make protobuf log one line each; the run's verdict is its exit status.
    google::protobuf::SetLogHandler(nullptr);
    QRandomGenerator random(seed);
    const std::vector<QByteArray> seeds = wellFormedSeeds();
    for (const QByteArray &s : seeds)
        run(s);
    for (long i = 0; i < iterations; ++i) {
        const QByteArray &a = seeds[random.bounded(int(seeds.size()))];
        const QByteArray &b = seeds[random.bounded(int(seeds.size()))];
        run(mutate(a, b, random));
    }
    std::printf("%ld mutated requests decoded without a crash (seed %u)\n", iterations, seed);
    return 0;
}
