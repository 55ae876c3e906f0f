#pragma once

#include "learner/readiness.h"

#include <QAbstractListModel>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QVector>

namespace groundwork::core {

class LearnerSession;
class Preferences;

// One row per judgment dimension of the readiness profile.
//
// Roles (names as QML sees them):
//   dimensionId  string  the pack's Dimension.id
//   name         string  the dimension's name
//   definition   string  what the dimension means (Markdown)
//   mean         real    the estimate, 0..1 (0.5 with no evidence)
//   low, high    real    its 90% credible interval, 0..1
//   evidence     int     decisions that scored this dimension
//   trend        string  "rising", "steady", "falling" or "unknown" (too few weeks)
//   weight       real    the chosen role's weight, normalised so all rows sum to 1
//                        (equal weights when no role is chosen)
//   isFocus      bool    one of the (up to 2) dimensions that matter most to work on
class ProfileModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        DimensionIdRole = Qt::UserRole + 1,
        NameRole,
        DefinitionRole,
        MeanRole,
        LowRole,
        HighRole,
        EvidenceRole,
        TrendRole,
        WeightRole,
        IsFocusRole,
    };

    struct Row
    {
        learner::DimensionReadiness readiness;
        QString definition;
        bool isFocus = false;
    };

    explicit ProfileModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_rows.size()); }

    // Replaces the rows: a reset when the dimensions differ, dataChanged when only values do.
    void setRows(QVector<Row> rows);
    const QVector<Row> &rows() const { return m_rows; }

    static QString trendName(learner::DimensionEstimate::Trend trend);

signals:
    void countChanged();

private:
    QVector<Row> m_rows;
};

// The readiness profile screen: the learner's judgment per dimension against a chosen role,
// how much evidence backs it, its trend, and calibration in plain words. Rebuilt whenever the
// session changes.
class ProfileViewModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(groundwork::core::ProfileModel *dimensions READ dimensions CONSTANT)
    // [{roleId, title, summary}] from the pack
    Q_PROPERTY(QVariantList roles READ roles CONSTANT)
    Q_PROPERTY(QString roleId READ roleId WRITE setRoleId NOTIFY roleChanged)
    Q_PROPERTY(QString roleTitle READ roleTitle NOTIFY roleChanged)
    Q_PROPERTY(QString roleSummary READ roleSummary NOTIFY roleChanged)
    Q_PROPERTY(double overall READ overall NOTIFY changed)
    Q_PROPERTY(double overallLow READ overallLow NOTIFY changed)
    Q_PROPERTY(double overallHigh READ overallHigh NOTIFY changed)
    // The overall estimate and its band in words
    Q_PROPERTY(QString overallText READ overallText NOTIFY changed)
    Q_PROPERTY(int evidence READ evidence NOTIFY changed)
    Q_PROPERTY(QString evidenceText READ evidenceText NOTIFY changed)
    // Says how many answers were scored by keys since rewritten (kept, not counted); empty if none
    Q_PROPERTY(QString retiredText READ retiredText NOTIFY changed)
    // Names of the dimensions most worth practising (empty while there is no evidence)
    Q_PROPERTY(QStringList focus READ focus NOTIFY changed)
    Q_PROPERTY(QString focusText READ focusText NOTIFY changed)
    // "too-little-evidence", "well-calibrated", "over-confident" or "under-confident"
    Q_PROPERTY(QString calibrationVerdict READ calibrationVerdict NOTIFY changed)
    Q_PROPERTY(QString calibrationText READ calibrationText NOTIFY changed)
    // One line per confidence level used, e.g. "When you say 80% sure you are right 62% of the time (14 decisions)"
    Q_PROPERTY(QStringList calibrationDetails READ calibrationDetails NOTIFY changed)
    Q_PROPERTY(int ratedDecisions READ ratedDecisions NOTIFY changed)
    // Weeks with evidence, oldest first, at most kSeriesWeeks:
    // [{weekStart: "2025-03-03", label: "3 Mar", score: 0..1 (role-weighted), decisions: n}]
    Q_PROPERTY(QVariantList weeklySeries READ weeklySeries NOTIFY changed)

public:
    static constexpr int kSeriesWeeks = 12;

    // preferences (optional) keeps the chosen role between runs.
    explicit ProfileViewModel(LearnerSession &session, Preferences *preferences = nullptr,
                              QObject *parent = nullptr);

    ProfileModel *dimensions() { return &m_model; }
    QVariantList roles() const;
    QString roleId() const { return m_roleId; }
    // An empty or unknown id means "no role": every dimension weighs the same.
    void setRoleId(const QString &roleId);
    QString roleTitle() const;
    QString roleSummary() const;
    double overall() const { return m_profile.overall; }
    double overallLow() const { return m_profile.overallLow; }
    double overallHigh() const { return m_profile.overallHigh; }
    QString overallText() const;
    int evidence() const { return m_profile.evidence; }
    QString evidenceText() const;
    QString retiredText() const;
    QStringList focus() const;
    QString focusText() const;
    QString calibrationVerdict() const;
    QString calibrationText() const;
    QStringList calibrationDetails() const;
    int ratedDecisions() const { return m_profile.calibration.rated; }
    QVariantList weeklySeries() const { return m_series; }

    // Plain words for a calibration; public for tests.
    static QString describeCalibration(const learner::Calibration &calibration);

    const learner::ReadinessProfile &profile() const { return m_profile; }

public slots:
    void refresh();

signals:
    void changed();
    void roleChanged();

private:
    learner::ReadinessProfile equalWeightProfile() const;
    QVariantList buildSeries() const;

    LearnerSession &m_session;
    QPointer<Preferences> m_preferences;
    learner::ReadinessProfiler m_profiler;
    ProfileModel m_model;
    QString m_roleId;
    learner::ReadinessProfile m_profile;
    QVariantList m_series;
};

} // namespace groundwork::core
