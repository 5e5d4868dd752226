// Read-side speed on a generated store of 1,000,000 events (issue 7: the
// server's /api/events and /api/stats must answer in under 50 ms there).
//
// The database is generated once per run in a temporary directory by direct
// INSERTs with the embedded schema (read-side indexes included; version 2),
// then brought to the latest version by its migrations (so the summary
// tables of version 3 are built the way an upgrade builds them), and each
// benchmark opens it with the real Reader. SITREP_BENCH_EVENTS overrides the
// size; SITREP_BENCH_DB names a file to reuse, or to generate and keep (any
// sitrep store works, e.g. one from tests/e2e/make_db.py).
//
// "...EventsTable" variants open the Reader with use_summaries = false: the
// same answers read from the events table, as before schema version 3.
#include <benchmark/benchmark.h>
#include <sqlite3.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>

#include "core/data.h"
#include "store/alerts.h"
#include "store/schema_migrations.h"
#include "store/sqlite_reader.h"
#include "store/stats.h"
#include "store/store.h"

namespace sitrep::store {
namespace {

constexpr const char* kCountries[] = {"AF", "NG", "SY", "YE", "SO", "ML", "BF", "CD", "SD", "SS",
                                      "IQ", "UA", "MM", "ET", "MZ", "CM", "NE", "LY", "PK", "CF"};
constexpr const char* kTypes[] = {"Battles", "Explosions/Remote violence", "Violence against civilians",
                                  "Protests", "Riots", "Strategic developments"};
constexpr const char* kPlover[] = {"FIGHT", "ASSAULT", "ASSAULT", "PROTEST", "PROTEST", "MOBILIZE"};

void Exec(sqlite3* db, const std::string& sql) {
  char* error = nullptr;
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    std::fprintf(stderr, "store_query_bench: %s\n", error ? error : "?");
    std::exit(1);
  }
}

std::string Generate(const std::filesystem::path& path, int events) {
  std::filesystem::remove(path);
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  Exec(db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -200000");
  // The whole schema, then its indexes dropped and rebuilt after the rows:
  // building an index once is much faster than keeping it sorted through a
  // million inserts.
  Exec(db, std::string(SchemaStep(1)) + ";" + std::string(SchemaStep(2)));
  std::string drop, indexes;
  {
    sqlite3_stmt* q = nullptr;
    sqlite3_prepare_v2(db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL", -1, &q,
                       nullptr);
    while (sqlite3_step(q) == SQLITE_ROW) {
      drop += "DROP INDEX " + std::string(reinterpret_cast<const char*>(sqlite3_column_text(q, 0))) + ";\n";
      indexes += std::string(reinterpret_cast<const char*>(sqlite3_column_text(q, 1))) + ";\n";
    }
    sqlite3_finalize(q);
  }
  Exec(db, drop);
  Exec(db, "BEGIN");
  Exec(db, "INSERT INTO documents (content_hash, doc_key, outlet, published, ingested_at) "
           "VALUES ('h', 'k', 'Bench Wire', '2024-01-01', '2024-01-01T00:00:00Z')");
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(db,
                     "INSERT INTO events (date, date_precision, event_type, sub_event_type, plover, actor1_name, "
                     "actor1_inter, actor2_name, actor2_inter, location_name, admin2, admin1, country, country_name, "
                     "lat, lon, geo_precision, fatalities, notes, source_count, sources, first_seen, updated_at) "
                     "VALUES (?, 'day', ?, 'Armed clash', ?, ?, 1, ?, 2, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, 1, "
                     "'Bench Wire', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')",
                     -1, &stmt, nullptr);
  std::mt19937 rng(42);
  const int days = 6 * 365;  // 2019 to 2024
  char date[16], actor1[64], actor2[64], town[32], admin2[32], admin1[32];
  const std::string notes =
      "Fighting broke out between the two sides near the town on Tuesday, killing several people, "
      "officials and residents said.";
  for (int i = 0; i < events; ++i) {
    const int day = static_cast<int>(rng() % days);
    const int country = static_cast<int>(rng() % 20);
    const int province = static_cast<int>(rng() % 12);
    const int type = static_cast<int>(rng() % 6);
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", 2019 + day / 365, 1 + (day % 365) / 31 % 12,
                  1 + (day % 365) % 28);
    std::snprintf(actor1, sizeof actor1, "Military Forces of Country %d", country);
    std::snprintf(actor2, sizeof actor2, "Armed Group %u", static_cast<unsigned>(rng() % 400));
    std::snprintf(town, sizeof town, "Town %u", static_cast<unsigned>(rng() % 5000));
    std::snprintf(admin2, sizeof admin2, "District %d-%d", province, static_cast<int>(rng() % 8));
    std::snprintf(admin1, sizeof admin1, "Province %d", province);
    int f = 0;
    const unsigned roll = rng() % 100;
    if (roll > 40) f = 1 + static_cast<int>(rng() % (roll > 95 ? 60 : 8));
    int c = 1;
    sqlite3_bind_text(stmt, c++, date, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(stmt, c++, kTypes[type], -1, SQLITE_STATIC);
    sqlite3_bind_text(stmt, c++, kPlover[type], -1, SQLITE_STATIC);
    sqlite3_bind_text(stmt, c++, actor1, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(stmt, c++, actor2, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(stmt, c++, town, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(stmt, c++, admin2, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(stmt, c++, admin1, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(stmt, c++, kCountries[country], -1, SQLITE_STATIC);
    sqlite3_bind_text(stmt, c++, kCountries[country], -1, SQLITE_STATIC);
    sqlite3_bind_double(stmt, c++, -10 + static_cast<double>(rng() % 40000) / 1000);
    sqlite3_bind_double(stmt, c++, 10 + static_cast<double>(rng() % 50000) / 1000);
    sqlite3_bind_int(stmt, c++, f);
    sqlite3_bind_text(stmt, c++, notes.data(), static_cast<int>(notes.size()), SQLITE_STATIC);
    sqlite3_step(stmt);
    sqlite3_reset(stmt);
  }
  sqlite3_finalize(stmt);
  Exec(db, "COMMIT");
  Exec(db, indexes);
  // Later versions as the writer's upgrade applies them: on a full table.
  for (int step = 3; step <= LatestSchemaVersion(); ++step) Exec(db, std::string(SchemaStep(step)));
  Exec(db, "PRAGMA user_version = " + std::to_string(LatestSchemaVersion()) + "; ANALYZE");
  sqlite3_close(db);
  return path.string();
}

const std::string& Database() {
  static const std::string path = [] {
    const char* given = std::getenv("SITREP_BENCH_DB");
    if (given && std::filesystem::exists(given)) return std::string(given);
    int events = 1000000;
    if (const char* n = std::getenv("SITREP_BENCH_EVENTS")) events = std::max(1000, std::atoi(n));
    auto dir = std::filesystem::temp_directory_path() / ("sitrep-store-bench-" + std::to_string(getpid()));
    std::filesystem::path target = given ? std::filesystem::path(given) : dir / "bench.db";
    if (!given) std::filesystem::create_directories(dir);
    const auto start = std::chrono::steady_clock::now();
    std::string p = Generate(target, events);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr, "store_query_bench: generated %d events in %.1f s (%s)\n", events, seconds, p.c_str());
    std::atexit([] {
      if (!std::getenv("SITREP_BENCH_DB")) {
        std::error_code ec;
        std::filesystem::remove_all(std::filesystem::path(Database()).parent_path(), ec);
      }
    });
    return p;
  }();
  return path;
}

std::unique_ptr<Reader> OpenBenchReader(bool use_summaries = true) {
  SqliteReaderOptions options;
  options.use_summaries = use_summaries;
  auto reader = OpenSqliteReader(Database(), options);
  if (!reader.ok()) {
    std::fprintf(stderr, "store_query_bench: %s\n", reader.status().ToString().c_str());
    std::exit(1);
  }
  return std::move(reader).value();
}

EventFilter CountryYear() {
  EventFilter f;
  f.country = "NG";
  f.since = "2023-01-01";
  f.until = "2023-12-31";
  return f;
}

void BM_EventsFirstPage(benchmark::State& state) {
  auto reader = OpenBenchReader();
  EventFilter f;
  f.limit = 100;
  for (auto _ : state) benchmark::DoNotOptimize(reader->Events(f).value().size());
}
BENCHMARK(BM_EventsFirstPage)->Unit(benchmark::kMillisecond);

void BM_EventsCountryYearFirstPage(benchmark::State& state) {
  auto reader = OpenBenchReader();
  EventFilter f = CountryYear();
  f.limit = 100;
  for (auto _ : state) benchmark::DoNotOptimize(reader->Events(f).value().size());
}
BENCHMARK(BM_EventsCountryYearFirstPage)->Unit(benchmark::kMillisecond);

void BM_EventsTypeAdmin1FirstPage(benchmark::State& state) {
  auto reader = OpenBenchReader();
  EventFilter f;
  f.country = "SY";
  f.admin1 = "province 3";
  f.event_type = "battles";
  f.limit = 100;
  for (auto _ : state) benchmark::DoNotOptimize(reader->Events(f).value().size());
}
BENCHMARK(BM_EventsTypeAdmin1FirstPage)->Unit(benchmark::kMillisecond);

// Counts and aggregates are cached by a Reader until the file changes, so
// each of these runs twice: "Cold" opens a fresh Reader for every iteration
// (the first request after an ingest), "Warm" reuses one (a dashboard's
// repeated views).
template <typename Fn>
void Cold(benchmark::State& state, Fn fn, bool use_summaries = true) {
  for (auto _ : state) {
    state.PauseTiming();
    auto reader = OpenBenchReader(use_summaries);
    state.ResumeTiming();
    fn(*reader);
  }
}

template <typename Fn>
void Warm(benchmark::State& state, Fn fn) {
  auto reader = OpenBenchReader();
  fn(*reader);  // fills the cache
  for (auto _ : state) fn(*reader);
}

void CountAll(Reader& r) { benchmark::DoNotOptimize(r.CountEvents({}).value()); }
void CountCountryYear(Reader& r) { benchmark::DoNotOptimize(r.CountEvents(CountryYear()).value()); }

StatsOptions TimelineOnly(EventFilter filter) {
  StatsOptions options;
  options.filter = std::move(filter);
  options.by_type = options.by_actor = options.by_admin1 = options.days_since = false;
  return options;
}
// What the dashboard's /api/stats needs: timeline, types and provinces.
StatsOptions Dashboard(EventFilter filter) {
  StatsOptions options = TimelineOnly(std::move(filter));
  options.by_type = options.by_admin1 = true;
  return options;
}
StatsOptions Everything(EventFilter filter) {
  StatsOptions options;
  options.filter = std::move(filter);
  return options;
}

void Stats(Reader& r, const StatsOptions& o) { benchmark::DoNotOptimize(ComputeStats(r, o).value().events); }

void BM_CountEventsAllCold(benchmark::State& s) { Cold(s, CountAll); }
void BM_CountEventsAllWarm(benchmark::State& s) { Warm(s, CountAll); }
void BM_CountEventsCountryYearCold(benchmark::State& s) { Cold(s, CountCountryYear); }
void BM_StatsWeeksAllCold(benchmark::State& s) { Cold(s, [](Reader& r) { Stats(r, TimelineOnly({})); }); }
void BM_StatsWeeksAllWarm(benchmark::State& s) { Warm(s, [](Reader& r) { Stats(r, TimelineOnly({})); }); }
void BM_StatsWeeksCountryYearCold(benchmark::State& s) {
  Cold(s, [](Reader& r) { Stats(r, TimelineOnly(CountryYear())); });
}
void BM_StatsDashboardAllCold(benchmark::State& s) { Cold(s, [](Reader& r) { Stats(r, Dashboard({})); }); }
void BM_StatsDashboardAllWarm(benchmark::State& s) { Warm(s, [](Reader& r) { Stats(r, Dashboard({})); }); }
void BM_StatsDashboardCountryYearCold(benchmark::State& s) {
  Cold(s, [](Reader& r) { Stats(r, Dashboard(CountryYear())); });
}
void BM_StatsEverythingCountryYearCold(benchmark::State& s) {
  Cold(s, [](Reader& r) { Stats(r, Everything(CountryYear())); });
}
void BM_StatsEverythingAllCold(benchmark::State& s) { Cold(s, [](Reader& r) { Stats(r, Everything({})); }); }
void BM_CountEventsAllColdEventsTable(benchmark::State& s) { Cold(s, CountAll, false); }
void BM_StatsDashboardAllColdEventsTable(benchmark::State& s) {
  Cold(s, [](Reader& r) { Stats(r, Dashboard({})); }, false);
}
void BM_StatsEverythingAllColdEventsTable(benchmark::State& s) {
  Cold(s, [](Reader& r) { Stats(r, Everything({})); }, false);
}
void BM_StatsEverythingCountryYearColdEventsTable(benchmark::State& s) {
  Cold(s, [](Reader& r) { Stats(r, Everything(CountryYear())); }, false);
}
void BM_AlertsAllCold(benchmark::State& s) {
  Cold(s, [](Reader& r) { benchmark::DoNotOptimize(ComputeAlerts(r, {}).value().provinces.size()); });
}
BENCHMARK(BM_CountEventsAllCold)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CountEventsAllWarm)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CountEventsCountryYearCold)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StatsWeeksAllCold)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StatsWeeksAllWarm)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StatsWeeksCountryYearCold)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StatsDashboardAllCold)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StatsDashboardAllWarm)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StatsDashboardCountryYearCold)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StatsEverythingCountryYearCold)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StatsEverythingAllCold)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_AlertsAllCold)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CountEventsAllColdEventsTable)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StatsDashboardAllColdEventsTable)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_StatsEverythingAllColdEventsTable)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_StatsEverythingCountryYearColdEventsTable)->Unit(benchmark::kMillisecond);

