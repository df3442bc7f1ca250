#!/usr/bin/env bash
# Service-network tree benchmark: a fresh PostgreSQL database, LegalAid with its demo data, grown to about
# 705,000 units, then TreeBench timing the tree pages and API. Needs a JDK 21+ (JAVA_HOME) and local PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/../.."
db=legalaid_bench_tree
per_county=${PER_COUNTY:-8200}
su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS $db WITH (FORCE)' -c 'CREATE DATABASE $db'"
./mvnw -q -B -DskipTests package
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$db SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
  java -jar target/legalaid-0.1.0-SNAPSHOT.jar --server.port=18080 --logging.level.org.legalaid.request=WARN > target/bench-tree-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do curl -sf http://127.0.0.1:18080/actuator/health >/dev/null && break; sleep 1; done
su postgres -c "psql -q -d $db -v per_county=$per_county -f $(pwd)/bench/tree/generate.sql"
java bench/tree/TreeBench.java http://127.0.0.1:18080 admin LegalAid2026 "${ROUNDS:-200}"
