#include "client/profilesharechoice.h"

#include "client/cohortcredentials.h"
#include "client/sharedprofile.h"
#include "learner/readiness.h"
#include "protocol/wirecodec.h"

#include <algorithm>

namespace groundwork::sync {

ProfileShareChoice::ProfileShareChoice(CohortCredentials &credentials, std::function<qint64()> nowMs)
    : m_credentials(credentials), m_nowMs(std::move(nowMs))
{
}

void ProfileShareChoice::setReadinessSource(ReadinessSource source, const QString &contentVersion)
{
    m_readiness = std::move(source);
    m_contentVersion = contentVersion;
}

void ProfileShareChoice::setAssessmentSource(AssessmentSource source)
{
    m_assessments = std::move(source);
}

QByteArray ProfileShareChoice::encode(const core::learner::ReadinessProfile &profile,
                                      qint64 generatedAtMs) const
{
    return encodeSharedProfile(profile, m_contentVersion, generatedAtMs,
                               m_assessments ? m_assessments() : QVector<core::learner::AssessmentResult>());
}

const ProfileSharingRecord &ProfileShareChoice::record() const
{
    return m_credentials.sharing();
}

bool ProfileShareChoice::shared() const
{
    return record().shared;
}

void ProfileShareChoice::save(const ProfileSharingRecord &record)
{
    m_credentials.setSharing(record);
}

bool ProfileShareChoice::choose(bool shared)
{
    ProfileSharingRecord r = record();
    if (shared == r.shared)
        return false;
    r.shared = shared;
    // Later than any choice this device has seen, even one stamped by a device whose clock is
    // ahead: the learner made it after that one.
    r.chosenAtMs = std::max(m_nowMs(), r.chosenAtMs + 1);
    r.sharedElsewhere = false;
    if (shared)
        r.onServer = true;
    save(r);
    // Either way the next copy is sent afresh: re-sharing after a withdrawal must not be
    // skipped as "unchanged".
    m_confirmedBasis.clear();
    return true;
}

// The current profile as pending() compares it (without its time); empty when there is none.
QByteArray ProfileShareChoice::currentBasis() const
{
    if (!m_readiness)
        return {};
    const std::optional<core::learner::ReadinessProfile> profile = m_readiness();
    return profile ? encode(*profile, 0) : QByteArray();
}

std::optional<ProfileShare> ProfileShareChoice::pending() const
{
    const ProfileSharingRecord &r = record();
    if (!r.shared) {
        if (r.onServer)
            return ProfileShare{false, {}, r.chosenAtMs};
        return std::nullopt;
    }
    if (!m_readiness)
        return std::nullopt;
    const std::optional<core::learner::ReadinessProfile> profile = m_readiness();
    if (!profile)
        return std::nullopt;
    // Unchanged since the server confirmed it: nothing to send (a few bytes saved per round).
    if (encode(*profile, 0) == m_confirmedBasis)
        return std::nullopt;
    return ProfileShare{true, encode(*profile, m_nowMs()), r.chosenAtMs};
}

void ProfileShareChoice::confirmed(bool share, const QByteArray &profile)
{
    ProfileSharingRecord r = record();
    if (share) {
        // Remember the confirmed copy without its time, as pending() compares.
        std::optional<v1::SharedProfile> copy = decodeSharedProfile(profile);
        if (copy) {
            copy->set_generated_at_ms(0);
            m_confirmedBasis = serialize(*copy);
        }
        r.sentAt = QDateTime::fromMSecsSinceEpoch(m_nowMs(), Qt::UTC);
        r.sharedElsewhere = false;
    } else {
        m_confirmedBasis.clear();
        r.sentAt = QDateTime();
        if (!r.shared)
            r.onServer = false;
    }
    save(r);
}

// A newer choice than this device's is adopted as it is (nothing is sent back); an older one
// means this device's choice has not been applied yet, so it is (re)sent.
bool ProfileShareChoice::serverHolds(bool shared, qint64 chosenAtMs)
{
    ProfileSharingRecord r = record();
    const bool newer = chosenAtMs > r.chosenAtMs
                       // the same moment on two devices: the server's (the one it applied last)
                       || (chosenAtMs == r.chosenAtMs && chosenAtMs > 0 && shared != r.shared);
    if (!newer) {
        if (chosenAtMs < r.chosenAtMs && shared != r.shared) {
            if (r.shared) {
                m_confirmedBasis.clear(); // the server holds no copy: send one
            } else {
                r.onServer = true; // the server holds a copy: withdraw it
                save(r);
            }
        }
        return false;
    }
    r.chosenAtMs = chosenAtMs;
    const bool changed = shared != r.shared || (!shared && r.onServer);
    if (!changed) {
        save(r);
        return false; // the same choice, made again elsewhere: nothing to do here
    }
    if (shared != r.shared) {
        r.shared = shared;
        r.sentAt = QDateTime();
    }
    r.onServer = shared; // a withdrawal was applied: the server deleted its copy already
    r.sharedElsewhere = shared;
    save(r);
    // The other device sent a copy and keeps it fresh; this one sends its own only once its
    // profile changes (e.g. after answers recorded here).
    if (shared)
        m_confirmedBasis = currentBasis();
    else
        m_confirmedBasis.clear();
    return true;
}

std::optional<qint64> ProfileShareChoice::withdrawalOnLeaving() const
{
    if (!record().onServer)
        return std::nullopt;
    // Leaving withdraws for the account: the learner's other devices adopt it as they sync.
    return std::max(m_nowMs(), record().chosenAtMs + 1);
}

void ProfileShareChoice::forget()
{
    m_confirmedBasis.clear();
}

} // namespace groundwork::sync
