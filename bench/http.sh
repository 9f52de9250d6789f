#!/usr/bin/env bash
# The HTTP benchmark of issue 14: the packaged jar on a fresh database of this machine's PostgreSQL 15, a plan of 500
# actions with 10 progress updates each and its termly review loaded through the API, each API case and the plan and
# review pack pages (HTML, the same HTTP Basic sign-in) under wrk at 8 and 32 connections beside
# the ceiling PostgreSQL itself reaches with the same SQL (captured from the app, replayed by pgbench), the server's
# resident memory under the 32-connection load, and its start-up time. Prints one table and saves it, with the
# captured SQL, the raw wrk and pgbench output and the app's log, under target/bench/<time>/.
#
#   bench/http.sh [jar]
#
# The jar defaults to target/quarkus-app/quarkus-run.jar (built with ./mvnw package -DskipTests if missing).
# Settings (environment):
#   JAVA_OPTS            JVM options of the app; default: the small-VM settings of deploy/ (bench/jvm-options),
#                        and the AppCDS archive if the jar was built with one
#   BENCH_APP_ENV        the app's server settings; default: those of deploy/followthrough.env.example
#   BENCH_DURATION       each measured run, default 20s        BENCH_WARMUP   warm-up before it, default 5s
#   BENCH_CONNECTIONS    default "8 32"                         BENCH_THREADS  wrk threads, default 2
#   BENCH_STARTUP_RUNS   extra restarts to time, default 3      BENCH_KEEP_DB  1 keeps the database afterwards
#   BENCH_PORT, BENCH_MANAGEMENT_PORT   default 18080 and 19000
#   BENCH_ACTIONS, BENCH_UPDATES        the data set, default 500 and 10: smaller only to try the script out
# Needs root (or sudo-less access to apt-get and the postgres account) the first time, to install wrk and
# postgresql-15 and start the cluster 15/main.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-target/quarkus-app/quarkus-run.jar}
duration=${BENCH_DURATION:-20s}
warmup=${BENCH_WARMUP:-5s}
connections=${BENCH_CONNECTIONS:-8 32}
threads=${BENCH_THREADS:-2}
startup_runs=${BENCH_STARTUP_RUNS:-3}
port=${BENCH_PORT:-18080}
management=${BENCH_MANAGEMENT_PORT:-19000}
java_opts=${JAVA_OPTS-$(grep -v '^#' bench/jvm-options | xargs)}
# The AppCDS archive a build with -Dquarkus.package.jar.appcds.enabled=true leaves beside the jar. It records the class
# path as the build ran it (quarkus-run.jar, lib/boot/...), so the app is started from the jar's own directory, as
# deploy/ does; from anywhere else the JVM ignores the archive without a word.
if [ -z "${JAVA_OPTS+set}" ] && [ -f "$(dirname "$jar")/app-cds.jsa" ]; then
  java_opts="$java_opts -XX:SharedArchiveFile=app-cds.jsa"
fi
# The server settings of deploy/followthrough.env.example; BENCH_APP_ENV= runs the app with its defaults.
app_env=${BENCH_APP_ENV-MALLOC_ARENA_MAX=2 QUARKUS_DATASOURCE_JDBC_MAX_SIZE=10 QUARKUS_THREAD_POOL_MAX_THREADS=32}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out=target/bench/$stamp
mkdir -p "$out"
say() { echo "$*" >&2; }

# --- Tools --------------------------------------------------------------------------------------------------------
missing=()
command -v wrk > /dev/null || missing+=(wrk)
[ -x /usr/lib/postgresql/15/bin/pgbench ] || missing+=(postgresql-15)
command -v python3 > /dev/null || missing+=(python3)
command -v curl > /dev/null || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  apt-get update -q > /dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" > /dev/null
fi
pgbench=/usr/lib/postgresql/15/bin/pgbench
if [ ! -f "$jar" ]; then
  say "building the jar"
  ./mvnw -q package -DskipTests
