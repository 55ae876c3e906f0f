#include "syncproblems.h"

#include "client/keyringstore.h"
#include "client/sealedoutbox.h"

namespace groundwork::cohort {

SyncProblems::SyncProblems(sync::KeyringStore &keys, sync::SealedOutbox &sealed, QObject *parent)
    : QObject(parent), m_keys(keys)
{
    connect(&sealed, &sync::SealedOutbox::downloadTroubleChanged, this, &SyncProblems::refresh);
    refresh();
}

SyncProblems::Attention SyncProblems::attention() const
{
    if (leftOutOfKeyChange())
        return Attention::LeftOutOfKeyChange;
    if (unverifiedCount() > 0)
        return Attention::UnverifiedItems;
    return Attention::Nothing;
}

void SyncProblems::dismissUnverified()
{
    if (!m_keys.clearRefusedEvents())
        qWarning("groundwork: the note about unverified downloads could not be cleared");
    refresh();
}

void SyncProblems::refresh()
{
    const auto trouble = m_keys.downloadTrouble();
    const Held now{trouble.refusedEvents, trouble.missingEpoch,
                   trouble.missingEpoch > 0 ? trouble.missingSince : QDateTime()};
    if (now == m_trouble)
        return;
    m_trouble = now;
    emit changed();
}

} // namespace groundwork::cohort
