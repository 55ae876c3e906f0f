#include "tracksviewmodel.h"

#include "learner/learnerstore.h"
#include "session/learnerdata.h"
#include "settings/preferences.h"

#include <QRegularExpression>

#include <algorithm>

namespace groundwork::core {

namespace {

QString qs(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString key(const QString &trackId, const QString &promptId)
{
    return trackId + QLatin1Char('/') + promptId;
}

} // namespace

// TracksModel -------------------------------------------------------------------------------

TracksModel::TracksModel(QObject *parent) : QAbstractListModel(parent) {}

int TracksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TracksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case TrackIdRole:
        return r.trackId;
    case SummaryRole:
        return r.summary;
    case IsPrivateRole:
        return r.isPrivate;
    case ItemCountRole:
        return r.itemCount;
    case DoneCountRole:
        return r.doneCount;
    case ActiveRole:
        return r.active;
    default:
        return {};
    }
}

QHash<int, QByteArray> TracksModel::roleNames() const
{
    return {{TrackIdRole, "trackId"},     {TitleRole, "title"},         {SummaryRole, "summary"},
            {IsPrivateRole, "isPrivate"}, {ItemCountRole, "itemCount"}, {DoneCountRole, "doneCount"},
            {ActiveRole, "active"}};
}

void TracksModel::setRows(QVector<Row> rows)
{
    bool same = rows.size() == m_rows.size();
    for (int i = 0; same && i < rows.size(); ++i)
        same = rows[i].trackId == m_rows[i].trackId;
    if (same) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(count() - 1));
        return;
    }
    const int old = count();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (old != count())
        emit countChanged();
}

// TrackItemsModel ---------------------------------------------------------------------------

TrackItemsModel::TrackItemsModel(QObject *parent) : QAbstractListModel(parent) {}

int TrackItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TrackItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case KindRole:
        return r.kind;
    case ItemIdRole:
        return r.itemId;
    case SummaryRole:
        return r.summary;
    case HintRole:
        return r.hint;
    case DoneRole:
        return r.done;
    default:
        return {};
    }
}

QHash<int, QByteArray> TrackItemsModel::roleNames() const
{
    return {{KindRole, "kind"},       {ItemIdRole, "itemId"}, {TitleRole, "title"},
            {SummaryRole, "summary"}, {HintRole, "hint"},     {DoneRole, "done"}};
}

void TrackItemsModel::setRows(QVector<Row> rows)
{
    bool same = rows.size() == m_rows.size();
    for (int i = 0; same && i < rows.size(); ++i)
        same = rows[i].kind == m_rows[i].kind && rows[i].itemId == m_rows[i].itemId;
    if (same) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(count() - 1));
        return;
    }
    const int old = count();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (old != count())
        emit countChanged();
}

// TracksViewModel ---------------------------------------------------------------------------

