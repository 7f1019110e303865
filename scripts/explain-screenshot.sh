#!/usr/bin/env bash
# Renders `quotekit explain --html` for one article and screenshots the page in headless Chromium, as it loads
# and with one quote's decision pinned open (what a reader sees on hover), to check that the page reads well.
# Needs Debian's chromium (apt-get install -y chromium); not used by the unit tests.
#
#   scripts/explain-screenshot.sh [ARTICLE] [OUTDIR] [QUOTE]
#
# ARTICLE defaults to the seed article, OUTDIR to a new temporary folder, QUOTE (the number pinned open) to 3; pick one in the first screenful.
set -euo pipefail
cd "$(dirname "$0")/.."
article=${1:-seeds/putin-xi-military-cooperation.txt}
out=${2:-$(mktemp -d)}
quote=${3:-3}
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "explain-screenshot: needs Chromium (Debian: apt-get update && apt-get install -y chromium)" >&2
  exit 1
fi

mkdir -p "$out"
dotnet build src/QuoteKit.Cli -c Release -nologo -v quiet >/dev/null
dotnet src/QuoteKit.Cli/bin/Release/net10.0/QuoteKit.Cli.dll explain "$article" --html "$out/explain.html"
page="file://$(realpath "$out/explain.html")"

shoot() { # shoot PNG URL
  local profile
  profile=$(mktemp -d)
  "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$profile" \
    --screenshot="$1" --window-size=1200,1600 "$2" >/dev/null 2>&1
  rm -rf "$profile"
  [ -s "$1" ] || { echo "explain-screenshot: no screenshot written to $1" >&2; exit 1; }
}

shoot "$out/explain.png" "$page"
shoot "$out/explain-hover.png" "$page#show-$quote"
echo "explain-screenshot: $out/explain.html, $out/explain.png, $out/explain-hover.png"
