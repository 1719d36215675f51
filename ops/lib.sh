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

# The database the tests and benchmarks use: DB_URL's when set, else the private cluster, started here if it was
# stopped (and then stopped again by stop_database_if_started). Exports what the engine and the tests need.
started_db=no
use_database() {
  if [ -z "${DB_URL:-}" ]; then
    "$ANSINH_HOME/ops/db" status >/dev/null 2>&1 || started_db=yes
    "$ANSINH_HOME/ops/db" start
  fi
  eval "$("$ANSINH_HOME/ops/db" env)"
  export DB_URL DB_USER DB_PASSWORD DB_ADMIN_USER DB_ADMIN_PASSWORD
}
stop_database_if_started() { [ "$started_db" = yes ] && env -u DB_URL "$ANSINH_HOME/ops/db" stop || true; }

# psql as the database's admin user, quiet and failing on the first error.
psql_admin() {
  PGOPTIONS=--client-min-messages=warning PGPASSWORD="$DB_ADMIN_PASSWORD" \
    psql -X -q -v ON_ERROR_STOP=1 "${DB_URL/postgresql:\/\//postgresql://$DB_ADMIN_USER@}" "$@"
}

# For the benchmarks: a result line to stdout and to $RESULT, wall-clock milliseconds, milliseconds as seconds,
# and one field of a flat JSON object.
emit() { echo "$1" | tee -a "$RESULT"; }
now_ms() { date +%s%3N; }
seconds() { awk "BEGIN{printf \"%.2f\", $1/1000}"; }
json_field() { grep -o "\"$2\" *: *[^,}]*" <<<"$1" | head -1 | sed 's/.*: *//; s/"//g'; }
# The engine's heap in use, its heap pools summed as it reports them itself, on HTTP_PORT.
heap_used() {
  curl -fs "http://127.0.0.1:$HTTP_PORT/q/metrics" | grep '^jvm_memory_used_bytes{area="heap"' | awk '{s+=$NF} END {printf "%d", s}'
}
