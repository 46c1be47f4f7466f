#!/usr/bin/env bash
# Install the Debian packages listed in scripts/servers.txt that are missing, then stop the services Debian starts
# on install (the tests run their own copies on free ports). Needs root (or sudo) and apt-get.
#   scripts/install-servers.sh           install what is missing
#   scripts/install-servers.sh --check   print the missing packages, install nothing (exit 0)
set -euo pipefail
list="${SHIPLINE_SERVERS_LIST:-$(dirname "$0")/servers.txt}"  # the override is for its own test
missing=()
services=()
while read -r pkg probe service _; do
  case "$pkg" in '' | '#'*) continue ;; esac
  if [[ "$probe" == /* ]]; then [ -e "$probe" ] && continue; else command -v "$probe" >/dev/null 2>&1 && continue; fi
  missing+=("$pkg")
  [ -n "${service:-}" ] && services+=("$service")
done <"$list"
if [ "${1:-}" = --check ]; then
  echo "${missing[*]}"
  exit 0
fi
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "installing the servers the tests need: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 "${missing[@]}" >/dev/null
# Debian starts these as services on install; the tests run their own copies on free ports.
for svc in "${services[@]}"; do (command -v service >/dev/null && "${sudo[@]}" service "$svc" stop >/dev/null 2>&1) || true; done
