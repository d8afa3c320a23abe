#!/usr/bin/env bash
# Runs every test: unit, component tests on a real Kafka broker and PostgreSQL, end-to-end on the four packaged
# services. Needs a JDK 17. The PDF report embeds a Chinese font from Debian's fonts-wqy-microhei; when the
# font is missing and this runs as root with apt-get (CI, a fresh container), it is installed first.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "Installing the CJK font for PDF reports (fonts-wqy-microhei) ..."
  (apt-get install -y -q fonts-wqy-microhei >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q fonts-wqy-microhei >/dev/null; })
fi

exec ./mvnw -B verify "$@"
