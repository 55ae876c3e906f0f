#include "server/sqliteeventwriter.h"

#include "server/store.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <array>

namespace groundwork::sync {

namespace {

// ?1 account, ?2 event id, ... in the column order. An id the account holds already is left
// as it is (sqlite3_changes() says which): since schema 12 that takes no sequence number and
// writes nothing, so a retry of what the account holds only reads. One row per statement,
// with no trigger and no DO UPDATE, so SQLite needs no statement journal (it opens one for a
// statement that may fail half-way through writing several rows).
constexpr const char *kInsertSql =
    "INSERT INTO events (account_id, event_id, device_id, device_time_ms, kind, content_version, payload,"
    " received_ms, origin_device, utc_offset_min, epoch, sealed, coarse_kind, utc_day, public_track_id)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"
    " ON CONFLICT (account_id, event_id) DO NOTHING";

// For a sealed event the account holds already: whether its copy is sealed too, and the bytes
// that copy counts for.
constexpr const char *kHeldSql = "SELECT epoch, length(payload) + COALESCE(length(sealed), 0) FROM events"
                                 " WHERE account_id = ?1 AND event_id = ?2";

// The same numbering: a sealed copy replaces one held readable (an updated app re-uploading
// what an older one sent). The readable columns are emptied in place; the row keeps its seq,
// device and arrival time (?3 and ?8 are bound but not used).
constexpr const char *kSealSql =
    "UPDATE events SET device_time_ms = ?4, kind = ?5, content_version = ?6, payload = ?7,"
    " origin_device = ?9, utc_offset_min = ?10, epoch = ?11, sealed = ?12, coarse_kind = ?13,"
    " utc_day = ?14, public_track_id = ?15"
    " WHERE account_id = ?1 AND event_id = ?2 AND epoch = 0";

// The account's usage counters, read for the quotas before each upload.
constexpr const char *kReadUsageSql = "SELECT stored_events, stored_bytes FROM accounts WHERE id = ?1";

// The credential generation, read on every request (SqlStore::deviceByToken).
constexpr const char *kGenerationSql = "SELECT generation FROM credential_changes WHERE id = 1";

// The account's usage counters (the quotas), once per upload (see sqliteeventwriter.h).
constexpr const char *kUsageSql =
    "UPDATE accounts SET stored_events = stored_events + ?1, stored_bytes = stored_bytes + ?2 WHERE id = ?3";

[[noreturn]] void fail(sqlite3 *db, const char *what)
{
    throw StoreError(std::string(what) + ": " + sqlite3_errmsg(db));
}

sqlite3_stmt *prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK)
        fail(db, "prepare failed");
    return statement;
}

// NOT NULL text columns take "" for an empty value, never NULL.
void bindText(sqlite3_stmt *statement, int index, const QByteArray &utf8)
{
    sqlite3_bind_text(statement, index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void bindBlob(sqlite3_stmt *statement, int index, const QByteArray &bytes)
{
    // A zero-length blob, not NULL, for an empty payload (sqlite3_bind_blob takes NULL as NULL).
    sqlite3_bind_blob(statement, index, bytes.isNull() ? "" : bytes.constData(), int(bytes.size()), SQLITE_STATIC);
}

// Runs a bound statement to its end; on failure it is reset and the error thrown.
void finish(sqlite3 *db, sqlite3_stmt *statement, const char *what)
{
    const int stepped = sqlite3_step(statement);
    if (stepped == SQLITE_DONE || stepped == SQLITE_ROW) {
        sqlite3_reset(statement);
        return;
    }
    const std::string error = sqlite3_errmsg(db);
    sqlite3_reset(statement);
    throw StoreError(std::string(what) + ": " + error);
}

} // namespace

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    sqlite3 *connection = nullptr;
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        connection = *static_cast<sqlite3 *const *>(handle.data());
    if (!connection)
        throw StoreError("this needs an open SQLite connection");
    return connection;
}

SqliteEventWriter::SqliteEventWriter(const QSqlDatabase &db) : m_db(sqliteHandle(db))
{
    try {
        m_held = prepare(m_db, kHeldSql);
        m_insert = prepare(m_db, kInsertSql);
        m_seal = prepare(m_db, kSealSql);
        m_usage = prepare(m_db, kUsageSql);
        m_readUsage = prepare(m_db, kReadUsageSql);
        m_generation = prepare(m_db, kGenerationSql);
    } catch (...) {
        finalizeAll();
        throw;
    }
}

SqliteEventWriter::~SqliteEventWriter()
{
    finalizeAll();
}

void SqliteEventWriter::finalizeAll()
{
    for (sqlite3_stmt *statement : {m_held, m_insert, m_seal, m_usage, m_readUsage, m_generation})
        sqlite3_finalize(statement); // a no-op on nullptr
}

