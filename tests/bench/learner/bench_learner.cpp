// Learner core benchmark: prints a table of medians.
//  1. Answer save latency: Recorder::drillDecision (score, CBOR, event + outbox rows, commit)
//     and LearnerStore::append alone, against a bare SQLite single-row commit with the same
//     settings (WAL, synchronous=FULL) in the same process and temp dir. Target <= 1.5x.
//  2. Rebuilding the profile from 5 years of daily use (~2,000 drill attempts, ~6,000
//     decisions, plus lessons): derive + readiness profile + Today. Target <= 10 ms. Every
//     iteration decodes and folds every event afresh; also timed with the payloads in the
//     first form, and with the events read from a store on disk.
// Run: build/<dir>/bin/bench_learner [saves per kind, default 300]
//      build/<dir>/bin/bench_learner --rebuild-only [N]   (N rebuilds, nothing else; under
//      valgrind --tool=callgrind --collect-atstart=no only the rebuilds are counted)
#include "benchhistory.h"
#include "../common/instructioncount.h"
#include "eventbuilder.h"
#include "learner/clock.h"
#include "learner/derivation.h"
#include "learner/learnerstore.h"
#include "learner/readiness.h"
#include "learner/recorder.h"
#include "learner/today.h"
#include "session/learnerdata.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUuid>

#ifdef GROUNDWORK_BENCH_SQLITE3
#include <sqlite3.h>
#else
#include <QSqlDatabase>
#include <QSqlQuery>
#endif

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

using namespace groundwork::core;
using namespace groundwork::core::learner;
using namespace groundwork::core::learner::bench;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

double timeMs(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.nsecsElapsed() / 1e6;
}

// CPU time of this thread: on the shared, loaded build machine wall time mostly measures
// waiting for a core.
double cpuMs(const std::function<void()> &f)
{
    timespec a{}, b{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a);
    f();
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b);
    return (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6;
}

// The bare baseline: one row, one commit, WAL + synchronous=FULL.
class BareSqlite
{
public:
    explicit BareSqlite(const QString &path)
    {
#ifdef GROUNDWORK_BENCH_SQLITE3
        sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        sqlite3_exec(m_db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                           "CREATE TABLE t (id TEXT PRIMARY KEY NOT NULL, payload BLOB NOT NULL)",
                     nullptr, nullptr, nullptr);
        sqlite3_prepare_v2(m_db, "INSERT INTO t VALUES (?, ?)", -1, &m_insert, nullptr);
#else
        m_qt = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
        m_qt.setDatabaseName(path);
        m_qt.open();
        QSqlQuery q(m_qt);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        q.exec(QStringLiteral("CREATE TABLE t (id TEXT PRIMARY KEY NOT NULL, payload BLOB NOT NULL)"));
        m_insert = QSqlQuery(m_qt);
        m_insert.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?)"));
#endif
    }
    ~BareSqlite()
    {
#ifdef GROUNDWORK_BENCH_SQLITE3
        sqlite3_finalize(m_insert);
        sqlite3_close(m_db);
#endif
    }
    void commitOne(const QByteArray &id, const QByteArray &payload)
    {
#ifdef GROUNDWORK_BENCH_SQLITE3
        sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr);
        sqlite3_bind_text(m_insert, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        sqlite3_bind_blob(m_insert, 2, payload.constData(), int(payload.size()), SQLITE_TRANSIENT);
        sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
        sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
#else
        m_qt.transaction();
        m_insert.bindValue(0, QString::fromLatin1(id));
        m_insert.bindValue(1, payload);
        m_insert.exec();
        m_qt.commit();
#endif
    }

private:
#ifdef GROUNDWORK_BENCH_SQLITE3
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
#else
    QSqlDatabase m_qt;
    QSqlQuery m_insert;
#endif
};

