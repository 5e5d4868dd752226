#include "store/event_columns.h"

namespace sitrep::store {
namespace {

void BindActor(sqlite::Query& query, const std::optional<EventActor>& actor) {
  if (!actor.has_value()) {
    query.BindNull().BindNull().BindNull().BindNull();
    return;
  }
  query.BindText(actor->name).BindText(actor->country).BindText(actor->sector).BindInt(actor->inter);
}

std::optional<EventActor> ReadActor(const sqlite::Query& query, int first) {
  bool any = false;
  for (int i = 0; i < 4; ++i) any = any || !query.IsNull(first + i);
  if (!any) return std::nullopt;
  EventActor actor;
  actor.name = query.Text(first);
  actor.country = query.Text(first + 1);
  actor.sector = query.Text(first + 2);
  actor.inter = static_cast<int>(query.Int(first + 3));
  return actor;
}

}  // namespace

std::string EventPlaceholders() {
  std::string out;
  for (int i = 0; i < kEventColumnCount; ++i) out += i == 0 ? "?" : ", ?";
  return out;
}

void BindEventColumns(sqlite::Query& query, const Event& event) {
  query.BindText(event.date).BindText(event.date_precision);
  query.BindText(event.event_type).BindText(event.sub_event_type).BindText(event.plover).BindText(event.plover_mode);
  BindActor(query, event.actor1);
  BindActor(query, event.actor2);
  if (event.location.has_value()) {
    const EventLocation& l = *event.location;
    query.BindText(l.name).BindText(l.admin2).BindText(l.admin1).BindText(l.country).BindText(l.country_name);
    query.BindDouble(l.lat).BindDouble(l.lon).BindInt(l.precision);
  } else {
    for (int i = 0; i < 8; ++i) query.BindNull();
  }
  query.BindOptionalInt(event.fatalities).BindOptionalInt(event.wounded);
}

Event ReadEventColumns(const sqlite::Query& query, int first) {
  Event event;
  int c = first;
  event.date = query.Text(c++);
  event.date_precision = query.Text(c++);
  event.event_type = query.Text(c++);
  event.sub_event_type = query.Text(c++);
  event.plover = query.Text(c++);
  event.plover_mode = query.Text(c++);
  event.actor1 = ReadActor(query, c);
  c += 4;
  event.actor2 = ReadActor(query, c);
  c += 4;
  bool any_location = false;
  for (int i = 0; i < 8; ++i) any_location = any_location || !query.IsNull(c + i);
  if (any_location) {
    EventLocation l;
    l.name = query.Text(c);
    l.admin2 = query.Text(c + 1);
    l.admin1 = query.Text(c + 2);
    l.country = query.Text(c + 3);
    l.country_name = query.Text(c + 4);
    l.lat = query.Double(c + 5);
    l.lon = query.Double(c + 6);
    l.precision = static_cast<int>(query.Int(c + 7));
    event.location = l;
  }
  c += 8;
  event.fatalities = query.OptionalInt(c++);
  event.wounded = query.OptionalInt(c++);
  return event;
}

std::string JoinContexts(const std::vector<std::string>& contexts) {
  std::string out;
  for (const std::string& context : contexts) {
    if (context.empty()) continue;
    if (!out.empty()) out += ',';
    out += context;
  }
  return out;
}

std::vector<std::string> SplitContexts(std::string_view joined) {
  std::vector<std::string> out;
  while (!joined.empty()) {
    const std::size_t comma = joined.find(',');
    std::string_view part = joined.substr(0, comma);
    if (!part.empty()) out.emplace_back(part);
    if (comma == std::string_view::npos) break;
    joined.remove_prefix(comma + 1);
  }
  return out;
}

}  // namespace sitrep::store
