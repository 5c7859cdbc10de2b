#!/usr/bin/env bash
# Installs the system programs `npm test` runs for real, on Debian 12 (the tested host) or Ubuntu. Needs root.
#
#   bash, gawk              `bash -n` of generated local.conf files; DevStack's merge in the DevStack double
#   git, sudo, passwd       the DevStack double: its file:// git base and the throwaway stack user it runs as
#   util-linux, procps      setpriv and runuser (running as that user); ps and pkill
#   iproute2, iptables      the network-namespace tests (ip, ss; the NAT rule goes into a test namespace)
#   python3, python3-yaml   the sandbox's Python helpers, the kubectl double and the data-plane code
#   curl, netcat-openbsd    the connectivity probe script, run by /bin/sh against local servers
#   chromium                the demo preview's browser test: playwright-core drives /usr/bin/chromium and never
#                           downloads a browser (KDF_CHROMIUM names another Chromium-based browser)
#
# The sandbox cloud's OpenStack packages are a separate, larger install (scripts/install-sandbox-packages.sh), needed
# only by `kdf sandbox up`, the demo and the e2e suites.
#
# Usage: scripts/install-test-packages.sh        (idempotent: a second run only checks)
set -euo pipefail

PACKAGES=(
  bash gawk git sudo passwd util-linux procps iproute2 iptables
  python3 python3-yaml curl netcat-openbsd chromium
)

log() { printf '[install-test-packages] %s\n' "$*" >&2; }

if [ "$(id -u)" -ne 0 ]; then
  log "must run as root (it installs distribution packages)"
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  log "needs a Debian or Ubuntu host (apt-get not found); install these yourself: ${PACKAGES[*]}"
  exit 1
fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${db:Status-Status}\n' "$p" 2>/dev/null | grep -qx installed || missing+=("$p")
done
if [ "${#missing[@]}" -eq 0 ]; then
  log "everything is installed"
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
APT=(apt-get -o DPkg::Lock::Timeout=900 -o Acquire::Retries=3)
log "apt-get update"
"${APT[@]}" update -qq
log "installing ${#missing[@]} packages: ${missing[*]}"
# with recommends, as .ci/run always did: Chromium's fonts are recommends
"${APT[@]}" install -y -qq "${missing[@]}" >/dev/null
log "done"
