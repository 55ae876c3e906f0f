#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QVariantList>
#include <QVector>

namespace groundwork::core {

class LearnerSession;
class Preferences;

namespace learner {
class LearnerStore;
}

// The tracks of the pack, one row each.
//
// Roles: trackId (string), title (string), summary (Markdown), isPrivate (bool: writing in
// this track never leaves the device readable), itemCount (int), doneCount (int), active
// (bool: the track Today draws from).
class TracksModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { TrackIdRole = Qt::UserRole + 1, TitleRole, SummaryRole, IsPrivateRole,
                ItemCountRole, DoneCountRole, ActiveRole };

    struct Row
    {
        QString trackId;
        QString title;
        QString summary;
        bool isPrivate = false;
        int itemCount = 0;
        int doneCount = 0;
        bool active = false;
    };

    explicit TracksModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_rows.size()); }
    void setRows(QVector<Row> rows);
    const QVector<Row> &rows() const { return m_rows; }

signals:
    void countChanged();

private:
    QVector<Row> m_rows;
};

// The items of one track, in the track's order.
//
// Roles: kind ("lesson", "drill" or "reflection"), itemId (Lesson.id, Drill.id or the
// reflection prompt's id), title, summary (a lesson's summary, a drill's scenario type, or a
// reflection's full prompt in Markdown), hint (a reflection's hint), done (bool: a finished
// lesson, a drill with at least one review, a reflection with saved text).
class TrackItemsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { KindRole = Qt::UserRole + 1, ItemIdRole, TitleRole, SummaryRole, HintRole, DoneRole };

    struct Row
    {
        QString kind;
        QString itemId;
        QString title;
        QString summary;
        QString hint;
        bool done = false;
    };

    explicit TrackItemsModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_rows.size()); }
    void setRows(QVector<Row> rows);
    const QVector<Row> &rows() const { return m_rows; }

signals:
    void countChanged();

private:
    QVector<Row> m_rows;
};

// The tracks screen: every track, the items of the one being browsed with what is done, and
// the track's outcomes ("Is it for me?" ends with a choice, offered as equals). A chosen
// outcome is recorded as a reflection (prompt id "outcome", text = the outcome id), so it
// persists like any other answer and stays private in a private track.
class TracksViewModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(groundwork::core::TracksModel *tracks READ tracks CONSTANT)
    Q_PROPERTY(groundwork::core::TrackItemsModel *items READ items CONSTANT)
    // The track being browsed (default: the session's track)
    Q_PROPERTY(QString trackId READ trackId WRITE setTrackId NOTIFY trackChanged)
    Q_PROPERTY(QString trackTitle READ trackTitle NOTIFY trackChanged)
    Q_PROPERTY(QString trackSummary READ trackSummary NOTIFY trackChanged)
    Q_PROPERTY(bool trackIsPrivate READ trackIsPrivate NOTIFY trackChanged)
    // The track Today draws from
    Q_PROPERTY(QString activeTrackId READ activeTrackId NOTIFY activeTrackChanged)
    // [{outcomeId, label, closing (Markdown)}] of the browsed track, in authored order
    Q_PROPERTY(QVariantList outcomes READ outcomes NOTIFY trackChanged)
    Q_PROPERTY(QString chosenOutcome READ chosenOutcome NOTIFY changed)
    Q_PROPERTY(QString chosenOutcomeLabel READ chosenOutcomeLabel NOTIFY changed)
    Q_PROPERTY(QString chosenOutcomeClosing READ chosenOutcomeClosing NOTIFY changed)

public:
    static inline const char *const kOutcomePrompt = "outcome";

    // Which reflections hold text is read from the session's events at each change.
    // preferences (optional) keeps the followed track between runs.
    explicit TracksViewModel(LearnerSession &session, Preferences *preferences = nullptr,
                             QObject *parent = nullptr);

    TracksModel *tracks() { return &m_tracks; }
    TrackItemsModel *items() { return &m_items; }
    QString trackId() const { return m_trackId; }
    void setTrackId(const QString &trackId);
    QString trackTitle() const;
    QString trackSummary() const;
    bool trackIsPrivate() const;
    QString activeTrackId() const;
    QVariantList outcomes() const;
    QString chosenOutcome() const;
    QString chosenOutcomeLabel() const;
    QString chosenOutcomeClosing() const;

    // Records the outcome of the browsed track; false (session.lastError says why) if the
    // save failed or the id is not one of its outcomes.
    Q_INVOKABLE bool chooseOutcome(const QString &outcomeId);
    // Makes a track the one Today draws from.
    Q_INVOKABLE bool follow(const QString &trackId);

    // "why are you moving back?" -> "Why are you moving back?": the first bold phrase of a
    // prompt, else its first sentence; public for tests.
    static QString reflectionTitle(const QString &prompt);

public slots:
    void refresh();

signals:
    void trackChanged();
    void activeTrackChanged();
    void changed();

private:
    QVector<TrackItemsModel::Row> itemsOf(const QString &trackId) const;

    LearnerSession &m_session;
    QPointer<Preferences> m_preferences;
    TracksModel m_tracks;
    TrackItemsModel m_items;
    QString m_trackId;
    QSet<QString> m_savedReflections;      // "trackId/promptId" with non-empty latest text
    QHash<QString, QString> m_outcomes;    // trackId -> chosen outcome id
};

} // namespace groundwork::core
