#!/usr/bin/env bash
# Install (as root) or name (otherwise) the Debian/Ubuntu packages Claimdesk needs:
# the Qt runtime libraries, fonts (Qt ships none), xvfb, PostgreSQL for the test server,
# poppler-utils for reading PDFs back, venv support for Python, and the freedesktop tools that
# check and install the launcher (desktop-file-validate, appstreamcli, update-mime-database;
# gio from libglib2.0-bin reads a file's type as GNOME does).
set -euo pipefail

packages=(
  python3-venv
  libgl1 libegl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
  libdbus-1-3 libglib2.0-0 libx11-xcb1 libxrender1 libxi6 libsm6 libice6
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0
  fonts-dejavu-core
  xvfb xauth
  postgresql
  poppler-utils
  desktop-file-utils appstream shared-mime-info libglib2.0-bin
)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian/Ubuntu system; install the equivalents of: ${packages[*]}" >&2
  exit 0
fi

installed() {
  # Ubuntu 24.04 renamed some libraries with a t64 suffix; either name will do.
  local name
  for name in "$1" "${1}t64"; do
    if dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q "install ok installed"; then
      return 0
    fi
  done
  return 1
}

missing=()
for package in "${packages[@]}"; do
  installed "$package" || missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  echo "system-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Claimdesk needs these system packages. Install them with:" >&2
  echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
