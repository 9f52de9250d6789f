#!/usr/bin/env bash
# The reliability probes of issue 15 (bench/reliability.py) against the packaged jar on a fresh database of this
# machine's PostgreSQL 15; prints one table. The database faults are DatabaseFaultsIT's (./mvnw verify).
#
#   bench/reliability.sh [jar] [appends]
#
# The jar defaults to target/quarkus-app/quarkus-run.jar (built with ./mvnw package -DskipTests if missing); appends
# (by the two writers) to 500. Needs root (or sudo-less access to apt-get and the postgres account) the first time,
# to install postgresql-15 and start the cluster 15/main.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-target/quarkus-app/quarkus-run.jar}
appends=${2:-500}
if [ ! -x /usr/lib/postgresql/15/bin/postgres ]; then
  apt-get update -q > /dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql-15 > /dev/null
fi
if [ ! -f "$jar" ]; then
  ./mvnw -q package -DskipTests
fi
if ! pg_lsclusters -h 2>/dev/null | awk '$1 == 15 && $2 == "main" {print $4}' | grep -q online; then
  pg_ctlcluster 15 main start
fi
pg_port=$(pg_lsclusters -h | awk '$1 == 15 && $2 == "main" {print $3}')
db=ft_reliability_$(date +%s)_$$
password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
as_postgres() { runuser -u postgres -- psql -p "$pg_port" -v ON_ERROR_STOP=1 -qAt "$@"; }
as_postgres -c "create role $db login password '$password'" -c "create database $db owner $db"
trap 'as_postgres -c "drop database if exists $db with (force)" -c "drop role if exists $db" || true' EXIT
python3 bench/reliability.py "$jar" "jdbc:postgresql://localhost:$pg_port/$db" "$db" "$password" "$appends"
