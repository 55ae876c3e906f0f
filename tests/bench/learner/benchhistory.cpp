#include "benchhistory.h"

#include "eventbuilder.h"

#include <QRandomGenerator>

#include <string>
#include <vector>

namespace groundwork::core::learner::bench {

std::shared_ptr<const ContentPack> benchPack()
{
    QRandomGenerator rng(11);
    pb::ContentPack p;
    p.set_format_version(kContentFormatVersion);
    p.set_content_version("bench-1");
    std::vector<std::string> dims;
    for (int i = 0; i < 8; ++i) {
        dims.push_back("dim" + std::to_string(i));
        p.add_dimensions()->set_id(dims.back());
    }
    auto *track = p.add_tracks();
    track->set_id("ready");
    for (int l = 0; l < 120; ++l) {
        auto *lesson = p.add_lessons();
        lesson->set_id("lesson" + std::to_string(l));
        track->add_items()->set_lesson(lesson->id());
    }
    for (int d = 0; d < 60; ++d) {
        auto *drill = p.add_drills();
        drill->set_id("drill" + std::to_string(d));
        const int nd = 2 + int(rng.bounded(2));
        for (int k = 0; k < nd; ++k)
            drill->add_measures(dims[(d + 3 * k) % dims.size()]);
        drill->set_start("q0");
        for (int q = 0; q < 3; ++q) {
            auto *decision = drill->add_decisions();
            decision->set_id("q" + std::to_string(q));
            for (int o = 0; o < 3; ++o) {
                auto *option = decision->add_options();
                option->set_id("o" + std::to_string(o));
                for (const auto &m : drill->measures())
                    (*option->mutable_key())[m] = 1 + rng.bounded(5);
                option->set_next(q < 2 ? "q" + std::to_string(q + 1) : "");
            }
        }
        track->add_items()->set_drill(drill->id());
    }
    auto *role = p.add_roles();
    role->set_id("em");
    for (size_t i = 0; i < dims.size(); ++i)
        (*role->mutable_weights())[dims[i]] = 1.0 + double(i % 3);
    std::string bytes;
    p.SerializeToString(&bytes);
    return ContentPack::fromBytes(QByteArray::fromStdString(bytes)).pack;
}

QVector<Event> fiveYears(const std::shared_ptr<const ContentPack> &pack)
{
    QRandomGenerator rng(5);
    testing::EventBuilder b(pack, QStringLiteral("phone"), 1'640'995'200'000 /* 2022-01-01 */, 60);
    QVector<Event> events;
    events << b.goal(4, {7});
    int attempts = 0;
    for (int day = 0; day < 1826; ++day) {
        b.setTime(1'640'995'200'000 + qint64(day) * 86'400'000 + 7 * 3'600'000);
        if (rng.bounded(10) < 8) {
            const QString lesson = QStringLiteral("lesson%1").arg(day % 120);
            events << b.lessonStarted(QStringLiteral("ready"), lesson)
                   << b.quickCheck(lesson, 1, rng.bounded(4) != 0)
                   << b.lessonFinished(QStringLiteral("ready"), lesson);
        }
        const int today = attempts < 2000 && (day * 2000 / 1826 >= attempts) ? 1 + (day % 11 == 0) : 0;
        for (int k = 0; k < today && attempts < 2000; ++k, ++attempts) {
            const QString drill = QStringLiteral("drill%1").arg(rng.bounded(60));
            QStringList choices;
            for (int q = 0; q < 3; ++q)
                choices << QStringLiteral("o%1").arg(rng.bounded(3));
            events << b.attempt(drill, choices, kConfidenceLevels[rng.bounded(4)]);
        }
    }
    return events;
}

} // namespace groundwork::core::learner::bench
