#!/usr/bin/env bash
# Sourced by ./kiln and .ci/run: exports JAVA_HOME pointing at a JDK 21 or newer.
# Order: $JAVA_HOME, the `java` on PATH, then the usual install folders. Fails with a clear message.

kiln_java_major() { # $1 = path to a java binary; prints its feature version
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

kiln_find_jdk() {
  local candidates=() c major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for c in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$c" ] && candidates+=("$c")
  done
  local best="" best_major=0
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    major=$(kiln_java_major "$c/bin/java")
    [ -n "$major" ] || continue
    if [ "$major" -ge 21 ]; then
      # Prefer the first acceptable candidate: the user's own choice comes first in the list.
      best="$c"; best_major=$major; break
    fi
  done
  if [ -z "$best" ]; then
    echo "Kiln needs a JDK 21 or newer (Helidon 4 runs on Java 21+), and none was found." >&2
    echo "Looked at JAVA_HOME, the java on PATH, /usr/lib/jvm, /opt, ~/.sdkman and ~/.jdks." >&2
    echo "Install one (for example Temurin 21 or 25) and set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
  echo "Using JDK $best_major at $JAVA_HOME" >&2
}
