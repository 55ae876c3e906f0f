#include "viewmodelpack.h"

#include "learner/recorder.h"

#include <QDateTime>
#include <QTimeZone>

#include <initializer_list>
#include <string>
#include <utility>

namespace groundwork::core::testing {

namespace {

using Keys = std::initializer_list<std::pair<const char *, unsigned>>;

void option(pb::Decision *decision, const char *id, Keys keys, const char *next = "")
{
    auto *o = decision->add_options();
    o->set_id(id);
    o->set_text(std::string("Option ") + id);
    o->set_feedback(std::string("Because ") + id);
    o->set_next(next);
    for (const auto &[dimension, value] : keys)
        (*o->mutable_key())[dimension] = value;
}

void outcome(pb::Track *track, const char *id, const char *label, const char *closing)
{
    auto *o = track->add_outcomes();
    o->set_id(id);
    o->set_label(label);
    o->set_closing(closing);
}

void reflection(pb::Track *track, const char *id, const char *prompt, const char *hint = "")
{
    auto *r = track->add_items()->mutable_reflection();
    r->set_id(id);
    r->set_prompt(prompt);
    r->set_hint(hint);
}

qint64 startMs()
{
    return QDateTime(QDate(2025, 3, 3), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

std::shared_ptr<const ContentPack> makeViewModelPack()
{
    std::string bytes;
    makeViewModelPackData().SerializeToString(&bytes);
    auto loaded = ContentPack::fromBytes(QByteArray::fromStdString(bytes));
    Q_ASSERT(loaded.pack);
    return loaded.pack;
}

pb::ContentPack makeViewModelPackData()
{
    pb::ContentPack p;
    p.set_format_version(kContentFormatVersion);
    p.set_content_version("vm-test-1");
    p.set_title("view model test pack");

    for (const char *id : {"delegation", "standards", "trust"}) {
        auto *d = p.add_dimensions();
        d->set_id(id);
        d->set_name(std::string("Dimension ") + id);
        d->set_definition(std::string("What ") + id + " means.");
    }
    auto *type = p.add_scenario_types();
    type->set_id("conflict");
    type->set_name("Team conflict");

    for (const char *id : {"l1", "l2"}) {
        auto *l = p.add_lessons();
        l->set_id(id);
        l->set_title(std::string("Lesson ") + id);
        l->set_summary(std::string("Summary of ") + id);
        auto *check = l->mutable_check();
        check->set_question("?");
        check->add_options()->set_text("wrong");
        auto *right = check->add_options();
        right->set_text("right");
        right->set_correct(true);
    }
    {
        // l1 as a whole lesson for the screen tests: three cards, a takeaway, an assignment
        // and a third check option.
        auto *l = p.mutable_lessons(0);
        for (const char *card : {"First **card**", "Second card", "Third card"})
            l->add_cards(card);
        l->set_takeaway("Remember this");
        l->set_try_it("Ask one question before any status update.");
        l->mutable_check()->add_options()->set_text("also wrong");
        l->mutable_check()->set_explanation("Because it is right.");
    }

    {
        auto *d = p.add_drills();
        d->set_id("handover");
        d->set_title("The handover");
        d->set_scenario_type("conflict");
        d->add_measures("delegation");
        d->add_measures("trust");
        d->set_start("h1");
        d->set_setting("The situation");
        auto *h1 = d->add_decisions();
        h1->set_id("h1");
        h1->set_prompt("What do you do?");
        option(h1, "do-it", {{"delegation", 1}, {"trust", 2}}, "h2");
        option(h1, "hand", {{"delegation", 5}, {"trust", 4}}, "h2");
        auto *h2 = d->add_decisions();
        h2->set_id("h2");
        option(h2, "check-daily", {{"delegation", 2}, {"trust", 1}});
        option(h2, "checkpoints", {{"delegation", 5}, {"trust", 5}});
    }
    {
        auto *d = p.add_drills();
        d->set_id("bar");
        d->set_title("The bar");
        d->add_measures("standards");
        d->set_start("b1");
        auto *b1 = d->add_decisions();
        b1->set_id("b1");
        option(b1, "own-bar", {{"standards", 1}});
        option(b1, "role-bar", {{"standards", 5}});
    }

    // The readiness assessment: two forms of two drills each, in no track.
    for (const auto &[prefix, form] : {std::pair{"assess-a-", pb::ASSESSMENT_FORM_A},
                                       std::pair{"assess-b-", pb::ASSESSMENT_FORM_B}}) {
        auto *one = p.add_drills();
        one->set_id(std::string(prefix) + "one");
        one->set_title(std::string("The first situation of form ") + (form == pb::ASSESSMENT_FORM_A ? "A" : "B"));
        one->set_assessment_form(form);
        one->add_measures("delegation");
        one->add_measures("trust");
        one->set_start("x1");
        one->set_setting("An unseen situation");
        auto *x1 = one->add_decisions();
        x1->set_id("x1");
        x1->set_prompt("What first?");
        option(x1, "p", {{"delegation", 1}, {"trust", 2}}, "x2");
        option(x1, "q", {{"delegation", 5}, {"trust", 4}}, "x2");
        auto *x2 = one->add_decisions();
        x2->set_id("x2");
        x2->set_prompt("And then?");
        option(x2, "r", {{"delegation", 2}, {"trust", 1}});
        option(x2, "s", {{"delegation", 5}, {"trust", 5}});

        auto *two = p.add_drills();
        two->set_id(std::string(prefix) + "two");
        two->set_title(std::string("The second situation of form ") + (form == pb::ASSESSMENT_FORM_A ? "A" : "B"));
        two->set_assessment_form(form);
        two->add_measures("standards");
        two->set_start("y1");
        two->set_setting("Another unseen situation");
        auto *y1 = two->add_decisions();
        y1->set_id("y1");
        y1->set_prompt("Which bar?");
        option(y1, "u", {{"standards", 1}});
        option(y1, "v", {{"standards", 5}});
    }

    {
        auto *t = p.add_tracks();
        t->set_id("ready-to-lead");
        t->set_title("Ready to lead");
        t->set_summary("Practise before the promotion.");
        t->add_items()->set_lesson("l1");
        t->add_items()->set_drill("handover");
        t->add_items()->set_lesson("l2");
        t->add_items()->set_drill("bar");
        reflection(t, "r1", "What would you *miss*? Think it over.");
        // After the last item: a reflection and the role the learner measures against.
        auto *closing = t->mutable_closing_step();
        closing->set_title("Looking back");
        closing->set_text("Before you decide, look at **the role**.");
        closing->set_show_role(true);
        closing->mutable_reflection()->set_id("r-closing");
        closing->mutable_reflection()->set_prompt("**Where are you ready?** Be honest.");
    }
    {
        auto *t = p.add_tracks();
        t->set_id("is-it-for-me");
        t->set_title("Is it for me?");
        t->set_summary("Decide whether management fits.");
        reflection(t, "c1", "Think of a good day. **what draws you?** Be concrete.", "Name one moment.");
        outcome(t, "ready-to-try", "I want to try leading", "**Good luck.**");
        t->mutable_outcomes(0)->set_continue_track("ready-to-lead");
        outcome(t, "not-yet", "Not yet", "**Not yet is a real answer.**");
        auto *tryFirst = t->mutable_outcomes(1)->add_next()->mutable_reflection();
        tryFirst->set_id("try-first");
        tryFirst->set_prompt("**Which small piece of the role will you try first?**");
        t->mutable_outcomes(1)->set_continue_track("ready-to-lead");
        outcome(t, "stay-ic", "I'd rather stay IC", "**A legitimate choice.**");
        // The senior-IC path: a lesson and a drill (which "Ready to lead" lists too).
        t->mutable_outcomes(2)->add_next()->set_lesson("l2");
        t->mutable_outcomes(2)->add_next()->set_drill("handover");
    }
    {
        auto *t = p.add_tracks();
        t->set_id("back-to-ic");
        t->set_title("Back to IC");
        t->set_summary("A private track.");
        t->set_is_private(true);
        reflection(t, "b1", "**Why are you moving back?**");
        reflection(t, "b2", "**What will you keep?**");
        outcome(t, "settled", "I'm at peace with the move", "Welcome back.");
        outcome(t, "still-processing", "I'm still working through it", "That's normal.");
    }

    {
        auto *r = p.add_roles();
        r->set_id("em");
        r->set_title("Engineering manager");
        r->set_summary("Leads a team.");
        (*r->mutable_weights())["delegation"] = 3;
        (*r->mutable_weights())["standards"] = 1;
        (*r->mutable_weights())["trust"] = 2;
    }
    {
        auto *r = p.add_roles();
        r->set_id("ops");
        r->set_title("Operations lead");
        (*r->mutable_weights())["standards"] = 2;
        (*r->mutable_weights())["trust"] = 1;
    }
    return p;
}

LearnerFixture::LearnerFixture() : pack(makeViewModelPack()), clock(startMs())
{
    auto opened = learner::LearnerStore::open(dir.filePath(QStringLiteral("learner.sqlite")));
    Q_ASSERT(opened.store);
    store = std::move(opened.store);
    data = std::make_unique<LearnerData>(*store, pack, clock, QStringLiteral("ready-to-lead"));
}

LearnerFixture::~LearnerFixture()
{
    data.reset();
    store.reset();
}

bool LearnerFixture::playHandover(const QString &first, const QString &second, int confidence)
{
    const QString attempt = learner::Recorder::newAttemptId();
    clock.advance(60 * 1000);
    if (!data->recordDecision(attempt, QStringLiteral("handover"), QStringLiteral("h1"), first, confidence).ok)
        return false;
    clock.advance(60 * 1000);
    return data->recordDecision(attempt, QStringLiteral("handover"), QStringLiteral("h2"), second, confidence).ok;
}

bool LearnerFixture::playBar(const QString &option, int confidence)
{
    clock.advance(60 * 1000);
    return data->recordDecision(learner::Recorder::newAttemptId(), QStringLiteral("bar"),
                                   QStringLiteral("b1"), option, confidence).ok;
}

} // namespace groundwork::core::testing
