#include "core/events/tbaq_corpus.h"

#include <algorithm>
#include <fstream>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "core/common/atomic_file.h"
#include "core/common/error.h"

namespace chronograph::core {

namespace {

void collect(const pugi::xml_node& node, TimemlText& out, std::vector<std::pair<std::string, std::size_t>>& eids) {
  for (const pugi::xml_node& child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      out.text += child.value();
      continue;
    }
    if (child.type() != pugi::node_element) continue;
    const std::size_t begin = out.text.size();
    collect(child, out, eids);
    if (std::string_view(child.name()) == "EVENT") {
      GoldEvent e;
      e.span = {begin, out.text.size()};
      e.event_class = child.attribute("class").value();
      eids.emplace_back(child.attribute("eid").value(), out.events.size());
      out.events.push_back(std::move(e));
    }
  }
}

std::string escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"') out += "&quot;";
    else out += c;
  }
  return out;
}

}  // namespace

TimemlText read_timeml_text(const std::filesystem::path& file) {
  pugi::xml_document doc;
  const std::string content = read_file(file);
  const auto result = doc.load_buffer(content.data(), content.size(), pugi::parse_default | pugi::parse_ws_pcdata);
  if (!result) {
    const auto offset = static_cast<std::size_t>(result.offset);
    const int line = 1 + static_cast<int>(std::count(content.begin(), content.begin() + static_cast<std::ptrdiff_t>(std::min(offset, content.size())), '\n'));
    throw ParseError(SourcePos{file.string(), line, 0}, fmt::format("not well-formed XML: {}", result.description()));
  }
  const pugi::xml_node root = doc.child("TimeML");
  const pugi::xml_node text = root.child("TEXT");
  if (!text) throw ParseError(SourcePos{file.string()}, "no <TEXT> in the TimeML file");
  TimemlText out;
  out.id = root.child("DOCID").text().get();
  if (out.id.empty()) out.id = file.stem().string();
  out.dct = root.child("DCT").child("TIMEX3").attribute("value").value();
  std::vector<std::pair<std::string, std::size_t>> eids;
  collect(text, out, eids);
  for (const pugi::xml_node& mi : root.children("MAKEINSTANCE")) {
    const std::string eid = mi.attribute("eventID").value();
    for (const auto& [id, index] : eids) {
      if (id != eid) continue;
      GoldEvent& e = out.events[index];
      if (!e.tense.empty()) break;  // the first instance describes the mention
      e.tense = mi.attribute("tense").value();
      e.aspect = mi.attribute("aspect").value();
      e.polarity = mi.attribute("polarity").value();
      e.pos = mi.attribute("pos").value();
      break;
    }
  }
  return out;
}

std::vector<std::filesystem::path> read_split_list(const std::filesystem::path& list,
                                                   const std::filesystem::path& data_root) {
  std::ifstream in(list);
  if (!in) throw InputError(fmt::format("cannot read the split list '{}'", list.string()));
  std::vector<std::filesystem::path> files;
  std::string line;
  while (std::getline(in, line)) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    files.push_back(data_root / line);
  }
  if (files.empty()) throw InputError(fmt::format("the split list '{}' names no file", list.string()));
  return files;
}

std::string write_events_timeml(const TimemlText& document, const std::vector<EventMention>& events) {
  std::string out = "<?xml version=\"1.0\" ?>\n<TimeML>\n";
  out += fmt::format("<DOCID>{}</DOCID>\n", escape(document.id));
  if (!document.dct.empty())
    out += fmt::format(
        "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{}\" temporalFunction=\"false\" "
        "functionInDocument=\"CREATION_TIME\">{}</TIMEX3></DCT>\n",
        escape(document.dct), escape(document.dct));
  out += "<TEXT>";
  std::vector<const EventMention*> sorted;
  for (const auto& e : events) sorted.push_back(&e);
  std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->span < b->span; });
  std::vector<const EventMention*> kept;
  std::size_t at = 0;
  for (const EventMention* e : sorted) {
    if (e->span.begin < at || e->span.end > document.text.size()) continue;  // overlapping: keep the first
    out += escape(std::string_view(document.text).substr(at, e->span.begin - at));
    kept.push_back(e);
    out += fmt::format("<EVENT eid=\"e{}\" class=\"{}\">{}</EVENT>", kept.size(), e->event_class,
                       escape(e->span.of(document.text)));
    at = e->span.end;
  }
  out += escape(std::string_view(document.text).substr(at));
  out += "</TEXT>\n";
  for (std::size_t n = 1; n <= kept.size(); ++n) {
    const EventMention* e = kept[n - 1];
    out += fmt::format(
        "<MAKEINSTANCE eiid=\"ei{}\" eventID=\"e{}\" pos=\"{}\" tense=\"{}\" aspect=\"{}\" polarity=\"{}\" "
        "modality=\"{}\"/>\n",
        n, n, e->pos, e->tense, e->aspect, e->polarity, escape(e->modality));
  }
  return out + "</TimeML>\n";
}

}  // namespace chronograph::core
