// Builders for dedup tests: plain Event / MentionView values written so a
// scenario reads like the reports it stands for. Places are invented towns
// placed at known distances from each other (1 degree of latitude = 111.2 km).
#ifndef SITREP_TESTS_STORE_DEDUP_BUILDERS_H_
#define SITREP_TESTS_STORE_DEDUP_BUILDERS_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/events.h"
#include "store/dedup.h"

namespace sitrep::testing {

inline constexpr double kKmPerDegreeLat = 111.195;

inline EventLocation Town(std::string name, std::string admin2, std::string admin1, double lat, double lon,
                          std::string country = "AF") {
  EventLocation p;
  p.name = std::move(name);
  p.admin2 = std::move(admin2);
  p.admin1 = std::move(admin1);
  p.country = std::move(country);
  p.country_name = p.country == "AF" ? "Afghanistan" : p.country;
  p.lat = lat;
  p.lon = lon;
  p.precision = 1;
  return p;
}

inline EventLocation District(std::string admin2, std::string admin1, double lat, double lon,
                              std::string country = "AF") {
  EventLocation p = Town(admin2, admin2, std::move(admin1), lat, lon, std::move(country));
  p.precision = 2;
  return p;
}

inline EventLocation Province(std::string admin1, double lat, double lon, std::string country = "AF") {
  EventLocation p = Town(admin1, "", admin1, lat, lon, std::move(country));
  p.precision = 3;
  return p;
}

// A town `km` north of (lat, lon).
inline EventLocation TownNorthOf(std::string name, std::string admin2, std::string admin1, double lat, double lon,
                                 double km) {
  return Town(std::move(name), std::move(admin2), std::move(admin1), lat + km / kKmPerDegreeLat, lon);
}

inline EventActor Actor(std::string name, std::string sector, std::string country = "AF", int inter = 0) {
  return EventActor{std::move(name), std::move(country), std::move(sector), inter};
}

inline EventActor Taliban() { return Actor("Taliban", "rebels", "AF", 2); }
inline EventActor Iskp() { return Actor("Islamic State (Khorasan Province)", "rebels", "AF", 2); }
inline EventActor Unidentified() { return Actor("Unidentified Armed Group (Afghanistan)", "armed group", "AF", 3); }
inline EventActor Army() { return Actor("Military Forces of Afghanistan (2004-2021)", "military", "AF", 1); }
inline EventActor Police() { return Actor("Police Forces of Afghanistan (2004-2021)", "police", "AF", 1); }
inline EventActor Civilians() { return Actor("Civilians (Afghanistan)", "civilians", "AF", 7); }
inline EventActor Protesters() { return Actor("Protesters (Afghanistan)", "protesters", "AF", 6); }

// Fluent event builder: EventOf("Explosions/Remote violence", "Suicide bomb").On("2021-05-08").At(...)...
struct EventOf {
  Event e;
  EventOf(std::string type, std::string sub, std::string plover = "ASSAULT") {
    e.event_type = std::move(type);
    e.sub_event_type = std::move(sub);
    e.plover = std::move(plover);
    e.confidence = 0.7;
  }
  EventOf& On(std::string date, std::string precision = "day") {
    e.date = std::move(date);
    e.date_precision = std::move(precision);
    return *this;
  }
  EventOf& At(EventLocation p) { e.location = std::move(p); return *this; }
  EventOf& By(EventActor a) { e.actor1 = std::move(a); return *this; }
  EventOf& Against(EventActor a) { e.actor2 = std::move(a); return *this; }
  EventOf& Killed(int n) { e.fatalities = n; return *this; }
  EventOf& Wounded(int n) { e.wounded = n; return *this; }
  EventOf& Confidence(double c) { e.confidence = c; return *this; }
  EventOf& Future() { e.plover_contexts.push_back("future"); return *this; }
  operator Event() const { return e; }  // NOLINT: builder
};

// A PLOVER-only event (no ACLED type), e.g. a diplomatic meeting.
inline EventOf PloverEvent(std::string plover) { return EventOf("", "", std::move(plover)); }

inline store::MentionView Mention(std::string outlet, std::string published, Event event, std::int64_t id = 0) {
  store::MentionView m;
  m.event = std::move(event);
  m.outlet = std::move(outlet);
  m.published = std::move(published);
  m.mention_id = id;
  return m;
}

// What the store's writer does, in memory: each mention joins the incident
// with the best MatchScore > 0 or starts a new one. Returns incidents as
// lists of indices into `mentions`, in creation order.
inline std::vector<std::vector<std::size_t>> Cluster(const std::vector<store::MentionView>& mentions) {
  std::vector<std::vector<std::size_t>> incidents;
  std::vector<std::vector<store::MentionView>> views;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    double best = 0;
    std::size_t best_incident = incidents.size();
    for (std::size_t k = 0; k < views.size(); ++k) {
      double s = store::MatchScore(mentions[i], views[k]);
      if (s > best) {
        best = s;
        best_incident = k;
      }
    }
    if (best_incident == incidents.size()) {
      incidents.emplace_back();
      views.emplace_back();
    }
    incidents[best_incident].push_back(i);
    views[best_incident].push_back(mentions[i]);
  }
  return incidents;
}

}  // namespace sitrep::testing

#endif  // SITREP_TESTS_STORE_DEDUP_BUILDERS_H_
