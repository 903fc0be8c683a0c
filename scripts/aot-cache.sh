#!/usr/bin/env bash
# Builds the JDK's ahead-of-time cache for the production jar (JDK 25 or newer), so that the portal
# starts faster: classes come already loaded and linked from target/portal.aot.
#
#   ./mvnw -DskipTests -Paot package      (runs this script after packaging)
#   scripts/aot-cache.sh                  (after ./mvnw -DskipTests package)
#
# 1. extracts the jar into target/portal/ (the cache needs the classes on a plain class path, not
#    inside Spring Boot's nested jar);
# 2. the training run: starts the portal from there on a throw-away in-memory H2 database with
#    -XX:AOTCacheOutput, opens its main pages, and stops it; the JVM writes target/portal.aot.
# Run the result with scripts/start.sh (the Procfile does). The cache fits only the JDK that built it
# and this build's jars: rebuild it after upgrading either.
set -euo pipefail
cd "$(dirname "$0")/.."
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=$(ls target/portal-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
[ -n "$jar" ] || { echo "No target/portal-*.jar: run ./mvnw -DskipTests package first" >&2; exit 1; }

rm -rf target/portal target/portal.aot
"$java_bin" -Djarmode=tools -jar "$jar" extract --destination target/portal > /dev/null
app="target/portal/$(basename "$jar")"

port="${AOT_TRAINING_PORT:-18089}"
log=target/aot-training.log
"$java_bin" -XX:AOTCacheOutput=target/portal.aot -jar "$app" \
  --server.port="$port" --app.base-url="http://localhost:$port" \
  --spring.datasource.url="jdbc:h2:mem:aot-training;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" \
  --app.scheduling.enabled=false --spring.modulith.events.republish-outstanding-events-on-restart=false \
  > "$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT

for _ in $(seq 1 600); do
  if curl -fsS -o /dev/null "http://localhost:$port/" 2>/dev/null; then break; fi
  kill -0 "$pid" 2>/dev/null || { echo "The training run stopped; see $log" >&2; exit 1; }
  sleep 0.2
done
# the pages a first visitor opens: landing, sign-in, signup, pricing, legal, styles, Vaadin's bootstrap
for path in / /login /signup /pricing /terms /privacy /forgot-password /styles/portal.css /readyz; do
  curl -fsS -o /dev/null "http://localhost:$port$path" || true
done
kill -TERM "$pid"
wait "$pid" || true
trap - EXIT
[ -s target/portal.aot ] || { echo "No target/portal.aot written; see $log" >&2; exit 1; }
echo "target/portal.aot ($(du -h target/portal.aot | cut -f1)) for $app"
