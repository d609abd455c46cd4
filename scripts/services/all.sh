#!/usr/bin/env bash
# scripts/services/all.sh — provision every local service chumchon needs
# (PostgreSQL 15, Elasticsearch 8.19.3, Chromium + Thai fonts). Idempotent; run as root.
#
# Usage:
#   scripts/services/all.sh            # provision, progress + export lines on stdout
#   eval "$(scripts/services/all.sh --env)"
#                                      # provision (progress on stderr) and export
#                                      # DATABASE_URL / ELASTICSEARCH_URL into this shell
#
# Exported variables:
#   DATABASE_URL=postgres://chumchon:chumchon@127.0.0.1:5432/chumchon
#   ELASTICSEARCH_URL=http://127.0.0.1:9200
#
# Individual scripts: postgres.sh, elasticsearch.sh [start|stop|restart|status], chromium.sh
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

env_only=0
case "${1:-}" in
    --env) env_only=1 ;;
    "") ;;
    *) echo "usage: $0 [--env]" >&2; exit 2 ;;
esac

# In --env mode only the export lines may reach stdout (it is eval'ed).
exec 3>&1
if [ "$env_only" -eq 1 ]; then
    exec 1>&2
fi

# Each service script logs to stderr and prints KEY=value as its last stdout line.
last_value() { printf '%s\n' "$2" | tail -n 1 | sed -n "s/^$1=//p"; }

out=$("$here/postgres.sh")
printf '%s\n' "$out"
database_url=$(last_value DATABASE_URL "$out")

out=$("$here/elasticsearch.sh" start)
printf '%s\n' "$out"
elasticsearch_url=$(last_value ELASTICSEARCH_URL "$out")

"$here/chromium.sh"

[ -n "$database_url" ] || { echo "postgres.sh did not print DATABASE_URL" >&2; exit 1; }
[ -n "$elasticsearch_url" ] || { echo "elasticsearch.sh did not print ELASTICSEARCH_URL" >&2; exit 1; }

printf 'export DATABASE_URL=%q\n' "$database_url" >&3
printf 'export ELASTICSEARCH_URL=%q\n' "$elasticsearch_url" >&3
