// Sync benchmark, printed as a table:
//  1. bytes of the upload body for a typical day (one lesson finished, a three-decision drill
//     with confidence) against the same day as xAPI 1.0.3 JSON statements;
//  2. day uploads per second through the server's service (decode, authenticate, store,
//     answer) against raw inserts of the same rows into the same database, per back end.
#include "groundwork/sync/v1/sync.pb.h"
#include "protocol/protocolversion.h"
#include "server/credentials.h"
#include "server/provisioning.h"
#include "server/storefactory.h"
#include "server/syncservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

#include <cstdio>

using namespace groundwork::sync;

namespace {

struct Decision
{
    const char *node;
    const char *option;
    int confidence; // 1..5
    int millis;
};

const char *kLesson = "delegating-outcomes-not-tasks";
const char *kDrill = "the-missed-deadline";
const Decision kDecisions[] = {{"open", "ask-what-happened", 4, 41'200},
                               {"plan", "agree-new-date-together", 3, 38'900},
                               {"follow-up", "weekly-check-in", 5, 22'400}};

// The payload the learner core would send: a few protobuf fields (written with protobuf's own
// coded stream), identifiers as short slugs.
QByteArray payload(const std::function<void(google::protobuf::io::CodedOutputStream &)> &write)
{
    std::string out;
    {
        google::protobuf::io::StringOutputStream stream(&out);
        google::protobuf::io::CodedOutputStream coded(&stream);
        write(coded);
    }
    return QByteArray::fromStdString(out);
}

void writeString(google::protobuf::io::CodedOutputStream &c, int field, const char *s)
{
    c.WriteTag(google::protobuf::uint32(field << 3 | 2));
    c.WriteVarint32(google::protobuf::uint32(strlen(s)));
    c.WriteString(s);
}

void writeInt(google::protobuf::io::CodedOutputStream &c, int field, int v)
{
    c.WriteTag(google::protobuf::uint32(field << 3));
    c.WriteVarint32(google::protobuf::uint32(v));
}

QList<WireEvent> typicalDay(qint64 dayStartMs)
{
    QList<WireEvent> day;
    const auto id = [] { return QUuid::createUuid().toString(QUuid::WithoutBraces); };
    day.append({id(), dayStartMs, QStringLiteral("lesson.finished"), 7, payload([](auto &c) {
                    writeString(c, 1, kLesson);
                    writeInt(c, 2, 184'000); // listened/read for 3 min 4 s
                    writeInt(c, 3, 1);       // quick check answered right
                }),
                false});
    qint64 t = dayStartMs + 200'000;
    for (const Decision &d : kDecisions) {
        day.append({id(), t, QStringLiteral("drill.decision"), 7, payload([&d](auto &c) {
                        writeString(c, 1, kDrill);
                        writeString(c, 2, d.node);
                        writeString(c, 3, d.option);
                        writeInt(c, 4, d.confidence);
                        writeInt(c, 5, d.millis);
                    }),
                    false});
        t += d.millis;
    }
    return day;
}

QByteArray uploadBody(const QList<WireEvent> &day)
{
    v1::UploadRequest request;
    request.mutable_hello()->set_protocol_version(kProtocolVersion);
    request.mutable_hello()->set_app_version("0.1.0");
    for (const WireEvent &e : day)
        toProto(e, request.add_events());
    return serialize(request);
}

// The same day as xAPI 1.0.3 statements, as an LRS would receive them (compact JSON array).
QByteArray xapiBody(qint64 dayStartMs)
{
    const QJsonObject actor{{"objectType", "Agent"},
                            {"account", QJsonObject{{"homePage", "https://cohort.example.org"},
                                                    {"name", "a_3f9c2b7e41d0a8c6e5f1b2d3"}}}};
    const QJsonObject context{{"registration", QUuid::createUuid().toString(QUuid::WithoutBraces)},
                              {"platform", "Groundwork 0.1.0"},
                              {"language", "en-GB"}};
    const auto timestamp = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    };
    QJsonArray statements;
    statements.append(QJsonObject{
        {"id", QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {"actor", actor},
        {"verb", QJsonObject{{"id", "http://adlnet.gov/expapi/verbs/completed"},
                             {"display", QJsonObject{{"en-US", "completed"}}}}},
        {"object", QJsonObject{{"objectType", "Activity"},
                               {"id", QStringLiteral("https://groundwork.example/xapi/lessons/%1").arg(kLesson)},
                               {"definition", QJsonObject{{"type", "http://adlnet.gov/expapi/activities/lesson"}}}}},
        {"result", QJsonObject{{"completion", true}, {"success", true}, {"duration", "PT3M4S"}}},
        {"context", context},
        {"timestamp", timestamp(dayStartMs)}});
    qint64 t = dayStartMs + 200'000;
    for (const Decision &d : kDecisions) {
        statements.append(QJsonObject{
            {"id", QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {"actor", actor},
            {"verb", QJsonObject{{"id", "http://adlnet.gov/expapi/verbs/answered"},
                                 {"display", QJsonObject{{"en-US", "answered"}}}}},
            {"object", QJsonObject{{"objectType", "Activity"},
                                   {"id", QStringLiteral("https://groundwork.example/xapi/drills/%1/%2").arg(kDrill, d.node)},
                                   {"definition", QJsonObject{{"type", "http://adlnet.gov/expapi/activities/cmi.interaction"},
                                                              {"interactionType", "choice"}}}}},
            {"result", QJsonObject{{"response", d.option},
                                   {"duration", QStringLiteral("PT%1S").arg(d.millis / 1000.0)},
                                   {"extensions", QJsonObject{{"https://groundwork.example/xapi/ext/confidence", d.confidence}}}}},
            {"context", context},
            {"timestamp", timestamp(t)}});
        t += d.millis;
    }
    return QJsonDocument(statements).toJson(QJsonDocument::Compact);
}

struct Throughput
{
    double serviceDaysPerSecond = 0;
    double rawDaysPerSecond = 0;
};

// Day uploads through SyncService (one per learner, round robin), then the same number of days
// inserted raw (prepared INSERT, one transaction per day) into the same table.
Throughput measure(const QString &spec, int days)
{
    QString error;
    auto store = openStore(spec, &error);
    if (!store) {
        std::fprintf(stderr, "skipping %s: %s\n", qPrintable(spec), qPrintable(error));
        return {};
    }
    struct FixedClock final : Clock
    {
        qint64 nowMs() const override { return 1'700'000'000'000; }
    } clock;
    RateLimiter limiter(clock, 10, 60'000);
    SyncService service(*store, clock, limiter);
    Provisioning provisioning(*store, clock);
    const NewCohort cohort = provisioning.createCohort(QStringLiteral("Bench"), QStringLiteral("Lead"), 3'600'000);
    QList<IssuedDevice> learners;
    for (int i = 0; i < 20; ++i)
        learners.append(provisioning.createAccountWithDevice(cohort.cohort.id, Role::Learner,
                                                             QStringLiteral("L%1").arg(i), QStringLiteral("phone")));
    QList<QByteArray> bodies;
    QList<QList<WireEvent>> raw;
    for (int d = 0; d < days; ++d) {
        bodies.append(uploadBody(typicalDay(1'700'000'000'000 + d * 86'400'000LL)));
        raw.append(typicalDay(1'700'000'000'000 + d * 86'400'000LL));
    }

    Throughput t;
    QElapsedTimer timer;
    timer.start();
    for (int d = 0; d < days; ++d) {
        const Reply r = service.handle(QStringLiteral("/v1/upload"), learners[d % learners.size()].token, bodies[d],
                                       QStringLiteral("127.0.0.1"));
        if (r.status != 200)
            qFatal("upload failed with %d", r.status);
    }
    t.serviceDaysPerSecond = days * 1000.0 / std::max<qint64>(1, timer.elapsed());

    // Raw: the same rows, straight into the same table, through its own store connection.
    timer.restart();
    for (int d = 0; d < days; ++d) {
        const IssuedDevice &who = learners[d % learners.size()];
        store->storeEvents(who.accountId, who.deviceId, raw[d], clock.nowMs());
    }
    t.rawDaysPerSecond = days * 1000.0 / std::max<qint64>(1, timer.elapsed());
    return t;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (!credentials::initialise())
        return 1;
    QTextStream out(stdout);

    const qint64 day = 1'700'000'000'000;
    const QByteArray proto = uploadBody(typicalDay(day));
    const QByteArray xapi = xapiBody(day);
    out << "| measure | groundwork sync | comparison | ratio | target |\n|---|---|---|---|---|\n";
    out << "| bytes for a typical day (1 lesson + 3 decisions) | " << proto.size() << " B | xAPI 1.0.3 JSON: "
        << xapi.size() << " B | " << QString::number(double(xapi.size()) / proto.size(), 'f', 1)
        << "x smaller | <= 600 B, >= 10x |\n";

    QTemporaryDir scratch;
    const int days = qEnvironmentVariableIntValue("GROUNDWORK_BENCH_DAYS") > 0
                         ? qEnvironmentVariableIntValue("GROUNDWORK_BENCH_DAYS")
                         : 1000;
    QString pg = qEnvironmentVariable("GROUNDWORK_TEST_POSTGRES_URL");
    if (pg.isEmpty())
        pg = QStringLiteral("postgresql://groundwork:groundwork@127.0.0.1:5432/groundwork_test");
    QUrl pgUrl(pg);
    QUrlQuery q(pgUrl);
    const QString schema = QStringLiteral("gw_bench_%1").arg(QCoreApplication::applicationPid());
    q.addQueryItem(QStringLiteral("schema"), schema);
    pgUrl.setQuery(q);

    const std::pair<QString, QString> backends[] = {
        {QStringLiteral("SQLite"), scratch.filePath(QStringLiteral("bench.db"))},
        {QStringLiteral("PostgreSQL"), pgUrl.toString()}};
    for (const auto &[name, spec] : backends) {
        const Throughput t = measure(spec, days);
        if (t.rawDaysPerSecond == 0)
            continue;
        out << "| day uploads/s, " << name << " (" << days << " days) | " << QString::number(t.serviceDaysPerSecond, 'f', 0)
            << " | raw inserts: " << QString::number(t.rawDaysPerSecond, 'f', 0) << " | "
            << QString::number(t.serviceDaysPerSecond / t.rawDaysPerSecond, 'f', 2) << "x | >= 0.5x |\n";
    }
    {
        // Leave no bench schema behind.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-cleanup"));
        const QUrl u(pg);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setPassword(u.password());
        db.setDatabaseName(u.path().mid(1));
        if (db.open())
            QSqlQuery(db).exec(QStringLiteral("SET client_min_messages TO warning; DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-cleanup"));
    out.flush();
    return 0;
}
