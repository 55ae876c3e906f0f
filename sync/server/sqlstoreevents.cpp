// SqlStore's learning data: the events each account uploads and its devices download, the
// profile a learner shares and what a lead reads of the cohort. Accounts, devices and codes
// are in sqlstore.cpp, the connection's upkeep in sqlstoreupkeep.cpp.
#include "server/sqlstore.h"

#include "server/postgresstatements.h"
#include "server/sqliteeventwriter.h"
#include "server/sqlvalues.h"

#include <QSqlError>
#include <QSet>

#include <array>
#include <QSqlQuery>

namespace groundwork::sync {

using sqlvalue::bytes;
using sqlvalue::nullableBytes;
using sqlvalue::text;

namespace {
// What a lead's figures may count: readable events of older apps (public ones only; the
// server refused private ones) and sealed events that told a coarse kind. A sealed event
// without one (a private track, a reflection) is counted nowhere.
constexpr const char *kLeadVisibleEvent = "(e.epoch = 0 OR e.coarse_kind <> 0)";
} // namespace

QStringList SqlStore::storeEvents(const QString &accountId, const QString &deviceId,
                                  const QList<WireEvent> &events, qint64 nowMs)
{
    // Several rows per INSERT: one statement (and on PostgreSQL one round trip) per chunk.
    constexpr qsizetype kRowsPerInsert = 16;
    transaction([&] {
        // Several server processes over one PostgreSQL: a download between two commits must
        // never see a later sequence number of the account before an earlier one commits (its
        // cursor would pass the earlier event for good). Holding the account's row while
        // inserting makes each account's sequence numbers commit in order. SQLite has one
        // writer at a time anyway.
        lockAccount(accountId);
        // One row per id and statement: PostgreSQL refuses to update a row twice in one.
        QList<WireEvent> unique;
        QSet<QString> seen;
        for (const WireEvent &e : events)
            if (!seen.contains(e.id)) {
                seen.insert(e.id);
                unique.append(e);
            }
        const std::span<const WireEvent> all(unique.constData(), std::size_t(unique.size()));
        if (m_backend == u"sqlite") {
            sqliteEvents().store(accountId, deviceId, all, nowMs);
            return true;
        }
        if (PostgresStatements *native = postgres()) {
            if (native->holds(accountId))
                native->flush(); // the account's earlier upload first, as it came
            native->holdEvents(accountId, deviceId, all, nowMs);
            if (!m_holdWrites)
                native->flush();
            m_lockedUsage.remove(accountId); // its counters move with the INSERT
            return true;
        }
        for (std::size_t from = 0; from < all.size(); from += kRowsPerInsert)
            insertEventRows(accountId, deviceId, all.subspan(from, std::min<std::size_t>(kRowsPerInsert, all.size() - from)),
                            nowMs);
        return true;
    });
    // Inserted now or held already: either way the account holds every one.
    QStringList held;
    held.reserve(events.size());
    for (const WireEvent &e : events)
        held.append(e.id);
    return held;
}

namespace {

// The columns of an event, as named parameters (":c<column>_<row>"), made once: binding by
// position makes Qt format a name for every value, which was a third of an upload's CPU. Each
// is named once in a statement, even the account, device and arrival time that every row
// shares: a name used twice sends Qt's SQLite driver (6.4) down a path that matches names to
// values in quadratic time, a quarter of the storage thread's CPU for 16 rows.
constexpr int kRowColumns = 15;
constexpr int kAccountColumn = 12;
constexpr int kDeviceColumn = 13;
constexpr int kNowColumn = 14;
const QString &rowParameter(int column, std::size_t row)
{
    static const auto names = [] {
        std::array<std::array<QString, kRowColumns>, 16> all;
        for (std::size_t r = 0; r < all.size(); ++r)
            for (int c = 0; c < kRowColumns; ++c)
                all[r][std::size_t(c)] = QStringLiteral(":c%1_%2").arg(c).arg(r);
        return all;
    }();
    return names[row][std::size_t(column)];
}

// The INSERT for `rows` events (1 to 16), made once per size.
const QString &insertEventsSql(std::size_t rows)
{
    static const auto statements = [] {
        std::array<QString, 17> all;
        for (std::size_t n = 1; n < all.size(); ++n) {
            QString sql = QStringLiteral(
                "INSERT INTO events (account_id, event_id, device_id, device_time_ms, kind,"
                " content_version, payload, received_ms, origin_device, utc_offset_min,"
                " epoch, sealed, coarse_kind, utc_day, public_track_id) VALUES ");
            for (std::size_t i = 0; i < n; ++i) {
                const auto p = [i](int column) { return rowParameter(column, i); };
                sql += (i == 0 ? QStringLiteral("(") : QStringLiteral(", (")) + p(kAccountColumn) + QStringLiteral(", ")
                       + p(0) + QStringLiteral(", ") + p(kDeviceColumn)
                       + QStringLiteral(", %1, %2, %3, %4, ").arg(p(1), p(2), p(3), p(4)) + p(kNowColumn)
                       + QStringLiteral(", %1, %2, %3, %4, %5, ").arg(p(5), p(6), p(7), p(8), p(9))
                       + p(10) + QStringLiteral(", ") + p(11) + QStringLiteral(")");
            }
            // The same id sealed replaces a readable copy (an updated app re-uploading what an
            // older one sent): the readable columns are emptied, the row keeps its place (seq)
            // and device. A readable upload never replaces anything, nor a sealed one a sealed one.
            sql += QStringLiteral(
                " ON CONFLICT (account_id, event_id) DO UPDATE SET device_time_ms = excluded.device_time_ms,"
                " kind = excluded.kind, content_version = excluded.content_version, payload = excluded.payload,"
                " origin_device = excluded.origin_device, utc_offset_min = excluded.utc_offset_min,"
                " epoch = excluded.epoch, sealed = excluded.sealed, coarse_kind = excluded.coarse_kind,"
                " utc_day = excluded.utc_day, public_track_id = excluded.public_track_id"
                " WHERE events.epoch = 0 AND excluded.epoch > 0");
            all[n] = sql;
        }
        return all;
    }();
    Q_ASSERT(rows >= 1 && rows < statements.size());
    return statements[rows];
}

} // namespace

void SqlStore::insertEventRows(const QString &accountId, const QString &deviceId,
                               std::span<const WireEvent> events, qint64 nowMs)
{
    std::optional<QSqlQuery> &statement = m_insertEvents.at(events.size());
    if (!statement) {
        statement.emplace(m_db);
        statement->setForwardOnly(true);
        if (!statement->prepare(insertEventsSql(events.size()))) {
            const QString error = statement->lastError().text();
            statement.reset();
            throw StoreError(("prepare failed: " + error).toStdString());
        }
    }
    QSqlQuery &q = *statement;
    const QVariant account(accountId), device(deviceId), now(nowMs);
    for (std::size_t i = 0; i < events.size(); ++i) {
        const WireEvent &e = events[i];
        const auto p = [i](int column) { return rowParameter(column, i); };
        q.bindValue(p(kAccountColumn), account);
        q.bindValue(p(kDeviceColumn), device);
        q.bindValue(p(kNowColumn), now);
        q.bindValue(p(0), text(e.id));
        q.bindValue(p(1), e.deviceTimeMs);
        q.bindValue(p(2), text(e.kind));
        q.bindValue(p(3), text(e.contentVersion));
        q.bindValue(p(4), bytes(e.payload));
        q.bindValue(p(5), text(e.originDevice));
        q.bindValue(p(6), e.utcOffsetMinutes);
        q.bindValue(p(7), qint64(e.epoch));
        q.bindValue(p(8), e.isSealed() ? bytes(e.sealed) : QVariant(QMetaType::fromType<QByteArray>()));
        q.bindValue(p(9), e.coarseKind);
        q.bindValue(p(10), e.utcDay);
        q.bindValue(p(11), text(e.publicTrackId));
    }
    if (!q.exec())
        throw StoreError(("insert failed: " + q.lastError().text()).toStdString());
    q.finish();
}

EventPage SqlStore::eventsForOtherDevices(const QString &accountId, const QString &deviceId,
                                          quint64 cursor, int max)
{
    QSqlQuery q = run(QStringLiteral("SELECT seq, %1 FROM events WHERE account_id = ? AND seq > ? AND device_id <> ?"
                                     " ORDER BY seq LIMIT ?")
                          .arg(QLatin1StringView(sqlvalue::kEventColumns)),
                      {accountId, qint64(cursor), deviceId, max + 1});
    EventPage page;
    while (q.next()) {
        if (page.events.size() == max) {
            page.more = true;
            break;
        }
        StoredEvent s;
        s.seq = quint64(q.value(0).toLongLong());
        s.event = sqlvalue::eventAt(q, 1);
        page.events.append(s);
    }
    return page;
}

// Both counts are kept on the account's row, by a statement trigger on PostgreSQL (migration 9)
// and by the event writer on SQLite (since migration 12): read on every upload for the quotas,
// where counting the rows would read the whole account.
Store::AccountUsage SqlStore::accountUsage(const QString &accountId)
{
    if (m_backend == u"sqlite")
        return sqliteEvents().usage(accountId);
    const bool lock = m_backend == u"postgresql" && m_transactionDepth > 0 && !m_lockedAccounts.contains(accountId);
    if (const auto held = m_lockedUsage.constFind(accountId); held != m_lockedUsage.cend())
        return *held; // read by beginWrites() under the row's lock, and not written since
    if (PostgresStatements *native = postgres()) {
        settleWrites();
        const AccountUsage usage = native->accountUsage(accountId, lock).value_or(AccountUsage{});
        if (lock)
            m_lockedAccounts.insert(accountId);
        return usage;
    }
    QSqlQuery &q = prepared(lock ? QStringLiteral("SELECT stored_events, stored_bytes FROM accounts WHERE id = ? FOR UPDATE")
                                 : QStringLiteral("SELECT stored_events, stored_bytes FROM accounts WHERE id = ?"));
    q.bindValue(0, accountId);
    if (!q.exec())
        throw StoreError(("account usage failed: " + q.lastError().text()).toStdString());
    AccountUsage usage;
    if (q.next())
        usage = AccountUsage{quint64(q.value(0).toLongLong()), quint64(q.value(1).toLongLong())};
    q.finish();
    if (lock)
        m_lockedAccounts.insert(accountId);
    return usage;
}

SqliteEventWriter &SqlStore::sqliteEvents()
{
    if (!m_sqliteEvents)
        m_sqliteEvents = std::make_unique<SqliteEventWriter>(m_db);
    return *m_sqliteEvents;
}

quint64 SqlStore::eventCount(const QString &accountId)
{
    return accountUsage(accountId).events;
}

quint64 SqlStore::storedBytes(const QString &accountId)
{
    return accountUsage(accountId).bytes;
}

void SqlStore::lockAccount(const QString &accountId)
{
    if (m_backend != u"postgresql" || m_transactionDepth == 0 || m_lockedAccounts.contains(accountId))
        return;
    if (PostgresStatements *native = postgres()) {
        settleWrites();
        if (!native->accountUsage(accountId, true))
            throw StoreError(("no account " + accountId).toStdString());
        m_lockedAccounts.insert(accountId);
        return;
    }
    QSqlQuery &lock = prepared(QStringLiteral("SELECT id FROM accounts WHERE id = ? FOR UPDATE"));
    lock.bindValue(0, accountId);
    if (!lock.exec())
        throw StoreError(("account lock failed: " + lock.lastError().text()).toStdString());
    const bool found = lock.next();
    lock.finish();
    if (!found) // events hold no foreign key on PostgreSQL (migration 13): this is the check
        throw StoreError(("no account " + accountId).toStdString());
    m_lockedAccounts.insert(accountId);
}

void SqlStore::setSharedProfile(const QString &accountId, const std::optional<QByteArray> &profile)
{
    run(QStringLiteral("UPDATE accounts SET shared_profile = ? WHERE id = ?"),
        {nullableBytes(profile), accountId});
}

ProfileChoice SqlStore::chooseProfileSharing(const QString &accountId, const std::optional<QByteArray> &profile,
                                             qint64 chosenAtMs)
{
    ProfileChoice now;
    transaction([&] {
        run(QStringLiteral("UPDATE accounts SET shared_profile = ?, profile_chosen_ms = ?"
                           " WHERE id = ? AND profile_chosen_ms <= ?"),
            {nullableBytes(profile), chosenAtMs, accountId, chosenAtMs});
        now = profileChoice(accountId);
        return true;
    });
    return now;
}

ProfileChoice SqlStore::profileChoice(const QString &accountId)
{
    QSqlQuery q = run(QStringLiteral("SELECT CASE WHEN shared_profile IS NULL THEN 0 ELSE 1 END,"
                                     " profile_chosen_ms FROM accounts WHERE id = ?"),
                      {text(accountId)});
    if (!q.next())
        return {};
    return ProfileChoice{q.value(0).toInt() != 0, q.value(1).toLongLong()};
}

QList<MemberSummary> SqlStore::cohortMembers(const QString &cohortId)
{
    QSqlQuery q = run(QStringLiteral(
                          "SELECT a.id, a.display_name, a.shared_profile,"
                          " (SELECT COUNT(*) FROM events e WHERE e.account_id = a.id AND %1),"
                          " (SELECT MAX(CASE WHEN e.epoch = 0 THEN e.device_time_ms"
                          "  ELSE e.utc_day * CAST(86400000 AS BIGINT) END)"
                          "  FROM events e WHERE e.account_id = a.id AND %1)"
                          " FROM accounts a WHERE a.cohort_id = ? AND a.role = 'learner'"
                          " ORDER BY a.display_name, a.id")
                          .arg(QLatin1StringView(kLeadVisibleEvent)),
                      {text(cohortId)});
    QList<MemberSummary> members;
    while (q.next()) {
        MemberSummary m;
        m.accountId = q.value(0).toString();
        m.displayName = q.value(1).toString();
        if (!q.value(2).isNull())
            m.sharedProfile = q.value(2).toByteArray();
        m.eventCount = quint64(q.value(3).toLongLong());
        m.lastActivityMs = q.value(4).toLongLong();
        members.append(m);
    }
    return members;
}

} // namespace groundwork::sync
