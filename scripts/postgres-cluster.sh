#!/usr/bin/env bash
# A throwaway PostgreSQL cluster of a caller's own, started, restarted and removed on request:
# for a test that must stop or restart its server without disturbing the cluster other tests
# share (scripts/postgres.sh's). Listens on 127.0.0.1 only, at a free port, with password
# (SCRAM) authentication, durability off.
#   scripts/postgres-cluster.sh start [--owner PID]   prints the cluster's folder, then its URL
#   scripts/postgres-cluster.sh restart DIR           pg_ctl restart -m fast, on the same port
#   scripts/postgres-cluster.sh stop-server DIR       pg_ctl stop -m fast (the folder stays)
#   scripts/postgres-cluster.sh start-server DIR      starts it again on the same port
#   scripts/postgres-cluster.sh stop DIR              stops it for good and removes the folder
# `stop` always ends the server: pg_ctl stop -m immediate, then SIGKILL to the postmaster named
# in postmaster.pid and to every process still working in the folder; then the folder goes.
# With --owner PID, a guard removes the cluster the same way once that process has exited (a
# test process that crashed or was killed leaves no server behind); `stop` ends the guard.
# Run as root, the server runs as the system user cliff-pg (made when missing), as in
# scripts/postgres.sh. Exits non-zero when PostgreSQL's binaries are missing (127) or the
# cluster cannot start (1). Its server processes never hold the caller's pipes: they get no
# descriptor but their log.
set -euo pipefail
usage="usage: scripts/postgres-cluster.sh start [--owner PID] | restart DIR | stop-server DIR | start-server DIR | stop DIR"
(( $# >= 1 )) || { echo "$usage" >&2; exit 2; }
command=$1
shift

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
    echo "postgres-cluster: no PostgreSQL binaries under /usr/lib/postgresql/*/bin (scripts/setup.sh --tests installs them)" >&2
    exit 127
fi
as_server=()
if [[ $(id -u) -eq 0 ]]; then
    id cliff-pg >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin cliff-pg
    as_server=(runuser -u cliff-pg --)
fi

# Runs pg_ctl as the server's user with every descriptor but the log closed: a server it
# starts must not hold the caller's pipes open (a test reading our output would never see its end).
ctl() {
    local dir=$1
    shift
    (
        for fd in $(ls /proc/$BASHPID/fd); do if (( fd > 2 )); then eval "exec ${fd}>&-"; fi; done 2>/dev/null
        exec "${as_server[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" "$@" </dev/null >>"$dir/ctl.log" 2>&1
    )
}

options() { cat "$1/options"; }

# Ends the server for good, whatever state it is in, and removes the folder.
remove() {
    local dir=$1
    [[ -d "$dir" && -f "$dir/options" ]] || { rm -rf "$dir"; return 0; }
    if [[ -f "$dir/guard.pid" ]]; then
        local guard
        guard=$(cat "$dir/guard.pid")
        # Not ourselves: the guard runs this when its owner exits.
        if [[ "$guard" != "$$" && "$guard" != "${GUARD_PID:-}" ]]; then kill -9 "$guard" 2>/dev/null || true; fi
    fi
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        ctl "$dir" stop -m immediate -w -t 30 || true
    fi
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        local pid
        pid=$(head -1 "$dir/data/postmaster.pid")
        [[ "$pid" =~ ^[0-9]+$ ]] && kill -9 "$pid" 2>/dev/null || true
    fi
    # Any backend left over (the postmaster was killed outright): it works in the folder.
    for proc in /proc/[0-9]*; do
        if [[ "$(readlink "$proc/cwd" 2>/dev/null)" == "$dir/data" ]]; then kill -9 "${proc#/proc/}" 2>/dev/null || true; fi
    done
    rm -rf "$dir"
}

case "$command" in
start)
    owner=
    if [[ "${1:-}" == --owner ]]; then owner=${2:?"--owner needs a process id"}; fi
    # Not under TMPDIR: the server's user must reach the folder (scripts/test's TMPDIR is root's alone).
    dir=$(mktemp -d /tmp/cliff-postgres-own.XXXXXX)
    chmod 755 "$dir"
    password=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
    printf '%s\n' "$password" >"$dir/password"
    chmod 600 "$dir/password"
    if (( ${#as_server[@]} )); then chown -R cliff-pg "$dir"; fi
    if ! "${as_server[@]}" "$bin/initdb" -D "$dir/data" -U cliff --pwfile="$dir/password" --auth=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 </dev/null; then
        echo "postgres-cluster: initdb failed:" >&2
        cat "$dir/initdb.log" >&2
        rm -rf "$dir"
        exit 1
    fi
    rm "$dir/password"
    started=
    for _ in 1 2 3 4 5; do
        port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
        echo "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=100 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >"$dir/options"
        if ctl "$dir" start -o "$(options "$dir")" -w -t 60; then
            started=1
            break
        fi
    done
    if [[ -z "$started" ]]; then
        echo "postgres-cluster: the cluster in $dir did not start; its log:" >&2
        cat "$dir/server.log" >&2 || true
        remove "$dir"
        exit 1
    fi
    if [[ -n "$owner" ]]; then
        # The guard: once the owner has exited, the cluster goes. Detached, holding no pipe of the caller.
        setsid bash -c 'for fd in $(ls /proc/$$/fd); do if (( fd > 2 )); then eval "exec ${fd}>&-"; fi; done 2>/dev/null
            while kill -0 "$1" 2>/dev/null; do sleep 1; done; GUARD_PID=$$ exec "$2" stop "$3"' \
            cliff-postgres-guard "$owner" "$(realpath "$0")" "$dir" </dev/null >/dev/null 2>&1 &
        echo $! >"$dir/guard.pid"
    fi
    echo "$dir"
    echo "postgres://cliff:$password@127.0.0.1:$port/postgres?sslmode=disable"
    ;;
restart)
    dir=${1:?"$usage"}
    ctl "$dir" restart -m fast -o "$(options "$dir")" -w -t 120 || { tail -20 "$dir/server.log" >&2; exit 1; }
    ;;
stop-server)
    dir=${1:?"$usage"}
    ctl "$dir" stop -m fast -w -t 120 || { tail -20 "$dir/server.log" >&2; exit 1; }
    ;;
start-server)
    dir=${1:?"$usage"}
    ctl "$dir" start -o "$(options "$dir")" -w -t 120 || { tail -20 "$dir/server.log" >&2; exit 1; }
    ;;
stop)
    dir=${1:?"$usage"}
    [[ "$dir" == /tmp/cliff-postgres-own.* ]] || { echo "postgres-cluster: $dir is not a cluster this script made" >&2; exit 2; }
    remove "$dir"
    ;;
*)
    echo "$usage" >&2
    exit 2
    ;;
esac
