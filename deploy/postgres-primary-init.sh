#!/usr/bin/env bash
# Run once by the postgres:15 image's entrypoint on the primary's empty volume (docker-entrypoint-initdb.d): the
# replication user the standby streams as, its slot (the primary keeps the WAL the standby has not received), and the
# pg_hba line that lets it connect from the compose network.
set -Eeuo pipefail
: "${NEWSAPI_REPLICATION_PASSWORD:?set NEWSAPI_REPLICATION_PASSWORD}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -v password="$NEWSAPI_REPLICATION_PASSWORD" <<'SQL'
CREATE ROLE replicator REPLICATION LOGIN PASSWORD :'password';
SELECT pg_create_physical_replication_slot('standby1');
SQL
echo "host replication replicator all scram-sha-256" >>"$PGDATA/pg_hba.conf"
