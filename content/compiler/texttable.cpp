#include "texttable.h"

namespace groundwork::contentc {

namespace {

QString padded(const QString &text, qsizetype width)
{
    return text.leftJustified(width, QLatin1Char(' '));
}

QString centred(const QString &text, qsizetype width)
{
    const qsizetype left = (width - text.size()) / 2;
    return padded(QString(left, QLatin1Char(' ')) + text, width);
}

} // namespace

QString formatTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &cell : header)
        widths.append(cell.size());
    for (const QStringList &row : rows)
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    const auto line = [&](const QStringList &cells) {
        QStringList out;
        for (int i = 0; i < cells.size() && i < widths.size(); ++i)
            out.append(i == 0 ? padded(cells[i], widths[i]) : centred(cells[i], widths[i]));
        return out.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    };
    QString text = line(header);
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

} // namespace groundwork::contentc
