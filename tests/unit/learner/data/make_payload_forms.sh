#!/usr/bin/env bash
# Writes payload_forms.txt: the same samples encoded by the payload encoder of each commit that
# introduced a stored form (see the form history in core/learner/payloaddecode.cpp). Each form
# is built from that commit's own core/learner/event.{h,cpp}, so the bytes are what the app
# wrote then. Run from anywhere in the repository; needs g++ and Qt 6 Core headers. When a new
# form is added, add its commit below and re-run: the earlier lines must not change.
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"
out=tests/unit/learner/data/payload_forms.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/gen.cpp" <<'CPP'
#include "learner/event.h"
#include <cstdio>
using namespace groundwork::core::learner;
static void out(const char *kind, const QByteArray &b) { std::printf("%s %s\n", kind, b.toHex().constData()); }
int main()
{
    out("lesson", encodePayload(LessonPayload{QStringLiteral("ready-to-lead"), QStringLiteral("l1")}));
    QuickCheckPayload q; q.lessonId = QStringLiteral("l1"); q.optionIndex = 2; q.correct = true;
#ifdef HAS_SHOWN
    q.shownPosition = 1;
#endif
    out("quickcheck", encodePayload(q));
    QuickCheckPayload q0; q0.lessonId = QStringLiteral("l2"); q0.optionIndex = 0; q0.correct = false;
    out("quickcheck-wrong", encodePayload(q0));
    DecisionPayload d; d.attemptId = QStringLiteral("0b9f3c52-8a41-4d0e-9b7a-2c5e6f1d3a87");
    d.drillId = QStringLiteral("the-missed-deadline"); d.decisionId = QStringLiteral("open");
    d.optionId = QStringLiteral("ask-what-happened"); d.confidencePercent = 80; d.best = true;
    d.scores = {{QStringLiteral("delegation"), 1.0}, {QStringLiteral("coaching"), 2.0 / 3},
                {QStringLiteral("trust"), 0.1}, {QStringLiteral("calm"), 0.5}};
#ifdef HAS_SHOWN
    d.shownPosition = 2;
#endif
    out("decision", encodePayload(d));
    DecisionPayload u; u.attemptId = QStringLiteral("a"); u.drillId = QStringLiteral("drift");
    u.decisionId = QStringLiteral("h1"); u.optionId = QStringLiteral("hand");
    out("decision-unrated", encodePayload(u));
    out("reflection", encodePayload(ReflectionPayload{QStringLiteral("back-to-ic"), QStringLiteral("why"),
                                                      QStringLiteral("Ünï, on two lines\nand more")}));
    out("reflection-empty", encodePayload(ReflectionPayload{QStringLiteral("is-it-for-me"), QStringLiteral("outcome"), QString()}));
    GoalPayload g; g.sessionsPerWeek = 3; g.restDays = {6, 7};
    out("goal", encodePayload(g));
    out("goal-default", encodePayload(GoalPayload{}));
}
CPP
form() { # name commit [defines...]
  local name=$1 commit=$2 dir="$tmp/$1"
  shift 2
  mkdir -p "$dir/learner"
  git show "$commit:core/learner/event.h" >"$dir/learner/event.h"
  git show "$commit:core/learner/event.cpp" >"$dir/event.cpp"
  local extra=()
  if git show "$commit:core/learner/uuidtext.cpp" >"$dir/uuidtext.cpp" 2>/dev/null; then
    git show "$commit:core/learner/uuidtext.h" >"$dir/learner/uuidtext.h"
    extra=("$dir/uuidtext.cpp")
  fi
  g++ -std=c++20 -fPIC "$@" -I"$dir" $(pkg-config --cflags Qt6Core) "$tmp/gen.cpp" "$dir/event.cpp" \
    "${extra[@]}" $(pkg-config --libs Qt6Core) -o "$dir/gen"
  "$dir/gen" | sed "s/^/$name /"
}
{
  sed -n '/^#/p' "$out"
  form 1 cf08157
  form 2 91adc1e
  form 3 ff3d54f
  form 3s 5063576 -DHAS_SHOWN
} >"$tmp/forms.txt"
mv "$tmp/forms.txt" "$out"
