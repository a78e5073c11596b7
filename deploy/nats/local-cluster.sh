#!/usr/bin/env bash
# The studio's three-node JetStream cluster on this machine, from node-a/b/c.conf and accounts.conf rewritten
# for loopback: no TLS (plain nats:// is for loopback only), each node on its own ports, its store and pid
# file under DIR. For trying the production configs (docs/deployment.md, "Try it on one machine"), never
# for production.
#
#   deploy/nats/local-cluster.sh start DIR   write DIR/node-{a,b,c}.conf, start the three, wait for /healthz
#   deploy/nats/local-cluster.sh stop DIR    stop the three (the pid files under DIR)
#
# Ports: clients BASE+0..2, routes BASE+2000..2002, monitoring BASE+4000..4002, BASE = $LOCAL_NATS_BASE
# (default 14222). The server: $NATS_SERVER, else the repository's .venv/bin/nats-server. Passwords: the
# variables accounts.conf names, taken from the environment, or made up and written to DIR/users.env
# (mode 600, `source` it to connect as those users).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
nats_server="${NATS_SERVER:-$repo/.venv/bin/nats-server}"
base="${LOCAL_NATS_BASE:-14222}"
nodes=(a b c)

usage() { echo "usage: $0 start|stop DIR" >&2; exit 2; }
[[ $# -eq 2 ]] || usage
action="$1"
mkdir -p "$2"
dir="$(cd "$2" && pwd)"

client_port() { echo $((base + $1)); }
route_port() { echo $((base + 2000 + $1)); }
http_port() { echo $((base + 4000 + $1)); }

# node-X.conf for loopback: tls { ... } blocks dropped (braces counted), host names and ports replaced,
# store and pid file under DIR, a file store limit this machine can hold.
rewrite() {
  local i="$1" name="${nodes[$1]}" script=() j
  script+=(-e "s#0\.0\.0\.0:4222#127.0.0.1:$(client_port "$i")#")
  script+=(-e "s#0\.0\.0\.0:6222#127.0.0.1:$(route_port "$i")#")
  script+=(-e "s#127\.0\.0\.1:8222#127.0.0.1:$(http_port "$i")#")
  for j in 0 1 2; do
    script+=(-e "s#nats-${nodes[$j]}\.studio\.example:4222#127.0.0.1:$(client_port "$j")#")
    script+=(-e "s#nats-${nodes[$j]}\.studio\.example:6222#127.0.0.1:$(route_port "$j")#")
  done
  script+=(-e "s#/var/lib/nats/jetstream#$dir/nats-$name/jetstream#")
  script+=(-e "s#/var/run/nats/#$dir/#")
  script+=(-e "s#max_file_store: .*#max_file_store: 10GB#")
  awk '
    skip == 0 && /^[ \t]*tls[ \t]*\{/ { skip = 1; depth = 0 }
    skip == 1 {
      depth += gsub(/\{/, "{"); depth -= gsub(/\}/, "}")
      if (depth == 0) skip = 0
      next
    }
    { print }
  ' "$here/node-$name.conf" | sed "${script[@]}" >"$dir/node-$name.conf"
}

# Every $VARIABLE accounts.conf reads from the environment: from ours if set, else a new random one.
passwords() {
  local var
  umask 077
  : >"$dir/users.env"
  for var in $(grep -o 'password: \$[A-Z0-9_]*' "$here/accounts.conf" | sed 's/.*\$//' | sort -u); do
    if [[ -z "${!var:-}" ]]; then
      printf -v "$var" '%s' "$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')"
    fi
    export "${var?}"
    printf 'export %s=%q\n' "$var" "${!var}" >>"$dir/users.env"
  done
}

healthy() { curl -fsS "http://127.0.0.1:$(http_port "$1")/healthz" >/dev/null 2>&1; }

start() {
  local i name
  cp "$here/accounts.conf" "$dir/accounts.conf"
  passwords
  for i in 0 1 2; do
    name="${nodes[$i]}"
    rewrite "$i"
    if ! out="$("$nats_server" -t -c "$dir/node-$name.conf" 2>&1)"; then
      echo "$out" >&2
      return 1
    fi
    "$nats_server" -c "$dir/node-$name.conf" -l "$dir/nats-$name.log" </dev/null >/dev/null 2>&1 &
    disown
  done
  # /healthz answers 200 once the node's JetStream is up and current with the cluster's meta leader
  for _ in $(seq 1 300); do
    if healthy 0 && healthy 1 && healthy 2; then
      echo "cluster up: nats://127.0.0.1:$(client_port 0),127.0.0.1:$(client_port 1),127.0.0.1:$(client_port 2)"
      echo "users: source $dir/users.env; logs: $dir/nats-{a,b,c}.log"
      return 0
    fi
    sleep 0.1
  done
  echo "the cluster did not become healthy within 30 s: see $dir/nats-*.log" >&2
  return 1
}

stop() {
  local name pid
  for name in "${nodes[@]}"; do
    if [[ -s "$dir/nats-$name.pid" ]]; then
      pid="$(cat "$dir/nats-$name.pid")"
      kill "$pid" 2>/dev/null || true
      while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
      rm -f "$dir/nats-$name.pid"
    fi
  done
}

case "$action" in
  start) start ;;
  stop) stop ;;
  *) usage ;;
esac
