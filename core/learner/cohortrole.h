#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace groundwork::core::learner {

// The role a learner's cohort trains for, as its lead adapted it from a pack role template.
// It reaches the device through sync; the profile measures against it unless the learner
// chose another role.
struct CohortRole
{
    QString templateId;
    QString title;
    QStringList decisionsOwned;
    QStringList decisionsNotOwned;
    QStringList successAt90Days;
    int spanOfControl = 0;          // 0: not stated
    QMap<QString, double> weights;  // dimension id -> weight >= 0
    quint32 version = 0;            // the server's: 1 for the first role, +1 on each change
    qint64 changedAtMs = 0;

    QByteArray toJson() const;
    static std::optional<CohortRole> fromJson(const QByteArray &json);
    bool operator==(const CohortRole &) const = default;
};

// The id the profile's role picker gives the cohort's role (pack ids are lowercase words with
// dashes, so it cannot clash).
inline const QString kCohortRoleId = QStringLiteral("@cohort");

// What the profile measures against: the learner's own choice when they made one that still
// exists, otherwise the cohort's role when there is one, otherwise the pack's first role.
// `packHas` tells whether the pack holds a role id.
template <class PackHas>
QString effectiveRoleId(const QString &chosen, bool hasCohortRole, const QString &firstPackRole, PackHas packHas)
{
    if (chosen == kCohortRoleId && hasCohortRole)
        return kCohortRoleId;
    if (!chosen.isEmpty() && chosen != kCohortRoleId && packHas(chosen))
        return chosen;
    return hasCohortRole ? kCohortRoleId : firstPackRole;
}

// One difference between two versions of the cohort's role, for the note members see.
struct RoleChange
{
    enum class Field { Title, DecisionsOwned, DecisionsNotOwned, SuccessAt90Days, SpanOfControl, Weight };
    Field field = Field::Title;
    QString dimensionId;            // Weight only
    double before = 0;              // SpanOfControl, Weight
    double after = 0;
    QStringList added;              // lists: items new in `after`
    QStringList removed;            // lists: items gone from `before`
    QString beforeText, afterText;  // Title

    bool operator==(const RoleChange &) const = default;
};

// What changed from `before` to `after`, in the order the role's fields are shown; weights by
// dimension id. Empty when nothing a member sees changed (a new version with the same content).
QVector<RoleChange> roleChanges(const CohortRole &before, const CohortRole &after);

} // namespace groundwork::core::learner