TracksViewModel::TracksViewModel(LearnerSession &session, Preferences *preferences, QObject *parent)
    : QObject(parent),
      m_session(session),
      m_preferences(preferences),
      m_trackId(session.trackId())
{
    if (!session.pack().track(m_trackId) && !session.pack().data().tracks().empty())
        m_trackId = qs(session.pack().data().tracks().Get(0).id());
    connect(&session, &LearnerSession::changed, this, &TracksViewModel::refresh);
    connect(&session, &LearnerSession::trackChanged, this, &TracksViewModel::activeTrackChanged);
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

QVector<TrackItemsModel::Row> TracksViewModel::itemsOf(const QString &trackId) const
{
    QVector<TrackItemsModel::Row> rows;
    const pb::Track *track = m_session.pack().track(trackId);
    if (!track)
        return rows;
    const learner::LearnerState &state = m_session.state();
    const auto &packData = m_session.pack().data();
    for (const auto &item : track->items()) {
        TrackItemsModel::Row row;
        if (item.has_lesson()) {
            row.kind = QStringLiteral("lesson");
            row.itemId = qs(item.lesson());
            const pb::Lesson *lesson = m_session.pack().lesson(row.itemId);
            row.title = lesson ? qs(lesson->title()) : row.itemId;
            row.summary = lesson ? qs(lesson->summary()).trimmed() : QString();
            row.done = state.finishedLessons.contains(row.itemId);
        } else if (item.has_drill()) {
            row.kind = QStringLiteral("drill");
            row.itemId = qs(item.drill());
            const pb::Drill *drill = m_session.pack().drill(row.itemId);
            row.title = drill ? qs(drill->title()) : row.itemId;
            if (drill) {
                for (const auto &type : packData.scenario_types())
                    if (type.id() == drill->scenario_type())
                        row.summary = qs(type.name());
            }
            row.done = state.drills.contains(row.itemId);
        } else if (item.has_reflection()) {
            row.kind = QStringLiteral("reflection");
            row.itemId = qs(item.reflection().id());
            row.summary = qs(item.reflection().prompt()).trimmed();
            row.title = reflectionTitle(row.summary);
            row.hint = qs(item.reflection().hint()).trimmed();
            row.done = m_savedReflections.contains(key(trackId, row.itemId));
        } else {
            continue;
        }
        rows << row;
    }
    return rows;
}

void TracksViewModel::refresh()
{
    // One pass over the events: which reflections hold text now, and each track's outcome.
    m_savedReflections.clear();
    m_outcomes.clear();
    QHash<QString, QString> latest;
    for (const learner::Event &event : m_session.events()) {
        if (event.kind != learner::EventKind::ReflectionSaved)
            continue;
        const auto payload = learner::decodeReflection(event.payload);
        if (!payload)
            continue;
        if (payload->promptId == QLatin1String(kOutcomePrompt))
            m_outcomes.insert(payload->trackId, payload->text.trimmed());
        else
            latest.insert(key(payload->trackId, payload->promptId), payload->text);
    }
    for (auto it = latest.cbegin(); it != latest.cend(); ++it)
        if (!it->trimmed().isEmpty())
            m_savedReflections.insert(it.key());

    QVector<TracksModel::Row> tracks;
    for (const auto &track : m_session.pack().data().tracks()) {
        TracksModel::Row row;
        row.trackId = qs(track.id());
        row.title = qs(track.title());
        row.summary = qs(track.summary()).trimmed();
        row.isPrivate = track.is_private();
        row.active = row.trackId == m_session.trackId();
        const auto items = itemsOf(row.trackId);
        row.itemCount = int(items.size());
        for (const auto &item : items)
            row.doneCount += item.done ? 1 : 0;
        tracks << row;
    }
    // The learner's own track first; the others keep the pack's order.
    std::stable_partition(tracks.begin(), tracks.end(), [](const TracksModel::Row &row) { return row.active; });
    m_tracks.setRows(std::move(tracks));
    m_items.setRows(itemsOf(m_trackId));
    emit changed();
}

void TracksViewModel::setTrackId(const QString &trackId)
{
    if (trackId == m_trackId || !m_session.pack().track(trackId))
        return;
    m_trackId = trackId;
    m_items.setRows(itemsOf(m_trackId));
    emit trackChanged();
    emit changed();
}

QString TracksViewModel::trackTitle() const
{
    const pb::Track *track = m_session.pack().track(m_trackId);
    return track ? qs(track->title()) : QString();
}

QString TracksViewModel::trackSummary() const
{
    const pb::Track *track = m_session.pack().track(m_trackId);
    return track ? qs(track->summary()).trimmed() : QString();
}

bool TracksViewModel::trackIsPrivate() const
{
    const pb::Track *track = m_session.pack().track(m_trackId);
    return track && track->is_private();
}

QString TracksViewModel::activeTrackId() const
{
    return m_session.trackId();
}

QVariantList TracksViewModel::outcomes() const
{
    QVariantList list;
    const pb::Track *track = m_session.pack().track(m_trackId);
    if (!track)
        return list;
    for (const auto &outcome : track->outcomes())
        list << QVariantMap{{QStringLiteral("outcomeId"), qs(outcome.id())},
                            {QStringLiteral("label"), qs(outcome.label())},
                            {QStringLiteral("closing"), qs(outcome.closing()).trimmed()}};
    return list;
}

QString TracksViewModel::chosenOutcome() const
{
    const QString id = m_outcomes.value(m_trackId);
    const pb::Track *track = m_session.pack().track(m_trackId);
    if (!track)
        return QString();
    for (const auto &outcome : track->outcomes())
        if (qs(outcome.id()) == id)
            return id;
    return QString(); // cleared, or an outcome this content no longer has
}

QString TracksViewModel::chosenOutcomeLabel() const
{
    const QString id = chosenOutcome();
    for (const QVariant &o : outcomes())
        if (o.toMap().value(QStringLiteral("outcomeId")).toString() == id && !id.isEmpty())
            return o.toMap().value(QStringLiteral("label")).toString();
    return QString();
}

QString TracksViewModel::chosenOutcomeClosing() const
{
    const QString id = chosenOutcome();
    for (const QVariant &o : outcomes())
        if (o.toMap().value(QStringLiteral("outcomeId")).toString() == id && !id.isEmpty())
            return o.toMap().value(QStringLiteral("closing")).toString();
    return QString();
}

bool TracksViewModel::chooseOutcome(const QString &outcomeId)
{
    const pb::Track *track = m_session.pack().track(m_trackId);
    if (!track)
        return false;
    bool known = outcomeId.isEmpty(); // an empty id clears the choice
    for (const auto &outcome : track->outcomes())
        known = known || qs(outcome.id()) == outcomeId;
    if (!known)
        return false;
    // The session refreshes on success, which refreshes this view model.
    return m_session.saveReflection(m_trackId, QString::fromLatin1(kOutcomePrompt), outcomeId);
}

bool TracksViewModel::follow(const QString &trackId)
{
    if (!m_session.pack().track(trackId))
        return false;
    m_session.setTrackId(trackId);
    if (m_preferences)
        m_preferences->setTrackId(trackId);
    return m_session.trackId() == trackId;
}

} // namespace groundwork::core
