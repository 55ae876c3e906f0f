#include "ids.h"

#include <QRegularExpression>

#include <algorithm>

namespace groundwork::contentc {

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern.match(id).hasMatch();
}

QString suggestedId(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    QString id = text.toLower().replace(separators, QStringLiteral("-"));
    while (id.startsWith(QLatin1Char('-')))
        id.remove(0, 1);
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id;
}

namespace {

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

QString closestMatch(const QString &word, const QStringList &candidates)
{
    // Typos are made in words of a normal length; comparing a pasted paragraph with every id
    // would only cost time.
    constexpr int kLongestWord = 100;
    if (word.size() > kLongestWord)
        return {};
    // Close enough to be a typo, not so loose that unrelated names are suggested.
    const int tolerance = std::max(2, int(word.size()) * 2 / 5);
    QString best;
    int bestDistance = tolerance + 1;
    for (const QString &candidate : candidates) {
        if (candidate.size() > kLongestWord)
            continue;
        const int distance = editDistance(word.toLower(), candidate.toLower());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

QString listForMessage(const QStringList &items)
{
    constexpr int shown = 12;
    if (items.isEmpty())
        return QStringLiteral("(none)");
    if (items.size() <= shown)
        return items.join(QStringLiteral(", "));
    return items.mid(0, shown).join(QStringLiteral(", "))
           + QStringLiteral(" and %1 more").arg(items.size() - shown);
}

bool IdRegistry::add(const QString &id, const FileReporter &report, int line)
{
    const auto first = m_firstDefinedAt.constFind(id);
    if (first != m_firstDefinedAt.cend()) {
        report.error(line, QStringLiteral("%1 id '%2' is already used at %3; each %1 needs its "
                                          "own id")
                               .arg(m_kind, id, *first));
        return false;
    }
    m_firstDefinedAt.insert(id, report.location(line));
    m_ids.append(id);
    return true;
}

QString IdRegistry::unknownMessage(const QString &id) const
{
    QString message = QStringLiteral("unknown %1 '%2'").arg(m_kind, id);
    const QString guess = closestMatch(id, m_ids);
    if (!guess.isEmpty())
        message += QStringLiteral("; did you mean '%1'?").arg(guess);
    return message + QStringLiteral(" (known %1: %2)").arg(m_plural, listForMessage(m_ids));
}

} // namespace groundwork::contentc
