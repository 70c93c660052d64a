#!/usr/bin/env bash
# Renders every sample family's parent summary, for every adult in it, in headless Chromium:
# to an A4 PDF and to a PNG of the first page. Fails if Chromium fails, if a page tries to load
# anything, if a PDF or PNG comes out empty, or if any printed page lacks its private mark
# ("Private: for <reader>") or its number ("Page 2 of 7"). The files are left in
# .build/summaries to look at.
#
#   swift build && Tests/render/render-summaries.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cj=${CJ:-"$root/.build/debug/cj"}
out=${OUT:-"$root/.build/summaries"}
store="$root/fixtures/store"
as_of=2026-11-23
chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$chromium" ]; then
  echo "Chromium is not installed: apt-get install chromium" >&2
  exit 1
fi
if ! command -v pdftotext >/dev/null 2>&1; then
  echo "pdftotext is not installed: apt-get install poppler-utils" >&2
  exit 1
fi
rm -rf "$out"
mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# Headless, offline, and quiet about the missing desktop services of a server.
flags=(--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --no-default-browser-check
       --disable-background-networking --disable-component-update --disable-extensions --disable-sync
       --user-data-dir="$profile" --no-pdf-header-footer --hide-scrollbars --force-device-scale-factor=1)

rendered=0
failed=0
for file in "$store"/*.json; do
  case_id=$(basename "$file" .json)
  readers=$(python3 -c 'import json,sys; print(" ".join(p["id"] for p in json.load(open(sys.argv[1]))["people"] if p["role"] != "child" and "withdrawal" not in p))' "$file")
  for reader in $readers; do
    name="$case_id-$reader"
    "$cj" plan summary "$case_id" --for "$reader" --store "$store" --as-of "$as_of" --format html > "$out/$name.html"
    log="$out/$name.log"
    if ! "$chromium" "${flags[@]}" --print-to-pdf="$out/$name.pdf" "file://$out/$name.html" > "$log" 2>&1 \
       || ! "$chromium" "${flags[@]}" --window-size=794,1123 --screenshot="$out/$name.png" "file://$out/$name.html" >> "$log" 2>&1; then
      echo "FAILED: Chromium could not render $name (see $log)" >&2
      failed=$((failed + 1))
      continue
    fi
    if grep -Eq "net::ERR|Failed to load|Uncaught|Refused to" "$log"; then
      echo "FAILED: $name tried to load something or raised an error:" >&2
      grep -E "net::ERR|Failed to load|Uncaught|Refused to" "$log" >&2
      failed=$((failed + 1))
    fi
    if [ "$(head -c 4 "$out/$name.pdf" 2>/dev/null)" != "%PDF" ] || [ "$(stat -c %s "$out/$name.pdf")" -lt 10000 ]; then
      echo "FAILED: $name.pdf is missing or empty" >&2
      failed=$((failed + 1))
    fi
    if [ ! -s "$out/$name.png" ] || [ "$(stat -c %s "$out/$name.png")" -lt 10000 ]; then
      echo "FAILED: $name.png is missing or empty" >&2
      failed=$((failed + 1))
    fi
    # Every printed page names its reader and its number (pdftotext, from poppler-utils).
    pages=$(pdfinfo "$out/$name.pdf" | awk '/^Pages:/ { print $2 }')
    for page in $(seq 1 "$pages"); do
      text=$(pdftotext -f "$page" -l "$page" -layout "$out/$name.pdf" -)
      if ! grep -q "Private: for " <<< "$text" || ! grep -q "Page $page of $pages" <<< "$text"; then
        echo "FAILED: page $page of $name.pdf lacks the private mark or its page number" >&2
        failed=$((failed + 1))
      fi
    done
    rendered=$((rendered + 1))
  done
done
echo "Rendered $rendered summaries to PDF and PNG in $out"
echo "Summaries that failed to render: $failed"
[ "$failed" -eq 0 ]
