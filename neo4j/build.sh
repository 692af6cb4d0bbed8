#!/usr/bin/env bash
# Builds the embedded Neo4j launcher (classes + runtime jars in neo4j/lib); a no-op when up to date.
set -euo pipefail

dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
class="$dir/target/classes/twingraph/Launcher.class"
src="$dir/src/main/java/twingraph/Launcher.java"
pom="$dir/pom.xml"
stamp="$dir/lib/.complete" # written last, so an interrupted download is redone
lib_ok() { [[ -f "$stamp" && "$stamp" -nt "$pom" ]]; }

if lib_ok && [[ -f "$class" && "$class" -nt "$pom" && "$class" -nt "$src" ]]; then
  exit 0
fi

command -v mvn >/dev/null || { echo "neo4j/build.sh: mvn not found (need Maven 3.8+ and JDK 17)" >&2; exit 1; }
# Quiet Maven still prints stray ANSI resets; show its output only when it fails.
mvn() {
  local out
  out="$(command mvn -q -B -Dstyle.color=never -f "$pom" "$@" 2>&1)" || { printf '%s\n' "$out" >&2; return 1; }
}
if ! lib_ok; then
  echo "neo4j/build.sh: fetching Neo4j jars into neo4j/lib (first run downloads ~125 MB from Maven Central)" >&2
  # Fresh lib so jars of an older Neo4j version never linger on the classpath.
  rm -rf "$dir/lib"
  mvn dependency:copy-dependencies -DoutputDirectory=lib -DincludeScope=runtime
  touch "$stamp"
fi
echo "neo4j/build.sh: compiling the launcher" >&2
mvn compile
touch "$class"
