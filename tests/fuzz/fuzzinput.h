#pragma once
// The byte format of a sync_service_fuzzer input, read by the harness and written by the seed
// generator, so both agree on it in one place. An input is a script of up to kMaxSteps
// requests; each step is
//   u8 endpoint, u8 credential, u8 options, u16 body length (little endian), body bytes
// and a body shorter than its length takes what is left. Like libFuzzer's FuzzedDataProvider,
// running out of bytes is never an error: missing values read as 0.
#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdint>

namespace groundwork::sync::fuzz {

inline constexpr int kMaxSteps = 8;

// Paths a step can name: the service's endpoints (SyncService::endpoints() order) and three
// it must refuse.
inline const QStringList &fuzzPaths()
{
    static const QStringList paths{
        QStringLiteral("/v1/join"),          QStringLiteral("/v1/link/start"),
        QStringLiteral("/v1/link/finish"),   QStringLiteral("/v1/devices/revoke"),
        QStringLiteral("/v1/devices/list"),  QStringLiteral("/v1/upload"),        QStringLiteral("/v1/download"),
        QStringLiteral("/v1/profile/share"), QStringLiteral("/v1/cohort/progress"),
        QStringLiteral("/v1/unknown"),       QString(),
        QStringLiteral("/v1/upload/"),
    };
    return paths;
}

enum class Path : std::uint8_t {
    Join, LinkStart, LinkFinish, Revoke, Devices, Upload, Download, Share, Progress, Unknown, Empty, TrailingSlash
};

// Which bearer token a step sends.
enum class Credential : std::uint8_t {
    None,      // no Authorization header
    Learner,   // the provisioned learner's first device
    Learner2,  // the same learner's second device
    Lead,      // the cohort's lead
    Admin,
    Bogus,     // well-formed but unknown
    Revoked,   // a device revoked at set-up
    LastIssued, // the newest credential a join or link/finish of this input returned (else none)
    Oversized, // longer than any token the server accepts
    Count
};

// The options byte: bits 0-2 the Content-Encoding, bits 3-4 how far the clock moves before the
// step, bits 5-6 which caller (address) it comes from.
enum class Encoding : std::uint8_t {
    None,          // the body as it is
    Deflate,       // the harness deflates the body and says "deflate"
    RawDeflate,    // the body as it is, labelled "deflate" (the fuzzer's own compressed bytes)
    Identity,      // "identity"
    DeflateSpaced, // deflated, labelled " DEFLATE " (the header's case and spaces do not matter)
    Gzip,          // unsupported
};
enum class TimeStep : std::uint8_t { Same, OneMinute, PastLinkCode, PastInvite };

inline std::uint8_t options(Encoding e, TimeStep t = TimeStep::Same, int caller = 0)
{
    return std::uint8_t(int(e) | int(t) << 3 | (caller & 3) << 5);
}

// Placeholders the harness replaces in a body (before it encodes the body) with the set-up's
// real values, which are random per run. Each is exactly as long as what replaces it, so a
// serialised protobuf stays valid.
inline constexpr char kInvitePlaceholder[] = "{invite-code!}"; // XXXX-XXXX-XXXX
inline constexpr char kLinkPlaceholder[] = "{link-code!}";     // XXXX-XXXX-XX, the newest link/start's
// A device or cohort id ("d_" or "c_" and 24 hex digits): "{" name, dots, "}".
inline QByteArray idPlaceholder(const char *name)
{
    QByteArray p = QByteArray("{") + name;
    p.append(25 - p.size(), '.');
    return p + '}';
}
inline const char *const kIdPlaceholderNames[] = {"learner", "learner2", "lead", "admin", "revoked",
                                                  "last", "cohort"};

// Reads an input from the front.
class InputReader
{
public:
    InputReader(const std::uint8_t *data, std::size_t size) : m_data(data), m_size(size) {}

    bool empty() const { return m_pos >= m_size; }
    std::uint8_t u8() { return empty() ? 0 : m_data[m_pos++]; }
    std::uint16_t u16() { return std::uint16_t(u8() | u8() << 8); }
    QByteArray chunk()
    {
        const std::size_t want = u16();
        const std::size_t n = std::min(want, m_size - std::min(m_pos, m_size));
        QByteArray out(reinterpret_cast<const char *>(m_data + m_pos), qsizetype(n));
        m_pos += n;
        return out;
    }

private:
    const std::uint8_t *m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
};

// Writes an input (seed generator, tests).
class InputWriter
{
public:
    InputWriter &step(Path path, Credential credential, QByteArrayView body, std::uint8_t opts = 0)
    {
        m_bytes.append(char(path));
        m_bytes.append(char(credential));
        m_bytes.append(char(opts));
        const auto n = std::uint16_t(std::min<qsizetype>(body.size(), 0xffff));
        m_bytes.append(char(n & 0xff));
        m_bytes.append(char(n >> 8));
        m_bytes.append(body.first(n));
        return *this;
    }
    QByteArray bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace groundwork::sync::fuzz
