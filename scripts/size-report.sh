#!/usr/bin/env bash
# Prints the raw and gzip -9 size of every file in dist/ and the total.
set -euo pipefail
dir="${1:-dist}"
total_raw=0
total_gz=0
printf '\nSize report for %s/\n%-48s %10s %10s\n' "$dir" "file" "raw B" "gzip -9 B"
while IFS= read -r f; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '%-48s %10d %10d\n' "${f#"$dir"/}" "$raw" "$gz"
done < <(find "$dir" -type f | sort)
printf '%-48s %10d %10d\n' "total" "$total_raw" "$total_gz"
if [ -f "$dir/rls-check.html" ]; then
  raw=$(stat -c %s "$dir/rls-check.html")
  gz=$(gzip -9 -c "$dir/rls-check.html" | wc -c)
  printf '%-48s %10d %10d\n' "hosted build (all but rls-check.html)" "$((total_raw - raw))" "$((total_gz - gz))"
  printf '%-48s %10d %10d\n' "standalone file rls-check.html" "$raw" "$gz"
fi
