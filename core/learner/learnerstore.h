#pragma once

#include "learner/event.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

namespace groundwork::core::learner {

class Migrator;

// The learner's events on disk: one SQLite file (Qt SQL, QSQLITE) in WAL mode with
// synchronous=FULL, so a commit is durable when it returns.
//
// Opening never harms an existing file: it is first checked read-only; a corrupt file or one
// written by a newer app is refused with a clear error and left byte-for-byte as it was.
// Private events are stored but never enter the outbox (also enforced by a trigger).
class LearnerStore
{
public:
    enum class OpenError { None, CannotOpen, Corrupt, NewerSchema, MigrationFailed };

    struct OpenResult
    {
        std::unique_ptr<LearnerStore> store; // null on error
        OpenError error = OpenError::None;
        QString message;                     // plain-language reason when store is null
    };

    // When the integrity of every page (PRAGMA quick_check) is checked: before opening; or only
    // when opening writes to the file (a schema upgrade), and otherwise by the caller through
    // integrityProblem() before anything is written (the app: after its first frame).
    enum class IntegrityCheck { OnOpen, BeforeFirstWrite };

    // Opens or creates the store at path, upgrading its schema with the given migrations.
    static OpenResult open(const QString &path, IntegrityCheck check = IntegrityCheck::OnOpen);
    static OpenResult open(const QString &path, const Migrator &migrator,
                           IntegrityCheck check = IntegrityCheck::OnOpen);

    // The plain-language reason when PRAGMA quick_check finds the file damaged; "" when not.
    QString integrityProblem() const;

    ~LearnerStore();
    LearnerStore(const LearnerStore &) = delete;
    LearnerStore &operator=(const LearnerStore &) = delete;

    QString path() const { return m_path; }
    // The Qt SQL connection this store writes through (synchronous is set per connection).
    QString connectionName() const { return m_connection; }
    // A random id for this installation, created on first open and kept in the file.
    QString deviceId() const { return m_deviceId; }

    // Appends one local event and, unless it is private, its outbox entry, in one transaction.
    // Returns only after the commit (durable); returns false with *error on any failure, in
    // which case nothing was written.
    bool append(const Event &event, QString *error = nullptr);

    // Every event, in the fold order (time, device id, id).
    QVector<Event> events() const;
    int eventCount() const;
    // Whether an event with this id is in the store (true as well when the store cannot be
    // read, so a caller never records a fixed-id event twice).
    bool holds(const QString &eventId) const;

    // Unsent local events, oldest first; never contains a private event.
    QVector<Event> outbox(int limit = -1) const;
    // Removes sent events from the outbox (they stay in the event log).
    bool markSent(const QStringList &eventIds, QString *error = nullptr);
    // Adds events that arrived from the learner's other devices. Idempotent (known ids are
    // skipped); they never enter the outbox. Returns how many were new, or -1 on error.
    int importEvents(const QVector<Event> &events, QString *error = nullptr);

    // The derived-state snapshot (learner/derivation.h, IncrementalDeriver::snapshot) and the
    // event-set position it covers: the last event folded, in fold order, and how many events
    // were folded up to it.
    struct Snapshot
    {
        qint64 lastTimeMs = 0;
        QString lastDeviceId;
        QString lastEventId;
        int eventCount = 0;
        QByteArray state;
        // How many events sorted after it when snapshot() read it (-1: not counted).
        int followingEvents = -1;
    };
    // The stored snapshot when its bytes match their checksum and the store holds exactly
    // eventCount events up to its position; otherwise nothing (and *why says what did not
    // match): the caller derives from every event.
    std::optional<Snapshot> snapshot(QString *why = nullptr) const;
    // Replaces the snapshot (one transaction). The events it covers must be in the store.
    bool saveSnapshot(const Snapshot &snapshot, QString *error = nullptr);
    // The events that sort after a snapshot's position, in fold order; nothing if unreadable.
    std::optional<QVector<Event>> eventsAfter(const Snapshot &position) const;

    // Small persistent values for sync (e.g. the download cursor). All are read at the first
    // call and kept: this store is their only reader and writer (a dozen reads before the first
    // frame had been a query each).
    QByteArray syncValue(const QString &key) const;
    bool setSyncValue(const QString &key, const QByteArray &value);

private:
    // How many events sort after a snapshot's position; -1 when it cannot be counted.
    int eventCountAfter(const Snapshot &position) const;
    LearnerStore(QString path, QString connectionName);
    static OpenResult fail(OpenError error, QString message);
    bool prepare(QString *error);

    QString m_path;
    QString m_connection;
    QString m_deviceId;
    QSqlDatabase m_db;
    QSqlQuery m_insertEvent;
    QSqlQuery m_insertOutbox;
    mutable std::optional<QHash<QString, QByteArray>> m_syncValues; // see syncValue()
};

} // namespace groundwork::core::learner
