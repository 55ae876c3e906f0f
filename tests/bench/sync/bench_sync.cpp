// Sync benchmark, printed as a table:
//  1. bytes of the upload body for a typical day (a lesson with its quick check, a three-decision
//     drill with confidence, as the app records them) against the same day as xAPI 1.0.3 JSON;
//  2. day uploads per second through the server's service (decode, authenticate, store,
//     answer) against raw inserts of the same rows into the same database, per back end.
#include "client/learneroutbox.h"
#include "groundwork/sync/v1/sync.pb.h"
#include "learner/eventid.h"
#include "learner/learnerstore.h"
#include "protocol/bodyencoding.h"
#include "protocol/protocolversion.h"
#include "server/credentials.h"
#include "server/provisioning.h"
#include "server/storefactory.h"
#include "server/syncservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
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


#include <cstdio>
#include <vector>

using namespace groundwork::sync;

namespace {

struct Decision
{
    const char *node;
    const char *option;
    int confidence; // percent, one of the app's levels
    int millis;
    bool best;
};

const char *kTrack = "ready-to-lead";
const char *kLesson = "delegating-outcomes-not-tasks";
const char *kDrill = "the-missed-deadline";
const char *kContentVersion = "2026.11.0+3f9a2c1d";
const Decision kDecisions[] = {{"open", "ask-what-happened", 80, 41'200, true},
                               {"plan", "agree-new-date-together", 65, 38'900, false},
                               {"follow-up", "weekly-check-in", 95, 22'400, true}};

// A typical day exactly as the app stores and sends it: the events the Recorder writes for one
// lesson with its quick check and one three-decision drill with confidence (real payload
// encoders, UUID ids, a text content version, two judgment dimensions scored per decision),
// appended to a real LearnerStore and read back through LearnerOutbox, as the SyncEngine does.
QList<WireEvent> typicalDay(qint64 dayStartMs)
{
    using namespace groundwork::core::learner;
    QTemporaryDir dir;
    auto opened = LearnerStore::open(dir.filePath(QStringLiteral("learner.db")));
    if (!opened.store)
        qFatal("cannot open a learner store: %s", qPrintable(opened.message));
    LearnerStore &store = *opened.store;
    qint64 t = dayStartMs;
    const auto add = [&](EventKind kind, QByteArray payload, qint64 at) {
        Event e;
        e.id = newEventId(store.deviceId()); // as the Recorder makes them
        e.kind = kind;
        e.timeMs = at;
        e.utcOffsetMinutes = 60;
        e.deviceId = store.deviceId();
        e.contentVersion = QString::fromLatin1(kContentVersion);
        e.payload = std::move(payload);
        if (!store.append(e))
            qFatal("cannot append");
    };
    const QString track = QString::fromLatin1(kTrack), lesson = QString::fromLatin1(kLesson);
    add(EventKind::LessonStarted, encodePayload(LessonPayload{track, lesson}), t);
    add(EventKind::QuickCheckAnswered, encodePayload(QuickCheckPayload{lesson, 1, true, -1, {}}), t + 170'000);
    add(EventKind::LessonFinished, encodePayload(LessonPayload{track, lesson}), t + 184'000);
    t += 200'000;
    const QString attempt = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (const Decision &d : kDecisions) {
        DecisionPayload p;
        p.attemptId = attempt;
        p.drillId = QString::fromLatin1(kDrill);
        p.decisionId = QString::fromLatin1(d.node);
        p.optionId = QString::fromLatin1(d.option);
        p.confidencePercent = d.confidence;
        p.best = d.best;
        p.scores = {{QStringLiteral("delegation"), d.best ? 1.0 : 0.5},
                    {QStringLiteral("coaching"), d.best ? 0.75 : 0.25}};
        add(EventKind::DrillDecision, encodePayload(p), t);
        t += d.millis;
    }
    LearnerOutbox outbox(store);
    return outbox.pending(100);
}

v1::UploadRequest withHello()
{
    v1::UploadRequest request;
    request.mutable_hello()->set_protocol_version(kReadableProtocolVersion);
    request.mutable_hello()->set_app_version("0.1.0");
    return request;
}

// The message the engine builds: the compact batch form of protocol 2.
QByteArray uploadMessage(const QList<WireEvent> &day)
{
    v1::UploadRequest request = withHello();
    encodeEvents(day, request.mutable_events());
    return serialize(request);
}

// What the engine sends: that message with Content-Encoding: deflate (it is smaller).
QByteArray uploadBody(const QList<WireEvent> &day)
{
    return deflateBody(uploadMessage(day));
}

// The same events with every field spelled out per event, as text (no compaction).
QByteArray plainUploadBody(const QList<WireEvent> &day)
{
    v1::UploadRequest request = withHello();
    for (const WireEvent &e : day) {
        v1::WireEvent *w = request.add_events();
        toProto(e, w);
        w->clear_id_uuid();
        w->set_id(e.id.toStdString());
        w->clear_origin_device_uuid();
        w->set_origin_device(e.originDevice.toStdString());
    }
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
    // The same six facts the app records: lesson started, quick check answered, lesson
    // completed, three drill decisions.
    statements.append(QJsonObject{
        {"id", QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {"actor", actor},
        {"verb", QJsonObject{{"id", "http://adlnet.gov/expapi/verbs/attempted"},
                             {"display", QJsonObject{{"en-US", "attempted"}}}}},
        {"object", QJsonObject{{"objectType", "Activity"},
                               {"id", QStringLiteral("https://groundwork.example/xapi/lessons/%1").arg(kLesson)},
                               {"definition", QJsonObject{{"type", "http://adlnet.gov/expapi/activities/lesson"}}}}},
        {"context", context},
        {"timestamp", timestamp(dayStartMs)}});
    statements.append(QJsonObject{
        {"id", QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {"actor", actor},
        {"verb", QJsonObject{{"id", "http://adlnet.gov/expapi/verbs/answered"},
                             {"display", QJsonObject{{"en-US", "answered"}}}}},
        {"object", QJsonObject{{"objectType", "Activity"},
                               {"id", QStringLiteral("https://groundwork.example/xapi/lessons/%1/check").arg(kLesson)},
                               {"definition", QJsonObject{{"type", "http://adlnet.gov/expapi/activities/cmi.interaction"},
                                                          {"interactionType", "choice"}}}}},
        {"result", QJsonObject{{"response", "1"}, {"success", true}}},
        {"context", context},
        {"timestamp", timestamp(dayStartMs + 170'000)}});
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
        {"timestamp", timestamp(dayStartMs + 184'000)}});
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

// A second connection to the store's database for the raw baseline, set up as the store sets
// up its own (WAL and synchronous=NORMAL for SQLite; the bench schema for PostgreSQL).
QSqlDatabase rawConnection(const QString &spec)
{
    const QString name = QStringLiteral("bench-raw");
    if (!spec.startsWith(QLatin1String("postgresql://"))) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(spec);
        if (!db.open() || !QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
            qFatal("cannot open the raw SQLite connection");
        return db;
    }
    const QUrl u(spec);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(u.host());
    db.setPort(u.port(5432));
    db.setUserName(u.userName());
    db.setPassword(u.password());
    db.setDatabaseName(u.path().mid(1));
    if (!db.open()
        || !QSqlQuery(db).exec(QStringLiteral("SET search_path TO %1").arg(QUrlQuery(u).queryItemValue(QStringLiteral("schema")))))
        qFatal("cannot open the raw PostgreSQL connection");
    return db;
}

// The baseline: the same rows inserted one by one with one prepared INSERT, one transaction
// per day; no decoding, no credential check, no answer.
class RawInserter
{
public:
    explicit RawInserter(QSqlDatabase db) : m_db(std::move(db)), m_insert(m_db)
    {
        if (!m_insert.prepare(QStringLiteral(
                "INSERT INTO events (account_id, event_id, device_id, device_time_ms, kind,"
                " content_version, payload, received_ms, origin_device, utc_offset_min)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
            qFatal("cannot prepare the raw insert: %s", qPrintable(m_insert.lastError().text()));
    }

    void insertDay(const IssuedDevice &who, const QList<WireEvent> &day, qint64 nowMs)
    {
        m_db.transaction();
        for (const WireEvent &e : day) {
            const QVariantList values{who.accountId, e.id, who.deviceId, e.deviceTimeMs, e.kind,
                                      e.contentVersion, e.payload, nowMs, e.originDevice, e.utcOffsetMinutes};
            for (int i = 0; i < values.size(); ++i)
                m_insert.bindValue(i, values[i]);
            if (!m_insert.exec())
                qFatal("raw insert failed: %s", qPrintable(m_insert.lastError().text()));
        }
        if (!m_db.commit())
            qFatal("raw commit failed");
    }

private:
    QSqlDatabase m_db;
    QSqlQuery m_insert;
};

// Day uploads through SyncService (one per learner, round robin, deflated as the engine sends
// them) and the same number of other days inserted raw into the same table, in alternating
// blocks so that both see the table at the same sizes.
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
    // One day from a real store, then copies of it with fresh ids on later days.
    const QList<WireEvent> first = typicalDay(1'700'000'000'000);
    const auto dayCopy = [&](int d) {
        QList<WireEvent> day = first;
        for (WireEvent &e : day) {
            e.id = groundwork::core::learner::newEventId(e.originDevice);
            e.deviceTimeMs += d * 86'400'000LL;
        }
        return day;
    };
    QList<QByteArray> bodies;
    QList<QList<WireEvent>> rawDays;
    for (int d = 0; d < days; ++d) {
        bodies.append(uploadBody(dayCopy(d)));
        rawDays.append(dayCopy(d));
    }

    Throughput t;
    {
        RawInserter raw(rawConnection(spec));
        qint64 serviceNs = 0, rawNs = 0;
        QElapsedTimer timer;
        constexpr int kBlock = 50;
        for (int from = 0; from < days; from += kBlock) {
            const int to = std::min(days, from + kBlock);
            timer.start();
            for (int d = from; d < to; ++d) {
                const Reply r = service.handle(QStringLiteral("/v1/upload"), learners[d % learners.size()].token,
                                               bodies[d], QStringLiteral("127.0.0.1"), kDeflateEncoding);
                if (r.status != 200)
                    qFatal("upload failed with %d", r.status);
            }
            serviceNs += timer.nsecsElapsed();
            timer.start();
            for (int d = from; d < to; ++d)
                raw.insertDay(learners[d % learners.size()], rawDays[d], clock.nowMs());
            rawNs += timer.nsecsElapsed();
        }
        t.serviceDaysPerSecond = days * 1e9 / double(std::max<qint64>(1, serviceNs));
        t.rawDaysPerSecond = days * 1e9 / double(std::max<qint64>(1, rawNs));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-raw"));
    return t;
}

} // namespace

// For the load benchmark (scripts/bench-load.sh): a cohort with `devices` learner devices in
// `spec`, their tokens (tokens.txt, one a line) and `bodies` deflated day uploads (body-<i>.bin,
// each a typical day with fresh event ids; body i belongs to device i % devices).
int prepareLoad(const QString &dir, const QString &spec, int devices, int bodies)
{
    QString error;
    auto store = openStore(spec, &error);
    if (!store) {
        qWarning("%s", qPrintable(error));
        return 1;
    }
    SystemClock clock;
    Provisioning provisioning(*store, clock);
    const NewCohort cohort = provisioning.createCohort(QStringLiteral("Load"), QStringLiteral("Lead"), 3'600'000);
    QFile tokens(dir + QStringLiteral("/tokens.txt"));
    if (!tokens.open(QIODevice::WriteOnly))
        return 1;
    for (int i = 0; i < devices; ++i)
        tokens.write(provisioning.createAccountWithDevice(cohort.cohort.id, Role::Learner, QStringLiteral("L%1").arg(i),
                                                          QStringLiteral("phone")).token.toLatin1() + '\n');
    const QList<WireEvent> day = typicalDay(1'700'000'000'000);
    // Ids as each device's Recorder makes them (in blocks), for the device the body belongs to.
    std::vector<groundwork::core::learner::EventIdMaker> ids(std::size_t(std::max(1, devices)));
    for (int i = 0; i < bodies; ++i) {
        QList<WireEvent> fresh = day;
        for (WireEvent &e : fresh)
            e.id = ids[std::size_t(i % devices)].next(e.originDevice);
        QFile body(dir + QStringLiteral("/body-%1.bin").arg(i));
        if (!body.open(QIODevice::WriteOnly))
            return 1;
        body.write(uploadBody(fresh));
    }
    return 0;
}

int main(int argc, char *argv[])
{
    if (argc == 6 && QByteArrayView(argv[1]) == "--prepare-load") {
        QCoreApplication app(argc, argv);
        if (!credentials::initialise())
            return 1;
        return prepareLoad(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), atoi(argv[4]), atoi(argv[5]));
    }
    QCoreApplication app(argc, argv);
    if (!credentials::initialise())
        return 1;
    QTextStream out(stdout);

    const qint64 day = 1'700'000'000'000;
    const QList<WireEvent> events = typicalDay(day);
    const QByteArray message = uploadMessage(events);
    const QByteArray proto = uploadBody(events);
    const QByteArray plain = plainUploadBody(events);
    const QByteArray xapi = xapiBody(day);
    if (const QString dump = qEnvironmentVariable("GROUNDWORK_BENCH_DUMP_DIR"); !dump.isEmpty()) {
        // For looking at the bytes by hand (e.g. with protoc --decode_raw).
        const auto write = [&](const char *name, const QByteArray &bytes) {
            QFile f(dump + QLatin1Char('/') + QLatin1String(name));
            if (f.open(QIODevice::WriteOnly))
                f.write(bytes);
        };
        write("day.pb", message);
        write("day.pb.deflate", proto);
        write("day-plain.pb", plain);
        write("day-xapi.json", xapi);
    }
    qsizetype payloadBytes = 0;
    for (const WireEvent &e : events)
        payloadBytes += e.payload.size();
    out << "| measure | groundwork sync | comparison | ratio | target |\n|---|---|---|---|---|\n";
    out << "| request body for a typical day, as sent (deflate; lesson + quick check + 3 decisions: " << events.size()
        << " events, " << payloadBytes << " B of payload) | " << proto.size() << " B | xAPI 1.0.3 JSON: "
        << xapi.size() << " B | " << QString::number(double(xapi.size()) / proto.size(), 'f', 1)
        << "x smaller | <= 600 B, >= 10x |\n";
    out << "| the same day's message before deflate (protocol 2 compact form) | " << message.size()
        << " B | xAPI 1.0.3 JSON: " << xapi.size() << " B | "
        << QString::number(double(xapi.size()) / message.size(), 'f', 1) << "x smaller | |\n";
    out << "| the same day without compaction (text ids, version and device per event) | " << plain.size()
        << " B | xAPI 1.0.3 JSON: " << xapi.size() << " B | "
        << QString::number(double(xapi.size()) / plain.size(), 'f', 1) << "x smaller | |\n";
    // For fairness: an LRS client may compress too (HTTP Content-Encoding).
    const QByteArray xapiDeflated = deflateBody(xapi);
    out << "| the same request body as sent, against xAPI deflated the same way | " << proto.size()
        << " B | xAPI 1.0.3 JSON, deflated: " << xapiDeflated.size() << " B | "
        << QString::number(double(xapiDeflated.size()) / proto.size(), 'f', 1) << "x smaller | |\n";

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
