#!/usr/bin/env bash
# Times the dashboard API with curl: starts `sitrep serve` on DB, asks each
# endpoint once (a fresh server: the first request) and four more times (the
# best shows the reader's cache), prints seconds, bytes and status.
#   tests/e2e/measure_api.sh BIN DB   (DB e.g. from make_db.py --events 1000000)
# Figures: docs/PERFORMANCE.md, "Event store and dashboard".
bin=$1; db=$2
log=$(mktemp)
"$bin" serve --db "$db" --port 0 --web "$(dirname "$0")/../../web/dist" --threads 4 >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 200); do url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$log" | head -1); [[ -n $url ]] && break; sleep 0.1; done
[[ -n $url ]] || { cat "$log" >&2; kill $pid 2>/dev/null; echo "measure_api: the server did not start" >&2; exit 1; }
t() { # label path: first call, then best of 4 more
  local first rest
  first=$(curl -s -o /dev/null -w '%{time_total} %{size_download} %{http_code}' "$url$2")
  rest=$(for i in 1 2 3 4; do curl -s -o /dev/null -w '%{time_total}\n' "$url$2"; done | sort -n | head -1)
  echo "$1  first: $first  best-of-4: $rest"
}
t events       '/api/events?limit=50'
t events_ng    '/api/events?country=NG&limit=50'
t events_p3    '/api/events?country=SY&admin1=Idlib&type=Battles&limit=50'
t events_p9    '/api/events?offset=1000&limit=50'
t stats        '/api/stats'
t stats_month  '/api/stats?by=month'
t stats_ng     '/api/stats?country=NG'
t stats_range  '/api/stats?since=2024-03-06&until=2024-04-17'
t stats_actor  '/api/stats?actor=Taliban'
t points       '/api/points'
t points_actor '/api/points?actor=Taliban'
t alerts       '/api/alerts'
t events_actor '/api/events?actor=Taliban&limit=50'
t events_mil   '/api/events?actor=military%20forces&limit=50'
t stats_mil    '/api/stats?actor=military%20forces'
t events_text  '/api/events?q=rioted&limit=50'
t stats_text   '/api/stats?q=rioted'
t events_every '/api/events?q=killing&limit=50'
t stats_every  '/api/stats?q=killing'
t events_rare  '/api/events?q=wounding%2040&limit=50'
t stats_rare   '/api/stats?q=wounding%2040'
t events_tx_ng '/api/events?q=rioted&country=NG&limit=50'
t points_text  '/api/points?q=rioted'
t events_adm   '/api/events?admin1=HELMAND&limit=50'
t events_p3_nc '/api/events?country=SY&admin1=province%203&type=battles&limit=50'
t summary      '/api/summary'
kill $pid; wait $pid 2>/dev/null; rm -f "$log"
