#!/usr/bin/env bash
# Restores a backup made by db-backup.sh into a database, replacing the tables it holds.
#
#   scripts/db-restore.sh <file>
#
# Connection as for db-backup.sh: DATABASE_URL, or PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE
# (the database must exist: `createdb portal` after a loss). Stop the portal first; start it after:
# Flyway then checks that the schema matches the migrations, and applies newer ones.
set -euo pipefail

file="${1:?usage: scripts/db-restore.sh <backup file>}"
[ -r "$file" ] || { echo "Cannot read $file" >&2; exit 1; }
database="${DATABASE_URL:-${PGDATABASE:-}}"
[ -n "$database" ] || { echo "Set DATABASE_URL or PGDATABASE to the database to restore into" >&2; exit 1; }

pg_restore --clean --if-exists --no-owner --no-privileges --exit-on-error --single-transaction \
  --dbname="$database" "$file"
echo "Restored $file"
