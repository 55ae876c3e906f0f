// SqlStore: what the cohort lead's figures read. Only accounts, event kinds and UTC days of
// events: no query here reads a payload. A sealed event (protocol 3, epoch > 0) keeps in clear
// only a coarse kind and a UTC day, and a readable one from an older app its kind and device
// time; both are read as (kind, day). Sealed events without a coarse kind (private tracks,
// reflections) never count.
#include "server/sqlstore.h"

#include "groundwork/sync/v1/sync.pb.h"
#include "server/sqlvalues.h"

#include <QSqlQuery>

namespace groundwork::sync {

using sqlvalue::bytes;
using sqlvalue::text;

QList<CohortLearner> SqlStore::cohortLearners(const QString &cohortId)
{
    QSqlQuery q = run(QStringLiteral("SELECT id, display_name, created_ms, shared_profile FROM accounts"
                                     " WHERE cohort_id = ? AND role = 'learner' ORDER BY display_name, id"),
                      {text(cohortId)});
    QList<CohortLearner> learners;
    while (q.next()) {
        CohortLearner l{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), std::nullopt};
        if (!q.value(3).isNull())
            l.sharedProfile = q.value(3).toByteArray();
        learners.append(l);
    }
    return learners;
}

QList<DayActivity> SqlStore::cohortActivity(const QString &cohortId, const QStringList &kinds)
{
    if (kinds.isEmpty())
        return {};
    QString placeholders;
    QVariantList binds{text(cohortId)};
    for (const QString &kind : kinds) {
        placeholders += placeholders.isEmpty() ? QStringLiteral("?") : QStringLiteral(", ?");
        binds << kind;
    }
    // A readable event's UTC day is its device time divided by a day's milliseconds (integer
    // division in both SQLite and PostgreSQL); a sealed one carries its day.
    namespace v1 = groundwork::sync::v1;
    const QString sealedKind =
        QStringLiteral("CASE e.coarse_kind WHEN %1 THEN 'lesson.started' WHEN %2 THEN 'lesson.finished'"
                       " WHEN %3 THEN 'quickcheck.answered' WHEN %4 THEN 'drill.decision'"
                       " WHEN %5 THEN 'goal.changed' ELSE '' END")
            .arg(v1::COARSE_KIND_LESSON_STARTED)
            .arg(v1::COARSE_KIND_LESSON_FINISHED)
            .arg(v1::COARSE_KIND_QUICK_CHECK)
            .arg(v1::COARSE_KIND_DRILL_PRACTISED)
            .arg(v1::COARSE_KIND_GOAL_SET);
    QSqlQuery q = run(QStringLiteral("SELECT account_id, kind, day, COUNT(*) FROM ("
                                     "SELECT e.account_id AS account_id,"
                                     " CASE WHEN e.epoch = 0 THEN e.kind ELSE %2 END AS kind,"
                                     " CASE WHEN e.epoch = 0 THEN e.device_time_ms / 86400000 ELSE e.utc_day END AS day"
                                     " FROM events e JOIN accounts a ON a.id = e.account_id"
                                     " WHERE a.cohort_id = ? AND a.role = 'learner') t"
                                     " WHERE kind IN (%1)"
                                     " GROUP BY account_id, kind, day ORDER BY account_id, day")
                          .arg(placeholders, sealedKind),
                      binds);
    QList<DayActivity> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), quint32(q.value(3).toLongLong())});
    return rows;
}

QList<TrackCompletionRow> SqlStore::cohortTrackCompletions(const QString &cohortId)
{
    QSqlQuery q = run(QStringLiteral("SELECT e.account_id, e.public_track_id, MIN(e.utc_day)"
                                     " FROM events e JOIN accounts a ON a.id = e.account_id"
                                     " WHERE a.cohort_id = ? AND a.role = 'learner' AND e.epoch > 0"
                                     " AND e.coarse_kind = %1 AND e.public_track_id <> ''"
                                     " GROUP BY e.account_id, e.public_track_id"
                                     " ORDER BY e.account_id, e.public_track_id")
                          .arg(v1::COARSE_KIND_TRACK_COMPLETED),
                      {text(cohortId)});
    QList<TrackCompletionRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    return rows;
}

std::optional<StoredGroupFigure> SqlStore::groupFigure(const QString &cohortId)
{
    QSqlQuery q = run(QStringLiteral("SELECT contributors, figure FROM group_figures WHERE cohort_id = ?"),
                      {text(cohortId)});
    if (!q.next())
        return std::nullopt;
    return StoredGroupFigure{q.value(0).toString().split(u',', Qt::SkipEmptyParts), q.value(1).toByteArray()};
}

void SqlStore::saveGroupFigure(const QString &cohortId, const StoredGroupFigure &figure)
{
    run(QStringLiteral("INSERT INTO group_figures (cohort_id, contributors, figure) VALUES (?, ?, ?)"
                       " ON CONFLICT (cohort_id) DO UPDATE SET contributors = excluded.contributors,"
                       " figure = excluded.figure"),
        {text(cohortId), figure.contributors.join(u','), bytes(figure.figure)});
}

std::optional<StoredCohortRole> SqlStore::cohortRole(const QString &cohortId)
{
    QSqlQuery q = run(QStringLiteral("SELECT version, changed_ms, role FROM cohort_roles WHERE cohort_id = ?"),
                      {text(cohortId)});
    if (!q.next())
        return std::nullopt;
    return StoredCohortRole{quint32(q.value(0).toLongLong()), q.value(1).toLongLong(), q.value(2).toByteArray()};
}

StoredCohortRole SqlStore::saveCohortRole(const QString &cohortId, const QByteArray &role, qint64 nowMs)
{
    QSqlQuery q = run(QStringLiteral("INSERT INTO cohort_roles (cohort_id, version, changed_ms, role) VALUES (?, 1, ?, ?)"
                                     " ON CONFLICT (cohort_id) DO UPDATE SET version = cohort_roles.version + 1,"
                                     " changed_ms = excluded.changed_ms, role = excluded.role RETURNING version"),
                      {text(cohortId), nowMs, bytes(role)});
    if (!q.next())
        throw StoreError("saving the cohort's role returned no version");
    return StoredCohortRole{quint32(q.value(0).toLongLong()), nowMs, role};
}

} // namespace groundwork::sync