// What the app does when it rebuilds from every event: the state, then the readiness profile
// and Today's plan.
class Rebuild
{
public:
    explicit Rebuild(const std::shared_ptr<const ContentPack> &pack) : m_profiler(pack), m_planner(pack) {}
    void operator()(const QVector<Event> &events) const
    {
        const auto st = m_deriver.derive(events);
        const auto profile = m_profiler.profile(st, QStringLiteral("em"));
        const auto plan = m_planner.plan(st, QStringLiteral("ready"), QDate(2026, 12, 31));
        Q_UNUSED(profile);
        Q_UNUSED(plan);
    }
    const Deriver &deriver() const { return m_deriver; }
    const ReadinessProfiler &profiler() const { return m_profiler; }

private:
    Deriver m_deriver;
    ReadinessProfiler m_profiler;
    TodayPlanner m_planner;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--rebuild-only") == 0) {
        const int n = argc > 2 ? std::max(1, atoi(argv[2])) : 1;
        auto pack = benchPack();
        const QVector<Event> history = fiveYears(pack);
        const Rebuild rebuild(pack);
        std::vector<double> ms;
        for (int i = 0; i < n; ++i)
            ms.push_back(cpuMs([&] { GROUNDWORK_COUNT_INSTRUCTIONS(rebuild(history)); }));
        std::printf("rebuild x%d, median CPU ms: %.3f\n", n, median(ms));
        return 0;
    }
    const int saves = argc > 1 ? std::max(10, atoi(argv[1])) : 300;
    QTemporaryDir dir;
    auto pack = benchPack();

    // --- 1. save latency ---------------------------------------------------------------
    BareSqlite bare(dir.filePath(QStringLiteral("bare.db")));
    auto opened = LearnerStore::open(dir.filePath(QStringLiteral("learner.db")));
    if (!opened.store) {
        std::fprintf(stderr, "cannot open store: %s\n", qPrintable(opened.message));
        return 1;
    }
    SystemClock clock;
    Recorder recorder(*opened.store, pack, clock);
    testing::EventBuilder builder(pack, opened.store->deviceId(), clock.nowMs());
    const QByteArray samplePayload = builder.decision(QStringLiteral("a"), QStringLiteral("drill0"),
                                                      QStringLiteral("q0"), QStringLiteral("o1"), 80)
                                         .payload;

    std::vector<double> bareMs, recordMs, appendMs;
    for (int block = 0; block < 6; ++block) { // interleaved blocks, so disk drift hits all alike
        for (int i = 0; i < saves / 6; ++i) {
            const QByteArray id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
            bareMs.push_back(timeMs([&] { bare.commitOne(id, samplePayload); }));
        }
        for (int i = 0; i < saves / 6; ++i) {
            const QString attempt = Recorder::newAttemptId();
            recordMs.push_back(timeMs([&] {
                recorder.drillDecision(attempt, QStringLiteral("drill%1").arg(i % 60), QStringLiteral("q0"),
                                       QStringLiteral("o%1").arg(i % 3), 80);
            }));
        }
        for (int i = 0; i < saves / 6; ++i) {
            Event e = builder.decision(QStringLiteral("a"), QStringLiteral("drill1"), QStringLiteral("q1"),
                                       QStringLiteral("o0"), 65);
            appendMs.push_back(timeMs([&] { opened.store->append(e); }));
        }
    }

    // --- 2. profile rebuild ------------------------------------------------------------
    const QVector<Event> history = fiveYears(pack);
    int decisions = 0;
    for (const auto &e : history)
        decisions += e.kind == EventKind::DrillDecision;
    const Rebuild rebuild(pack);
    const Deriver &deriver = rebuild.deriver();
    const ReadinessProfiler &profiler = rebuild.profiler();
    std::vector<double> rebuildMs, rebuildCpuMs, deriveOnlyMs, loadMs;
    for (int i = 0; i < 30; ++i) {
        rebuildMs.push_back(timeMs([&] { rebuild(history); }));
        rebuildCpuMs.push_back(cpuMs([&] { rebuild(history); }));
        deriveOnlyMs.push_back(cpuMs([&] { deriver.derive(history); }));
    }
    // The same history as a store written by the first release holds it (map payloads with
    // every field, text attempt ids, doubles): events are never rewritten, so long-time
    // learners keep such payloads.
    QVector<Event> firstForm = history;
    for (auto &e : firstForm)
        e.payload = testing::firstFormPayload(e);
    std::vector<double> firstFormMs;
    for (int i = 0; i < 15; ++i)
        firstFormMs.push_back(cpuMs([&] { rebuild(firstForm); }));
    std::vector<double> decodeMs;
    for (int i = 0; i < 10; ++i) {
        decodeMs.push_back(cpuMs([&] {
            int n = 0;
            for (const auto &e : history)
                if (e.kind == EventKind::DrillDecision)
                    n += decodeDecision(e.payload)->scores.size();
            Q_UNUSED(n);
        }));
    }
    auto big = LearnerStore::open(dir.filePath(QStringLiteral("history.db")));
    big.store->importEvents(history);
    for (int i = 0; i < 10; ++i)
        loadMs.push_back(timeMs([&] { rebuild(big.store->events()); }));

    // What the app does when an answer is saved at five years: commit it, fold it into the
    // state (it is the newest event), then Today, the weekly goal and the profile. Measured
    // also when the answer is stamped before the last event (a clock set back: everything is
    // folded again) and, for comparison, with the reload from disk the session did before.
    std::vector<double> answerMs, answerEarlierMs, answerReloadMs;
    {
        ManualClock after(1'640'995'200'000 + 1830LL * 86'400'000, 60); // days after the history
        groundwork::core::LearnerData session(*big.store, pack, after, QStringLiteral("ready"));
        ManualClock before(1'640'995'200'000 + 1000LL * 86'400'000, 60); // in the middle of it
        groundwork::core::LearnerData stale(*big.store, pack, before, QStringLiteral("ready"));
        const auto answer = [&](groundwork::core::LearnerData &s, int i) {
            s.recordDecision(Recorder::newAttemptId(), QStringLiteral("drill%1").arg(i % 60), QStringLiteral("q0"),
                             QStringLiteral("o%1").arg(i % 3), 80);
            profiler.profile(s.state(), QStringLiteral("em"));
        };
        for (int i = 0; i < 31; ++i) {
            after.advance(60'000);
            answerMs.push_back(timeMs([&] { answer(session, i); }));
            before.advance(60'000);
            answerEarlierMs.push_back(timeMs([&] { answer(stale, i); }));
            answerReloadMs.push_back(timeMs([&] {
                session.refresh();
                profiler.profile(session.state(), QStringLiteral("em"));
            }));
        }
        for (auto *v : {&answerMs, &answerEarlierMs, &answerReloadMs})
            v->erase(v->begin()); // the first of each warms caches
    }

    // Payload bytes (they travel over the network): one attempt of 3 decisions, and a typical
    // day of a lesson (started, quick check, finished) and one such attempt.
    qsizetype attemptBytes = 0, dayBytes = 0, allBytes = 0;
    {
        int decisionsSeen = 0;
        for (const auto &e : history) {
            allBytes += e.payload.size();
            if (e.kind == EventKind::DrillDecision && decisionsSeen++ < 3)
                attemptBytes += e.payload.size();
        }
        for (const auto &e : history) // the first day with a lesson: 3 lesson events
            if (e.kind == EventKind::LessonStarted || e.kind == EventKind::QuickCheckAnswered
                || e.kind == EventKind::LessonFinished) {
                dayBytes += e.payload.size();
                if (e.kind == EventKind::LessonFinished)
                    break;
            }
        dayBytes += attemptBytes;
    }

    const double base = median(bareMs);
    std::printf("Learner core benchmark (medians; %d saves per kind; temp dir %s)\n", int(bareMs.size()),
                qPrintable(dir.path()));
#ifdef GROUNDWORK_BENCH_SQLITE3
    const char *baseline = "bare sqlite3 C API";
#else
    const char *baseline = "bare QSQLITE (no libsqlite3-dev)";
#endif
    std::printf("%-58s %10s %8s %8s\n", "measure", "median ms", "ratio", "target");
    std::printf("%-58s %10.3f %8s %8s\n", (std::string("single-row commit, WAL+FULL, ") + baseline).c_str(), base, "1.00", "");
    std::printf("%-58s %10.3f %8.2f %8s\n", "Recorder::drillDecision (score+encode+event+outbox)",
                median(recordMs), median(recordMs) / base, "<=1.5");
    std::printf("%-58s %10.3f %8.2f %8s\n", "LearnerStore::append (event+outbox, one commit)",
                median(appendMs), median(appendMs) / base, "<=1.5");
    std::printf("%-58s %10.3f %8s %8s\n",
                qPrintable(QStringLiteral("rebuild: derive+profile+today, %1 events, %2 decisions")
                               .arg(history.size()).arg(decisions)),
                median(rebuildMs), "", "<=10");
    std::printf("%-58s %10.3f %8s %8s\n", "rebuild, CPU time of the thread", median(rebuildCpuMs), "", "<=10");
    std::printf("%-58s %10.3f %8s %8s\n", "  derive alone (CPU)", median(deriveOnlyMs), "", "");
    std::printf("%-58s %10.3f %8s %8s\n", "  decoding every decision payload (CPU)", median(decodeMs), "", "");
    std::printf("%-58s %10.3f %8s %8s\n", "  same, payloads in the first (map) form (CPU)", median(firstFormMs), "", "");
    std::printf("%-58s %10.3f %8s %8s\n", "load all events from disk + derive + profile + today", median(loadMs), "", "");
    std::printf("%-58s %10.3f %8s %8s\n", "an answer at 5 years: save + fold it in + today + profile",
                median(answerMs), "", "<=10");
    std::printf("%-58s %10.3f %8s %8s\n", "  stamped before the last event: everything folded again",
                median(answerEarlierMs), "", "<=10");
    std::printf("%-58s %10.3f %8s %8s\n", "  with a reload of every event from disk (before)", median(answerReloadMs),
                "", "");
    std::printf("payload bytes: one 3-decision attempt %lld, a typical day (lesson + attempt) %lld, "
                "all %d events %lld\n",
                (long long)attemptBytes, (long long)dayBytes, int(history.size()), (long long)allBytes);
    return 0;
}
