#include "render/html/html_timeline.h"

#include <map>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/common/atomic_file.h"
#include "graph/model/going_on.h"
#include "render/timeline/svg_text.h"
#include "render/timeline/time_text.h"

namespace chronograph::render {

namespace {

using nlohmann::json;

std::string title_of(const std::map<std::string, const graph::Event*>& events,
                     const std::string& id) {
  const auto found = events.find(id);
  if (found == events.end()) return id;
  return found->second->title.empty() ? id : found->second->title;
}

// A sentence split around its trigger, so the card can highlight it: [before, trigger, after].
json sentence_parts(const graph::Mention& mention) {
  const std::string& sentence = mention.sentence_text;
  const auto at = mention.text.empty() ? std::string::npos : sentence.find(mention.text);
  if (at == std::string::npos) return json::array({sentence, "", ""});
  return json::array({sentence.substr(0, at), mention.text, sentence.substr(at + mention.text.size())});
}

json cards(const graph::GraphData& graph) {
  std::map<std::string, const graph::Event*> events;
  for (const auto& event : graph.events) events.emplace(event.id, &event);
  std::map<std::string, std::string> names;
  for (const auto& entity : graph.entities) names.emplace(entity.id, entity.name.empty() ? entity.id : entity.name);
  const std::set<std::string> set_aside = graph::set_aside_edges(graph);
  json out = json::object();
  for (const auto& event : graph.events) {
    json card;
    card["title"] = event.title.empty() ? event.id : event.title;
    const auto going_on = graph::day_going_on(graph, event);
    card["date"] = describe_date(event.time, going_on);
    card["certainty"] = describe_certainty(event.time, going_on.has_value());
    if (!event.time.value.empty()) card["value"] = event.time.value;
    card["modality"] = std::string(to_string(event.modality));
    card["class"] = event.event_class;
    json actors = json::array();
    for (const auto& actor : event.actors) actors.push_back(names.count(actor) ? names.at(actor) : actor);
    card["actors"] = actors;
    json sentences = json::array();
    std::set<std::string> seen;
    for (const auto& mention : event.mentions)
      if (!mention.sentence_text.empty() && seen.insert(mention.sentence_text).second)
        sentences.push_back(sentence_parts(mention));
    card["sentences"] = sentences;
    json links = json::array();
    for (const auto& edge : graph.edges) {
      if (edge.from != event.id && edge.to != event.id) continue;
      const bool outgoing = edge.from == event.id;
      const std::string& other = outgoing ? edge.to : edge.from;
      links.push_back({{"dir", outgoing ? "out" : "in"},
                       {"type", std::string(to_string(edge.type))},
                       {"other", other},
                       {"title", title_of(events, other)},
                       {"cue", edge.evidence.cue},
                       {"set_aside", set_aside.count(graph::edge_label(edge)) > 0}});
    }
    card["edges"] = links;
    out[event.id] = card;
  }
  return out;
}

// JSON inside <script> must not close the element early.
std::string script_safe(std::string text) {
  for (std::size_t at = text.find("</"); at != std::string::npos; at = text.find("</", at + 3))
    text.replace(at, 2, "<\\/");
  return text;
}

}  // namespace

std::string render_html_timeline(const graph::GraphData& graph, const TimelineOptions& options,
                                 const DataDir& data_dir) {
  const std::string css = read_file(data_dir.data("html/timeline.css"));
  const std::string js = read_file(data_dir.data("html/timeline.js"));
  TimelineOptions zoomable = options;
  zoomable.zoomable = true;
  const std::string svg = render_svg_timeline(graph, zoomable);
  std::string title = options.title;
  if (title.empty())
    for (const auto& doc : graph.documents) title += (title.empty() ? "" : " \u00b7 ") + (doc.title.empty() ? doc.id : doc.title);
  if (title.empty()) title = "Timeline";
  json data;
  data["events"] = cards(graph);
  std::string out;
  out.reserve(svg.size() * 2 + css.size() + js.size() + 4096);
  out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"generator\" content=\"chronograph\">\n";
  out += fmt::format("<title>{}</title>\n<style>\n{}</style>\n</head>\n<body>\n", escape(title), css);
  out += "<div class=\"toolbar\" role=\"toolbar\" aria-label=\"filters and zoom\">\n"
         "<fieldset id=\"filter-lanes\"><legend>Lanes</legend></fieldset>\n"
         "<fieldset id=\"filter-modalities\"><legend>Modality</legend></fieldset>\n"
         "<fieldset id=\"filter-edges\"><legend>Links</legend></fieldset>\n"
         "<fieldset class=\"zoom\"><legend>Time axis</legend>"
         "<button type=\"button\" id=\"zoom-in\" aria-label=\"zoom in\">+</button>"
         "<button type=\"button\" id=\"zoom-out\" aria-label=\"zoom out\">\u2212</button>"
         "<button type=\"button\" id=\"zoom-reset\">reset</button></fieldset>\n"
         "<p class=\"hint\">Hover or Tab to an event for its card \u00b7 click or Enter shows what it depends on "
         "\u00b7 Ctrl+wheel or +/\u2212 zooms the time axis, drag, Shift+wheel or \u2190/\u2192 pans \u00b7 Esc clears</p>\n</div>\n";
  out += "<div id=\"chart\" class=\"chart\" tabindex=\"0\" aria-label=\"timeline; + and - zoom, arrows pan\">\n";
  out += svg;
  out += "</div>\n<aside id=\"card\" class=\"card\" role=\"status\" aria-live=\"polite\" hidden></aside>\n";
  out += "<script type=\"application/json\" id=\"chronograph-data\">" + script_safe(data.dump()) + "</script>\n";
  out += "<script>\n" + script_safe(js) + "</script>\n</body>\n</html>\n";
  return out;
}

std::string render_html_timeline(const graph::GraphData& graph, const TimelineOptions& options) {
  return render_html_timeline(graph, options, DataDir::locate());
}

}  // namespace chronograph::render
