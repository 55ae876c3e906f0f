#include "seeds.h"

#include "fuzzinput.h"
#include "groundwork/sync/v1/sync.pb.h"
#include "protocol/bodyencoding.h"
#include "protocol/protocolversion.h"
#include "protocol/wirecodec.h"

namespace groundwork::sync::fuzz {

namespace v1 = groundwork::sync::v1;

namespace {

template<class M>
QByteArray body(M message, quint32 version = kReadableProtocolVersion) // readable uploads: an app before protocol 3
{
    message.mutable_hello()->set_protocol_version(version);
    message.mutable_hello()->set_app_version("0.1.0");
    return serialize(message);
}

QByteArray join(const std::string &invite, char nonceFill, const std::string &name = "Sam")
{
    v1::JoinRequest join;
    join.set_invite_code(invite);
    join.set_display_name(name);
    join.set_device_name("phone");
    join.set_request_nonce(std::string(16, nonceFill));
    return body(join);
}

// Every field spelled out, ids as text.
QByteArray fullUpload(int count, char tag, bool withPrivate = false)
{
    v1::UploadRequest upload;
    for (int i = 0; i < count; ++i) {
        v1::WireEvent *e = upload.add_events();
        e->set_id_uuid(std::string(15, tag) + char(i));
        e->set_device_time_ms(1'790'000'000'000 + i);
        e->set_kind(i % 2 ? "drill.decision" : "lesson.finished");
        e->set_content_version("2026.11.0+3f9a2c1d");
        e->set_payload(std::string(40, char('a' + i)));
        e->set_origin_device("device-1");
        e->set_is_private(withPrivate && i == count - 1);
    }
    return body(upload);
}

// The compact form of protocol 2: kind numbers, time differences, local ids.
QByteArray compactUpload(int count)
{
    v1::UploadRequest upload;
    for (int i = 0; i < count; ++i) {
        v1::WireEvent *e = upload.add_events();
        if (i == 0) {
            e->set_origin_device_uuid(std::string(16, '\x07'));
            e->set_device_time_ms(1'790'000'000'000);
            e->set_utc_offset_minutes(60);
            e->set_content_version("2026.11.0+3f9a2c1d");
        } else {
            e->set_time_after_previous_ms(40'000 * i);
        }
        if (i == 3)
            e->set_id("text-id-3");
        else
            e->set_id_local(0x9a8a39aba1ef490eULL + quint64(i));
        e->set_kind_code(i % 2 ? v1::KNOWN_KIND_DRILL_DECISION : v1::KNOWN_KIND_LESSON_FINISHED);
        if (i == 4)
            e->set_utc_offset_minutes(-300);
        e->set_payload(std::string(40, char('a' + i)));
    }
    return body(upload);
}

QByteArray download(quint64 cursor = 0, quint32 max = 0)
{
    v1::DownloadRequest d;
    d.set_cursor(cursor);
    d.set_max_events(max);
    return body(d);
}

QByteArray linkFinish(const std::string &code)
{
    v1::LinkFinishRequest finish;
    finish.set_link_code(code);
    finish.set_device_name("laptop");
    return body(finish);
}

QByteArray revoke(const QByteArray &deviceId)
{
    v1::RevokeDeviceRequest r;
    r.set_device_id(deviceId.toStdString());
    return body(r);
}

QByteArray share(bool shared, qint64 chosenAt)
{
    v1::ShareProfileRequest s;
    s.set_share(shared);
    if (shared)
        s.set_profile(std::string(64, '\x2a'));
    s.set_chosen_at_ms(chosenAt);
    return body(s);
}

QByteArray progress(const std::string &cohort = {})
{
    v1::CohortProgressRequest p;
    p.set_cohort_id(cohort);
    return body(p);
}

} // namespace

std::vector<Seed> requestSeeds()
{
    std::vector<Seed> seeds;
    seeds.push_back({QStringLiteral("join"), join("ABCD-EFGH-JKLM", '\x42')});
    seeds.push_back({QStringLiteral("upload-full"), fullUpload(6, '\x01')});
    seeds.push_back({QStringLiteral("upload-compact"), compactUpload(6)});
    // Deflated, so that mutations reach the inflater.
    seeds.push_back({QStringLiteral("upload-compact-deflated"), deflateBody(compactUpload(6))});
    seeds.push_back({QStringLiteral("download"), download()});
    seeds.push_back({QStringLiteral("link-start"), body(v1::LinkStartRequest())});
    seeds.push_back({QStringLiteral("link-finish"), linkFinish("ABCD-EFGH-JK")});
    seeds.push_back({QStringLiteral("revoke"), revoke("d_0123456789abcdef01234567")});
    seeds.push_back({QStringLiteral("devices"), body(v1::ListDevicesRequest())});
    seeds.push_back({QStringLiteral("share"), share(true, 1'790'000'000'000)});
    seeds.push_back({QStringLiteral("progress"), progress("c_0123456789abcdef01234567")});
    seeds.push_back({QStringLiteral("old-version"), body(v1::DownloadRequest(), 1)});
    v1::Error error;
    error.set_code(v1::ERROR_CODE_UPDATE_REQUIRED);
    error.set_message("update the app");
    error.set_min_protocol_version(kProtocolVersion);
    seeds.push_back({QStringLiteral("error"), serialize(error)});
    return seeds;
}

std::vector<Seed> serviceSeeds()
{
    using C = Credential;
    using P = Path;
    const std::string invite = kInvitePlaceholder;
    const std::string link = kLinkPlaceholder;
    const auto id = [](const char *name) { return idPlaceholder(name); };
    std::vector<Seed> seeds;
    const auto add = [&](const char *name, const InputWriter &w) {
        seeds.push_back({QString::fromLatin1(name), w.bytes()});
    };

    add("join-upload-download", InputWriter()
                                    .step(P::Join, C::None, join(invite, 'A'))
                                    .step(P::Upload, C::LastIssued, fullUpload(3, '\x05'))
                                    .step(P::Download, C::LastIssued, download())
                                    .step(P::Progress, C::Lead, progress()));
    add("join-deflated-replayed", InputWriter()
                                      .step(P::Join, C::None, join(invite, 'B'), options(Encoding::Deflate))
                                      .step(P::Join, C::None, join(invite, 'B'), options(Encoding::DeflateSpaced)));
    {
        InputWriter w;
        for (int i = 0; i < 6; ++i)
            w.step(P::Join, C::None, join("WRNG-CODE-0000", char('a' + i)), options(Encoding::None, TimeStep::Same, 1));
        add("join-rate-limited", w);
    }
    add("join-expired", InputWriter().step(P::Join, C::None, join(invite, 'C'),
                                           options(Encoding::None, TimeStep::PastInvite)));
    add("link", InputWriter()
                    .step(P::LinkStart, C::Learner, body(v1::LinkStartRequest()))
                    .step(P::LinkFinish, C::None, linkFinish(link))
                    .step(P::Upload, C::LastIssued, compactUpload(4))
                    .step(P::Download, C::Learner, download())
                    .step(P::LinkFinish, C::None, linkFinish(link)));
    add("link-expired", InputWriter()
                            .step(P::LinkStart, C::Learner2, body(v1::LinkStartRequest()))
                            .step(P::LinkFinish, C::None, linkFinish(link), options(Encoding::None, TimeStep::PastLinkCode))
                            .step(P::LinkFinish, C::None, linkFinish(link)));
    add("link-admin", InputWriter()
                          .step(P::LinkStart, C::Admin, body(v1::LinkStartRequest()))
                          .step(P::LinkFinish, C::None, linkFinish(link))
                          .step(P::Progress, C::LastIssued, progress(id("cohort").toStdString())));
    add("upload-full-download", InputWriter()
                                    .step(P::Upload, C::Learner, fullUpload(6, '\x01'))
                                    .step(P::Download, C::Learner2, download())
                                    .step(P::Download, C::Learner2, download(0, 2))
                                    .step(P::Download, C::Learner, download()));
    add("upload-compact-deflated", InputWriter()
                                       .step(P::Upload, C::Learner, compactUpload(6), options(Encoding::Deflate))
                                       .step(P::Upload, C::Learner2, fullUpload(2, '\x02'))
                                       .step(P::Download, C::Learner2, download())
                                       .step(P::Download, C::Learner, download(1, 0)));
    add("upload-raw-deflate", InputWriter().step(P::Upload, C::Learner, deflateBody(compactUpload(3)),
                                                 options(Encoding::RawDeflate)));
    add("upload-private", InputWriter()
                              .step(P::Upload, C::Learner, fullUpload(3, '\x03', true))
                              .step(P::Download, C::Learner2, download()));
    add("admin-refused", InputWriter()
                             .step(P::Upload, C::Admin, fullUpload(1, '\x04'))
                             .step(P::Download, C::Admin, download())
                             .step(P::Share, C::Admin, share(true, 1))
                             .step(P::Progress, C::Admin, progress()));
    add("revoke-own", InputWriter()
                          .step(P::Revoke, C::Learner, revoke(id("learner2")))
                          .step(P::Upload, C::Learner2, fullUpload(1, '\x06'))
                          .step(P::Download, C::Learner, download()));
    add("devices", InputWriter()
                       .step(P::Devices, C::Learner, body(v1::ListDevicesRequest()))
                       .step(P::LinkStart, C::Learner2, body(v1::LinkStartRequest()))
                       .step(P::LinkFinish, C::None, linkFinish(link), options(Encoding::None, TimeStep::OneMinute))
                       .step(P::Revoke, C::LastIssued, revoke(id("learner")))
                       .step(P::Devices, C::Learner2, body(v1::ListDevicesRequest()))
                       .step(P::Devices, C::Admin, body(v1::ListDevicesRequest()))
                       .step(P::Devices, C::Revoked, body(v1::ListDevicesRequest())));
    add("revoke-others", InputWriter()
                             .step(P::Revoke, C::Learner, revoke(id("lead")))
                             .step(P::Revoke, C::Admin, revoke(id("learner2")))
                             .step(P::Revoke, C::Admin, revoke("d_000000000000000000000000"))
                             .step(P::Revoke, C::Lead, revoke(id("revoked")))
                             .step(P::Revoke, C::Learner, revoke({})));
    add("share-progress", InputWriter()
                              .step(P::Share, C::Learner, share(true, 1'790'000'000'000))
                              .step(P::Progress, C::Lead, progress())
                              .step(P::Share, C::Learner2, share(false, 1'780'000'000'000))
                              .step(P::Share, C::Learner2, share(false, 0))
                              .step(P::Download, C::Learner, download())
                              .step(P::Progress, C::Admin, progress(id("cohort").toStdString())));
    add("roles-refused", InputWriter()
                             .step(P::Share, C::Lead, share(true, 5))
                             .step(P::Progress, C::Learner, progress())
                             .step(P::Progress, C::Lead, progress("c_000000000000000000000000"))
                             .step(P::Progress, C::Admin, progress("c_000000000000000000000000")));
    add("credentials-refused", InputWriter()
                                   .step(P::Download, C::None, download())
                                   .step(P::Download, C::Bogus, download())
                                   .step(P::Download, C::Revoked, download())
                                   .step(P::Download, C::Oversized, download())
                                   .step(P::LinkStart, C::LastIssued, body(v1::LinkStartRequest())));
    add("versions-and-paths", InputWriter()
                                  .step(P::Download, C::Learner, body(v1::DownloadRequest(), 1))
                                  .step(P::Download, C::Learner, body(v1::DownloadRequest(), kProtocolVersion + 1))
                                  .step(P::Upload, C::Learner, QByteArray())
                                  .step(P::Unknown, C::Learner, download())
                                  .step(P::Upload, C::Learner, fullUpload(1, '\x07'), options(Encoding::Gzip))
                                  .step(P::Upload, C::Learner, fullUpload(1, '\x07'), options(Encoding::Identity))
                                  .step(P::Upload, C::Learner, "not deflate", options(Encoding::RawDeflate)));
    return seeds;
}

} // namespace groundwork::sync::fuzz
