#!/usr/bin/env bash
# scripts/services/postgres.sh — provision the local PostgreSQL 15 for chumchon.
#
# Usage (as root, Debian 12):
#   scripts/services/postgres.sh
#
# Idempotent; safe to run any number of times. It:
#   * installs Debian's `postgresql` (15) if missing (runs `apt-get update` only then),
#   * makes sure cluster 15/main exists, listens on 127.0.0.1:5432 and is running
#     (no systemd needed: uses pg_ctlcluster),
#   * waits for `pg_isready -h 127.0.0.1`,
#   * creates role `chumchon` (password `chumchon`, LOGIN CREATEDB — pytest-django
#     needs CREATEDB for its test_ database) and database `chumchon` (UTF8) owned by it.
# The last line printed on stdout is:
#   DATABASE_URL=postgres://chumchon:chumchon@127.0.0.1:5432/chumchon
#
# Stop it with:  pg_ctlcluster 15 main stop
set -euo pipefail

PG_VERSION=15
PG_CLUSTER=main
PG_HOST=127.0.0.1
PG_PORT=5432
DB_USER=chumchon
DB_PASSWORD=chumchon
DB_NAME=chumchon

export DEBIAN_FRONTEND=noninteractive
# The cluster created by the package inherits the locale of this environment;
# force UTF-8 so template1 (and therefore pytest-django's test_ db) is UTF8.
export LANG=C.UTF-8 LC_ALL=C.UTF-8

log() { echo "[postgres] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

[ "$(id -u)" -eq 0 ] || die "must run as root"

pkg_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q '^install ok installed$'
}

# --- 1. package ------------------------------------------------------------
if pkg_installed postgresql && pkg_installed "postgresql-${PG_VERSION}"; then
    log "package postgresql-${PG_VERSION} already installed"
else
    log "installing postgresql (${PG_VERSION})"
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends postgresql "postgresql-${PG_VERSION}" >/dev/null
fi

# --- 2. cluster --------------------------------------------------------------
if ! pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c {f=1} END {exit !f}'; then
    log "creating cluster ${PG_VERSION}/${PG_CLUSTER}"
    pg_createcluster --locale=C.UTF-8 --encoding=UTF8 --port="$PG_PORT" "$PG_VERSION" "$PG_CLUSTER" >/dev/null
fi

cluster_online() {
    pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c && $4 ~ /^online/ {f=1} END {exit !f}'
}

# Listen only on 127.0.0.1:5432 (drop-in in conf.d, included by Debian's postgresql.conf).
conf_dir="/etc/postgresql/${PG_VERSION}/${PG_CLUSTER}/conf.d"
conf_file="${conf_dir}/chumchon.conf"
desired_conf="# Managed by scripts/services/postgres.sh
listen_addresses = '${PG_HOST}'
port = ${PG_PORT}
"
need_restart=0
if [ "$(cat "$conf_file" 2>/dev/null || true)" != "$(printf '%s' "$desired_conf")" ]; then
    log "writing ${conf_file}"
    install -d -o postgres -g postgres -m 0755 "$conf_dir"
    printf '%s' "$desired_conf" >"$conf_file"
    chown postgres:postgres "$conf_file"
    need_restart=1
fi

# --- 3. start ----------------------------------------------------------------
if cluster_online; then
    if [ "$need_restart" -eq 1 ]; then
        log "configuration changed: restarting cluster"
        pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" restart
    else
        log "cluster ${PG_VERSION}/${PG_CLUSTER} already running"
    fi
else
    log "starting cluster ${PG_VERSION}/${PG_CLUSTER}"
    # Exit code 2 means "already running" (race with another starter): fine.
    rc=0
    pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start || rc=$?
    if [ "$rc" -ne 0 ] && [ "$rc" -ne 2 ]; then
        tail -n 50 "/var/log/postgresql/postgresql-${PG_VERSION}-${PG_CLUSTER}.log" >&2 || true
        die "pg_ctlcluster start failed (rc=$rc)"
    fi
fi

# --- 4. wait -----------------------------------------------------------------
for _ in $(seq 1 60); do
    if pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; then
        break
    fi
    sleep 1
done
if ! pg_isready -h "$PG_HOST" -p "$PG_PORT" >&2; then
    tail -n 50 "/var/log/postgresql/postgresql-${PG_VERSION}-${PG_CLUSTER}.log" >&2 || true
    die "PostgreSQL not ready on ${PG_HOST}:${PG_PORT} after 60 s"
fi

# --- 5. role + database ------------------------------------------------------
psql_admin() {
    # Peer auth over the unix socket as the postgres superuser. cd / so that
    # runuser does not complain about an unreadable cwd (e.g. /root).
    (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" "$@")
}

psql_admin -d postgres <<SQL
DO \$\$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '${DB_USER}') THEN
        CREATE ROLE ${DB_USER} LOGIN CREATEDB PASSWORD '${DB_PASSWORD}';
        RAISE NOTICE 'created role ${DB_USER}';
    ELSE
        ALTER ROLE ${DB_USER} LOGIN CREATEDB PASSWORD '${DB_PASSWORD}';
    END IF;
END
\$\$;
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L LC_COLLATE %L LC_CTYPE %L TEMPLATE template0',
              '${DB_NAME}', '${DB_USER}', 'UTF8', 'C.UTF-8', 'C.UTF-8')
WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_database WHERE datname = '${DB_NAME}')
\gexec
SQL

owner=$(psql_admin -d postgres -At -c "SELECT pg_catalog.pg_get_userbyid(datdba) FROM pg_catalog.pg_database WHERE datname = '${DB_NAME}'")
if [ "$owner" != "$DB_USER" ]; then
    log "changing owner of database ${DB_NAME} from ${owner} to ${DB_USER}"
    psql_admin -d postgres -c "ALTER DATABASE ${DB_NAME} OWNER TO ${DB_USER}"
fi

t1_enc=$(psql_admin -d postgres -At -c "SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = 'template1'")
if [ "$t1_enc" != "UTF8" ]; then
    log "WARNING: template1 encoding is ${t1_enc}, not UTF8; test databases created from it will be ${t1_enc}"
fi

# --- 6. check with the application credentials over TCP ----------------------
DATABASE_URL="postgres://${DB_USER}:${DB_PASSWORD}@${PG_HOST}:${PG_PORT}/${DB_NAME}"
psql -X -q -At "$DATABASE_URL" -c 'SELECT 1' >/dev/null || die "cannot connect with ${DATABASE_URL}"
log "ready: $(psql -X -At "$DATABASE_URL" -c 'SHOW server_version')"

echo "DATABASE_URL=${DATABASE_URL}"
