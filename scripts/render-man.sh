#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Renders man/*.md (pandoc markdown with a title block) to roff man pages
# next to them (man/lead-x.1, man/leadpipe.7). The rendered pages are
# committed so building never needs pandoc. Run after editing a man page.
set -euo pipefail
cd "$(dirname "$0")/../man"
command -v pandoc >/dev/null || { echo "render-man: pandoc is not installed (apt-get install pandoc)" >&2; exit 69; }
for md in *.md; do
  [ "$md" = README.md ] && continue
  out=${md%.md}
  pandoc --standalone --from markdown --to man "$md" -o "$out"
  echo "rendered man/$out"
done
