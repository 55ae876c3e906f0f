#!/usr/bin/env bash
# Refreshes the German translation source qml/i18n/groundwork_de.ts from the code, and the
# English plural forms in qml/i18n/groundwork_en.ts.
#
#   bash scripts/update-translations.sh
#
# Runs lupdate over every folder with user-visible strings (qsTr() in QML, tr() in C++):
# qml/, core/ and sync/client/, as listed in qml/i18n/lupdate-sources.lst together with the
# include paths lupdate needs to resolve each class's namespace (the tr() context). The
# completeness test reads the same list, so add a folder there, not here. New strings arrive as "unfinished"; translate them in the .ts
# (Qt Linguist or any editor) and commit. tests/unit/i18n (tst_translations) fails while any
# string is untranslated. Safe to run as often as you like: with unchanged sources the .ts
# does not change.
#
# -no-obsolete: strings that left the code are dropped rather than kept as "vanished" entries.
#   lupdate still offers an old translation for a reworded string (it merges before it drops),
#   git history keeps every earlier wording, and the file stays a plain list of what the app
#   shows today, which is what the completeness test compares against.
# -locations relative: translators see where a string is used; relative line numbers keep the
#   diff small when code above a string moves.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

lupdate="${LUPDATE:-}"
if [[ -z "$lupdate" ]]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
        if [[ -n "$candidate" && -x "$candidate" ]]; then
            lupdate="$candidate"
            break
        fi
    done
fi
if [[ -z "$lupdate" ]]; then
    echo "update-translations: lupdate not found; install qt6-l10n-tools (bash scripts/deps.sh) or set LUPDATE" >&2
    exit 1
fi

"$lupdate" -silent -locations relative -no-obsolete \
    -extensions qml,js,mjs,cpp,h \
    -source-language en -target-language de \
    @qml/i18n/lupdate-sources.lst \
    -ts qml/i18n/groundwork_de.ts
# English needs only its plural forms: tr("%n decision(s)", "", n) reads "1 decision" and
# "2 decisions" through groundwork_en.ts, which the app always loads under the chosen language.
"$lupdate" -silent -locations relative -no-obsolete -pluralonly \
    -extensions qml,js,mjs,cpp,h \
    -source-language en -target-language en \
    @qml/i18n/lupdate-sources.lst \
    -ts qml/i18n/groundwork_en.ts

# Report what is left to translate.
if command -v python3 >/dev/null; then
    for ts in qml/i18n/groundwork_de.ts qml/i18n/groundwork_en.ts; do
        python3 - "$ts" <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
total = open_ = 0
for m in root.iter('message'):
    total += 1
    t = m.find('translation')
    forms = t.findall('numerusform') if m.get('numerus') == 'yes' else [t]
    if t.get('type') in ('unfinished', 'vanished', 'obsolete') or any(not (f.text or '').strip() for f in forms):
        open_ += 1
print(f"update-translations: {total} messages in {sys.argv[1]}, {open_} still to translate")
PY
    done
fi
