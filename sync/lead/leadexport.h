#pragma once

#include "groundwork/sync/v1/sync.pb.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace groundwork::sync::lead {

// A text cell a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
// return) gets a leading apostrophe, so it shows as the text it is.
QString spreadsheetSafe(const QString &text);

// A group figure (a probability 0..1) as the lead's screen and the export show it: a whole
// percentage.
int percentShown(double probability);

// The words the lead reads for a member's state (screen and export say the same).
QString stallWords(v1::StallReason reason, bool resting);

// The roster and the group profile as CSV (RFC 4180, quoted by libcsv, UTF-8, CRLF), with
// exactly the figures the lead's screens show, one header row first. The roster's last column
// is the day the member completed "Ready to lead" (lead/leadtrack.h), empty when not.
QByteArray rosterCsv(const v1::LeadRosterResponse &roster);
QByteArray groupProfileCsv(const v1::LeadGroupProfileResponse &profile);

// The cohort's progress as xAPI 1.0.3 statements (a JSON array): for each member, one
// "progressed" statement (ADL verb) carrying the roster's figures, the actor an account on the
// cohort's home page (`serverBase` + /cohorts/<id>). Statement ids are stable for a member,
// day and figures, so a re-export does not duplicate statements in a learning record store.
// Each public track a member finished adds one "completed" statement (ADL verb), the object
// the track (<home>/tracks/<id>), timestamped with the day it was finished.
QByteArray xapiStatements(const v1::LeadRosterResponse &roster, const QUrl &serverBase);

// The cohort's home page, the actors' account homePage.
QString cohortHomePage(const QUrl &serverBase, const QString &cohortId);

} // namespace groundwork::sync::lead
