#pragma once

#include "client/syncengine.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

namespace groundwork::core::learner {
struct ReadinessProfile;
struct AssessmentResult;
}

namespace groundwork::sync {

class CohortCredentials;
struct ProfileSharingRecord;

// The learner's choice to share their readiness profile with the cohort lead: off unless they
// turn it on, one choice for all of their devices, and the last choice made on any device wins
// (a newer one arriving with a sync is adopted here, a newer one made here is sent). The
// choice is kept with CohortCredentials; what the server last confirmed is kept here. No
// network and no signals: the caller sends what pending() says and reports what came back.
class ProfileShareChoice
{
public:
    // The learner's current readiness profile, nullopt when there is none to share yet.
    using ReadinessSource = std::function<std::optional<core::learner::ReadinessProfile>()>;

    // `credentials` outlives this; `nowMs` gives the device time (Unix ms).
    explicit ProfileShareChoice(CohortCredentials &credentials,
                                std::function<qint64()> nowMs = &QDateTime::currentMSecsSinceEpoch);

    // Where the profile comes from, and the content pack version it is measured with.
    void setReadinessSource(ReadinessSource source, const QString &contentVersion);
    // The readiness assessment results to include in a shared profile: empty unless the
    // learner chose to include them.
    using AssessmentSource = std::function<QVector<core::learner::AssessmentResult>()>;
    void setAssessmentSource(AssessmentSource source);

    const ProfileSharingRecord &record() const;
    bool shared() const;

    // The learner chose on this device. False when that is the choice already.
    bool choose(bool shared);
    // What a sync round should send, nullopt when the server holds what it should. No side
    // effects: it may be asked and not sent.
    std::optional<ProfileShare> pending() const;
    // The server applied a share of exactly these bytes, or a withdrawal (share false).
    void confirmed(bool share, const QByteArray &profile);
    // The account's choice as the server holds it. True when what this device shows changed.
    bool serverHolds(bool shared, qint64 chosenAtMs);
    // When leaving: the time of a withdrawal to send with the credential that is about to go,
    // nullopt when the server holds no copy.
    std::optional<qint64> withdrawalOnLeaving() const;
    // After leaving (the record is gone with the credential).
    void forget();

private:
    QByteArray currentBasis() const;
    QByteArray encode(const core::learner::ReadinessProfile &profile, qint64 generatedAtMs) const;
    void save(const ProfileSharingRecord &record);

    CohortCredentials &m_credentials;
    std::function<qint64()> m_nowMs;
    ReadinessSource m_readiness;
    AssessmentSource m_assessments;
    QString m_contentVersion;
    // The last copy the server confirmed, without its time (to see what changed).
    QByteArray m_confirmedBasis;
};

} // namespace groundwork::sync
