#!/usr/bin/env bash
# Starts the packaged jar against an external PostgreSQL and prints how long it takes to become ready, the CPU time it
# spent until then, how many classes it loaded and how many of them came from the class-data archive (figures a busy
# machine does not change), its resident memory once ready and after 200 requests, and any postgres processes it
# started (there must be none).
#
#   bench/startup.sh [jar] [jdbc-url] [user] [password]
#
# Defaults: target/quarkus-app/quarkus-run.jar on jdbc:postgresql://localhost:5432/followthrough as followthrough.
# JAVA_OPTS defaults to bench/jvm-options and the AppCDS archive beside the jar, if there is one; the jar is started
# from its own directory, as deploy/ does, since the archive records the class path relative to it.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-target/quarkus-app/quarkus-run.jar}
java_opts=${JAVA_OPTS-$(grep -v '^#' bench/jvm-options | xargs)}
if [ -z "${JAVA_OPTS+set}" ] && [ -f "$(dirname "$jar")/app-cds.jsa" ]; then
  java_opts="$java_opts -XX:SharedArchiveFile=app-cds.jsa"
fi
classes=$(mktemp)
url=${2:-jdbc:postgresql://localhost:5432/followthrough}
user=${3:-followthrough}
password=${4:-followthrough}
port=${BENCH_PORT:-18080}
management=${BENCH_MANAGEMENT_PORT:-19000}
runs=${BENCH_RUNS:-3}

rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }
# Embedded PostgreSQL servers (zonky's binaries unpack under embedded-pg); a daemonised server is not a child.
embedded_servers() { { pgrep -f 'embedded-pg/.*/bin/postgres' || true; } | sort; }

for run in $(seq 1 "$runs"); do
  before=$(embedded_servers)
  start=$(date +%s%N)
  QUARKUS_DATASOURCE_JDBC_URL=$url QUARKUS_DATASOURCE_USERNAME=$user QUARKUS_DATASOURCE_PASSWORD=$password \
    QUARKUS_HTTP_PORT=$port MANAGEMENT_PORT=$management OIDC_AUTH_SERVER_URL=http://localhost:1/realms/none env ${BENCH_ENV:-} \
    bash -c 'cd "$1" && shift && exec java "$@"' - "$(dirname "$jar")" "-Xlog:class+load:file=$classes::filecount=0" $java_opts \
    -jar "$(basename "$jar")" > "/tmp/startup-$port.log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$management/q/health/ready" > /dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "the app stopped; see /tmp/startup-$port.log" >&2; exit 1; fi
    sleep 0.05
  done
  ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  rss_ready=$(rss_kb "$pid")
  cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$pid/stat")
  loaded=$(grep -c . "$classes")
  archived=$(grep -c 'source: shared objects file' "$classes" || true)
  for _ in $(seq 1 200); do curl -fs "http://localhost:$management/q/health/ready" > /dev/null || true; curl -s "http://localhost:$port/" > /dev/null || true; done
  rss_after=$(rss_kb "$pid")
  postgres=$(comm -13 <(echo "$before") <(embedded_servers) | grep -c . || true)
  printf 'run %s: ready in %d ms (CPU %d ms; %d classes, %d from the archive); RSS %d MB when ready, %d MB after 400 requests; embedded PostgreSQL servers started: %s\n' \
    "$run" "$ready_ms" "$cpu_ms" "$loaded" "$archived" $((rss_ready / 1024)) $((rss_after / 1024)) "$postgres"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
rm -f "$classes"
