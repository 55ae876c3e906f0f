#pragma once

#include "server/migrations.h"
#include "server/store.h"

#include <QSqlDatabase>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariantList>

#include <array>
#include <memory>
#include <optional>
#include <span>

namespace groundwork::sync {

class PostgresStatements;
class SqliteEventWriter;
class WalCheckpointer;
class WalSyncer;

// The Store on any Qt SQL driver. Both back ends speak the same SQL for everything but the
// schema (INSERT ... ON CONFLICT DO NOTHING works in SQLite 3.24+ and PostgreSQL), so only
// the migrations and how the connection is opened differ (see storefactory.h).
class SqlStore final : public Store
{
public:
    // Takes an open connection; runs `session` (settings of the connection, run again after a
    // reconnect), then applies pending migrations or throws StoreError. A database whose schema
    // is newer than `migrations` know is refused (StoreError): this server would misread it.
    SqlStore(QSqlDatabase db, QString backend, QList<Migration> migrations, QStringList session = {});
    ~SqlStore() override;

    QString backendName() const override { return m_backend; }
    int schemaVersion() override;
    bool ping() override;
    quint64 learnerCount(const QString &cohortId) override;
    int codeFailuresSince(const QString &caller, qint64 sinceMs) override;
    void recordCodeFailure(const QString &caller, qint64 atMs) override;
    quint64 openLinkCodes(const QString &accountId, qint64 nowMs) override;
    quint64 joinsSince(const QString &caller, qint64 sinceMs) override;
    void recordJoin(const QString &caller, qint64 atMs) override;
    // The first value of a query's first row: for diagnostics and tests (PRAGMA, pg_backend_pid).
    QVariant queryValue(const QString &sql);
    void backupTo(const QString &path) override;
    void checkpointInBackground(int intervalMs) override;
    // SQLite: the log length past which the next write transaction waits for the background
    // checkpoint to catch up, so the log starts again (default WalCheckpointer::kRestartBytes).
    void restartLogAt(qint64 bytes);
    void syncInBackground(QObject *releaseContext) override;
    void whenDurable(std::function<void(bool onDisk)> release) override;
    int purgeExpired(qint64 nowMs, qint64 noncesBeforeMs) override;
    bool transaction(const std::function<bool()> &work) override;
    bool savepoint(const std::function<bool()> &work) override;
    void beginWrites(const QStringList &accountIds) override;
    void settleWrites() override;

    void createCohort(const Cohort &cohort, const QByteArray &inviteHash) override;
    void replaceInvite(const QString &cohortId, const QByteArray &inviteHash, qint64 expiresMs) override;
    std::optional<Cohort> cohortByInvite(const QByteArray &inviteHash) override;
    std::optional<Cohort> cohort(const QString &cohortId) override;

    void createAccount(const Account &account, qint64 nowMs) override;
    std::optional<Account> account(const QString &accountId) override;
    void createDevice(const QString &deviceId, const QString &accountId, const QString &name,
                      const QByteArray &tokenHash, qint64 nowMs) override;
    std::optional<AuthenticatedDevice> deviceByToken(const QByteArray &tokenHash) override;
    // PostgreSQL finds them in one statement; SQLite reads the credential generation once for
    // all of them (each read was a read transaction of its own, with its file locks).
    bool findsDevicesTogether() const override { return true; }
    QHash<QByteArray, AuthenticatedDevice> devicesByToken(const QList<QByteArray> &tokenHashes) override;
    std::optional<QString> deviceAccount(const QString &deviceId) override;
    bool revokeDevice(const QString &deviceId, qint64 nowMs) override;
    QList<DeviceSummary> activeDevices(const QString &accountId) override;
    void setDeviceKey(const QString &deviceId, const QByteArray &publicKey, quint32 keyEpoch,
                      const QByteArray &keyMac) override;
    void putKeyEnvelope(const KeyEnvelopeRecord &envelope, qint64 nowMs) override;
    QList<KeyEnvelopeRecord> keyEnvelopes(const QString &deviceId) override;
    void dropKeyEnvelopes(const QString &deviceId, quint32 throughEpoch) override;
    quint32 newestKeyEpoch(const QString &accountId) override;
    std::optional<QString> departedWithNewestKey(const QString &accountId) override;

    void setRecovery(const RecoveryRecord &record, qint64 nowMs) override;
    bool removeRecovery(const QString &accountId) override;
    std::optional<RecoveryRecord> recovery(const QString &accountId) override;
    std::optional<RecoveryRecord> recoveryByVerifier(const QByteArray &verifierHash) override;
    void putRecoveryEnvelope(const QString &accountId, quint32 epoch, const QByteArray &envelope,
                             qint64 nowMs) override;
    QList<QByteArray> recoveryEnvelopes(const QString &accountId) override;

    bool rememberNonce(const QByteArray &nonce, qint64 nowMs) override;
    void createLinkCode(const QByteArray &codeHash, const QString &accountId,
                        qint64 expiresMs, const QByteArray &wrappedKeyring = {}) override;
    std::optional<LinkGrant> takeLinkCode(const QByteArray &codeHash) override;

