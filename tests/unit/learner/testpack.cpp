#include "testpack.h"

#include <initializer_list>
#include <string>
#include <utility>

namespace groundwork::core::learner::testing {

namespace {

using Keys = std::initializer_list<std::pair<const char *, unsigned>>;

void addOption(pb::Decision *d, const char *id, Keys keys, const char *next = "")
{
    auto *o = d->add_options();
    o->set_id(id);
    o->set_text(std::string("option ") + id);
    for (const auto &[dim, value] : keys)
        (*o->mutable_key())[dim] = value;
    o->set_next(next);
}

pb::Drill *addDrill(pb::ContentPack &p, const char *id, std::initializer_list<const char *> measures)
{
    auto *d = p.add_drills();
    d->set_id(id);
    d->set_title(std::string("drill ") + id);
    for (const char *m : measures)
        d->add_measures(m);
    return d;
}

} // namespace

std::shared_ptr<const ContentPack> makeTestPack(const QString &contentVersion)
{
    pb::ContentPack p;
    p.set_format_version(kContentFormatVersion);
    p.set_content_version(contentVersion.toStdString());
    p.set_title("learner test pack");

    for (const char *dim : {"delegation", "standards", "trust", "focus"}) {
        auto *d = p.add_dimensions();
        d->set_id(dim);
        d->set_name(std::string("Dimension ") + dim);
    }

    for (const char *id : {"l1", "l2", "l3", "lp"}) {
        auto *l = p.add_lessons();
        l->set_id(id);
        l->set_title(std::string("Lesson ") + id);
        if (std::string(id) == "l1")
            l->set_try_it("Ask one question before any status update.");
        auto *c = l->mutable_check();
        c->set_question("?");
        c->add_options()->set_text("wrong");
        auto *right = c->add_options();
        right->set_text("right");
        right->set_correct(true);
    }

    {
        auto *d = addDrill(p, "handover", {"delegation", "trust"});
        d->set_start("h1");
        auto *h1 = d->add_decisions();
        h1->set_id("h1");
        addOption(h1, "do-it", {{"delegation", 1}, {"trust", 2}}, "h2");
        addOption(h1, "pair", {{"delegation", 4}, {"trust", 4}}, "h2");
        addOption(h1, "hand", {{"delegation", 5}, {"trust", 3}}, "h2");
        auto *h2 = d->add_decisions();
        h2->set_id("h2");
        addOption(h2, "check-daily", {{"delegation", 2}, {"trust", 1}});
        addOption(h2, "agree-checkpoints", {{"delegation", 5}, {"trust", 5}});
    }
    {
        auto *d = addDrill(p, "bar", {"standards"});
        d->set_start("b1");
        auto *b1 = d->add_decisions();
        b1->set_id("b1");
        addOption(b1, "own-bar", {{"standards", 1}});
        addOption(b1, "role-bar", {{"standards", 5}});
        addOption(b1, "no-bar", {{"standards", 2}});
    }
    {
        auto *d = addDrill(p, "flat", {"trust", "focus"});
        d->set_start("f1");
        auto *f1 = d->add_decisions();
        f1->set_id("f1");
        addOption(f1, "x", {{"trust", 3}, {"focus", 1}});
        addOption(f1, "y", {{"trust", 3}, {"focus", 5}});
    }
    {
        auto *d = addDrill(p, "priorities", {"focus"});
        d->set_start("p1");
        auto *p1 = d->add_decisions();
        p1->set_id("p1");
        addOption(p1, "all", {{"focus", 1}});
        addOption(p1, "cut", {{"focus", 5}});
    }

    {
        auto *t = p.add_tracks();
        t->set_id("ready");
        t->set_title("Ready to lead");
        t->add_items()->set_lesson("l1");
        t->add_items()->set_drill("handover");
        t->add_items()->set_lesson("l2");
        t->add_items()->set_drill("bar");
        t->add_items()->set_lesson("l3");
        auto *r = t->add_items()->mutable_reflection();
        r->set_id("r1");
        r->set_prompt("What would you miss?");
    }
    {
        auto *t = p.add_tracks();
        t->set_id("back");
        t->set_title("Back to IC");
        t->set_is_private(true);
        t->add_items()->set_lesson("lp"); // listed by no public track
        t->add_items()->set_lesson("l3"); // also in "ready"
        auto *r = t->add_items()->mutable_reflection();
        r->set_id("b1");
        r->set_prompt("What did you learn?");
    }
    {
        auto *t = p.add_tracks();
        t->set_id("choice");
        t->set_title("Is it for me?");
        auto *r = t->add_items()->mutable_reflection();
        r->set_id("c1");
        r->set_prompt("What draws you?");
    }

    {
        auto *r = p.add_roles();
        r->set_id("em");
        r->set_title("Engineering manager");
        (*r->mutable_weights())["delegation"] = 3;
        (*r->mutable_weights())["standards"] = 1;
        (*r->mutable_weights())["trust"] = 2;
        (*r->mutable_weights())["focus"] = 1;
    }

    std::string bytes;
    p.SerializeToString(&bytes);
    auto loaded = ContentPack::fromBytes(QByteArray::fromStdString(bytes));
    Q_ASSERT(loaded.pack);
    return loaded.pack;
}

std::shared_ptr<const ContentPack> makeAssessmentTestPack()
{
    pb::ContentPack p = makeTestPack()->wholePack();
    for (const auto &[prefix, form] : {std::pair{"assess-a-", pb::ASSESSMENT_FORM_A},
                                       std::pair{"assess-b-", pb::ASSESSMENT_FORM_B}}) {
        auto *one = addDrill(p, (std::string(prefix) + "one").c_str(), {"delegation", "trust"});
        one->set_assessment_form(form);
        one->set_start("x1");
        auto *x1 = one->add_decisions();
        x1->set_id("x1");
        addOption(x1, "p", {{"delegation", 1}, {"trust", 2}}, "x2");
        addOption(x1, "q", {{"delegation", 5}, {"trust", 4}}, "x2");
        auto *x2 = one->add_decisions();
        x2->set_id("x2");
        addOption(x2, "r", {{"delegation", 2}, {"trust", 1}});
        addOption(x2, "s", {{"delegation", 5}, {"trust", 5}});

        auto *two = addDrill(p, (std::string(prefix) + "two").c_str(), {"standards", "focus"});
        two->set_assessment_form(form);
        two->set_start("y1");
        auto *y1 = two->add_decisions();
        y1->set_id("y1");
        addOption(y1, "u", {{"standards", 1}, {"focus", 5}});
        addOption(y1, "v", {{"standards", 5}, {"focus", 1}});
    }
    std::string bytes;
    p.SerializeToString(&bytes);
    auto loaded = ContentPack::fromBytes(QByteArray::fromStdString(bytes));
    Q_ASSERT(loaded.pack);
    return loaded.pack;
}

} // namespace groundwork::core::learner::testing
