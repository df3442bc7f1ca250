#!/usr/bin/env bash
# Assignment benchmark: a fresh PostgreSQL database, LegalAid's migrations and demo data, 200,000 providers
# (generate-providers.sql), 100,000 past assignments (generate-history.sql), then ChooseBench times the choice of a
# lawyer in process. Needs a JDK 21+ and local PostgreSQL reachable as postgres on 127.0.0.1 (PGHOST, PGUSER to change).
# PROVIDERS, CASES and ROUNDS set the sizes (defaults 200000, 100000 and 1000).
set -euo pipefail
cd "$(dirname "$0")/../.."
db=legalaid_bench_assignment
psql=(psql -q -h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-postgres}")
"${psql[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
./mvnw -q -B -DskipTests package
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
cp="target/classes:$(cat target/bench-classpath.txt)"
jdbc="jdbc:postgresql://${PGHOST:-127.0.0.1}:5432/$db"
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "$cp" bench/assignment/ChooseBench.java prepare "$jdbc"
"${psql[@]}" -d "$db" -v providers="${PROVIDERS:-200000}" -f bench/assignment/generate-providers.sql
"${psql[@]}" -d "$db" -v cases="${CASES:-100000}" -f bench/assignment/generate-history.sql
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "$cp" bench/assignment/ChooseBench.java run "$jdbc" "${ROUNDS:-1000}"
