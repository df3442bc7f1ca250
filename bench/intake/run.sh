#!/usr/bin/env bash
# Application submission benchmark: a fresh PostgreSQL database, LegalAid on it (demo data), then SubmissionBench:
# API submissions with concurrent clients beside a raw JDBC baseline writing the same rows. Needs a JDK 21+ and
# local PostgreSQL. CLIENTS and COUNT set the load (defaults 8 and 1000).
set -euo pipefail
cd "$(dirname "$0")/../.."
db=legalaid_bench_intake
su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS $db WITH (FORCE)' -c 'CREATE DATABASE $db'"
./mvnw -q -B -DskipTests package
mkdir -p target/bench-lib
unzip -o -q -j target/legalaid-0.1.0-SNAPSHOT.jar 'BOOT-INF/lib/postgresql-*.jar' -d target/bench-lib
jdbc=jdbc:postgresql://127.0.0.1:5432/$db
SPRING_DATASOURCE_URL=$jdbc SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
  java -jar target/legalaid-0.1.0-SNAPSHOT.jar --server.port=18082 --logging.level.org.legalaid.request=WARN \
  --logging.level.com.openhtmltopdf=WARN --legalaid.evidence.dir=target/bench-evidence > target/bench-intake-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do curl -sf http://127.0.0.1:18082/actuator/health >/dev/null && break; sleep 1; done
centre=$(su postgres -c "psql -tA -d $db -c \"SELECT id FROM network_unit WHERE division_code = '620102' AND kind = 'CENTRE'\"")
java -cp "$(ls target/bench-lib/postgresql-*.jar)" bench/intake/SubmissionBench.java http://127.0.0.1:18082 "$jdbc" postgres "" \
  "$centre" "${CLIENTS:-8}" "${COUNT:-1000}"