fi

# --- A fresh role and database ------------------------------------------------------------------------------------
if ! pg_lsclusters -h 2>/dev/null | awk '$1 == 15 && $2 == "main" {print $4}' | grep -q online; then
  say "starting PostgreSQL 15/main"
  pg_ctlcluster 15 main start
fi
pg_log=$(pg_lsclusters -h | awk '$1 == 15 && $2 == "main" {print $7}')
pg_port=$(pg_lsclusters -h | awk '$1 == 15 && $2 == "main" {print $3}')
db=ft_bench_$(date +%s)_$$
password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
as_postgres() { runuser -u postgres -- psql -p "$pg_port" -v ON_ERROR_STOP=1 -qAt "$@"; }
as_postgres -c "create role $db login password '$password'" -c "create database $db owner $db"
app_pid=
cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; fi
  if [ "${BENCH_KEEP_DB:-0}" != 1 ]; then
    as_postgres -c "drop database if exists $db with (force)" -c "drop role if exists $db" || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- The app --------------------------------------------------------------------------------------------------------
base=http://localhost:$port
basic="Basic $(printf 'lead:lead' | base64)"
starts=()
# Demo sign-in in the prod profile needs a signing key of its own (README, "Two replicas").
session_key=$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
# Starts the jar in the prod profile against the bench database, with the demo accounts on (HTTP Basic) and no
# identity provider; waits for readiness on the management port and records how long that took.
start_app() {
  local log=$out/app-$1.log start
  start=$(date +%s%N)
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$pg_port/$db" QUARKUS_DATASOURCE_USERNAME=$db \
    QUARKUS_DATASOURCE_PASSWORD=$password QUARKUS_HTTP_PORT=$port MANAGEMENT_PORT=$management \
    FOLLOWTHROUGH_DEMO_ENABLED=true FOLLOWTHROUGH_DEMO_SESSION_KEY=$session_key QUARKUS_OIDC_TENANT_ENABLED=false OIDC_AUTH_SERVER_URL=http://localhost:1/realms/none \
    QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=60S env $app_env \
    bash -c 'cd "$1" && shift && exec java "$@"' - "$(dirname "$jar")" $java_opts -jar "$(basename "$jar")" > "$log" 2>&1 &
  app_pid=$!
  until curl -fs "http://localhost:$management/q/health/ready" > /dev/null 2>&1; do
    if ! kill -0 "$app_pid" 2>/dev/null; then say "the app stopped; see $log"; tail -20 "$log" >&2; exit 1; fi
    sleep 0.02
  done
  local ms=$(( ($(date +%s%N) - start) / 1000000 ))
  starts+=("$1:$ms")
  rss_ready=$(ps -o rss= -p "$app_pid" | tr -d ' ')
  say "$1: ready in $ms ms"
}
stop_app() {
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=
}

start_app first-start
say "loading ${BENCH_ACTIONS:-500} actions with ${BENCH_UPDATES:-10} updates each through the API"
load_start=$(date +%s)
python3 bench/load.py "$base" "${BENCH_ACTIONS:-500}" "${BENCH_UPDATES:-10}" > "$out/ids.sh"
. "$out/ids.sh"
say "loaded in $(( $(date +%s) - load_start )) s: plan $PLAN_ID, action $ACTION_ID, lead $LEAD_ID, review $REVIEW_ID"
stop_app

# The read cases: name, path.
cases=(
  "GET /api/plans/{id}/actions?size=100|/api/plans/$PLAN_ID/actions?size=100"
  "  same, filtered by lead|/api/plans/$PLAN_ID/actions?size=100&lead=$LEAD_ID"
  "GET /api/actions/{id}|/api/actions/$ACTION_ID"
  "GET /api/actions/{id}/updates|/api/actions/$ACTION_ID/updates"
  "GET /api/actions/{id}?include=updates|/api/actions/$ACTION_ID?include=updates"
  "GET /plans/{id} (page, 500 actions)|/plans/$PLAN_ID"
  "GET /termly-reviews/{id} (pack page)|/termly-reviews/$REVIEW_ID"
)

