#!/usr/bin/env bash
# Runs every test: unit, component tests on a real Kafka broker and PostgreSQL, end-to-end on the four packaged
# services. Needs a JDK 17 and five Debian packages: the PDF report embeds a Chinese font from
# fonts-wqy-microhei, the end-to-end suite opens the public report page in headless Chromium (chromium and
# chromium-driver), and the workbench is built and browser-tested with node and npm (nodejs, npm). When any is
# missing and this runs as root with apt-get (CI, a fresh container), they are installed first with one
# apt-get install.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || missing+=(fonts-wqy-microhei)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "Installing ${missing[*]} (CJK font for PDF reports, headless Chromium for the browser tests, node for the workbench) ..."
  (apt-get install -y -q "${missing[@]}" >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q "${missing[@]}" >/dev/null; })
fi

exec ./mvnw -B verify "$@"
