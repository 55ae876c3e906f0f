#!/usr/bin/env bash
# Checks the syntax of the platform recipes that cannot be built on this machine, each with the
# tool for its format, and prints one line per file:
#   XML (Android manifest, Windows app manifest, iOS storyboard)  xmllint
#   property lists (macOS, iOS Info.plist)                        xmllint + Python's plistlib
#   the Windows resource file                                     windres (MinGW), after configuring
#   JSON (CMakePresets.json, vcpkg.json, the asset catalogue)     Python's json
#   YAML (the GitHub workflows, the Flatpak manifest)             Python's yaml
#   the Flatpak manifest                                          flatpak-builder --show-manifest
#   the presets, all of them (host conditions lifted)            cmake --list-presets
#   the CMake files of the other systems                         cmake -P with stand-ins
# Exits non-zero when any check fails. Tools: bash scripts/platform-tools.sh installs them.
set -uo pipefail
cd "$(dirname "$0")/.."
failed=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
check() { # check <file> <command...>
  local file=$1 output
  shift
  if output=$("$@" 2>&1); then
    echo "ok    $file"
  else
    echo "FAIL  $file"
    echo "$output" | sed 's/^/      /'
    failed=1
  fi
}

for f in platforms/android/package/AndroidManifest.xml platforms/windows/groundwork.manifest \
  platforms/ios/LaunchScreen.storyboard; do
  check "$f" xmllint --noout "$f"
done
for f in platforms/macos/Info.plist.in platforms/ios/Info.plist.in; do
  check "$f" sh -c "xmllint --noout '$f' && python3 -c 'import plistlib,sys; plistlib.load(open(sys.argv[1],\"rb\"))' '$f'"
done

# The .rc as CMake configures it (@...@ values), compiled by MinGW's resource compiler.
sed -e "s|@GROUNDWORK_WINDOWS_DIR@|$PWD/platforms/windows|g" -e 's/@PROJECT_VERSION_MAJOR@/0/g' \
  -e 's/@PROJECT_VERSION_MINOR@/1/g' -e 's/@PROJECT_VERSION_PATCH@/0/g' -e 's/@PROJECT_VERSION@/0.1.0/g' \
  platforms/windows/groundwork.rc.in >"$work/groundwork.rc"
check platforms/windows/groundwork.rc.in x86_64-w64-mingw32-windres --preprocessor=cpp \
  --preprocessor-arg=-DRC_INVOKED --preprocessor-arg=-D_WIN32 --preprocessor-arg=-D_WIN64 -I/usr/share/mingw-w64/include "$work/groundwork.rc" -O coff \
  -o "$work/groundwork.res"

for f in CMakePresets.json vcpkg.json platforms/ios/Assets.xcassets/Contents.json \
  platforms/ios/Assets.xcassets/AppIcon.appiconset/Contents.json; do
  check "$f" python3 -m json.tool "$f"
done
for f in .github/workflows/*.yml platforms/linux/flatpak/org.groundwork.Groundwork.yml; do
  check "$f" python3 -c 'import yaml,sys; d=yaml.safe_load(open(sys.argv[1])); assert isinstance(d, dict)' "$f"
done
check "platforms/linux/flatpak (flatpak-builder)" sh -c \
  "cd '$work' && flatpak-builder --show-manifest '$PWD/platforms/linux/flatpak/org.groundwork.Groundwork.yml' >/dev/null"

# The CMake files only the other systems' toolchains read.
check "platforms/{android,ios,macos,windows}/*.cmake (cmake -P)" cmake -DSOURCE_DIR="$PWD" \
  -DWORK_DIR="$work" -P scripts/checks/cmake-recipes.cmake

# Every preset, including those whose condition hides them on Linux (ios, macos, windows).
mkdir -p "$work/presets"
python3 - "$work/presets/CMakePresets.json" <<'PY'
import json, sys
presets = json.load(open("CMakePresets.json"))
for kind in ("configurePresets", "buildPresets", "testPresets"):
    for preset in presets.get(kind, []):
        preset.pop("condition", None)
json.dump(presets, open(sys.argv[1], "w"))
PY
check "CMakePresets.json (cmake --list-presets=all)" sh -c \
  "cd '$work/presets' && cmake --list-presets=all | grep -q '\"windows\"' && cmake --list-presets=all | grep -q '\"ios\"'"

if ((failed)); then
  echo "check-platforms: some recipes failed their syntax check (above)" >&2
  exit 1
fi
echo "check-platforms: every recipe passed its syntax check"
