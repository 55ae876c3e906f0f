#include "lead/leadexport.h"

#include "lead/leadtrack.h"
#include "lead/stallrule.h"

#include <csv.h>

#include <QCryptographicHash>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <cmath>
#include <string>

namespace groundwork::sync::lead {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// One cell, quoted by libcsv (it doubles quotes inside; the room it needs is 2n + 2).
QByteArray csvCell(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out(2 * utf8.size() + 2, Qt::Uninitialized);
    const std::size_t written = csv_write(out.data(), std::size_t(out.size()), utf8.constData(), std::size_t(utf8.size()));
    out.truncate(qsizetype(written));
    return out;
}

void appendRow(QByteArray &csv, const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            csv += ',';
        csv += csvCell(cells[i]);
    }
    csv += "\r\n";
}

QString percent(double value)
{
    return QString::number(percentShown(value));
}

} // namespace

int percentShown(double probability)
{
    return int(std::lround(probability * 100.0));
}

QString spreadsheetSafe(const QString &text)
{
    static const QString risky = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && risky.contains(text.front()))
        return u'\'' + text;
    return text;
}

QString stallWords(v1::StallReason reason, bool resting)
{
    switch (reason) {
    case v1::STALL_REASON_MISSED_OWN_GOAL_TWICE:
        return QStringLiteral("stalled: own weekly goal missed two weeks in a row");
    case v1::STALL_REASON_IDLE_FOURTEEN_DAYS:
        return QStringLiteral("stalled: no activity for %1 days").arg(kIdleDaysToStall);
    default:
        return resting ? QStringLiteral("resting this week") : QStringLiteral("practising");
    }
}

QByteArray rosterCsv(const v1::LeadRosterResponse &roster)
{
    QByteArray csv;
    appendRow(csv, {QStringLiteral("member"), QStringLiteral("lessons finished"), QStringLiteral("drills practised"),
                    QStringLiteral("weeks on own goal"), QStringLiteral("last active"),
                    QStringLiteral("shares profile"), QStringLiteral("state"),
                    QStringLiteral("completed ") + leadTrackTitle()});
    for (const v1::RosterMember &m : roster.members()) {
        appendRow(csv, {spreadsheetSafe(qs(m.display_name())), QString::number(m.lessons_finished()),
                        QString::number(m.drills_practised()),
                        m.has_weeks_on_own_goal() ? QString::number(m.weeks_on_own_goal()) : QString(),
                        qs(m.last_active_day()), m.shares_profile() ? QStringLiteral("yes") : QStringLiteral("no"),
                        stallWords(m.stall_reason(), m.resting_this_week()), leadTrackCompletedDay(m)});
    }
    return csv;
}

QByteArray groupProfileCsv(const v1::LeadGroupProfileResponse &profile)
{
    QByteArray csv;
    appendRow(csv, {QStringLiteral("dimension"), QStringLiteral("estimate %"), QStringLiteral("band low %"),
                    QStringLiteral("band high %"), QStringLiteral("profiles behind the figure")});
    if (profile.hidden() != v1::GROUP_PROFILE_HIDDEN_NOT)
        return csv; // below the minimum group size nothing is exported either
    for (const v1::GroupDimension &d : profile.dimensions())
        appendRow(csv, {spreadsheetSafe(qs(d.dimension_id())), percent(d.estimate()), percent(d.low()),
                        percent(d.high()), QString::number(profile.contributors())});
    return csv;
}

QString cohortHomePage(const QUrl &serverBase, const QString &cohortId)
{
    QUrl home = serverBase.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    home.setPath(QStringLiteral("/cohorts/") + QString::fromLatin1(QUrl::toPercentEncoding(cohortId)));
    return home.toString(QUrl::FullyEncoded);
}

