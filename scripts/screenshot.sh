#!/usr/bin/env bash
# Starts the app under Xvfb, waits, and saves a screenshot of the screen.
# Usage: scripts/screenshot.sh OUTPUT.png [seconds] [app arguments...]
set -euo pipefail
out=$1; wait_s=${2:-6}; shift 2 || shift $#
app=${BPH_APP:-build/dev/app/backpainhub}
export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---no-sandbox}"
xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
  '$app' $* &
  pid=\$!
  sleep $wait_s
  import -window root '$out'
  kill \$pid
  wait \$pid 2>/dev/null || true"
