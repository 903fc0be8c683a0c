#!/usr/bin/env bash
# Backs up the portal's PostgreSQL database into one file (pg_dump's custom format, compressed).
#
#   scripts/db-backup.sh [file]        default file: backups/portal-<UTC date and time>.dump
#
# Connection: DATABASE_URL (postgres://user:password@host:port/database) when set, otherwise the
# standard PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE. Needs pg_dump (Debian: postgresql-client)
# of the server's major version or newer. Prints the file's name.
set -euo pipefail

out="${1:-backups/portal-$(date -u +%Y%m%d-%H%M%S).dump}"
mkdir -p "$(dirname "$out")"
target=()
if [ -n "${DATABASE_URL:-}" ]; then target=(--dbname="$DATABASE_URL"); fi

pg_dump --format=custom --no-owner --no-privileges --file="$out.partial" "${target[@]}"
pg_restore --list "$out.partial" > /dev/null   # the file reads back
mv "$out.partial" "$out"
echo "$out"
