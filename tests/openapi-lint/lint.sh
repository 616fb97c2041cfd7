#!/usr/bin/env bash
# Lints the OpenAPI document of the built app: starts NewsApi.dll on a free loopback port over a throwaway database,
# saves /swagger/v1/swagger.json to a temp folder and runs the pinned @redocly/cli over it with redocly.yaml.
# usage: tests/openapi-lint/lint.sh path/to/NewsApi.dll
set -euo pipefail
dll=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
ConnectionStrings__News="Data Source=$tmp/news.db" ASPNETCORE_URLS="http://127.0.0.1:$port" \
    dotnet "$dll" >"$tmp/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$tmp"' EXIT
for _ in $(seq 1 100); do
    curl -fsS "http://127.0.0.1:$port/swagger/v1/swagger.json" -o "$tmp/openapi.json" 2>/dev/null && break
    if ! kill -0 $app 2>/dev/null; then cat "$tmp/app.log" >&2; exit 1; fi
    sleep 0.2
done
[ -s "$tmp/openapi.json" ] || { echo "the app did not serve its OpenAPI document" >&2; cat "$tmp/app.log" >&2; exit 1; }
cd "$here"
[ -d node_modules/@redocly/cli ] || npm ci --no-audit --no-fund
npx --no-install redocly lint --config redocly.yaml "$tmp/openapi.json"
