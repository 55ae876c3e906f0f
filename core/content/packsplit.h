#pragma once

#include "groundwork/content/v1/pack.pb.h"

#include <QByteArrayView>
#include <QString>

#include <string>
#include <vector>

namespace groundwork::core {

// One lesson or drill found in a serialized pack: where its bytes are, and what the pack's
// index needs to know of it without parsing it.
struct PackItemBytes
{
    qsizetype offset = 0; // into the pack's bytes
    int size = 0;
    QString id;
    // Drills only: when their key holds from, and their assessment form as written (a form
    // this build does not know keeps its number).
    std::string keyedSince;
    int assessmentForm = content::v1::ASSESSMENT_FORM_NONE;
};

// A serialized ContentPack cut apart at the wire level (protobuf's own CodedInputStream and
// WireFormatLite do the reading): every lesson's and drill's place and index fields, and the
// bytes of every other field, which parse as a ContentPack without lessons or drills. The
// pack's format is unchanged; this is only a way of reading it.
struct PackSplit
{
    bool ok = false; // false: the bytes are not a well-formed protobuf message
    std::vector<PackItemBytes> lessons;
    std::vector<PackItemBytes> drills;
    std::string everythingElse;
};

PackSplit splitPack(QByteArrayView pack);

} // namespace groundwork::core
