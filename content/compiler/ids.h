#pragma once

#include "diagnostics.h"

#include <QHash>
#include <QStringList>

namespace groundwork::contentc {

bool isValidId(const QString &id);
// The id an author most likely meant, e.g. "Delegation_Basics" -> "delegation-basics".
QString suggestedId(const QString &text);
// The candidate closest to a mistyped word, or empty when none is close enough to suggest.
QString closestMatch(const QString &word, const QStringList &candidates);
// "a, b, c" (shortened when long) for messages that list what is allowed.
QString listForMessage(const QStringList &items);

// The ids of one kind (lessons, drills, ...) across the whole pack, with where each was defined.
class IdRegistry
{
public:
    // kind: singular, e.g. "lesson"; plural: for lists, e.g. "lessons".
    IdRegistry(QString kind, QString plural) : m_kind(std::move(kind)), m_plural(std::move(plural)) {}

    // Records an id; a repeat is reported here, naming where the id was first defined.
    bool add(const QString &id, const FileReporter &report, int line);
    bool contains(const QString &id) const { return m_firstDefinedAt.contains(id); }
    const QStringList &ids() const { return m_ids; }

    // "unknown dimension 'x'; did you mean 'y'? The dimensions are: ..."
    QString unknownMessage(const QString &id) const;

private:
    QString m_kind;
    QString m_plural;
    QHash<QString, QString> m_firstDefinedAt;
    QStringList m_ids;
};

} // namespace groundwork::contentc
