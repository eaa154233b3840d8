#!/usr/bin/env bash
# Soak test: CLIENTS concurrent searchers for MINUTES against an index of ARTICLES generated
# articles while another ingest runs into the same index. Reports wrk's throughput, p50, p99 and
# errors, the heap after a full GC before and after the load, and the articles the server saw
# arrive. Loopback only; stops by itself. Never part of ./archive test.
#
#   bench/soak.sh [ARTICLES=100000] [MINUTES=5] [CLIENTS=16] [WORK=target/soak]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
articles="${1:-100000}"
minutes="${2:-5}"
clients="${3:-16}"
work="${4:-target/soak}"
port=7191
command -v wrk >/dev/null || { echo "soak: needs wrk (apt-get install wrk)" >&2; exit 2; }
mkdir -p "$work"

./archive help >/dev/null 2>&1 || true # builds when the sources changed
base="$work/base-$articles.jsonl"
extra="$work/extra.jsonl"
[ -s "$base" ] || ./archive generate --articles "$articles" --seed 42 --jsonl "$base" >&2
[ -s "$extra" ] || ./archive generate --articles 20000 --seed 4242 --jsonl "$extra" >&2
index="$work/index-$articles"
if [ ! -d "$index" ]; then
  echo "soak: ingesting $articles articles" >&2
  ./archive ingest --index "$index" "$base" >&2
fi

./archive serve --index "$index" --port "$port" >"$work/serve.log" 2>&1 &
server=$!
trap 'kill "$server" "${ingest:-}" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  sleep 1
done
pid="$(pgrep -f "newsarchive.Main serve --index $index --port $port" | head -n 1)"
jcmd="$(dirname "$(readlink -f "/proc/$pid/exe")")/jcmd" # the server's own JDK
heap() { "$jcmd" "$pid" GC.run >/dev/null && "$jcmd" "$pid" GC.heap_info | grep -Eo 'used [0-9]+K' | head -n 1; }

# The same mix the bench uses: rare and common words, a phrase, facet selections, deep pages.
paths="$work/paths.txt"
cat >"$paths" <<'EOF'
/api/search?q=queen%20sergeant
/api/search?q=shelling
/api/search?q=aid%20convoy
/api/search?q=%22heavy%20shelling%22
/api/search?q=shelling&faction=Islamic%20State
/api/search?q=convoy&faction=Islamic%20State&location=Raqqa
/api/search?q=shelling&faction=Hezbollah&faction=Peshmerga
/api/search?q=shelling&page=50
/api/search?location=Raqqa
/api/search?page=200
EOF
before_articles="$(curl -fsS "http://127.0.0.1:$port/health")"
heap_before="$(heap)"
./archive ingest --index "$index" "$extra" >"$work/ingest-during.log" 2>&1 &
ingest=$!
BENCH_PATHS="$paths" wrk -t2 -c"$clients" -d"${minutes}m" --latency \
  -s bench/harness/src/main/resources/newsarchive/bench/cycle.lua "http://127.0.0.1:$port" \
  >"$work/wrk.txt"
wait "$ingest" || true
after_articles="$(curl -fsS "http://127.0.0.1:$port/health")"
heap_after="$(heap)"

echo "soak: $articles articles, $clients clients, $minutes min, an ingest of 20000 more running"
grep -E 'Requests/sec|Non-2xx|Socket errors|50%|99%' "$work/wrk.txt" || true
echo "health before: $before_articles; after: $after_articles"
echo "heap after a full GC: before the load $heap_before; after it $heap_after"
tail -n 2 "$work/ingest-during.log"
