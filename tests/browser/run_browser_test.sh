#!/bin/sh
# run_browser_test.sh PAGES_EXE OUT_DIR: writes the pages, then checks them in headless Chromium.
# The screenshot of the sample's timeline lands in OUT_DIR/timeline.png.
set -e
here=$(cd "$(dirname "$0")" && pwd)
chromium=${CHROMIUM:-/usr/bin/chromium}
if ! command -v node >/dev/null 2>&1; then echo "skipped: node is not installed (apt-get install nodejs npm)"; exit 0; fi
if [ ! -x "$chromium" ]; then echo "skipped: $chromium is not installed (apt-get install chromium)"; exit 0; fi
if [ ! -d "$here/node_modules/playwright-core" ]; then
  if ! command -v npm >/dev/null 2>&1; then echo "skipped: npm is not installed"; exit 0; fi
  (cd "$here" && npm ci --no-audit --no-fund >/dev/null) || { echo "skipped: npm ci could not install playwright-core"; exit 0; }
fi
"$1" "$2"
CHROMIUM="$chromium" node "$here/timeline.test.mjs" "$2/sample.html" "$2/timeline.png" "$2/random-1000.html" "$2/season-of-days.html"
