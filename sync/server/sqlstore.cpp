// SqlStore: running statements and transactions, and what identifies people and devices
// (cohorts, accounts, devices, join nonces, link codes, wrong-code counts). The learning data
// is in sqlstoreevents.cpp, the connection's upkeep in sqlstoreupkeep.cpp.
#include "server/sqlstore.h"

#include "server/postgresstatements.h"
#include "server/sqliteeventwriter.h"
#include "server/sqlvalues.h"
#include "server/walcheckpointer.h"
#include "server/walsyncer.h"

#include <QDateTime>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

namespace groundwork::sync {

using sqlvalue::bytes;
using sqlvalue::nullableText;
using sqlvalue::text;

QString roleName(Role role)
{
    switch (role) {
    case Role::Learner: return QStringLiteral("learner");
    case Role::Lead: return QStringLiteral("lead");
    case Role::Admin: return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    if (name == u"learner")
        return Role::Learner;
    if (name == u"lead")
        return Role::Lead;
    if (name == u"admin")
        return Role::Admin;
    return std::nullopt;
}

SqlStore::SqlStore(QSqlDatabase db, QString backend, QList<Migration> migrations, QStringList session)
    : m_db(std::move(db)), m_backend(std::move(backend)), m_session(std::move(session))
{
    startSession();
    migrate(migrations);
}

int SqlStore::codeFailuresSince(const QString &caller, qint64 sinceMs)
{
    QSqlQuery q = caller.isEmpty()
                      ? run(QStringLiteral("SELECT COUNT(*) FROM code_failures WHERE at_ms > ?"), {sinceMs})
                      : run(QStringLiteral("SELECT COUNT(*) FROM code_failures WHERE caller = ? AND at_ms > ?"),
                            {caller, sinceMs});
    return q.next() ? q.value(0).toInt() : 0;
}

void SqlStore::recordCodeFailure(const QString &caller, qint64 atMs)
{
    run(QStringLiteral("INSERT INTO code_failures (caller, at_ms) VALUES (?, ?)"), {caller, atMs});
}

quint64 SqlStore::learnerCount(const QString &cohortId)
{
    QSqlQuery q = run(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE cohort_id = ? AND role = 'learner'"), {cohortId});
    return q.next() ? quint64(q.value(0).toLongLong()) : 0;
}

quint64 SqlStore::joinsSince(const QString &caller, qint64 sinceMs)
{
    QSqlQuery q = run(QStringLiteral("SELECT COUNT(*) FROM join_sources WHERE caller = ? AND at_ms > ?"),
                      {caller, sinceMs});
    return q.next() ? quint64(q.value(0).toLongLong()) : 0;
}

void SqlStore::recordJoin(const QString &caller, qint64 atMs)
{
    run(QStringLiteral("INSERT INTO join_sources (caller, at_ms) VALUES (?, ?)"), {caller, atMs});
}

quint64 SqlStore::openLinkCodes(const QString &accountId, qint64 nowMs)
{
    QSqlQuery q = run(QStringLiteral("SELECT COUNT(*) FROM link_codes WHERE account_id = ? AND expires_ms > ?"),
                      {accountId, nowMs});
    return q.next() ? quint64(q.value(0).toLongLong()) : 0;
}

SqlStore::~SqlStore()
{
    m_syncer.reset(); // flushes what was committed
    m_checkpointer.reset();
    forgetPrepared(); // statements go before their connection
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

QSqlQuery SqlStore::run(const QString &sql, const QVariantList &binds)
{
    settleWrites(); // statements run in the order made
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (binds.isEmpty()) {
        // Unprepared: PostgreSQL cannot PREPARE schema statements.
        if (!q.exec(sql))
            throw StoreError(("query failed: " + q.lastError().text() + " in " + sql).toStdString());
        return q;
    }
    if (!q.prepare(sql))
        throw StoreError(("prepare failed: " + q.lastError().text() + " in " + sql).toStdString());
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        throw StoreError(("query failed: " + q.lastError().text() + " in " + sql).toStdString());
    return q;
}

void SqlStore::forgetPrepared()
{
    m_prepared.clear();
    for (auto &statement : m_insertEvents)
        statement.reset();
    m_sqliteEvents.reset();
    m_postgres.reset();
}

PostgresStatements *SqlStore::postgres()
{
    if (!m_postgres && m_backend == u"postgresql")
        m_postgres = std::make_unique<PostgresStatements>(m_db);
    return m_postgres.get();
}

QSqlQuery &SqlStore::prepared(const QString &sql)
{
    settleWrites();
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            throw StoreError(("prepare failed: " + q.lastError().text() + " in " + sql).toStdString());
        it = m_prepared.insert(sql, q);
    }
    return *it;
}

void SqlStore::beginTransaction()
{
    if (m_backend == u"sqlite") {
        // Takes the write lock at once, waiting through the busy timeout if another connection
        // holds it (a command-line process such as revoke-device writing at that moment). A
        // deferred BEGIN would take it at the first write, and SQLite refuses that upgrade with
        // "database is locked" without waiting once another connection has written meanwhile
        // (an experiment whose checkpointer took the lock for moments: 13,215 uploads failed in 5 s).
        // A long log starts again from its beginning only if the transaction after the last
        // copied commit begins once the copy is done (SQLite then writes from frame 1 on). Under
        // load the writer began while the checkpointer still copied, nearly every time, and the
        // log grew to the safety net, where the writer copied 10 ms of pages itself in the
        // middle of a group, several times a second. Waiting here for the copy of what is
        // left (one group's pages) keeps the log near kRestartBytes.
        if (m_restartWanted && m_checkpointer) {
            m_restartWanted = false;
            m_checkpointer->waitUntilCaughtUp();
        }
        QSqlQuery begin(m_db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            throw StoreError(("cannot begin a transaction: " + begin.lastError().text()).toStdString());
        return;
    }
    if (!m_db.transaction())
        throw StoreError(("cannot begin a transaction: " + m_db.lastError().text()).toStdString());
}

bool SqlStore::transaction(const std::function<bool()> &work)
{
    if (m_transactionDepth > 0)
        return work(); // joins the outer transaction
    beginTransaction();
    ++m_transactionDepth;
    m_lockedAccounts.clear(); // a new transaction holds no row yet
    const auto unlocked = qScopeGuard([this] {
        m_lockedAccounts.clear();
        m_lockedUsage.clear();
        m_holdWrites = false;
        if (m_postgres)
            m_postgres->discard(); // nothing held back outlives its transaction
    });
    bool ok = false;
    try {
        ok = work();
        if (ok)
            settleWrites();
    } catch (...) {
        --m_transactionDepth;
        m_db.rollback();
        throw;
    }
    --m_transactionDepth;
    if (!ok) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        // A failed COMMIT can leave the transaction open (SQLite: SQLITE_BUSY); end it, so the
        // next request does not run inside it and nothing half-done is ever committed later.
        const QString error = m_db.lastError().text();
        m_db.rollback();
        throw StoreError(("commit failed: " + error).toStdString());
    }
    return true;
}

bool SqlStore::savepoint(const std::function<bool()> &work)
{
    if (m_transactionDepth == 0)
        throw StoreError("a savepoint needs a transaction");
    // Named by depth, so savepoints may nest.
    const QString name = QStringLiteral("gw_sp%1").arg(m_savepointDepth);
    // Not prepared: PostgreSQL cannot PREPARE a SAVEPOINT.
    run(QStringLiteral("SAVEPOINT ") + name);
    ++m_savepointDepth;
    bool ok = false;
    const auto undone = [this] {
        m_lockedAccounts.clear(); // rows locked under the savepoint are let go with it
        m_lockedUsage.clear();
        if (m_postgres)
            m_postgres->discard();
    };
    try {
        ok = work();
        if (ok)
            settleWrites(); // a write the database refuses is undone here, with its savepoint
    } catch (...) {
        --m_savepointDepth;
        undone();
        run(QStringLiteral("ROLLBACK TO SAVEPOINT ") + name);
        run(QStringLiteral("RELEASE SAVEPOINT ") + name);
        throw;
    }
    --m_savepointDepth;
    if (!ok) {
        undone();
        run(QStringLiteral("ROLLBACK TO SAVEPOINT ") + name);
    }
    run(QStringLiteral("RELEASE SAVEPOINT ") + name);
    return ok;
}

void SqlStore::beginWrites(const QStringList &accountIds)
{
    PostgresStatements *native = postgres();
    if (!native || m_transactionDepth == 0 || accountIds.isEmpty())
        return;
    settleWrites();
    QStringList unlocked;
    for (const QString &id : accountIds)
        if (!m_lockedAccounts.contains(id) && !unlocked.contains(id))
            unlocked.append(id);
    const QHash<QString, AccountUsage> usage = native->lockAccounts(unlocked);
    for (auto it = usage.cbegin(); it != usage.cend(); ++it) {
        m_lockedAccounts.insert(it.key());
        m_lockedUsage.insert(it.key(), it.value());
    }
    m_holdWrites = true;
}

void SqlStore::settleWrites()
{
    if (m_postgres && m_postgres->holdsAny())
        m_postgres->flush();
}

void SqlStore::createCohort(const Cohort &cohort, const QByteArray &inviteHash)
{
    run(QStringLiteral("INSERT INTO cohorts (id, name, invite_hash, invite_expires_ms, created_ms)"
                       " VALUES (?, ?, ?, ?, ?)"),
        {cohort.id, text(cohort.name), bytes(inviteHash), cohort.inviteExpiresMs,
         QDateTime::currentMSecsSinceEpoch()});
}

void SqlStore::replaceInvite(const QString &cohortId, const QByteArray &inviteHash, qint64 expiresMs)
{
    QSqlQuery q = run(QStringLiteral("UPDATE cohorts SET invite_hash = ?, invite_expires_ms = ?"
                                     " WHERE id = ?"),
                      {bytes(inviteHash), expiresMs, cohortId});
    if (q.numRowsAffected() != 1)
        throw StoreError("no such cohort");
}

std::optional<Cohort> SqlStore::cohortByInvite(const QByteArray &inviteHash)
{
    QSqlQuery q = run(QStringLiteral("SELECT id, name, invite_expires_ms FROM cohorts"
                                     " WHERE invite_hash = ?"),
                      {bytes(inviteHash)});
    if (!q.next())
        return std::nullopt;
    return Cohort{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()};
}

std::optional<Cohort> SqlStore::cohort(const QString &cohortId)
{
    QSqlQuery q = run(QStringLiteral("SELECT id, name, invite_expires_ms, created_ms FROM cohorts WHERE id = ?"),
                      {text(cohortId)});
    if (!q.next())
        return std::nullopt;
    return Cohort{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong()};
}

void SqlStore::createAccount(const Account &account, qint64 nowMs)
{
    run(QStringLiteral("INSERT INTO accounts (id, cohort_id, role, display_name, created_ms)"
                       " VALUES (?, ?, ?, ?, ?)"),
        {account.id, nullableText(account.cohortId), roleName(account.role),
         text(account.displayName), nowMs});
}

std::optional<Account> SqlStore::account(const QString &accountId)
{
    QSqlQuery q = run(QStringLiteral("SELECT id, cohort_id, role, display_name FROM accounts WHERE id = ?"),
                      {text(accountId)});
    if (!q.next())
        return std::nullopt;
    const auto role = roleFromName(q.value(2).toString());
    if (!role)
        return std::nullopt;
    return Account{q.value(0).toString(), q.value(1).toString(), *role, q.value(3).toString()};
}

void SqlStore::createDevice(const QString &deviceId, const QString &accountId, const QString &name,
                            const QByteArray &tokenHash, qint64 nowMs)
{
    run(QStringLiteral("INSERT INTO devices (id, account_id, name, token_hash, created_ms)"
                       " VALUES (?, ?, ?, ?, ?)"),
        {deviceId, accountId, text(name), bytes(tokenHash), nowMs});
}

qint64 SqlStore::credentialGeneration()
{
    if (m_backend == u"sqlite")
        return sqliteEvents().credentialGeneration();
    QSqlQuery &q = prepared(QStringLiteral("SELECT generation FROM credential_changes WHERE id = 1"));
    if (!q.exec())
        throw StoreError(("credential generation failed: " + q.lastError().text()).toStdString());
    const qint64 generation = q.next() ? q.value(0).toLongLong() : -1;
    q.finish();
    return generation;
}

std::optional<AuthenticatedDevice> SqlStore::deviceByToken(const QByteArray &tokenHash)
{
    dropCredentialsIfChanged();
    return cachedDevice(tokenHash);
}

// Read before the lookups: a change committed after this read moves the generation on, so
// whatever they cache is dropped at the next read. A token revoked before the request reached
// this store is refused, whichever process revoked it.
void SqlStore::dropCredentialsIfChanged()
{
    const qint64 generation = credentialGeneration();
    if (generation != m_credentialGeneration) {
        m_credentials.clear();
        m_credentialGeneration = generation;
    }
}

std::optional<AuthenticatedDevice> SqlStore::cachedDevice(const QByteArray &tokenHash)
{
    if (const auto hit = m_credentials.constFind(tokenHash); hit != m_credentials.cend())
        return *hit;
    auto device = lookUpDevice(tokenHash);
    if (device) {
        constexpr qsizetype kMaxCachedCredentials = 20'000; // a few MiB at most
        if (m_credentials.size() >= kMaxCachedCredentials)
            m_credentials.clear();
        m_credentials.insert(tokenHash, *device);
    }
    return device;
}

std::optional<AuthenticatedDevice> SqlStore::lookUpDevice(const QByteArray &tokenHash)
{
    if (PostgresStatements *native = postgres()) {
        settleWrites();
        return native->deviceByToken(tokenHash);
    }
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT d.id, d.token_hash, a.id, a.cohort_id, a.role, a.display_name"
        " FROM devices d JOIN accounts a ON a.id = d.account_id"
        " WHERE d.token_hash = ? AND d.revoked_ms IS NULL"));
    q.bindValue(0, bytes(tokenHash));
    if (!q.exec())
        throw StoreError(("device lookup failed: " + q.lastError().text()).toStdString());
    const auto finish = qScopeGuard([&q] { q.finish(); }); // a kept statement must not hold its result
    if (!q.next())
        return std::nullopt;
    const auto role = roleFromName(q.value(4).toString());
    if (!role)
        return std::nullopt;
    AuthenticatedDevice d;
    d.deviceId = q.value(0).toString();
    d.tokenHash = q.value(1).toByteArray();
    d.account = Account{q.value(2).toString(), q.value(3).toString(), *role, q.value(5).toString()};
    return d;
}

QHash<QByteArray, AuthenticatedDevice> SqlStore::devicesByToken(const QList<QByteArray> &tokenHashes)
{
    if (PostgresStatements *native = postgres()) {
        settleWrites();
        return native->devicesByToken(tokenHashes);
    }
    // The uploads that arrived together all reached this store before this one read.
    dropCredentialsIfChanged();
    QHash<QByteArray, AuthenticatedDevice> devices;
    for (const QByteArray &hash : tokenHashes)
        if (auto device = cachedDevice(hash))
            devices.insert(hash, std::move(*device));
    return devices;
}

std::optional<QString> SqlStore::deviceAccount(const QString &deviceId)
{
    QSqlQuery q = run(QStringLiteral("SELECT account_id FROM devices WHERE id = ?"), {text(deviceId)});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

// A link code does not say which device made it, so the account's outstanding codes go too:
// otherwise a stolen device could make one just before it is signed out, and bring in a new
// device after. Codes live minutes; the learner's other devices can make new ones.
bool SqlStore::revokeDevice(const QString &deviceId, qint64 nowMs)
{
    bool revoked = false;
    transaction([&] {
        QSqlQuery q = run(QStringLiteral("UPDATE devices SET revoked_ms = ? WHERE id = ? AND revoked_ms IS NULL"),
                          {nowMs, text(deviceId)});
        revoked = q.numRowsAffected() == 1;
        if (revoked) {
            run(QStringLiteral("DELETE FROM link_codes WHERE account_id = (SELECT account_id FROM devices WHERE id = ?)"),
                {text(deviceId)});
            run(QStringLiteral("DELETE FROM key_envelopes WHERE device_id = ?"), {text(deviceId)});
        }
        return true;
    });
    return revoked;
}

QList<DeviceSummary> SqlStore::activeDevices(const QString &accountId)
{
    QSqlQuery q = run(QStringLiteral("SELECT id, name, created_ms, public_key, key_epoch, key_mac FROM devices"
                                     " WHERE account_id = ? AND revoked_ms IS NULL ORDER BY created_ms, id"),
                      {text(accountId)});
    QList<DeviceSummary> devices;
    while (q.next())
        devices.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                        q.value(3).toByteArray(), quint32(q.value(4).toLongLong()), q.value(5).toByteArray()});
    return devices;
}

