// SqlStore: what the cohort lead's figures read. Only accounts, event kinds and UTC days of
// events: no query here reads a payload, so the figures keep working once content is
// end-to-end encrypted and the server keeps just a coarse kind and a day.
#include "server/sqlstore.h"

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
    // The UTC day is the device time divided by a day's milliseconds (integer division in both
    // SQLite and PostgreSQL).
    QSqlQuery q = run(QStringLiteral("SELECT e.account_id, e.kind, e.device_time_ms / 86400000 AS day, COUNT(*)"
                                     " FROM events e JOIN accounts a ON a.id = e.account_id"
                                     " WHERE a.cohort_id = ? AND a.role = 'learner' AND e.kind IN (%1)"
                                     " GROUP BY e.account_id, e.kind, e.device_time_ms / 86400000"
                                     " ORDER BY e.account_id, day")
                          .arg(placeholders),
                      binds);
    QList<DayActivity> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), quint32(q.value(3).toLongLong())});
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

} // namespace groundwork::sync
