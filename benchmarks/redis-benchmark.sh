#!/usr/bin/env bash
# Throughput of the unikv test server next to a real redis-server, measured with redis-benchmark.
#
# Starts redis-server and the standalone test server jar on free loopback ports, runs
#   redis-benchmark -q -c $CLIENTS -n $N -t $TESTS --csv
# with -P 1 and -P 16 against both (interleaved: redis P1, unikv P1, redis P16, unikv P16, after
# a short warm-up of both), stops both servers on exit, and prints Markdown tables.
#
# usage: benchmarks/redis-benchmark.sh [-n REQUESTS]
# environment: N (requests per test, default 200000), CLIENTS (default 50),
#   TESTS (default set,get,incr,lpush,lpop,sadd,hset,zadd), WARMUP_N (default 20000, 0 skips),
#   JAVA (default java), JAVA_OPTS (extra JVM options for the test server).
# Needs redis-server, redis-benchmark and redis-cli on the PATH; builds the jar if missing.
# Not part of the test suite: numbers depend on the machine.
set -euo pipefail

N=${N:-200000}
CLIENTS=${CLIENTS:-50}
TESTS=${TESTS:-set,get,incr,lpush,lpop,sadd,hset,zadd}
WARMUP_N=${WARMUP_N:-20000}
JAVA=${JAVA:-java}
while getopts "n:h" opt; do
    case $opt in
        n) N=$OPTARG ;;
        *) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
    esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
for tool in redis-server redis-benchmark redis-cli "$JAVA"; do
    command -v "$tool" >/dev/null || { echo "error: $tool not found on PATH" >&2; exit 1; }
done

jar() { ls "$root"/test-server/target/unikv-test-server-*-standalone.jar 2>/dev/null | head -n 1; }
if [ -z "$(jar)" ]; then
    echo "Building the standalone jar..." >&2
    (cd "$root" && ./mvnw -q -pl test-server -am package -DskipTests)
fi
JAR=$(jar)
[ -n "$JAR" ] || { echo "error: no standalone jar under test-server/target" >&2; exit 1; }

work=$(mktemp -d)
redis_pid=""
unikv_pid=""
cleanup() {
    for pid in $redis_pid $unikv_pid; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in $redis_pid $unikv_pid; do
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    if command -v python3 >/dev/null; then
        python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
        return
    fi
    local port
    while :; do
        port=$((20000 + RANDOM % 40000))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
}

# wait_for DESCRIPTION COMMAND...: poll COMMAND for up to 30 s.
wait_for() {
    local what=$1; shift
    local deadline=$((SECONDS + 30))
    until "$@" >/dev/null 2>&1; do
        if [ $SECONDS -ge $deadline ]; then
            echo "error: $what did not start within 30 s" >&2
            cat "$work"/*.log >&2 || true
            exit 1
        fi
        sleep 0.1
    done
}

redis_port=$(free_port)
redis-server --bind 127.0.0.1 --port "$redis_port" --save '' --appendonly no >"$work/redis.log" 2>&1 &
redis_pid=$!
wait_for "redis-server" redis-cli -p "$redis_port" ping

unikv_port=$(free_port)
# shellcheck disable=SC2086
"$JAVA" ${JAVA_OPTS:-} -jar "$JAR" --port "$unikv_port" --http-port 0 >"$work/unikv.out" 2>"$work/unikv.log" &
unikv_pid=$!
wait_for "the unikv test server" grep -q '^READY ' "$work/unikv.out"

echo "redis-server $(redis-server --version | sed 's/.*v=\([^ ]*\).*/\1/') on port $redis_port;" \
    "unikv $(basename "$JAR") on port $unikv_port" >&2

# bench NAME PORT PIPELINE: run redis-benchmark, keep "TEST rps" lines in $work/NAME-PPIPELINE.txt
bench() {
    local name=$1 port=$2 pipeline=$3
    echo "redis-benchmark $name -P $pipeline (-c $CLIENTS -n $N)..." >&2
    redis-benchmark -h 127.0.0.1 -p "$port" -q -c "$CLIENTS" -n "$N" -P "$pipeline" -t "$TESTS" --csv \
        2>"$work/$name-P$pipeline.err" |
        awk -F'","' 'NR > 1 { gsub(/"/, "", $1); print $1, $2 }' >"$work/$name-P$pipeline.txt"
    if [ -s "$work/$name-P$pipeline.err" ]; then
        echo "  $name -P $pipeline reported errors (first 3):" >&2
        sort "$work/$name-P$pipeline.err" | uniq -c | sort -rn | head -n 3 | sed 's/^/    /' >&2
    fi
}

if [ "$WARMUP_N" -gt 0 ]; then
    echo "warming up both servers (-n $WARMUP_N)..." >&2
    redis-benchmark -h 127.0.0.1 -p "$redis_port" -q -c "$CLIENTS" -n "$WARMUP_N" -t "$TESTS" >/dev/null 2>&1 || true
    redis-benchmark -h 127.0.0.1 -p "$unikv_port" -q -c "$CLIENTS" -n "$WARMUP_N" -t "$TESTS" >/dev/null 2>&1 || true
    redis-benchmark -h 127.0.0.1 -p "$unikv_port" -q -c "$CLIENTS" -n "$WARMUP_N" -P 16 -t "$TESTS" >/dev/null 2>&1 || true
fi
for pipeline in 1 16; do
    bench redis "$redis_port" "$pipeline"
    bench unikv "$unikv_port" "$pipeline"
done

echo
echo "redis-benchmark -c $CLIENTS -n $N, requests per second (ratio = unikv / redis)"
for pipeline in 1 16; do
    echo
    echo "#### -P $pipeline"
    echo
    echo "| test | redis rps | unikv rps | ratio |"
    echo "|------|----------:|----------:|------:|"
    awk -v tests="$TESTS" '
        FILENAME == ARGV[1] { redis[$1] = $2 }
        FILENAME == ARGV[2] { unikv[$1] = $2 }
        END {
            n = split(toupper(tests), order, ",")
            for (i = 1; i <= n; i++) {
                t = order[i]
                r = (t in redis) ? redis[t] : "-"
                u = (t in unikv) ? unikv[t] : "-"
                ratio = (r != "-" && u != "-" && r > 0) ? sprintf("%.2f", u / r) : "-"
                printf "| %s | %s | %s | %s |\n", t, r, u, ratio
            }
        }' "$work/redis-P$pipeline.txt" "$work/unikv-P$pipeline.txt"
done