    QStringList storeEvents(const QString &accountId, const QString &deviceId,
                            const QList<WireEvent> &events, qint64 nowMs) override;
    EventPage eventsForOtherDevices(const QString &accountId, const QString &deviceId,
                                    quint64 cursor, int max) override;
    quint64 eventCount(const QString &accountId) override;
    quint64 storedBytes(const QString &accountId) override;
    AccountUsage accountUsage(const QString &accountId) override;

    void setSharedProfile(const QString &accountId, const std::optional<QByteArray> &profile) override;
    ProfileChoice chooseProfileSharing(const QString &accountId, const std::optional<QByteArray> &profile,
                                       qint64 chosenAtMs) override;
    ProfileChoice profileChoice(const QString &accountId) override;
    QList<MemberSummary> cohortMembers(const QString &cohortId) override;
    QList<CohortLearner> cohortLearners(const QString &cohortId) override;
    QList<DayActivity> cohortActivity(const QString &cohortId, const QStringList &kinds) override;
    QList<TrackCompletionRow> cohortTrackCompletions(const QString &cohortId) override;
    std::optional<StoredGroupFigure> groupFigure(const QString &cohortId) override;
    void saveGroupFigure(const QString &cohortId, const StoredGroupFigure &figure) override;
    std::optional<StoredCohortRole> cohortRole(const QString &cohortId) override;
    StoredCohortRole saveCohortRole(const QString &cohortId, const QByteArray &role, qint64 nowMs) override;

    AccountDeletion deleteAccount(const QString &accountId) override;
    QList<DeviceRecord> allDevices(const QString &accountId) override;
    QList<HeldEvent> heldEvents(const QString &accountId) override;
    std::optional<QByteArray> sharedProfile(const QString &accountId) override;

private:
    QSqlQuery run(const QString &sql, const QVariantList &binds = {});
    // The statement prepared once per connection and kept: the upload path runs the same few
    // statements for every request, and preparing costs a round trip on PostgreSQL.
    QSqlQuery &prepared(const QString &sql);
    void insertEventRows(const QString &accountId, const QString &deviceId,
                         std::span<const WireEvent> events, qint64 nowMs);
    void migrate(const QList<Migration> &migrations);
    // PostgreSQL: holds the account's row until the transaction ends (once per transaction).
    void lockAccount(const QString &accountId);
    void startSession();

    QSqlDatabase m_db;
    QString m_backend;
    int m_transactionDepth = 0;
    int m_savepointDepth = 0;
    QSet<QString> m_lockedAccounts; // rows this transaction holds (PostgreSQL)
    // PostgreSQL, from beginWrites() to the transaction's end: events are held back (see
    // PostgresStatements::holdEvents()), and the usage read under the rows' locks serves
    // accountUsage() until the account's events are stored.
    bool m_holdWrites = false;
    QHash<QString, AccountUsage> m_lockedUsage;
    QHash<QString, QSqlQuery> m_prepared;
    // The event INSERTs by row count (1 to 16), kept apart: hashing and comparing their long
    // text on every upload cost more than the lookup saves.
    std::array<std::optional<QSqlQuery>, 17> m_insertEvents;
    // SQLite only: the event INSERT through SQLite's C API (see sqliteeventwriter.h).
    std::unique_ptr<SqliteEventWriter> m_sqliteEvents;
    SqliteEventWriter &sqliteEvents(); // made on first use
    // PostgreSQL only: an upload's statements through libpq (see postgresstatements.h), made
    // on first use; nullptr on other back ends.
    PostgresStatements *postgres();
    std::unique_ptr<PostgresStatements> m_postgres;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // SQLite, when serving
    std::unique_ptr<WalSyncer> m_syncer;             // SQLite, when serving
    // SQLite: every commit on this connection, however made, is reported to the two above
    // (sqlite3_wal_hook); registered again after a reconnect.
    void watchCommits();
    int m_writerCheckpointFrames = 0;
    qint64 m_restartBytes = 0; // 0: WalCheckpointer::kRestartBytes
    int m_restartFrames = 0;
    bool m_restartWanted = false; // the log passed m_restartFrames at the last commit
    void forgetPrepared();
    void beginTransaction();
    QStringList m_session;
    // Devices by token hash, as of credential generation m_credentialGeneration (schema 12):
    // every lookup reads the generation, one number, instead of looking its token up (the
    // uploads that arrived together read it once); any change to a credential, by any process,
    // moves the generation and empties the cache.
    qint64 credentialGeneration();
    void dropCredentialsIfChanged(); // reads the generation
    std::optional<AuthenticatedDevice> cachedDevice(const QByteArray &tokenHash); // reads no generation
    std::optional<AuthenticatedDevice> lookUpDevice(const QByteArray &tokenHash);
    QHash<QByteArray, AuthenticatedDevice> m_credentials;
    qint64 m_credentialGeneration = -1;
};

} // namespace groundwork::sync