namespace {

const QString kProgressed = QStringLiteral("http://adlnet.gov/expapi/verbs/progressed");
const QString kCompleted = QStringLiteral("http://adlnet.gov/expapi/verbs/completed");

QJsonObject languageMap(const QString &english)
{
    return QJsonObject{{QStringLiteral("en-US"), english}};
}

QJsonObject statementFor(const v1::RosterMember &m, const QString &home, const QString &today)
{
    const QString extensions = home + QStringLiteral("/xapi/");
    QJsonObject result{{QStringLiteral("extensions"),
                        QJsonObject{{extensions + QStringLiteral("lessons-finished"), int(m.lessons_finished())},
                                    {extensions + QStringLiteral("drills-practised"), int(m.drills_practised())},
                                    {extensions + QStringLiteral("last-active-day"), qs(m.last_active_day())}}}};
    if (m.has_weeks_on_own_goal())
        result[QStringLiteral("extensions")] = [&] {
            QJsonObject e = result[QStringLiteral("extensions")].toObject();
            e[extensions + QStringLiteral("weeks-on-own-goal")] = int(m.weeks_on_own_goal());
            return e;
        }();
    const QByteArray identity = (home + u'|' + qs(m.account_id()) + u'|' + today + u'|'
                                 + QString::number(m.lessons_finished()) + u'|' + QString::number(m.drills_practised()))
                                    .toUtf8();
    const QUuid id = QUuid::createUuidV5(QUuid(QStringLiteral("{6f1c2a52-6d0e-4a5f-9a55-3b1d6a0c7e21}")), identity);
    return QJsonObject{
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("actor"),
         QJsonObject{{QStringLiteral("objectType"), QStringLiteral("Agent")},
                     {QStringLiteral("name"), qs(m.display_name())},
                     {QStringLiteral("account"), QJsonObject{{QStringLiteral("homePage"), home},
                                                             {QStringLiteral("name"), qs(m.account_id())}}}}},
        {QStringLiteral("verb"), QJsonObject{{QStringLiteral("id"), kProgressed},
                                             {QStringLiteral("display"), languageMap(QStringLiteral("progressed"))}}},
        {QStringLiteral("object"),
         QJsonObject{{QStringLiteral("objectType"), QStringLiteral("Activity")},
                     {QStringLiteral("id"), home},
                     {QStringLiteral("definition"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("http://adlnet.gov/expapi/activities/course")},
                                  {QStringLiteral("name"), languageMap(QStringLiteral("Groundwork cohort"))}}}}},
        {QStringLiteral("result"), result},
        {QStringLiteral("context"), QJsonObject{{QStringLiteral("platform"), QStringLiteral("Groundwork")},
                                                {QStringLiteral("language"), QStringLiteral("en-US")}}},
        {QStringLiteral("timestamp"), today + QStringLiteral("T00:00:00Z")},
        {QStringLiteral("version"), QStringLiteral("1.0.3")},
    };
}

QJsonObject actorOf(const v1::RosterMember &m, const QString &home)
{
    return QJsonObject{{QStringLiteral("objectType"), QStringLiteral("Agent")},
                       {QStringLiteral("name"), qs(m.display_name())},
                       {QStringLiteral("account"), QJsonObject{{QStringLiteral("homePage"), home},
                                                               {QStringLiteral("name"), qs(m.account_id())}}}};
}

// "completed" (ADL) a public track, the object the track as an activity of the cohort, on the
// day the member finished it. Its id is stable for member and track: one statement ever.
QJsonObject completedStatementFor(const v1::RosterMember &m, const v1::TrackCompletion &track, const QString &home)
{
    const QString trackId = qs(track.track_id());
    const QString name = trackId == leadTrackId() ? leadTrackTitle() : trackId;
    const QByteArray identity = (home + u'|' + qs(m.account_id()) + QStringLiteral("|completed|") + trackId).toUtf8();
    const QUuid id = QUuid::createUuidV5(QUuid(QStringLiteral("{6f1c2a52-6d0e-4a5f-9a55-3b1d6a0c7e21}")), identity);
    return QJsonObject{
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("actor"), actorOf(m, home)},
        {QStringLiteral("verb"), QJsonObject{{QStringLiteral("id"), kCompleted},
                                             {QStringLiteral("display"), languageMap(QStringLiteral("completed"))}}},
        {QStringLiteral("object"),
         QJsonObject{{QStringLiteral("objectType"), QStringLiteral("Activity")},
                     {QStringLiteral("id"), home + QStringLiteral("/tracks/")
                                                + QString::fromLatin1(QUrl::toPercentEncoding(trackId))},
                     {QStringLiteral("definition"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("http://adlnet.gov/expapi/activities/module")},
                                  {QStringLiteral("name"), languageMap(name)}}}}},
        {QStringLiteral("result"), QJsonObject{{QStringLiteral("completion"), true}}},
        {QStringLiteral("context"), QJsonObject{{QStringLiteral("platform"), QStringLiteral("Groundwork")},
                                                {QStringLiteral("language"), QStringLiteral("en-US")}}},
        {QStringLiteral("timestamp"), qs(track.day()) + QStringLiteral("T00:00:00Z")},
        {QStringLiteral("version"), QStringLiteral("1.0.3")},
    };
}

} // namespace

QByteArray xapiStatements(const v1::LeadRosterResponse &roster, const QUrl &serverBase)
{
    const QString home = cohortHomePage(serverBase, qs(roster.cohort_id()));
    QJsonArray statements;
    for (const v1::RosterMember &m : roster.members()) {
        statements.append(statementFor(m, home, qs(roster.today())));
        for (const v1::TrackCompletion &track : m.completed_tracks())
            statements.append(completedStatementFor(m, track, home));
    }
    return QJsonDocument(statements).toJson(QJsonDocument::Indented);
}

} // namespace groundwork::sync::lead