SqliteEventWriter::Held SqliteEventWriter::held(const QByteArray &account, const QByteArray &id)
{
    bindText(m_held, 1, account);
    bindText(m_held, 2, id);
    const int stepped = sqlite3_step(m_held);
    Held held;
    if (stepped == SQLITE_ROW) {
        held.state = sqlite3_column_int64(m_held, 0) != 0 ? Held::Sealed : Held::Readable;
        held.bytes = sqlite3_column_int64(m_held, 1);
    } else if (stepped != SQLITE_DONE) {
        const std::string error = sqlite3_errmsg(m_db);
        sqlite3_reset(m_held);
        throw StoreError("event lookup failed: " + error);
    }
    sqlite3_reset(m_held);
    return held;
}

Store::AccountUsage SqliteEventWriter::usage(const QString &accountId)
{
    const QByteArray account = accountId.toUtf8();
    bindText(m_readUsage, 1, account);
    const int stepped = sqlite3_step(m_readUsage);
    Store::AccountUsage usage;
    if (stepped == SQLITE_ROW)
        usage = {quint64(sqlite3_column_int64(m_readUsage, 0)), quint64(sqlite3_column_int64(m_readUsage, 1))};
    const std::string error = stepped == SQLITE_ROW || stepped == SQLITE_DONE ? std::string() : sqlite3_errmsg(m_db);
    sqlite3_reset(m_readUsage);
    sqlite3_clear_bindings(m_readUsage);
    if (!error.empty())
        throw StoreError("account usage failed: " + error);
    return usage;
}

qint64 SqliteEventWriter::credentialGeneration()
{
    const int stepped = sqlite3_step(m_generation);
    const qint64 generation = stepped == SQLITE_ROW ? sqlite3_column_int64(m_generation, 0) : -1;
    const std::string error = stepped == SQLITE_ROW || stepped == SQLITE_DONE ? std::string() : sqlite3_errmsg(m_db);
    sqlite3_reset(m_generation);
    if (!error.empty())
        throw StoreError("credential generation failed: " + error);
    return generation;
}

void SqliteEventWriter::bind(sqlite3_stmt *s, const Bound &b, const WireEvent &e)
{
    bindText(s, 1, b.account);
    bindText(s, 2, b.id);
    bindText(s, 3, b.device);
    sqlite3_bind_int64(s, 4, e.deviceTimeMs);
    bindText(s, 5, b.text[0]);
    bindText(s, 6, b.text[1]);
    bindBlob(s, 7, e.payload);
    sqlite3_bind_int64(s, 8, b.nowMs);
    bindText(s, 9, b.text[2]);
    sqlite3_bind_int(s, 10, e.utcOffsetMinutes);
    sqlite3_bind_int64(s, 11, qint64(e.epoch));
    if (e.isSealed())
        bindBlob(s, 12, e.sealed);
    else
        sqlite3_bind_null(s, 12);
    sqlite3_bind_int(s, 13, e.coarseKind);
    sqlite3_bind_int(s, 14, e.utcDay);
    bindText(s, 15, b.text[3]);
}

void SqliteEventWriter::store(const QString &accountId, const QString &deviceId, std::span<const WireEvent> events,
                              qint64 nowMs)
{
    Bound b{accountId.toUtf8(), deviceId.toUtf8(), {}, {}, nowMs};
    qint64 addedEvents = 0;
    qint64 addedBytes = 0;
    for (const WireEvent &e : events) {
        // Kept alive until the steps: bound without a copy (SQLITE_STATIC).
        b.id = e.id.toUtf8();
        b.text = {e.kind.toUtf8(), e.contentVersion.toUtf8(), e.originDevice.toUtf8(), e.publicTrackId.toUtf8()};
        const qint64 bytes = e.payload.size() + e.sealed.size();
        bind(m_insert, b, e);
        finish(m_db, m_insert, "insert failed");
        if (sqlite3_changes(m_db) == 1) {
            ++addedEvents;
            addedBytes += bytes;
            continue;
        }
        // Held already. Only a sealed copy replaces a readable one (an updated app re-uploading
        // what an older one sent); anything else offered again changes nothing.
        if (!e.isSealed())
            continue;
        const Held already = held(b.account, b.id);
        if (already.state != Held::Readable)
            continue;
        bind(m_seal, b, e);
        finish(m_db, m_seal, "sealing failed");
        if (sqlite3_changes(m_db) == 1)
            addedBytes += bytes - already.bytes;
    }
    // Nothing may point into the texts above once they are gone.
    sqlite3_clear_bindings(m_held);
    sqlite3_clear_bindings(m_insert);
    sqlite3_clear_bindings(m_seal);
    if (addedEvents == 0 && addedBytes == 0)
        return; // a retry of what the account holds only reads
    sqlite3_bind_int64(m_usage, 1, addedEvents);
    sqlite3_bind_int64(m_usage, 2, addedBytes);
    bindText(m_usage, 3, b.account);
    finish(m_db, m_usage, "usage update failed");
    sqlite3_clear_bindings(m_usage);
}

} // namespace groundwork::sync
