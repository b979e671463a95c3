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
# - starts it listening on 127.0.0.1 only (port $KG_PG_PORT, default 54329),
#   with its socket in the data directory;
# - creates the database $KG_PG_DB (default kg) owned by user kg.
# Idempotent: a second run finds the cluster running and prints the URL.
# Only the URL goes to stdout; progress goes to stderr.
set -euo pipefail

PGDIR=${KG_PG_DIR:-/tmp/kg-postgres}
PORT=${KG_PG_PORT:-54329}
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

if ! as_owner "$BINDIR/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
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
