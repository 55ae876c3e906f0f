#!/usr/bin/env bash
# Renders the app icon for the other platforms from the one SVG (platforms/linux/app), into the
# files their packaging takes. Desktops without rsvg-convert (Windows, macOS) build from these
# committed files, so run this again whenever the SVG changes and commit the results:
#   Android  platforms/android/package/res/mipmap-*/ic_launcher.png   (48 to 192 px)
#   iOS      platforms/ios/Assets.xcassets/AppIcon.appiconset/icon-1024.png (opaque, full bleed)
#   macOS    platforms/macos/Groundwork.icns                          (png2icns, icnsutils)
#   Windows  platforms/windows/groundwork.ico                         (icotool, icoutils)
# Tools: bash scripts/platform-tools.sh installs them.
set -euo pipefail
cd "$(dirname "$0")/.."
svg=platforms/linux/app/org.groundwork.Groundwork.svg
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
render() { rsvg-convert -w "$2" -h "$2" "$1" -o "$3"; }

declare -A android=([mdpi]=48 [hdpi]=72 [xhdpi]=96 [xxhdpi]=144 [xxxhdpi]=192)
for density in "${!android[@]}"; do
  dir=platforms/android/package/res/mipmap-$density
  mkdir -p "$dir"
  render "$svg" "${android[$density]}" "$dir/ic_launcher.png"
done

# iOS draws its own rounded corners and wants no transparency: the tile alone, flattened.
sed 's/viewBox="0 0 128 128"/viewBox="8 8 112 112"/' "$svg" >"$work/tile.svg"
render "$work/tile.svg" 1024 "$work/tile.png"
convert "$work/tile.png" -background '#1d4b42' -alpha remove -alpha off \
  platforms/ios/Assets.xcassets/AppIcon.appiconset/icon-1024.png

for size in 16 32 48 128 256 512; do render "$svg" $size "$work/mac-$size.png"; done
png2icns platforms/macos/Groundwork.icns "$work"/mac-{16,32,48,128,256,512}.png >/dev/null

for size in 16 24 32 48 64 128 256; do render "$svg" $size "$work/win-$size.png"; done
icotool -c -o platforms/windows/groundwork.ico "$work"/win-{16,24,32,48,64,128,256}.png
echo "platform-icons: rendered the Android, iOS, macOS and Windows icons from $svg"
