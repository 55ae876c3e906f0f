#pragma once

#include "protocol/wireevent.h"
#include "server/store.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <memory>
#include <optional>
#include <span>
#include <vector>

struct pg_conn;
struct pg_result;

namespace groundwork::sync {

// The statements every upload runs on PostgreSQL, through libpq on the connection Qt SQL opened
// (QSqlDriver::handle()); everything else stays on Qt SQL. Qt's driver sends each prepared
// statement as `EXECUTE name (literal, ...)`: every value formatted into SQL text (a payload as
// escaped hex) for the server to parse again, and a forward-only result fetched row by row.
// Here values travel apart from the SQL, binary, and results come back binary, in one round
// trip per statement; each statement is prepared once per connection.
//
// Events are inserted by one statement for up to 64 of them, which first looks each id up: an
// event the account already holds is not offered to the INSERT at all, so a re-sent day writes
// nothing and takes no number from the events' identity sequence (PostgreSQL takes one for
// every row offered, conflicting or not). A sealed copy still replaces a readable one.
//
// For a group commit the events of many uploads are held back and inserted together (see
// holdEvents()), and every account of the group is locked and read in one statement
// (lockAccounts()): one round trip for the group where each upload took two.
class PostgresStatements
{
public:
    // `db` must be an open QPSQL connection; throws StoreError otherwise.
    explicit PostgresStatements(const QSqlDatabase &db);
    PostgresStatements(const PostgresStatements &) = delete;
    PostgresStatements &operator=(const PostgresStatements &) = delete;

    // Only devices that are not revoked (see Store::deviceByToken).
    std::optional<AuthenticatedDevice> deviceByToken(const QByteArray &tokenHash);
    // Several at once (one statement for up to 256), by token hash.
    QHash<QByteArray, AuthenticatedDevice> devicesByToken(const QList<QByteArray> &tokenHashes);
    // The account's stored events and bytes, or nothing when the account does not exist (or no
    // longer does); with `lock`, its row is held until the transaction ends (SELECT ... FOR UPDATE).
    std::optional<Store::AccountUsage> accountUsage(const QString &accountId, bool lock);
    // Locks the accounts' rows in one statement, in one order whatever the caller's (so two
    // processes never deadlock), and returns their usage by id; an unknown id is left out.
    QHash<QString, Store::AccountUsage> lockAccounts(const QStringList &accountIds);
    // Queues each event the account does not hold yet for the next flush() (ids must be unique
    // within `events`, and the account must have nothing queued: see holds()).
    void holdEvents(const QString &accountId, const QString &deviceId, std::span<const WireEvent> events,
                    qint64 nowMs);
    bool holds(const QString &accountId) const { return m_heldAccounts.contains(accountId); }
    bool holdsAny() const { return !m_held.isEmpty(); }
    // Inserts what is queued, inside the caller's transaction; throws StoreError when
    // PostgreSQL refuses (nothing stays queued either way).
    void flush();
    // Forgets what is queued (the transaction was rolled back).
    void discard();

private:
    class Parameters;
    using Result = std::unique_ptr<pg_result, void (*)(pg_result *)>;
    void prepare(const QByteArray &name, const QByteArray &sql, const std::vector<unsigned> &types);
    // Runs a prepared statement and waits for its whole answer (one round trip); throws
    // StoreError when PostgreSQL refuses.
    Result execute(const QByteArray &name, const Parameters &parameters);

    struct HeldEvent
    {
        QString accountId;
        QString deviceId;
        qint64 nowMs = 0;
        WireEvent event;
    };
    void insert(std::span<const HeldEvent> rows);

    pg_conn *m_conn = nullptr;
    QSet<QByteArray> m_prepared; // names of the statements prepared on this connection
    QList<HeldEvent> m_held;
    QSet<QString> m_heldAccounts;
};

} // namespace groundwork::sync
