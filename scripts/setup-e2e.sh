#!/usr/bin/env bash
# System packages for the end-to-end suites (Debian): Chromium's headless shell for the panel and
# the bench, LibreOffice to recalculate generated workbooks, xmllint to validate the Excel
# manifest, poppler (pdfinfo, pdftoppm) to count and look at printed pages. Idempotent.
set -euo pipefail
need=()
command -v chromium-headless-shell >/dev/null || need+=(chromium-headless-shell)
command -v soffice >/dev/null || need+=(libreoffice-calc-nogui)
command -v xmllint >/dev/null || need+=(libxml2-utils)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-dejavu-core
fi
