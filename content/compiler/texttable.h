#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace groundwork::contentc {

// A plain-text table for the compiler's reports: every column as wide as its widest cell, the
// first column left-aligned and the others centred.
QString formatTable(const QStringList &header, const QList<QStringList> &rows);

} // namespace groundwork::contentc
