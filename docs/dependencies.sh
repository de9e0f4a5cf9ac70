#!/usr/bin/env bash
# Prints, for each library module, the jars an application gets on its class path when it adds that
# module (compile and runtime scope, optional dependencies left out), with their sizes and total.
# Usage: docs/dependencies.sh [extra mvn options, e.g. -o]   (from any directory; builds without tests)
set -euo pipefail
cd "$(dirname "$0")/.."

LIBRARIES=(sdk-core sdk-jdbc sdk-forms sdk-widgets sdk-stats sdk-stats-jdbc sdk-stats-redis sdk-testing-feeds sdk-testing)
present=()
for m in "${LIBRARIES[@]}"; do [ -f "$m/pom.xml" ] && present+=("$m"); done
list=$(IFS=,; echo "${present[*]}")

# package first: the SDK's own modules then resolve to their jars, whose sizes count too.
mvn -B -q -DskipTests -Dmdep.analyze.skip=true -pl "$list" -am "$@" package \
  org.apache.maven.plugins:maven-dependency-plugin:3.9.0:list \
  -DincludeScope=runtime -DoutputAbsoluteArtifactFilename=true -DexcludeTransitive=false \
  -DoutputFile=target/runtime-classpath.txt -DappendOutput=false >/dev/null

mib() { awk -v b="$1" 'BEGIN { printf "%.2f", b / 1048576 }'; }

printf '%-18s %5s %9s\n' "module" "jars" "MiB"
details=""
for m in "${present[@]}"; do
  own=$(ls "$m"/target/"$m"-*.jar | grep -v -e '-tests\.jar$' -e '-sources\.jar$' -e '-javadoc\.jar$' | head -n 1)
  total=$(stat -c %s "$own")
  count=1
  lines="    $(basename "$own") $(mib "$total")"
  while IFS= read -r line; do
    case "$line" in *"(optional)"*) continue ;; esac
    file=$(printf '%s\n' "$line" | grep -o '/[^ ]*\.jar' | head -n 1 || true)
    [ -n "$file" ] && [ -f "$file" ] || continue
    size=$(stat -c %s "$file")
    total=$((total + size))
    count=$((count + 1))
    lines="$lines"$'\n'"    $(basename "$file") $(mib "$size")"
  done < "$m/target/runtime-classpath.txt"
  printf '%-18s %5d %9s\n' "$m" "$count" "$(mib "$total")"
  details="$details"$'\n'"$m:"$'\n'"$(printf '%s\n' "$lines" | sort -k2 -n -r)"
done
printf '%s\n' "$details"
