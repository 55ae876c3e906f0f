#pragma once

#include "groundwork/sync/v1/sync.pb.h"

#include <QString>
#include <QStringList>

namespace groundwork::sync::lead {

// The public track the lead's cohort summary reports on: "Ready to lead", the pack's track for
// people considering a first management role. The server holds no pack, so its id and title
// are named here once for the server, its exports and the lead's screens;
// tst_sync_lead checks them against content/tracks/ready-to-lead.yaml (public, this title).
QString leadTrackId();
QString leadTrackTitle();

// Every public track of the content pack, the only ids a "track completed" milestone may tell
// the server in clear (a learner's device sends none other; the server refuses any other, so
// even a faulty app cannot name a private track such as "back-to-ic"). tst_sync_lead checks
// the list against content/tracks/: add a new public track here, and update the server before
// the apps whose pack carries it.
const QStringList &publicTrackIds();
bool isPublicTrack(const QString &trackId);

// The UTC day (yyyy-MM-dd) the member finished the lead track; empty when they have not.
QString leadTrackCompletedDay(const v1::RosterMember &member);
// How many of the roster's members finished the lead track.
quint32 leadTrackCompletions(const v1::LeadRosterResponse &roster);

} // namespace groundwork::sync::lead
