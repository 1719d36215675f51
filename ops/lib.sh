# Shared by the ops scripts: where things are, and which JDK to use. Source it; do not run it.
ANSINH_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN_DIR="${ANSINH_RUN_DIR:-$ANSINH_HOME/.run}"

die() { printf 'ansinh: %s\n' "$*" >&2; exit 1; }
note() { printf '\033[1mansinh:\033[0m %s\n' "$*" >&2; }

# A JDK of release 25 or newer: JAVA_HOME, else the Temurin 25 install, else java on PATH.
java_release() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
find_jdk() {
  local candidate release
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 \
      "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")"; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    release="$(java_release "$candidate")"
    if [ -n "$release" ] && [ "${release%%.*}" -ge 25 ]; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  die "no JDK 25 or newer found. Install Temurin 25 (/usr/lib/jvm/temurin-25-jdk-amd64) or set JAVA_HOME to a JDK >= 25."
}

mvnw() { (cd "$ANSINH_HOME" && ./mvnw -B --no-transfer-progress "$@"); }

engine_jar() { echo "$ANSINH_HOME/src/target/quarkus-app/quarkus-run.jar"; }

# Builds the engine unless its jar is newer than every source file of the build.
build_engine_if_stale() {
  local jar; jar="$(engine_jar)"
  if [ ! -f "$jar" ] || [ -n "$(find "$ANSINH_HOME/pom.xml" "$ANSINH_HOME"/{src,iso8583,reconciliation,fixtures} \
        -path '*/target' -prune -o -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
    note "building (./mvnw package -DskipTests)…"
    mvnw -q package -DskipTests || die "build failed"
  fi
}

# An RSA key pair that signs and verifies the engine's tokens; made once per checkout.
ensure_token_keys() {
  local dir="$RUN_DIR/keys"
  mkdir -p "$dir"
  if [ ! -f "$dir/token-private.pem" ]; then
    command -v openssl >/dev/null || die "openssl is needed to create the token signing key"
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/token-private.pem" 2>/dev/null
    openssl pkey -in "$dir/token-private.pem" -pubout -out "$dir/token-public.pem"
    chmod 600 "$dir/token-private.pem"
    note "created token signing keys in $dir"
  fi
  export ANSINH_TOKEN_PRIVATE_KEY="$dir/token-private.pem"
  export ANSINH_TOKEN_PUBLIC_KEY="$dir/token-public.pem"
}
