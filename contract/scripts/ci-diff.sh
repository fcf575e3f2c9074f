#!/usr/bin/env bash
# CI's view of contract changes: the diff against the latest release (fails only on a breaking
# change without a major version step), then, when ../shared is beside the repo, the
# compatibility baseline against the Open Klant 2.18 reference (must have 0 breaking changes
# besides the reasoned deviations in compat/open-klant-2.18.yaml).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "--- contract changes since the latest release"
npx tsx scripts/diff.ts --format markdown

reference=../../shared/reference
if [ -d "$reference" ]; then
  echo "--- contract compatibility with Open Klant 2.18"
  for file in "$reference"/open-klant-2.18-klantinteracties-0.9.0.yaml "$reference"/open-klant-2.18-contactgegevens-1.1.1.yaml; do
    npx tsx scripts/diff.ts --base "$file" --accepted compat/open-klant-2.18.yaml --format markdown | sed -n 1,3p
  done
fi
