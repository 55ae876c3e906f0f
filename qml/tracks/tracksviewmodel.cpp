#include "tracksviewmodel.h"

#include "learner/learnerstore.h"
#include "session/learnerdata.h"
#include "settings/preferences.h"

#include <QRegularExpression>

#include <algorithm>

namespace groundwork::tracks {

namespace learner = core::learner;
namespace pb = core::pb;
using core::toQString;

// TracksViewModel ---------------------------------------------------------------------------

TracksViewModel::TracksViewModel(core::LearnerData &data, core::Preferences *preferences,
                                 QObject *parent)
    : QObject(parent),
      m_data(data),
      m_preferences(preferences),
      m_trackId(data.trackId())
{
    if (!data.pack().track(m_trackId) && !data.pack().data().tracks().empty())
        m_trackId = toQString(data.pack().data().tracks().Get(0).id());
    connect(&data, &core::LearnerData::changed, this, &TracksViewModel::refresh);
    connect(&data, &core::LearnerData::trackChanged, this, &TracksViewModel::activeTrackChanged);
    connect(&data, &core::LearnerData::lastErrorChanged, this, &TracksViewModel::lastErrorChanged);
    refresh();
}

QString TracksViewModel::reflectionTitle(const QString &prompt)
{
    static const QRegularExpression bold(QStringLiteral("\\*\\*(.+?)\\*\\*"),
                                         QRegularExpression::DotMatchesEverythingOption);
    QString title;
    const auto match = bold.match(prompt);
    if (match.hasMatch()) {
        title = match.captured(1).simplified();
    } else {
        title = prompt.simplified();
        static const QRegularExpression sentenceEnd(QStringLiteral("[.?!](\\s|$)"));
        const auto end = sentenceEnd.match(title);
        if (end.hasMatch())
            title = title.left(end.capturedStart() + 1);
    }
    title.remove(QLatin1Char('*'));
    constexpr int kMax = 90;
    if (title.size() > kMax)
        title = title.left(kMax - 1).trimmed() + QChar(0x2026);
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    return title;
}

QVector<TrackItemRow> TracksViewModel::itemsOf(const QString &trackId) const
{
    QVector<TrackItemRow> rows;
    const pb::Track *track = m_data.pack().track(trackId);
    if (!track)
        return rows;
    const learner::LearnerState &state = m_data.state();
    const auto &packData = m_data.pack().data();
    for (const auto &item : track->items()) {
        TrackItemRow row;
        if (item.has_lesson()) {
            row.kind = TrackItem::Kind::Lesson;
            row.itemId = toQString(item.lesson());
            const pb::Lesson *lesson = m_data.pack().lesson(row.itemId);
            row.title = lesson ? toQString(lesson->title()) : row.itemId;
            row.summary = lesson ? toQString(lesson->summary()).trimmed() : QString();
            row.done = state.finishedLessons.contains(row.itemId);
        } else if (item.has_drill()) {
            row.kind = TrackItem::Kind::Drill;
            row.itemId = toQString(item.drill());
            const pb::Drill *drill = m_data.pack().drill(row.itemId);
            row.title = drill ? toQString(drill->title()) : row.itemId;
            if (drill) {
                for (const auto &type : packData.scenario_types())
                    if (type.id() == drill->scenario_type())
                        row.summary = toQString(type.name());
            }
            row.done = state.drills.contains(row.itemId);
        } else if (item.has_reflection()) {
            row.kind = TrackItem::Kind::Reflection;
            row.itemId = toQString(item.reflection().id());
            row.prompt = toQString(item.reflection().prompt()).trimmed();
            row.title = reflectionTitle(row.prompt);
            row.hint = toQString(item.reflection().hint()).trimmed();
            row.done = !state.reflectionTexts.value({trackId, row.itemId}).trimmed().isEmpty();
        } else {
            continue;
        }
        rows << row;
    }
    return rows;
}

void TracksViewModel::refresh()
{
    QVector<TrackRow> tracks;
    for (const auto &track : m_data.pack().data().tracks()) {
        TrackRow row;
        row.trackId = toQString(track.id());
        row.title = toQString(track.title());
        row.summary = toQString(track.summary()).trimmed().section(QStringLiteral("\n\n"), 0, 0);
        row.isPrivate = track.is_private();
        row.active = row.trackId == m_data.trackId();
        const auto items = itemsOf(row.trackId);
        row.itemCount = int(items.size());
        for (const auto &item : items)
            row.doneCount += item.done ? 1 : 0;
        tracks << row;
    }
    // The learner's own track first; the others keep the pack's order.
    std::stable_partition(tracks.begin(), tracks.end(), [](const TrackRow &row) { return row.active; });
    m_tracks.setRows(std::move(tracks));
    m_items.setRows(itemsOf(m_trackId));
    emit changed();
}

void TracksViewModel::setTrackId(const QString &trackId)
{
    if (trackId == m_trackId || !m_data.pack().track(trackId))
        return;
    m_trackId = trackId;
    m_items.setRows(itemsOf(m_trackId));
    emit trackChanged();
    emit changed();
}

QString TracksViewModel::trackTitle() const
{
    const pb::Track *track = m_data.pack().track(m_trackId);
    return track ? toQString(track->title()) : QString();
}

QString TracksViewModel::trackSummary() const
{
    const pb::Track *track = m_data.pack().track(m_trackId);
    return track ? toQString(track->summary()).trimmed() : QString();
}

bool TracksViewModel::trackIsPrivate() const
{
    const pb::Track *track = m_data.pack().track(m_trackId);
    return track && track->is_private();
}

QString TracksViewModel::activeTrackId() const
{
    return m_data.trackId();
}

QVariantList TracksViewModel::outcomes() const
{
    QVariantList list;
    const pb::Track *track = m_data.pack().track(m_trackId);
    if (!track)
        return list;
    for (const auto &outcome : track->outcomes())
        list << QVariantMap{{QStringLiteral("outcomeId"), toQString(outcome.id())},
                            {QStringLiteral("label"), toQString(outcome.label())},
                            {QStringLiteral("closing"), toQString(outcome.closing()).trimmed()}};
    return list;
}

// The browsed track's chosen outcome, or null when none is chosen (or the one chosen is not
// in this content any more).
const pb::TrackOutcome *TracksViewModel::chosenOutcomeEntry() const
{
    const QString id = m_data.state().chosenOutcome(m_trackId);
    const pb::Track *track = m_data.pack().track(m_trackId);
    if (!track || id.isEmpty())
        return nullptr;
    for (const auto &outcome : track->outcomes())
        if (toQString(outcome.id()) == id)
            return &outcome;
    return nullptr;
}

QString TracksViewModel::chosenOutcome() const
{
    const pb::TrackOutcome *outcome = chosenOutcomeEntry();
    return outcome ? toQString(outcome->id()) : QString();
}

QString TracksViewModel::chosenOutcomeLabel() const
{
    const pb::TrackOutcome *outcome = chosenOutcomeEntry();
    return outcome ? toQString(outcome->label()) : QString();
}

QString TracksViewModel::chosenOutcomeClosing() const
{
    const pb::TrackOutcome *outcome = chosenOutcomeEntry();
    return outcome ? toQString(outcome->closing()).trimmed() : QString();
}

bool TracksViewModel::chooseOutcome(const QString &outcomeId)
{
    const pb::Track *track = m_data.pack().track(m_trackId);
    if (!track)
        return false;
    bool known = outcomeId.isEmpty(); // an empty id clears the choice
    for (const auto &outcome : track->outcomes())
        known = known || toQString(outcome.id()) == outcomeId;
    if (!known)
        return false;
    // The learner's data changes on success, which refreshes this view model.
    return m_data.saveReflection(m_trackId, QString::fromLatin1(kOutcomePrompt), outcomeId);
}

bool TracksViewModel::follow(const QString &trackId)
{
    if (!m_data.pack().track(trackId))
        return false;
    m_data.setTrackId(trackId);
    if (m_preferences)
        m_preferences->setTrackId(trackId);
    return m_data.trackId() == trackId;
}

QString TracksViewModel::lastError() const
{
    return m_data.lastError();
}

QString TracksViewModel::reflectionText(const QString &promptId) const
{
    return m_data.reflectionText(m_trackId, promptId);
}

bool TracksViewModel::saveReflection(const QString &promptId, const QString &text)
{
    return m_data.saveReflection(m_trackId, promptId, text);
}

} // namespace groundwork::tracks
