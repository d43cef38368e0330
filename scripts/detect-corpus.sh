#!/usr/bin/env bash
# Runs phiguard detect over the development corpus and scores it.
# Usage: scripts/detect-corpus.sh [extra score.mjs flags]   (writes .tmp/pred.jsonl)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpus
mkdir -p .tmp
node -e '
const fs = require("fs")
for (const line of fs.readFileSync(process.argv[1], "utf8").split("\n")) {
  if (!line.trim()) continue
  const d = JSON.parse(line)
  process.stdout.write(JSON.stringify({ id: d.id, text: d.text }) + "\n")
}' "$corpus/dev.jsonl" | npx tsx src/cli/main.ts detect --jsonl > .tmp/pred.jsonl
node "$corpus/score.mjs" "$corpus/dev.jsonl" .tmp/pred.jsonl --exclude ORGANIZATION "$@"