// Schema version 4's filters (issue 7): an actor matching one name
// ("Taliban" in make_db's store) or several ("Military Forces": one per
// country), words of the notes (a rare one and one in every note), a date
// range that cuts its first and last week, and a province typed in
// another case. Each on a fresh Reader.
EventFilter ActorFilter(const char* actor) {
  EventFilter f;
  f.actor = actor;
  return f;
}
EventFilter TextFilter(const char* text) {
  EventFilter f;
  f.text = text;
  return f;
}
EventFilter CutWeeks() {
  EventFilter f;
  f.since = "2024-03-06";
  f.until = "2024-04-17";
  return f;
}
void FirstPage(Reader& r, EventFilter f) {
  f.limit = 50;
  benchmark::DoNotOptimize(r.Events(f).value().size());
  benchmark::DoNotOptimize(r.CountEvents(f).value());
}
void BM_PageAndCountActorOneNameCold(benchmark::State& s) { Cold(s, [](Reader& r) { FirstPage(r, ActorFilter("Taliban")); }); }
void BM_PageAndCountActorManyNamesCold(benchmark::State& s) {
  Cold(s, [](Reader& r) { FirstPage(r, ActorFilter("military forces")); });
}
void BM_PageAndCountActorNoNameCold(benchmark::State& s) { Cold(s, [](Reader& r) { FirstPage(r, ActorFilter("nobody at all")); }); }
void BM_StatsEverythingActorOneNameCold(benchmark::State& s) {
  Cold(s, [](Reader& r) { Stats(r, Everything(ActorFilter("Taliban"))); });
}
void BM_StatsEverythingActorManyNamesCold(benchmark::State& s) {
  Cold(s, [](Reader& r) { Stats(r, Everything(ActorFilter("military forces"))); });
}
void BM_PointsActorOneNameCold(benchmark::State& s) {
  Cold(s, [](Reader& r) {
    EventFilter f = ActorFilter("Taliban");
    f.limit = 250001;
    std::int64_t n = 0;
    benchmark::DoNotOptimize(r.ForEachPoint(f, [&n](const EventPoint&) { return ++n > 0; }).ok());
  });
}
void BM_PageAndCountTextRareCold(benchmark::State& s) { Cold(s, [](Reader& r) { FirstPage(r, TextFilter("rioted")); }); }
void BM_PageAndCountTextEveryNoteCold(benchmark::State& s) { Cold(s, [](Reader& r) { FirstPage(r, TextFilter("killing")); }); }
void BM_StatsEverythingTextRareCold(benchmark::State& s) {
  Cold(s, [](Reader& r) { Stats(r, Everything(TextFilter("rioted"))); });
}
// Text in more plans (make_db's store: "rioted" is in the 5% of notes that
// are riots, "killing" in every note, kUncommonWord in about 0.1%): a page
// with a country (ids from events_by_id), the dashboard's stats, the map.
constexpr char kUncommonWord[] = "wounding 40";
void BM_PageAndCountTextUncommonCold(benchmark::State& s) {
  Cold(s, [](Reader& r) { FirstPage(r, TextFilter(kUncommonWord)); });
}
void BM_PageAndCountTextCountryCold(benchmark::State& s) {
  Cold(s, [](Reader& r) {
    EventFilter f = TextFilter("rioted");
    f.country = "NG";
    FirstPage(r, f);
  });
}
void BM_StatsDashboardTextRareCold(benchmark::State& s) {
  Cold(s, [](Reader& r) { Stats(r, Dashboard(TextFilter("rioted"))); });
}
void BM_StatsEverythingTextUncommonCold(benchmark::State& s) {
  Cold(s, [](Reader& r) { Stats(r, Everything(TextFilter(kUncommonWord))); });
}
void BM_StatsEverythingTextEveryNoteCold(benchmark::State& s) {
  Cold(s, [](Reader& r) { Stats(r, Everything(TextFilter("killing"))); });
}
void BM_PointsTextRareCold(benchmark::State& s) {
  Cold(s, [](Reader& r) {
    EventFilter f = TextFilter("rioted");
    f.limit = 250001;
    std::int64_t n = 0;
    benchmark::DoNotOptimize(r.ForEachPoint(f, [&n](const EventPoint&) { return ++n > 0; }).ok());
  });
}
void BM_StatsEverythingCutWeeksCold(benchmark::State& s) { Cold(s, [](Reader& r) { Stats(r, Everything(CutWeeks())); }); }
void BM_StatsEverythingCutWeeksColdEventsTable(benchmark::State& s) {
  Cold(s, [](Reader& r) { Stats(r, Everything(CutWeeks())); }, false);
}
void BM_AlertsAllColdEventsTable(benchmark::State& s) {
  Cold(s, [](Reader& r) { benchmark::DoNotOptimize(ComputeAlerts(r, {}).value().provinces.size()); }, false);
}
void BM_PageAndCountAdmin1OtherCaseCold(benchmark::State& s) {
  Cold(s, [](Reader& r) {
    EventFilter f;
    f.admin1 = "HELMAND";
    FirstPage(r, f);
  });
}
BENCHMARK(BM_PageAndCountActorOneNameCold)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PageAndCountActorManyNamesCold)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PageAndCountActorNoNameCold)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StatsEverythingActorOneNameCold)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StatsEverythingActorManyNamesCold)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_PointsActorOneNameCold)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_PageAndCountTextRareCold)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PageAndCountTextEveryNoteCold)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_StatsEverythingTextRareCold)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_PageAndCountTextUncommonCold)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PageAndCountTextCountryCold)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StatsDashboardTextRareCold)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_StatsEverythingTextUncommonCold)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_StatsEverythingTextEveryNoteCold)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_PointsTextRareCold)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_StatsEverythingCutWeeksCold)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StatsEverythingCutWeeksColdEventsTable)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_AlertsAllColdEventsTable)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_PageAndCountAdmin1OtherCaseCold)->Unit(benchmark::kMillisecond);

// The map's points (/api/points without the JSON): `limit` newest events,
// from the covering index (ForEachPoint) or, as before version 3, from
// whole event rows (the Reader's generic ForEachPoint over ForEachEvent).
void Points(benchmark::State& state, bool from_rows) {
  auto reader = OpenBenchReader();
  EventFilter f;
  f.limit = state.range(0);
  std::int64_t n = 0;
  auto count = [&n](const EventPoint& p) {
    n += p.fatalities >= 0;
    return true;
  };
  for (auto _ : state) {
    n = 0;
    Status s = from_rows ? reader->Reader::ForEachPoint(f, count) : reader->ForEachPoint(f, count);
    benchmark::DoNotOptimize(s.ok());
  }
  state.counters["points"] = static_cast<double>(n);
}
void BM_Points(benchmark::State& s) { Points(s, false); }
void BM_PointsFromRows(benchmark::State& s) { Points(s, true); }
BENCHMARK(BM_Points)->Arg(100000)->Arg(250001)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PointsFromRows)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(2);

}  // namespace
}  // namespace sitrep::store

BENCHMARK_MAIN();
