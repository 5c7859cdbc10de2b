#!/usr/bin/env bash
# Installs what the sandbox cloud (`kdf sandbox up`) runs on: the OpenStack Python packages of the distribution,
# MariaDB, RabbitMQ and the tools the sandbox drives. Debian 12 (bookworm, OpenStack Zed) is the tested host;
# Ubuntu carries the same package names. Needs root, like DevStack itself.
#
# Only the python3-* library packages are installed, never the service packages (keystone, neutron-server, …):
# those would ask debconf questions, configure databases in their postinst and start system services. The sandbox
# starts every daemon itself, inside its own network namespace. The service packages' paste .ini files (the one
# thing the libraries lack) are unpacked from the *-common .debs into $KDF_SANDBOX_SHARE without installing them.
#
# Usage: scripts/install-sandbox-packages.sh        (idempotent: a second run only checks)
set -euo pipefail

SHARE=${KDF_SANDBOX_SHARE:-/usr/local/share/kdf-sandbox}
# git, sudo, gawk and passwd: the DevStack double and its stack user (npm run demo, the setup-devstack e2e tests)
PACKAGES=(
  python3-keystone python3-neutron python3-nova python3-glance python3-placement python3-octavia
  python3-openstackclient python3-neutronclient python3-octaviaclient python3-openstacksdk python3-pymysql
  mariadb-server mariadb-client rabbitmq-server
  iproute2 openssl procps eatmydata git sudo gawk passwd
  openssh-server openssh-client iptables nftables util-linux curl iputils-ping netcat-openbsd busybox
)
# package → the paste files the sandbox needs from it
PASTE_FILES=(
  neutron-common:usr/share/neutron-common/api-paste.ini
  nova-common:usr/share/nova-common/api-paste.ini
  glance-common:usr/share/glance-common/glance-api-paste.ini
)

log() { printf '[install-sandbox-packages] %s\n' "$*" >&2; }

if [ "$(id -u)" -ne 0 ]; then
  log "must run as root (it installs distribution packages)"
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  log "needs a Debian or Ubuntu host (apt-get not found)"
  exit 1
fi

missing_packages() {
  local p
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${db:Status-Status}\n' "$p" 2>/dev/null | grep -qx installed || echo "$p"
  done
}
missing_paste() {
  local entry
  for entry in "${PASTE_FILES[@]}"; do
    [ -s "$SHARE/paste/${entry#*:}" ] || echo "${entry%%:*}"
  done
}

export DEBIAN_FRONTEND=noninteractive
mapfile -t todo < <(missing_packages)
mapfile -t paste_todo < <(missing_paste)
if [ "${#todo[@]}" -eq 0 ] && [ "${#paste_todo[@]}" -eq 0 ]; then
  log "everything is installed"
  exit 0
fi

APT=(apt-get -o DPkg::Lock::Timeout=900 -o Acquire::Retries=3)
log "apt-get update"
"${APT[@]}" update -qq

if [ "${#todo[@]}" -gt 0 ]; then
  # Service start-up during install is refused (exit 101) so that no system MariaDB/RabbitMQ starts listening in
  # the root namespace of a systemd host. An existing policy is left as it is.
  policy=/usr/sbin/policy-rc.d
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy"
    chmod 755 "$policy"
    trap 'rm -f "$policy"' EXIT
  fi
  # dpkg speed-ups: no man-db index rebuild, no fsync (eatmydata).
  echo 'man-db man-db/auto-update boolean false' | debconf-set-selections
  "${APT[@]}" install -y -qq --no-install-recommends eatmydata >/dev/null # also preloaded into MariaDB
  log "installing ${#todo[@]} packages: ${todo[*]}"
  started=$(date +%s)
  eatmydata "${APT[@]}" install -y -qq --no-install-recommends "${todo[@]}" >/dev/null
  log "installed in $(($(date +%s) - started)) s"
fi

if [ "${#paste_todo[@]}" -gt 0 ]; then
  work=$(mktemp -d)
  # apt-get download would drop privileges to _apt, which cannot write into root's temporary directory
  (cd "$work" && "${APT[@]}" -o APT::Sandbox::User=root download -qq "${paste_todo[@]}")
  for deb in "$work"/*.deb; do dpkg-deb -x "$deb" "$work/root"; done
  for entry in "${PASTE_FILES[@]}"; do
    file=${entry#*:}
    [ -s "$work/root/$file" ] || continue
    install -D -m 0644 "$work/root/$file" "$SHARE/paste/$file"
  done
  rm -rf "$work"
  mapfile -t paste_todo < <(missing_paste)
  if [ "${#paste_todo[@]}" -gt 0 ]; then
    log "paste files missing after download from: ${paste_todo[*]}"
    exit 1
  fi
  log "paste files in $SHARE/paste"
fi
log "done"
