#!/usr/bin/env bash
# Starts the production jar: from target/portal/ with the ahead-of-time cache target/portal.aot when
# scripts/aot-cache.sh (or ./mvnw -Paot package) built them, otherwise the plain jar. Extra JVM options
# come from JAVA_OPTS, the port from PORT (default 8080). Used by the Procfile and the systemd unit.
set -euo pipefail
cd "$(dirname "$0")/.."
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=$(ls target/portal-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
[ -n "$jar" ] || { echo "No target/portal-*.jar: build with ./mvnw -DskipTests package" >&2; exit 1; }
extracted="target/portal/$(basename "$jar")"
# shellcheck disable=SC2086
if [ -s target/portal.aot ] && [ -f "$extracted" ]; then
  exec "$java_bin" -XX:AOTCache=target/portal.aot ${JAVA_OPTS:-} -Dserver.port="${PORT:-8080}" -jar "$extracted" "$@"
fi
exec "$java_bin" ${JAVA_OPTS:-} -Dserver.port="${PORT:-8080}" -jar "$jar" "$@"