void SqlStore::setDeviceKey(const QString &deviceId, const QByteArray &publicKey, quint32 keyEpoch,
                            const QByteArray &keyMac)
{
    run(QStringLiteral("UPDATE devices SET public_key = ?, key_epoch = ?, key_mac = ? WHERE id = ?"),
        {bytes(publicKey), qint64(keyEpoch), bytes(keyMac), text(deviceId)});
}

void SqlStore::putKeyEnvelope(const KeyEnvelopeRecord &envelope, qint64 nowMs)
{
    run(QStringLiteral("INSERT INTO key_envelopes (device_id, epoch, envelope, created_ms) VALUES (?, ?, ?, ?)"
                       " ON CONFLICT (device_id, epoch) DO UPDATE SET envelope = excluded.envelope,"
                       " created_ms = excluded.created_ms"),
        {text(envelope.deviceId), qint64(envelope.epoch), bytes(envelope.envelope), nowMs});
}

QList<KeyEnvelopeRecord> SqlStore::keyEnvelopes(const QString &deviceId)
{
    QSqlQuery q = run(QStringLiteral("SELECT epoch, envelope FROM key_envelopes WHERE device_id = ? ORDER BY epoch"),
                      {text(deviceId)});
    QList<KeyEnvelopeRecord> envelopes;
    while (q.next())
        envelopes.append({deviceId, quint32(q.value(0).toLongLong()), q.value(1).toByteArray()});
    return envelopes;
}