# --- The SQL each read issues, captured from the app --------------------------------------------------------------
as_postgres -c "alter role $db set log_statement = 'all'"
start_app capture
build=$(curl -fs "http://localhost:$management/q/info" | python3 -c '
import json, sys
info = json.load(sys.stdin)
git = info.get("git", {})
commit = git.get("commit", {})
print(info.get("build", {}).get("version", "?"), "built", info.get("build", {}).get("time", "?"),
      "commit", commit.get("id", "?") if isinstance(commit, dict) else commit)' 2>/dev/null || echo unknown)
for i in "${!cases[@]}"; do
  path=${cases[$i]#*|}
  code=$(curl -s -o "$out/response-$i.txt" -w '%{http_code}' -H "Authorization: $basic" "$base$path")
  [ "$code" = 200 ] || { say "GET $path answered $code"; exit 1; }
  for _ in $(seq 1 20); do curl -fs -o /dev/null -H "Authorization: $basic" "$base$path"; done
  sleep 0.3
  from=$(stat -c %s "$pg_log")
  curl -fs -o /dev/null -H "Authorization: $basic" "$base$path"
  sleep 0.3
  python3 bench/capture.py "$pg_log" "$from" "$(stat -c %s "$pg_log")" "$db@$db" > "$out/sql-$i.sql"
done
stop_app
as_postgres -c "alter role $db reset log_statement"

# --- Load -----------------------------------------------------------------------------------------------------------
number() { # wrk's "4.20ms", "812.00us", "1.02s" in milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/) n *= 1000; printf "%.1f", n }'
}
rss_samples=$out/rss-samples.txt
: > "$rss_samples"
sample_rss() { while kill -0 "$app_pid" 2>/dev/null; do ps -o rss= -p "$app_pid" >> "$rss_samples" || true; sleep 0.5; done; }
rows=()
run_wrk() { # name, connections, raw-file, wrk arguments...
  local name=$1 c=$2 raw=$3 sampler=
  shift 3
  wrk -t"$threads" -c"$c" -d"$warmup" --timeout 10s "$@" > /dev/null
  if [ "$c" = 32 ]; then sample_rss & sampler=$!; fi
  wrk -t"$threads" -c"$c" -d"$duration" --timeout 10s --latency "$@" > "$raw"
  if [ -n "$sampler" ]; then kill "$sampler"; wait "$sampler" 2>/dev/null || true; fi
  rps=$(awk '/^Requests\/sec/ {printf "%.0f", $2}' "$raw")
  p50=$(number "$(awk '$1 == "50%" {print $2}' "$raw")")
  p99=$(number "$(awk '$1 == "99%" {print $2}' "$raw")")
  errors=$(awk '/Non-2xx/ {printf "non-2xx %s ", $NF}
    /Socket errors/ {gsub(",", ""); printf "connect %s read %s write %s timeout %s", $4, $6, $8, $10}' "$raw")
}
run_pgbench() { # sql-file, clients, raw-file
  PGPASSWORD=$password $pgbench -h localhost -p "$pg_port" -U "$db" -n -M prepared -j "$threads" -c "$2" \
    -T "${warmup%s}" -f "$1" "$db" > /dev/null 2>&1
  PGPASSWORD=$password $pgbench -h localhost -p "$pg_port" -U "$db" -n -M prepared -j "$threads" -c "$2" \
    -T "${duration%s}" -f "$1" "$db" > "$3" 2>&1
  # No tps line: pgbench finished no transaction in the time (see its raw output).
  awk '/^tps/ {printf "%.0f", $3; found = 1} END {if (!found) printf "none"}' "$3"
}
start_app load
say "running the cases (warm-up $warmup, then $duration each)"
load_avg_start=$(cut -d' ' -f1-3 /proc/loadavg)
for i in "${!cases[@]}"; do
  name=${cases[$i]%|*}
  path=${cases[$i]#*|}
  for c in $connections; do
    run_wrk "$name" "$c" "$out/wrk-$i-$c.txt" -H "Authorization: $basic" "$base$path"
    ceiling=$(run_pgbench "$out/sql-$i.sql" "$c" "$out/pgbench-$i-$c.txt")
    ratio=$(awk -v a="$rps" -v b="$ceiling" 'BEGIN { if (b + 0 > 0) printf "%.0f%%", 100 * a / b; else print "-" }')
    rows+=("$name|$c|$rps|$p50|$p99|$ceiling|$ratio|${errors:-}")
    say "$name at $c: $rps req/s, p99 $p99 ms, ceiling $ceiling"
  done
done
ids=$(echo "$ACTION_IDS" | tr ',' '\n' | head -100 | paste -sd,)
for c in $connections; do
  run_wrk "POST /api/actions/{id}/updates" "$c" "$out/wrk-post-$c.txt" -s bench/post-update.lua "$base" -- "$basic" "$ids"
  rows+=("POST /api/actions/{id}/updates|$c|$rps|$p50|$p99|-|-|${errors:-}")
  say "POST at $c: $rps req/s, p99 $p99 ms"
done
load_avg_end=$(cut -d' ' -f1-3 /proc/loadavg)
rss_load_ready=$rss_ready
stop_app
for run in $(seq 1 "$startup_runs"); do start_app "restart-$run"; stop_app; done

# --- The table ------------------------------------------------------------------------------------------------------
{
  echo "Followthrough HTTP benchmark, $stamp"
  echo "jar: $jar ($build)"
  echo "java: $(java -version 2>&1 | head -1); JAVA_OPTS: ${java_opts:-none}; environment: ${app_env:-none}"
  echo "machine: $(nproc) cores; load average $load_avg_start at the start of the cases, $load_avg_end at the end"
  echo "wrk: $threads threads, $warmup warm-up then $duration per case; ceiling: pgbench -M prepared, the same clients"
  echo
  printf '| %-38s | %5s | %7s | %8s | %8s | %13s | %5s | %s |\n' case conns 'req/s' 'p50 ms' 'p99 ms' 'ceiling req/s' ratio errors
  printf '|%s|------:|--------:|---------:|---------:|--------------:|------:|---|\n' "$(printf -- '-%.0s' {1..40})"
  for row in "${rows[@]}"; do
    IFS='|' read -r name c rps p50 p99 ceiling ratio errors <<< "$row"
    printf '| %-38s | %5s | %7s | %8s | %8s | %13s | %5s | %s |\n' "$name" "$c" "$rps" "$p50" "$p99" "$ceiling" \
      "$ratio" "${errors:-none}"
  done
  echo
  sort -n "$rss_samples" | awk -v ready="$rss_load_ready" '{ v[NR] = $1 } END {
    printf "RSS: %d MB when ready; under the 32-connection load median %d MB, peak %d MB (%d samples)\n",
      ready / 1024, v[int((NR + 1) / 2)] / 1024, v[NR] / 1024, NR }'
  printf 'start-up (launch to /q/health/ready 200):'
  for s in "${starts[@]}"; do printf ' %s %s ms;' "${s%%:*}" "${s#*:}"; done
  echo
  echo "(first-start migrates the empty database; capture, load and restart-n start on the migrated one)"
  echo "statements per request (captured):"
  for i in "${!cases[@]}"; do
    printf '  %-38s %s\n' "${cases[$i]%|*}" "$(grep -c ';$' "$out/sql-$i.sql")"
  done
} | tee "$out/table.txt"
cp "$out/table.txt" "target/bench/http-$stamp.txt"
say "saved in $out"
