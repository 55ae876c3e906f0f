#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace groundwork::cohort {

// The recovery key as one printable A4 page (PDF, through QPdfWriter): the key in groups of
// four in a monospace font, what it is for, that private writing cannot be recovered without
// it, and the day it was made. Nothing else of the account is on it: no server address, no
// name, no credential, so the page alone opens nothing without the learner's server.
class RecoveryKeySheet
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryKeySheet)

public:
    // `groupedKey` as the app shows it ("ABCD-EFGH-..."); `made` is printed in the locale's
    // long date format.
    RecoveryKeySheet(QString groupedKey, QDate made);

    // The key's lines as printed: four groups to a line, separated by two spaces.
    QStringList keyLines() const;

    // Writes the page to `path` (all or nothing: a temporary file renamed into place); returns
    // "" or why it could not be written.
    QString writePdf(const QString &path) const;

private:
    QString m_groupedKey;
    QDate m_made;
};

} // namespace groundwork::cohort