quint32 SqlStore::newestKeyEpoch(const QString &accountId)
{
    if (m_backend == u"postgresql" && m_transactionDepth > 0)
        run(QStringLiteral("SELECT id FROM accounts WHERE id = ? FOR UPDATE"), {text(accountId)});
    QSqlQuery q = run(QStringLiteral("SELECT MAX(e) FROM ("
                                     " SELECT MAX(key_epoch) AS e FROM devices WHERE account_id = ?"
                                     " UNION ALL SELECT MAX(k.epoch) AS e FROM key_envelopes k"
                                     " JOIN devices d ON d.id = k.device_id WHERE d.account_id = ?) AS epochs"),
                      {text(accountId), text(accountId)});
    return q.next() ? quint32(q.value(0).toLongLong()) : 0;
}

std::optional<QString> SqlStore::departedWithNewestKey(const QString &accountId)
{
    const quint32 newest = newestKeyEpoch(accountId);
    if (newest == 0)
        return std::nullopt;
    QSqlQuery q = run(QStringLiteral("SELECT id FROM devices WHERE account_id = ? AND revoked_ms IS NOT NULL"
                                     " AND public_key IS NOT NULL AND key_epoch >= ? ORDER BY revoked_ms, id"),
                      {text(accountId), qint64(newest)});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

void SqlStore::dropKeyEnvelopes(const QString &deviceId, quint32 throughEpoch)
{
    run(QStringLiteral("DELETE FROM key_envelopes WHERE device_id = ? AND epoch <= ?"),
        {text(deviceId), qint64(throughEpoch)});
}

bool SqlStore::rememberNonce(const QByteArray &nonce, qint64 nowMs)
{
    QSqlQuery q = run(QStringLiteral("INSERT INTO join_nonces (nonce, seen_ms) VALUES (?, ?)"
                                     " ON CONFLICT (nonce) DO NOTHING"),
                      {bytes(nonce), nowMs});
    return q.numRowsAffected() == 1;
}

void SqlStore::createLinkCode(const QByteArray &codeHash, const QString &accountId, qint64 expiresMs,
                              const QByteArray &wrappedKeyring)
{
    run(QStringLiteral("INSERT INTO link_codes (code_hash, account_id, expires_ms, wrapped_keyring) VALUES (?, ?, ?, ?)"),
        {bytes(codeHash), accountId, expiresMs,
         wrappedKeyring.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(wrappedKeyring)});
}

std::optional<LinkGrant> SqlStore::takeLinkCode(const QByteArray &codeHash)
{
    std::optional<LinkGrant> grant;
    transaction([&] {
        QSqlQuery q = run(QStringLiteral("SELECT account_id, expires_ms, wrapped_keyring FROM link_codes WHERE code_hash = ?"),
                          {bytes(codeHash)});
        if (!q.next())
            return true;
        grant = LinkGrant{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toByteArray()};
        q.finish();
        QSqlQuery del = run(QStringLiteral("DELETE FROM link_codes WHERE code_hash = ?"), {bytes(codeHash)});
        if (del.numRowsAffected() != 1)
            grant.reset(); // taken concurrently by someone else
        return true;
    });
    return grant;
}

} // namespace groundwork::sync
