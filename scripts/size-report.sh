#!/usr/bin/env bash
# Prints the raw and gzip -9 size of every file in dist/ and the total.
# A file with the same bytes as one listed before it (embed-<hash>.js, the
# pinned copy of embed.js) is listed but counted once: a browser loads one
# or the other. With BUDGET_GZIP set (bytes), fails when the hosted build's
# gzip -9 total (every file but the standalone rls-check.html and the FHIR
# files under fhir/, a publication for clinics the widget never loads) is
# over it.
set -euo pipefail
dir="${1:-dist}"
budget="${BUDGET_GZIP:-}"
if [ -n "$budget" ] && ! [[ "$budget" =~ ^[0-9]+$ ]]; then
  echo "BUDGET_GZIP must be a whole number of bytes, not \"$budget\"" >&2
  exit 2
fi
total_raw=0
total_gz=0
declare -A seen=()
printf '\nSize report for %s/\n%-48s %10s %10s\n' "$dir" "file" "raw B" "gzip -9 B"
while IFS= read -r f; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  sum=$(sha256sum "$f" | cut -d ' ' -f 1)
  if [ -n "${seen[$sum]:-}" ]; then
    printf '%-48s %10d %10d  (same bytes as %s, counted once)\n' "${f#"$dir"/}" "$raw" "$gz" "${seen[$sum]}"
    continue
  fi
  seen[$sum]="${f#"$dir"/}"
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '%-48s %10d %10d\n' "${f#"$dir"/}" "$raw" "$gz"
done < <(find "$dir" -type f | sort)
printf '%-48s %10d %10d\n' "total" "$total_raw" "$total_gz"
# What is not the hosted widget: the standalone file and the FHIR files.
alone_raw=0
alone_gz=0
fhir_raw=0
fhir_gz=0
if [ -f "$dir/rls-check.html" ]; then
  alone_raw=$(stat -c %s "$dir/rls-check.html")
  alone_gz=$(gzip -9 -c "$dir/rls-check.html" | wc -c)
fi
if [ -d "$dir/fhir" ]; then
  while IFS= read -r f; do
    fhir_raw=$((fhir_raw + $(stat -c %s "$f")))
    fhir_gz=$((fhir_gz + $(gzip -9 -c "$f" | wc -c)))
  done < <(find "$dir/fhir" -type f | sort)
fi
hosted=$((total_gz - alone_gz - fhir_gz))
printf '%-48s %10d %10d\n' "hosted build (all but rls-check.html, fhir/)" "$((total_raw - alone_raw - fhir_raw))" "$hosted"
[ -f "$dir/rls-check.html" ] && printf '%-48s %10d %10d\n' "standalone file rls-check.html" "$alone_raw" "$alone_gz"
[ -d "$dir/fhir" ] && printf '%-48s %10d %10d\n' "FHIR files for clinics fhir/" "$fhir_raw" "$fhir_gz"
if [ -n "$budget" ]; then
  if [ "$hosted" -gt "$budget" ]; then
    printf 'Size budget exceeded: the hosted build is %d B gzip -9, over the budget of %d B.\n' "$hosted" "$budget" >&2
    exit 1
  fi
  printf 'Size budget kept: the hosted build is %d B gzip -9, within %d B.\n' "$hosted" "$budget"
fi
