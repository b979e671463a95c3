#!/usr/bin/env bash
# Starts a throw-away PostgreSQL for kg's tests and prints its URL, so that
#
#     export KG_TEST_POSTGRES="$(.ci/postgres.sh)"
#
# turns on the PostgreSQL conformance tests and benchmarks.
#
# - installs PostgreSQL from Debian (apt-get update && apt-get install
#   postgresql) when no server binaries are found;
# - initialises a cluster of its own in $KG_PG_DIR (default /tmp/kg-postgres),
#   as the unprivileged "postgres" user when run as root;
# - starts it listening on 127.0.0.1 only, with its socket in the data
#   directory, on port $KG_PG_PORT when set; else on the port it ran on
#   before (remembered in $KG_PG_DIR/port), else 54329, and when that port is
#   taken by something other than this cluster, on a free loopback port;
# - creates the database $KG_PG_DB (default kg) owned by user kg.
# Idempotent: a second run finds the cluster running (on its port) and prints the URL.
# Only the URL goes to stdout; progress goes to stderr.
set -euo pipefail

PGDIR=${KG_PG_DIR:-/tmp/kg-postgres}
DEFAULT_PORT=54329
DB=${KG_PG_DB:-kg}
USER_NAME=kg
PASSWORD=kg # loopback-only test cluster

log() { echo "postgres.sh: $*" >&2; }

find_bindir() {
	local d
	for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
		if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
			echo "$d"
			return 0
		fi
	done
	return 1
}

BINDIR=$(find_bindir || true)
if [ -z "$BINDIR" ]; then
	log "installing PostgreSQL from Debian"
	if [ "$(id -u)" -ne 0 ]; then
		log "need root to install postgresql"
		exit 1
	fi
	export DEBIAN_FRONTEND=noninteractive
	apt-get update >&2
	apt-get install -y --no-install-recommends postgresql >&2
	BINDIR=$(find_bindir) || { log "no initdb after installing postgresql"; exit 1; }
fi

# Run as the cluster owner: "postgres" when we are root, else ourselves.
if [ "$(id -u)" -eq 0 ]; then
	OWNER=postgres
	id "$OWNER" >/dev/null 2>&1 || useradd --system --home-dir "$PGDIR" --shell /bin/sh "$OWNER"
	as_owner() { runuser -u "$OWNER" -- "$@"; }
else
	OWNER=$(id -un)
	as_owner() { "$@"; }
fi

DATA="$PGDIR/data"
mkdir -p "$PGDIR"
if [ "$(id -u)" -eq 0 ]; then
	chown "$OWNER" "$PGDIR"
fi
chmod 700 "$PGDIR"

if [ ! -f "$DATA/PG_VERSION" ]; then
	log "initialising a cluster in $DATA"
	PWFILE="$PGDIR/pwfile"
	printf '%s\n' "$PASSWORD" >"$PWFILE"
	[ "$(id -u)" -eq 0 ] && chown "$OWNER" "$PWFILE"
	as_owner "$BINDIR/initdb" -D "$DATA" -U "$USER_NAME" --pwfile="$PWFILE" \
		--auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >&2 ||
		as_owner "$BINDIR/initdb" -D "$DATA" -U "$USER_NAME" --pwfile="$PWFILE" \
			--auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C >&2
	rm -f "$PWFILE"
fi

# in_use PORT: something accepts connections on 127.0.0.1:PORT.
in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# free_port: a loopback port nothing listens on (the kernel's pick through
# python3, else the first free one above the default).
free_port() {
	local p
	if command -v python3 >/dev/null 2>&1 &&
		p=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()') &&
		! in_use "$p"; then
		echo "$p"
		return 0
	fi
	for p in $(seq $((DEFAULT_PORT + 1)) $((DEFAULT_PORT + 200))); do
		if ! in_use "$p"; then
			echo "$p"
			return 0
		fi
	done
	return 1
}

PORTFILE="$PGDIR/port"
RUNNING=
if as_owner "$BINDIR/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
	RUNNING=1
	# The port this cluster listens on: line 4 of postmaster.pid.
	PORT=$(sed -n 4p "$DATA/postmaster.pid")
	if [ -n "${KG_PG_PORT:-}" ] && [ "$KG_PG_PORT" != "$PORT" ]; then
		log "the cluster in $DATA already runs on port $PORT (not KG_PG_PORT=$KG_PG_PORT); stop it to move it"
	fi
elif [ -n "${KG_PG_PORT:-}" ]; then
	PORT=$KG_PG_PORT
else
	PORT=$(cat "$PORTFILE" 2>/dev/null || echo "$DEFAULT_PORT")
	if in_use "$PORT"; then
		WANTED=$PORT
		PORT=$(free_port) || { log "no free loopback port found"; exit 1; }
		log "port $WANTED is taken by another server: using $PORT"
	fi
fi
printf '%s\n' "$PORT" >"$PORTFILE"

if [ -z "$RUNNING" ]; then
	log "starting PostgreSQL on 127.0.0.1:$PORT"
	as_owner "$BINDIR/pg_ctl" -D "$DATA" -l "$PGDIR/server.log" -w -t 60 start \
		-o "-c listen_addresses=127.0.0.1 -p $PORT -c unix_socket_directories=$DATA -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >&2
fi

PSQL=("$BINDIR/psql" -h "$DATA" -p "$PORT" -U "$USER_NAME" -d postgres -v ON_ERROR_STOP=1 -qtA)
if [ "$(as_owner "${PSQL[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != "1" ]; then
	log "creating database $DB"
	as_owner "${PSQL[@]}" -c "CREATE DATABASE \"$DB\" OWNER \"$USER_NAME\"" >&2
fi

echo "postgres://$USER_NAME:$PASSWORD@127.0.0.1:$PORT/$DB?sslmode=disable"
