#include "content/packsplit.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/wire_format_lite.h>

namespace groundwork::core {

namespace {

namespace pb = groundwork::content::v1;
using google::protobuf::io::CodedInputStream;
using google::protobuf::internal::WireFormatLite;

bool isLengthDelimited(std::uint32_t tag)
{
    return WireFormatLite::GetTagWireType(tag) == WireFormatLite::WIRETYPE_LENGTH_DELIMITED;
}

bool readString(CodedInputStream &in, std::string *value)
{
    std::uint32_t length = 0;
    return in.ReadVarint32(&length) && in.ReadString(value, int(length));
}

// The fields the index needs, read from an item's bytes while the rest is skipped by length.
// As in a parse, the last occurrence of a field wins.
bool readIndexFields(const std::uint8_t *bytes, PackItemBytes &item, bool isDrill)
{
    CodedInputStream in(bytes + item.offset, item.size);
    std::string id;
    while (in.CurrentPosition() < item.size) {
        const std::uint32_t tag = in.ReadTag();
        if (tag == 0)
            return false;
        const int field = WireFormatLite::GetTagFieldNumber(tag);
        bool read = false;
        if (field == pb::Lesson::kIdFieldNumber && isLengthDelimited(tag)) {
            read = readString(in, &id);
        } else if (isDrill && field == pb::Drill::kKeyedSinceFieldNumber && isLengthDelimited(tag)) {
            read = readString(in, &item.keyedSince);
        } else if (isDrill && field == pb::Drill::kAssessmentFormFieldNumber
                   && WireFormatLite::GetTagWireType(tag) == WireFormatLite::WIRETYPE_VARINT) {
            std::uint32_t form = 0;
            read = in.ReadVarint32(&form);
            item.assessmentForm = int(form);
        } else {
            read = WireFormatLite::SkipField(&in, tag);
        }
        if (!read)
            return false;
    }
    item.id = QString::fromUtf8(id.data(), qsizetype(id.size()));
    return true;
}

} // namespace

PackSplit splitPack(QByteArrayView pack)
{
    static_assert(int(pb::Lesson::kIdFieldNumber) == int(pb::Drill::kIdFieldNumber));
    PackSplit split;
    const auto *data = reinterpret_cast<const std::uint8_t *>(pack.data());
    const int size = int(pack.size());
    if (pack.size() != size)
        return split; // over 2 GB: protobuf could not parse it either
    CodedInputStream in(data, size);
    while (in.CurrentPosition() < size) {
        const int fieldStart = in.CurrentPosition();
        const std::uint32_t tag = in.ReadTag();
        if (tag == 0)
            return split;
        const int field = WireFormatLite::GetTagFieldNumber(tag);
        const bool lesson = field == pb::ContentPack::kLessonsFieldNumber;
        const bool drill = field == pb::ContentPack::kDrillsFieldNumber;
        if ((lesson || drill) && isLengthDelimited(tag)) {
            std::uint32_t length = 0;
            if (!in.ReadVarint32(&length) || length > std::uint32_t(size - in.CurrentPosition()))
                return split;
            PackItemBytes item{in.CurrentPosition(), int(length), {}, {}, {}};
            if (!readIndexFields(data, item, drill) || !in.Skip(int(length)))
                return split;
            (lesson ? split.lessons : split.drills).push_back(std::move(item));
        } else {
            if (!WireFormatLite::SkipField(&in, tag))
                return split;
            split.everythingElse.append(reinterpret_cast<const char *>(data) + fieldStart,
                                        std::size_t(in.CurrentPosition() - fieldStart));
        }
    }
    split.ok = true;
    return split;
}

} // namespace groundwork::core
