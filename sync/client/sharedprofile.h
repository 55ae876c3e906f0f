#pragma once

#include "groundwork/sync/v1/profile.pb.h"
#include "learner/assessment.h"
#include "learner/readiness.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace groundwork::sync {

// At most this many dimensions and characters per text go into a shared profile, so that a
// copy always fits the server's limit (kMaxProfileBytes) whatever the content pack holds.
inline constexpr int kMaxSharedDimensions = 64;
inline constexpr int kMaxSharedIdLength = 64;
inline constexpr int kMaxSharedTitleLength = 200;
// Each of the (at most two) assessment sittings carries at most this many dimensions, so that
// the largest profile with both still fits the limit (the shipped pack has nine dimensions).
inline constexpr int kMaxSharedAssessmentDimensions = 12;

// The copy of a readiness profile a learner shares with their cohort lead, as the bytes of a
// groundwork.sync.v1.SharedProfile (sync/proto/.../profile.proto). A pure function of its
// arguments: the figures the learner sees on the Profile screen (estimates, bands, evidence,
// trend, calibration verdict) and nothing else. ReadinessProfile carries no reflection text,
// answers or events, and this function reads only the fields it names, so none of that can
// leak in by a later change to ReadinessProfile. generatedAtMs 0 leaves the time out (the
// view model compares such copies to see whether anything changed).
// `assessments`: the sittings of the readiness assessment the learner chose to include (their
// figures only), none by default.
QByteArray encodeSharedProfile(const core::learner::ReadinessProfile &profile,
                               const QString &contentVersion, qint64 generatedAtMs,
                               const QVector<core::learner::AssessmentResult> &assessments = {});

// Reads a shared copy back (a lead's tools, tests); nullopt when the bytes do not parse.
std::optional<v1::SharedProfile> decodeSharedProfile(const QByteArray &bytes);

} // namespace groundwork::sync
