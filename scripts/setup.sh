#!/usr/bin/env bash
# Installs the Debian packages Cliffhanger needs, once: a no-op when they are present.
#   scripts/setup.sh            what `cliff` needs
#   scripts/setup.sh --tests    also what the tests need (Chromium for the browser tests)
set -euo pipefail
# libsqlite3-dev: the project database. ffmpeg: render and loudness. espeak-ng: voices.
# libcairo2-dev, libpango1.0-dev: the procedural artist. fonts-noto-cjk, fonts-dejavu-core:
# subtitles, labels and covers in Chinese and English.
packages=(libsqlite3-dev ffmpeg espeak-ng libcairo2-dev libpango1.0-dev fonts-noto-cjk fonts-dejavu-core fonts-noto-color-emoji)
# chromium: the web studio's browser tests drive it headless (through PyPI playwright);
# strace: a test proves that cliff write opens no network listener; postgresql: the PostgreSQL
# job store is tested on a throwaway cluster (scripts/postgres.sh).
if [[ "${1:-}" == --tests ]]; then packages+=(chromium strace postgresql); fi
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if (( ${#missing[@]} == 0 )); then exit 0; fi
echo "setup: installing ${missing[*]}" >&2
if [[ $(id -u) -ne 0 ]]; then sudo=sudo; else sudo=; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
