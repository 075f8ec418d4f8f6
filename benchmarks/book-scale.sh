#!/usr/bin/env bash
# Whole-process benchmark at book scale: builds an English and a Russian plain-text "book" of about
# 100,000 sentences per side from the NTREX news documents (repeated; see README), then times
# ./sverka import, align and export (TMX) as a user would run them, each in a fresh JVM, with a fresh
# database. Reports wall time and peak memory (RSS) per step. Needs ../shared/corpora/ntrex-en-ru.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
ntrex="${SVERKA_SHARED:-$here/../shared}/corpora/ntrex-en-ru"
copies="${1:-50}"
if [ ! -d "$ntrex" ]; then
  echo "skipped: $ntrex not found (set SVERKA_SHARED to the folder holding corpora/)"; exit 0
fi
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
for i in $(seq "$copies"); do cat "$ntrex/newstest2019-src.eng.txt"; echo; done > "$work/book.en.txt"
for i in $(seq "$copies"); do cat "$ntrex/newstest2019-ref.rus.txt"; echo; done > "$work/book.ru.txt"
ls -l "$work"/book.*.txt | awk '{print $5, $9}'
(cd "$here" && ./sverka list >/dev/null 2>&1 || true)   # builds the jar if needed, outside the timings
export SVERKA_DB="$work/db/sverka" SVERKA_LOG="$work/sverka.log"
step() {
  local name="$1"; shift
  /usr/bin/time -f "$name: %e s wall, %U s user, %M KB peak RSS" "$here/sverka" "$@" 2>&1 >"$work/$name.out" | grep -v '\.\.\.$' || true
  tail -n 1 "$work/$name.out"
}
step import import --source "$work/book.en.txt" --target "$work/book.ru.txt" --name book
step align align book
step export export book --output "$work/book.tmx"
step show show book --from 50000 --count 1
ls -l "$work/book.tmx" "$work"/db/*.mv.db | awk '{print $5, $9}'
