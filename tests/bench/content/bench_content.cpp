// bench_content [runs]: medians of
//  - compiling the shipped content, without narration and with a warm narration cache;
//  - loading a synthetic 1,000-lesson pack with ContentPack::fromBytes, against merely reading
//    the pack file's bytes (warm from the page cache, and cold after dropping the file's pages).

#include "compiler/compiler.h"
#include "content/contentpack.h"
#include "../common/instructioncount.h"

#include <google/protobuf/arena.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <functional>

namespace pb = groundwork::content::v1;
using groundwork::contentc::CompileOptions;
using groundwork::core::ContentPack;

namespace {

const QString kContentDir = QStringLiteral(GROUNDWORK_SOURCE_DIR "/content");

double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// Deterministic filler text of about n characters, word-like so sizes resemble real prose.
std::string prose(int n, int seed)
{
    static const char *words[] = {"the", "team", "decision", "manager", "trust", "delegate",
                                  "feedback", "clear", "outcome", "capability", "quietly",
                                  "standard", "role", "conversation", "priority", "ask"};
    std::string text;
    text.reserve(std::size_t(n) + 16);
    unsigned state = unsigned(seed) * 2654435761u + 1u;
    while (int(text.size()) < n) {
        state = state * 1664525u + 1013904223u;
        text += words[(state >> 16) % 16];
        text += (state >> 8) % 11 == 0 ? ". " : " ";
    }
    return text;
}

pb::ContentPack syntheticPack(int lessons, int drills)
{
    const QStringList dimensions{"building-capability", "candour-with-care", "calibrated-standards",
                                 "delegation-and-trust", "role-based-assessment", "outcome-focus",
                                 "influence-without-authority"};
    pb::ContentPack pack;
    pack.set_format_version(1);
    pack.set_content_version("2026.11.0+0123abcd");
    pack.set_title("Synthetic pack");
    for (int i = 0; i < 5; ++i) {
        auto *trap = pack.add_traps();
        trap->set_id("trap-" + std::to_string(i));
        trap->set_name(prose(30, i));
        trap->set_description(prose(250, i + 100));
        auto *scenario = pack.add_scenario_types();
        scenario->set_id("scenario-" + std::to_string(i));
        scenario->set_name(prose(40, i + 200));
        scenario->set_description(prose(250, i + 300));
    }
    for (int i = 0; i < dimensions.size(); ++i) {
        auto *dimension = pack.add_dimensions();
        dimension->set_id(dimensions[i].toStdString());
        dimension->set_name(prose(25, i + 400));
        dimension->set_trap("trap-" + std::to_string(i % 5));
        dimension->set_definition(prose(400, i + 500));
        dimension->set_strong(prose(300, i + 600));
        dimension->set_weak(prose(300, i + 700));
    }
    for (int i = 0; i < lessons; ++i) {
        auto *lesson = pack.add_lessons();
        lesson->set_id("lesson-" + std::to_string(i));
        lesson->set_title(prose(40, i));
        lesson->set_summary(prose(130, i + 1));
        for (int c = 0; c < 5; ++c)
            lesson->add_cards(prose(600, i * 7 + c));
        lesson->set_takeaway(prose(160, i + 2));
        auto *check = lesson->mutable_check();
        check->set_question(prose(110, i + 3));
        for (int o = 0; o < 3; ++o) {
            auto *option = check->add_options();
            option->set_text(prose(80, i + o));
            option->set_correct(o == 1);
        }
        check->set_explanation(prose(300, i + 4));
        lesson->set_narration_text(prose(2900, i + 5)); // about 450 words: a 3-minute narration
        auto *narration = lesson->mutable_narration();
        narration->set_file("audio/lesson-" + std::to_string(i) + ".mp3");
        narration->set_duration_ms(180000);
        narration->set_mime_type("audio/mpeg");
        narration->set_size_bytes(720000);
        lesson->add_dimensions(dimensions[i % 7].toStdString());
        lesson->add_dimensions(dimensions[(i + 3) % 7].toStdString());
        lesson->set_source_file("lessons/lesson-" + std::to_string(i) + ".yaml");
    }
    for (int i = 0; i < drills; ++i) {
        auto *drill = pack.add_drills();
        drill->set_id("drill-" + std::to_string(i));
        drill->set_title(prose(35, i));
        drill->set_scenario_type("scenario-" + std::to_string(i % 5));
        drill->add_measures(dimensions[i % 7].toStdString());
        drill->add_measures(dimensions[(i + 2) % 7].toStdString());
        drill->set_setting(prose(700, i + 1));
        drill->set_start("d0");
        drill->set_source_file("drills/drill-" + std::to_string(i) + ".yaml");
        for (int d = 0; d < 3; ++d) {
            auto *decision = drill->add_decisions();
            decision->set_id("d" + std::to_string(d));
            decision->set_prompt(prose(250, i + d));
            for (int o = 0; o < 4; ++o) {
                auto *option = decision->add_options();
                option->set_id("o" + std::to_string(o));
                option->set_text(prose(140, i + d + o));
                option->set_feedback(prose(380, i * 3 + d + o));
                for (const std::string &m : drill->measures())
                    (*option->mutable_key())[m] = unsigned(1 + (o + d) % 5);
                if (d < 2)
                    option->set_next("d" + std::to_string(d + 1));
            }
        }
    }
    for (int t = 0; t < 3; ++t) {
        auto *track = pack.add_tracks();
        track->set_id("track-" + std::to_string(t));
        track->set_title(prose(30, t));
        track->set_summary(prose(200, t));
        for (int i = t; i < lessons; i += 3)
            track->add_items()->set_lesson("lesson-" + std::to_string(i));
        for (int i = t; i < drills; i += 3)
            track->add_items()->set_drill("drill-" + std::to_string(i));
    }
    return pack;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Drops the file's pages from the page cache (allowed for any file we can open), so the next
// read comes from storage as on an app's first start.
void dropFromPageCache(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return;
    ::fdatasync(fd);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1) + QStringLiteral(" ms");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 9;
    // `bench_content 9 pack`: only the pack-loading rows (the narration compile takes minutes).
    const bool packOnly = argc > 2 && (qstrcmp(argv[2], "pack") == 0 || qstrncmp(argv[2], "count-", 6) == 0);
    QTextStream out(stdout);
    const auto row = [&](const QString &name, const QString &value) {
        out << name.leftJustified(58) << value << '\n';
        out.flush();
    };
    out << "bench_content: medians of " << runs << " runs\n\n";

    if (packOnly) {
        row(QStringLiteral("compile shipped content"), QStringLiteral("skipped (pack only)"));
    } else if (QFile::exists(kContentDir + QStringLiteral("/pack.yaml"))) {
        CompileOptions options;
        options.sourceDir = kContentDir;
        row(QStringLiteral("compile shipped content, no narration"),
            ms(medianMs(runs, [&] { groundwork::contentc::compileContent(options); })));
        if (!QStandardPaths::findExecutable(QStringLiteral("espeak-ng")).isEmpty()) {
            QTemporaryDir cache;
            QTemporaryDir outDir;
            options.narrate = true;
            options.narrationCacheDir = cache.path();
            options.outDir = outDir.path();
            QElapsedTimer cold;
            cold.start();
            groundwork::contentc::compileContent(options); // warms the cache
            row(QStringLiteral("compile shipped content, cold narration cache (1 run)"),
                ms(double(cold.nsecsElapsed()) / 1e6));
            row(QStringLiteral("compile shipped content, warm narration cache + output"),
                ms(medianMs(runs, [&] { groundwork::contentc::compileContent(options); })));
        }
    } else {
        row(QStringLiteral("compile shipped content"), QStringLiteral("n/a (no content/pack.yaml)"));
    }

    const pb::ContentPack synthetic = syntheticPack(1000, 300);
    QTemporaryDir dir;
    const QString packFile = dir.filePath(QStringLiteral("pack.bin"));
    {
        QFile file(packFile);
        file.open(QIODevice::WriteOnly);
        file.write(QByteArray::fromStdString(synthetic.SerializeAsString()));
    }
    const QByteArray bytes = readFile(packFile);
    // `bench_content 1 count-load` / `count-read`: one load (or one read) of the 1,000-lesson
    // pack and nothing else counted, for valgrind --tool=callgrind --collect-atstart=no.
    if (argc > 2 && qstrcmp(argv[2], "count-load") == 0) {
        GROUNDWORK_COUNT_INSTRUCTIONS(ContentPack::fromBytes(bytes));
        return 0;
    }
    if (argc > 2 && qstrcmp(argv[2], "count-read") == 0) {
        GROUNDWORK_COUNT_INSTRUCTIONS(readFile(packFile));
        return 0;
    }
    out << '\n';
    row(QStringLiteral("synthetic pack: 1000 lessons, 300 drills"),
        QStringLiteral("%1 MB").arg(double(bytes.size()) / 1e6, 0, 'f', 2));

    const double warmRead = medianMs(runs, [&] { readFile(packFile); });
    QList<double> coldTimes;
    for (int i = 0; i < runs; ++i) {
        dropFromPageCache(packFile);
        coldTimes.append(medianMs(1, [&] { readFile(packFile); }));
    }
    std::sort(coldTimes.begin(), coldTimes.end());
    const double coldRead = coldTimes[coldTimes.size() / 2];
    const double load = medianMs(runs, [&] {
        const auto loaded = ContentPack::fromBytes(bytes);
        if (!loaded.pack)
            qFatal("synthetic pack failed to load: %s", qPrintable(loaded.error));
    });
    const double loadFile = medianMs(runs, [&] { ContentPack::fromFile(packFile); });
    const auto first = ContentPack::fromBytes(bytes);
    const QString firstLesson = first.pack->lessonIds().constFirst();
    const double openLesson = medianMs(runs, [&] {
        const auto loaded = ContentPack::fromBytes(bytes);
        if (!loaded.pack->lesson(firstLesson))
            qFatal("synthetic pack: lesson %s missing", qPrintable(firstLesson));
    });
    // Every lesson parsed, as loading did before lessons were read lazily.
    const double eagerParse = medianMs(runs, [&] { first.pack->wholePack(); });
    // What parsing would cost on an arena (one allocation block instead of one per string).
    const double arenaParse = medianMs(runs, [&] {
        google::protobuf::Arena arena;
        auto *pack = google::protobuf::Arena::CreateMessage<pb::ContentPack>(&arena);
        pack->ParseFromArray(bytes.constData(), int(bytes.size()));
    });
    row(QStringLiteral("read pack file, QFile::readAll (warm page cache)"), ms(warmRead));
    row(QStringLiteral("read pack file, QFile::readAll (cold: pages dropped)"), ms(coldRead));
    row(QStringLiteral("ContentPack::fromBytes (index lessons, parse the rest)"), ms(load));
    row(QStringLiteral("fromBytes + open the first lesson"), ms(openLesson));
    row(QStringLiteral("ContentPack::fromFile (read + parse + index, warm)"), ms(loadFile));
    row(QStringLiteral("whole pack parsed, heap (wholePack, for comparison)"), ms(eagerParse));
    row(QStringLiteral("whole pack parsed, arena (the eager load before)"), ms(arenaParse));
    row(QStringLiteral("ratio fromBytes / warm read"),
        QStringLiteral("%1x   (target <= 2.0x)").arg(load / warmRead, 0, 'f', 1));
    row(QStringLiteral("ratio fromBytes + first lesson / warm read"),
        QStringLiteral("%1x").arg(openLesson / warmRead, 0, 'f', 1));
    row(QStringLiteral("ratio fromBytes / cold read"),
        QStringLiteral("%1x").arg(load / coldRead, 0, 'f', 1));
    return 0;
}
