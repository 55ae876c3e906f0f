#pragma once

#include "protocol/wireevent.h"
#include "server/store.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <array>
#include <span>

struct sqlite3;
struct sqlite3_stmt;

namespace groundwork::sync {

// The SQLite connection under a QSQLITE connection; throws StoreError if it is not one, or closed.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// The event INSERT on SQLite, bound through SQLite's own C API on the connection Qt SQL opened
// (QSqlDriver::handle()), with the two reads every upload makes besides (its account's usage
// counters, and the credential generation); everything else stays on Qt SQL. The INSERT runs
// once per event, and through QSqlQuery a third of an upload's instructions went to binding:
// named values looked up one by one in QVariants, and every text handed to SQLite as UTF-16
// for SQLite to convert back to the database's UTF-8. Each read cost 10-19k instructions
// through QSqlQuery, 2-4k here.
//
// An event the account already holds is left as it is (ON CONFLICT DO NOTHING); a sealed copy
// still replaces a readable one (an UPDATE in place). Since schema 12 `seq` has no
// AUTOINCREMENT, so an insert that meets a conflict takes no sequence number and writes
// nothing: a re-sent batch only reads. (Before, SQLite took a new row id and rewrote
// sqlite_sequence before it saw the conflict, so every retry was a commit to disk.)
//
// It keeps the account's usage counters (accounts.stored_events and stored_bytes, read for the
// quotas) itself: one UPDATE per upload, by what its statements changed, in the caller's
// transaction. Until schema 12 a trigger did it for every row, which cost a fifth of each insert
// and made SQLite open a statement journal for every one. On SQLite nothing else may add or
// replace events; deleting them goes with deleting the account's row.
class SqliteEventWriter
{
public:
    // `db` must be an open QSQLITE connection; throws StoreError otherwise.
    explicit SqliteEventWriter(const QSqlDatabase &db);
    ~SqliteEventWriter();
    SqliteEventWriter(const SqliteEventWriter &) = delete;
    SqliteEventWriter &operator=(const SqliteEventWriter &) = delete;

    // Stores each event the account does not hold yet (ids must be unique within `events`).
    // Runs inside the caller's transaction; throws StoreError when SQLite refuses.
    void store(const QString &accountId, const QString &deviceId, std::span<const WireEvent> events, qint64 nowMs);
    // The two reads every upload makes besides: the account's usage counters (zero for no such
    // account) and the credential generation (SqlStore::deviceByToken; -1 if the row is missing).
    Store::AccountUsage usage(const QString &accountId);
    qint64 credentialGeneration();

private:
    struct Held
    {
        enum State { No, Readable, Sealed } state = No;
        qint64 bytes = 0; // payload and ciphertext, as the usage counters count them
    };
    Held held(const QByteArray &account, const QByteArray &id);
    // What an event's statements bind besides the event: UTF-8 kept alive until the step.
    struct Bound
    {
        QByteArray account;
        QByteArray device;
        QByteArray id;
        std::array<QByteArray, 4> text; // kind, content version, origin device, public track
        qint64 nowMs = 0;
    };
    static void bind(sqlite3_stmt *statement, const Bound &bound, const WireEvent &e);
    void finalizeAll();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_held = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_seal = nullptr;
    sqlite3_stmt *m_usage = nullptr;
    sqlite3_stmt *m_readUsage = nullptr;
    sqlite3_stmt *m_generation = nullptr;
};

} // namespace groundwork::sync
