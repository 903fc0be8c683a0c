#!/usr/bin/env bash
# Cold start of the production jar to its first HTTP 200, with and without the ahead-of-time cache.
#
#   ./mvnw -DskipTests -Paot package && scripts/cold-start-benchmark.sh [rounds]     (default 3 rounds)
#
# Each round starts, one after the other: the plain jar ("jar"); the extracted jar without the cache
# ("extracted"); the extracted jar with target/portal.aot ("aot"); the same plus
# spring.main.lazy-initialization=true ("aot+lazy": measured only, not used in production, see
# docs/benchmarks.md). MODES="jar aot" picks some. Each start is a fresh JVM on an in-memory H2 database with the schedulers off,
# timed from the launch to the first 200 of GET / (curl every 0.1 s), then stopped. Prints a Markdown
# table of every run and the medians. Runs are interleaved so that a busy machine hurts all alike.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=$(ls target/portal-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
[ -n "$jar" ] || { echo "No target/portal-*.jar: run ./mvnw -DskipTests -Paot package" >&2; exit 1; }
extracted="target/portal/$(basename "$jar")"
[ -s target/portal.aot ] && [ -f "$extracted" ] || { echo "No target/portal.aot: run scripts/aot-cache.sh" >&2; exit 1; }
port="${BENCHMARK_PORT:-18090}"
common=(--server.port="$port" --app.base-url="http://localhost:$port"
  "--spring.datasource.url=jdbc:h2:mem:cold;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
  --app.scheduling.enabled=false --spring.modulith.events.republish-outstanding-events-on-restart=false)

# prints milliseconds from launch to the first 200
measure() {
  local start end pid
  start=$(date +%s%N)
  "$@" "${common[@]}" > target/cold-start.log 2>&1 &
  pid=$!
  until curl -fsS -o /dev/null "http://localhost:$port/" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "start failed, see target/cold-start.log" >&2; return 1; }
    sleep 0.1
  done
  end=$(date +%s%N)
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

declare -A results
read -r -a modes <<< "${MODES:-jar extracted aot aot+lazy}"
start_mode() {
  case "$1" in
    jar) measure "$java_bin" -jar "$jar" ;;
    extracted) measure "$java_bin" -jar "$extracted" ;;
    aot) measure "$java_bin" -XX:AOTCache=target/portal.aot -jar "$extracted" ;;
    aot+lazy) measure "$java_bin" -XX:AOTCache=target/portal.aot -jar "$extracted" --spring.main.lazy-initialization=true ;;
    *) echo "unknown mode $1" >&2; return 1 ;;
  esac
}
for round in $(seq 1 "$rounds"); do
  for mode in "${modes[@]}"; do
    results[$mode,$round]=$(start_mode "$mode")
    echo "round $round: $mode ${results[$mode,$round]} ms" >&2
  done
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
echo "| start | runs (ms to first HTTP 200) | median ms |"
echo "|---|---|---|"
for mode in "${modes[@]}"; do
  runs=(); for round in $(seq 1 "$rounds"); do runs+=("${results[$mode,$round]}"); done
  echo "| $mode | ${runs[*]} | $(median "${runs[@]}") |"
done
