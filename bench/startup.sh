#!/usr/bin/env bash
# Starts the packaged jar against an external PostgreSQL and prints how long it takes to become ready, its resident
# memory once ready and after 200 requests, and any postgres processes it started (there must be none).
#
#   bench/startup.sh [jar] [jdbc-url] [user] [password]
#
# Defaults: target/quarkus-app/quarkus-run.jar on jdbc:postgresql://localhost:5432/followthrough as followthrough.
set -euo pipefail
jar=${1:-target/quarkus-app/quarkus-run.jar}
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
    QUARKUS_HTTP_PORT=$port MANAGEMENT_PORT=$management OIDC_AUTH_SERVER_URL=http://localhost:1/realms/none ${BENCH_ENV:-} \
    java ${JAVA_OPTS:-} -jar "$jar" > "/tmp/startup-$port.log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$management/q/health/ready" > /dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "the app stopped; see /tmp/startup-$port.log" >&2; exit 1; fi
    sleep 0.05
  done
  ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  rss_ready=$(rss_kb "$pid")
  for _ in $(seq 1 200); do curl -fs "http://localhost:$management/q/health/ready" > /dev/null || true; curl -s "http://localhost:$port/" > /dev/null || true; done
  rss_after=$(rss_kb "$pid")
  postgres=$(comm -13 <(echo "$before") <(embedded_servers) | grep -c . || true)
  printf 'run %s: ready in %d ms; RSS %d MB when ready, %d MB after 400 requests; embedded PostgreSQL servers started: %s\n' \
    "$run" "$ready_ms" $((rss_ready / 1024)) $((rss_after / 1024)) "$postgres"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
