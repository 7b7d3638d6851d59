#!/usr/bin/env bash
# The production build into a folder of one's own, so e2e runs of different people (or helpers)
# never see a dist/ half rebuilt: scripts/build-into.sh /tmp/dist-mine, then E2E_DIST=/tmp/dist-mine.
set -euo pipefail
out=${1:?usage: scripts/build-into.sh DIR}
npx vite build --outDir "$out" --emptyOutDir ${VITE_FLAGS:-} >/dev/null
# The server-side build stays inside the project, where its imports resolve.
ssr="node_modules/.prerender-$(basename "$out")"
npx vite build --ssr src/prerender.tsx --outDir "$ssr" --emptyOutDir >/dev/null
PRERENDER_SSR="$PWD/$ssr" PRERENDER_OUT="$out" node scripts/prerender.js
node scripts/minify-embed.js "$out"
node scripts/compress.js "$out"
