# Part of scripts/install-test.sh (sourced): the installed app, from /usr/bin as a user runs it.
check_app() {
  step "app: version, desktop entry, icons"
  /usr/bin/groundwork --version | tee "$work/version"
  grep -qx "Groundwork [0-9.]*" "$work/version" || fail "groundwork --version"
  desktop-file-validate /usr/share/applications/org.groundwork.Groundwork.desktop ||
    fail "the installed desktop entry"
  for icon in scalable/apps/org.groundwork.Groundwork.svg 48x48/apps/org.groundwork.Groundwork.png \
    256x256/apps/org.groundwork.Groundwork.png; do
    [[ -s /usr/share/icons/hicolor/$icon ]] || fail "no icon $icon"
  done
  appstreamcli validate --no-net /usr/share/metainfo/org.groundwork.Groundwork.metainfo.xml >/dev/null ||
    fail "the installed AppStream metadata"

  step "app: the narration player plugin (loaded on the first listen, not linked)"
  # lib/groundwork, or lib/<multiarch>/groundwork when configured with the /usr prefix
  local plugin
  plugin=$(ls /usr/lib/groundwork/libgroundwork_narration_qtmultimedia.so \
    /usr/lib/*/groundwork/libgroundwork_narration_qtmultimedia.so 2>/dev/null | head -1 || true)
  [[ -n $plugin ]] || fail "no narration player plugin in /usr/lib"
  ldd "$plugin" | grep -q "not found" && fail "the narration plugin's libraries are missing"
  ldd /usr/bin/groundwork | grep -q Multimedia && fail "the app links Qt Multimedia again"

  step "app: first frame, offscreen, with the installed content pack"
  local shot="$work/first-frame.png"
  # A fresh home, so that the run uses no one's data and leaves none behind.
  HOME="$work/home" XDG_RUNTIME_DIR="$work" QT_QPA_PLATFORM=offscreen timeout 60 \
    /usr/bin/groundwork --window-size 360x640 --theme light --screenshot "$shot" \
    >"$work/app.log" 2>&1 || { cat "$work/app.log"; fail "the installed app did not run to its first frame"; }
  [[ "$(head -c 8 "$shot" | od -An -tx1 | tr -d ' \n')" == 89504e470d0a1a0a ]] || fail "no PNG written"
  local size
  size=$(stat -c %s "$shot")
  ((size > 5000)) || fail "the first frame is only $size bytes"
  echo "first frame: $size bytes ($(file -b "$shot"))"
  if [[ -n "${GROUNDWORK_INSTALL_TEST_SHOT:-}" ]]; then cp "$shot" "$GROUNDWORK_INSTALL_TEST_SHOT"; fi
}
