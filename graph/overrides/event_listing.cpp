#include "graph/overrides/event_listing.h"

#include <yaml-cpp/yaml.h>

#include "graph/overrides/overrides.h"

namespace chronograph::graph {

namespace {

// `date:` as the overrides file reads it: one text when one says exactly these days, else a
// range of days (either side may be missing: "by ..", "not before ..").
void write_date(YAML::Emitter& out, const EventTime& time) {
  if (!time.start && !time.end) return;
  out << YAML::Key << "date" << YAML::Value;
  if (const auto text = date_as_written(time)) {
    out << *text;
    return;
  }
  out << YAML::Flow << YAML::BeginMap;
  if (time.start) out << YAML::Key << "start" << YAML::Value << format_iso_day(*time.start);
  if (time.end) out << YAML::Key << "end" << YAML::Value << format_iso_day(*time.end);
  out << YAML::EndMap;
}

}  // namespace

std::string event_listing_yaml(const GraphData& graph) {
  YAML::Emitter out;
  out << YAML::BeginMap << YAML::Key << "chronograph" << YAML::Value << 1 << YAML::Key << "events" << YAML::Value
      << YAML::BeginMap;
  for (const auto& event : graph.events) {
    out << YAML::Key << event.id << YAML::Value << YAML::BeginMap << YAML::Key << "title" << YAML::Value << event.title;
    write_date(out, event.time);
    out << YAML::Key << "modality" << YAML::Value << std::string(to_string(event.modality)) << YAML::EndMap;
  }
  out << YAML::EndMap << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

}  // namespace chronograph::graph
