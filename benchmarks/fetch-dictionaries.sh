#!/usr/bin/env bash
# Fetches the dictionaries behind the "with a dictionary" figures of docs/ALIGNMENT.md and docs/CHECKS.md
# into target/freedict (no root needed): Debian's dict-freedict-deu-fra, dict-freedict-fra-deu,
# dict-freedict-eng-rus and mueller7-dict (Mueller's English-Russian dictionary, 7th edition), downloaded
# with apt-get download and unpacked with dpkg-deb -x. Their licences (usr/share/doc/*/copyright): deu-fra
# and fra-deu CC-BY-SA-3.0, eng-rus and mueller7 GPL-2+; they are copyleft, so they are never committed to
# this repository.
# Then, after ./mvnw -o -q compile and ./mvnw -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt:
#   d=target/freedict/usr/share/dictd
#   java -cp target/classes:$(cat cp.txt) -Dsverka.shared=../shared org.sverka.eval.AlignmentBenchmark \
#       --dictionary $d/freedict-deu-fra.index --reversed-dictionary $d/freedict-fra-deu.index
#   java -cp target/classes:$(cat cp.txt) -Dsverka.shared=../shared org.sverka.eval.AlignmentBenchmark \
#       --dictionary $d/freedict-eng-rus.index      (or $d/mueller7.index)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="$here/target/freedict"
mkdir -p "$out"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
chmod 755 "$work"  # apt-get download runs as _apt where it can
cd "$work"
apt-get download dict-freedict-deu-fra dict-freedict-fra-deu dict-freedict-eng-rus mueller7-dict
for deb in ./*.deb; do
  dpkg-deb -x "$deb" "$out"
done
ls -l "$out/usr/share/dictd"
