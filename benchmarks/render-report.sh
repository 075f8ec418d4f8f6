#!/usr/bin/env bash
# Renders a findings report in headless Chromium and saves a screenshot, to see that the HTML displays.
#   benchmarks/render-report.sh [REPORT.html] [OUT.png]
# Without a report it makes one: the Palu sample from corpora/ with two errors put into its Russian side
# (a changed number, a misspelt name), imported, aligned and checked in a throw-away database.
# Skips (exit 0, with a message) when chromium is not installed: apt-get install -y chromium
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "render-report: chromium not found, skipped (Debian: apt-get install -y chromium)" >&2
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
report="${1:-}"
out="${2:-$here/target/render-report.png}"
if [ -z "$report" ]; then
  sample="$here/corpora/ntrex-reuters.218865"
  sed 's/384 человека/348 человек/; s/Донггала, района/Дунгала, района/' "$sample/indonesia-earthquakes.ru.txt" > "$work/palu.ru.txt"
  export SVERKA_DB="$work/db/sverka"
  (cd "$work" && "$here/sverka" import --source "$sample/indonesia-earthquakes.en.txt" --target "$work/palu.ru.txt" --name palu >/dev/null 2>&1 \
    && "$here/sverka" align palu >/dev/null 2>&1 && "$here/sverka" check palu 2>/dev/null \
    && "$here/sverka" report palu --output "$work/palu.findings.html")
  report="$work/palu.findings.html"
fi
mkdir -p "$(dirname "$out")"
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/profile" \
  --screenshot="$out" --window-size=1200,900 "file://$(realpath "$report")" >"$work/chromium.log" 2>&1 || {
  cat "$work/chromium.log" >&2; echo "render-report: chromium failed" >&2; exit 1; }
[ -s "$out" ] || { echo "render-report: no screenshot written" >&2; exit 1; }
echo "render-report: $report rendered to $out ($(stat -c %s "$out") bytes)"
