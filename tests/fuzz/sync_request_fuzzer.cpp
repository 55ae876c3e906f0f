// libFuzzer target: the cohort server's request decoding must refuse any byte string cleanly
// (no crash, no leak, no unbounded work). Run: sync_request_fuzzer -max_total_time=60
#include "groundwork/sync/v1/sync.pb.h"
#include "protocol/bodyencoding.h"
#include "protocol/wirecodec.h"
#include "protocol/wireevent.h"

#include <cstddef>
#include <cstdint>

using namespace groundwork::sync;

namespace {

template<class M>
void decodeAs(QByteArrayView body)
{
    M message;
    (void)decodeRequest(body, message);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));
    decodeAs<v1::JoinRequest>(body);
    decodeAs<v1::LinkStartRequest>(body);
    decodeAs<v1::LinkFinishRequest>(body);
    decodeAs<v1::RevokeDeviceRequest>(body);
    decodeAs<v1::ListDevicesRequest>(body);
    decodeAs<v1::DownloadRequest>(body);
    decodeAs<v1::ShareProfileRequest>(body);
    decodeAs<v1::CohortProgressRequest>(body);
    v1::UploadRequest upload;
    if (!decodeRequest(body, upload))
        (void)decodeEvents(upload.events());
    // The same bytes as a deflate-encoded body, as the server would inflate it.
    (void)decodeContentEncoding("deflate", body, 64 * 1024);
    (void)decodeError(body); // the client's side: error bodies from a hostile server
    return 0;
}
