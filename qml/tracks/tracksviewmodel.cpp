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
    if (preferences) // the role is chosen in the Profile
        connect(preferences, &core::Preferences::roleIdChanged, this, &TracksViewModel::changed);
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

TrackItemRow TracksViewModel::rowOf(const QString &trackId, const pb::TrackItem &item) const
{
    const learner::LearnerState &state = m_data.state();
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
            for (const auto &type : m_data.pack().data().scenario_types())
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
    }
    return row;
}

QVector<TrackItemRow> TracksViewModel::rowsOf(const QString &trackId,
                                              const QList<const pb::TrackItem *> &items) const
{
    QVector<TrackItemRow> rows;
    for (const pb::TrackItem *item : items)
        if (item->has_lesson() || item->has_drill() || item->has_reflection())
            rows << rowOf(trackId, *item);
    return rows;
}

QVector<TrackItemRow> TracksViewModel::itemsOf(const QString &trackId) const
{
    const pb::Track *track = m_data.pack().track(trackId);
    if (!track)
        return {};
    return rowsOf(trackId, core::ContentPack::followedItems(*track, QString()))
           + closingRowsOf(trackId);
}

QVector<TrackItemRow> TracksViewModel::closingRowsOf(const QString &trackId) const
{
    const pb::Track *track = m_data.pack().track(trackId);
    if (!track || !track->has_closing_step() || track->closing_step().reflection().id().empty())
        return {};
    pb::TrackItem item;
    *item.mutable_reflection() = track->closing_step().reflection();
    return {rowOf(trackId, item)};
}

QVector<TrackItemRow> TracksViewModel::pathRowsOf(const QString &trackId) const
{
    const pb::Track *track = m_data.pack().track(trackId);
    const pb::TrackOutcome *chosen =
        track ? core::ContentPack::outcome(*track, m_data.state().chosenOutcome(trackId)) : nullptr;
    if (!chosen)
        return {};
    QList<const pb::TrackItem *> items;
    for (const auto &item : chosen->next())
        items << &item;
    return rowsOf(trackId, items);
}

// The rows of the browsed track: its items (without the closing reflection, which QML shows
// in the closing step), its closing reflection and the chosen outcome's path.
void TracksViewModel::showBrowsedTrack()
{
    QVector<TrackItemRow> items = itemsOf(m_trackId);
    const QVector<TrackItemRow> closing = closingRowsOf(m_trackId);
    items.resize(items.size() - closing.size());
    m_items.setRows(std::move(items));
    m_closingItems.setRows(closing);
    m_pathItems.setRows(pathRowsOf(m_trackId));
}

void TracksViewModel::refresh()
{
    if (m_rowsWanted)
        fillRows();
    emit changed();
}

void TracksViewModel::fillRows()
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
    showBrowsedTrack();
}

void TracksViewModel::setTrackId(const QString &trackId)
{
    if (trackId == m_trackId || !m_data.pack().track(trackId))
        return;
    m_trackId = trackId;
    if (m_rowsWanted)
        showBrowsedTrack();
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
    const pb::Track *track = m_data.pack().track(m_trackId);
    return track ? core::ContentPack::outcome(*track, m_data.state().chosenOutcome(m_trackId))
                 : nullptr;
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

QString TracksViewModel::nextTrackId() const
{
    const pb::TrackOutcome *outcome = chosenOutcomeEntry();
    const QString id = outcome ? toQString(outcome->continue_track()) : QString();
    return m_data.pack().track(id) ? id : QString();
}

QString TracksViewModel::nextTrackTitle() const
{
    const pb::Track *track = m_data.pack().track(nextTrackId());
    return track ? toQString(track->title()) : QString();
}

bool TracksViewModel::hasClosingStep() const
{
    const pb::Track *track = m_data.pack().track(m_trackId);
    return track && track->has_closing_step();
}

QString TracksViewModel::closingStepTitle() const
{
    return hasClosingStep() ? toQString(m_data.pack().track(m_trackId)->closing_step().title())
                            : QString();
}

QString TracksViewModel::closingStepText() const
{
    return hasClosingStep()
               ? toQString(m_data.pack().track(m_trackId)->closing_step().text()).trimmed()
               : QString();
}

bool TracksViewModel::closingShowsRole() const
{
    return hasClosingStep() && m_data.pack().track(m_trackId)->closing_step().show_role() && role();
}

const pb::RoleTemplate *TracksViewModel::role() const
{
    const QString chosen = m_preferences ? m_preferences->roleId() : QString();
    if (const pb::RoleTemplate *role = m_data.pack().role(chosen))
        return role;
    const auto &roles = m_data.pack().data().roles();
    return roles.empty() ? nullptr : &roles.Get(0);
}

QString TracksViewModel::roleTitle() const
{
    const pb::RoleTemplate *chosen = role();
    return chosen ? toQString(chosen->title()) : QString();
}

QString TracksViewModel::roleSummary() const
{
    const pb::RoleTemplate *chosen = role();
    return chosen ? toQString(chosen->summary()).trimmed() : QString();
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
