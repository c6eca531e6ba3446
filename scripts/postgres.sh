#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL cluster: the cluster is made in a temporary
# folder, listens on 127.0.0.1 only at a free port with password (SCRAM) authentication, and is
# stopped and removed when the command ends (also when it fails or is interrupted).
#   scripts/postgres.sh COMMAND [ARGS…]
# The command finds the cluster in CLIFF_TEST_POSTGRES_URL
# (postgres://cliff:PASSWORD@127.0.0.1:PORT/postgres?sslmode=disable); the PostgreSQL tests
# give each store a database of its own in it. Installs Debian's postgresql when it is missing.
# Run as root, the server runs as the system user cliff-pg (made when missing): PostgreSQL
# refuses to run as root. Exits non-zero, before running the command, if the cluster cannot start.
set -euo pipefail
if (( $# == 0 )); then
    echo "usage: scripts/postgres.sh COMMAND [ARGS…] (runs COMMAND with CLIFF_TEST_POSTGRES_URL set)" >&2
    exit 2
fi
if [[ $(id -u) -ne 0 ]]; then sudo=sudo; else sudo=; fi

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
if [[ -z "$(bindir)" || ! -x "$(bindir)/initdb" ]]; then
    echo "postgres: installing Debian's postgresql" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql
fi
bin="$(bindir)"
[[ -x "$bin/initdb" ]] || { echo "postgres: no initdb under /usr/lib/postgresql/*/bin after installing postgresql" >&2; exit 1; }

# The server's user: ourselves, or cliff-pg when we are root.
as_server=()
if [[ $(id -u) -eq 0 ]]; then
    id cliff-pg >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin cliff-pg
    as_server=(runuser -u cliff-pg --)
fi

# Not under TMPDIR: the server's user must reach the folder, and scripts/test's TMPDIR is root's alone.
cluster=$(mktemp -d /tmp/cliff-postgres.XXXXXX)
stop() {
    if [[ -f "$cluster/data/postmaster.pid" ]]; then
        "${as_server[@]}" "$bin/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$cluster"
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

password=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
printf '%s\n' "$password" >"$cluster/password"
chmod 600 "$cluster/password"
if (( ${#as_server[@]} )); then chown -R cliff-pg "$cluster"; fi
"${as_server[@]}" "$bin/initdb" -D "$cluster/data" -U cliff --pwfile="$cluster/password" --auth=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 --no-sync >"$cluster/initdb.log" 2>&1 \
    || { echo "postgres: initdb failed:" >&2; cat "$cluster/initdb.log" >&2; exit 1; }
rm "$cluster/password"

# A free port: the kernel names one, and the server takes it a moment later (tried again if
# something else took it meanwhile).
started=
for _ in 1 2 3 4 5; do
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    # Durability is not needed for a cluster that is thrown away; speed is.
    options="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$cluster -c max_connections=300"
    options+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    if "${as_server[@]}" "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -o "$options" -w -t 60 start >/dev/null 2>&1; then
        started=1
        break
    fi
done
if [[ -z "$started" ]]; then
    echo "postgres: the throwaway cluster in $cluster did not start; its log:" >&2
    cat "$cluster/server.log" >&2 || true
    exit 1
fi
echo "postgres: throwaway cluster on 127.0.0.1:$port (removed when the command ends)" >&2

export CLIFF_TEST_POSTGRES_URL="postgres://cliff:$password@127.0.0.1:$port/postgres?sslmode=disable"
status=0
"$@" || status=$?
exit "$status"
