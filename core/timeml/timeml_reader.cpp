#include "core/timeml/timeml_reader.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/common/interval.h"
#include "core/timeml/tlink_relation.h"

namespace chronograph::core {
namespace {

constexpr const char* kHelpValid =
    "TimeML files have one <TEXT> holding the EVENT and TIMEX3 tags, then MAKEINSTANCE and "
    "TLINK tags (TempEval-3's TBAQ corpus has examples)";

// Source lines longer than this are not echoed under the message: TimeML paragraphs are
// often one line of several kilobytes, and the caret would be lost in it.
constexpr std::size_t kMaxEchoedLine = 240;

std::string_view local_name(const char* name) {
  std::string_view tag{name};
  const auto colon = tag.rfind(':');
  return colon == std::string_view::npos ? tag : tag.substr(colon + 1);
}

std::string trimmed(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(first, last - first + 1));
}

// Where a byte offset of the source falls: 1-based line and column (in characters).
class SourceMap {
 public:
  SourceMap(std::string_view source, std::string path) : source_(source), path_(std::move(path)) {}

  const std::string& path() const { return path_; }

  [[noreturn]] void fail(std::ptrdiff_t offset, const std::string& message,
                         const std::string& hint = {}) const {
    if (offset < 0 || static_cast<std::size_t>(offset) > source_.size())
      throw ParseError(SourcePos{path_, 0, 0}, message, hint, kHelpValid);
    const auto at = static_cast<std::size_t>(offset);
    std::size_t line_start = 0;
    if (at > 0) {
      const auto newline = source_.rfind('\n', at - 1);
      if (newline != std::string_view::npos) line_start = newline + 1;
    }
    int line = 1;
    for (std::size_t i = 0; i < line_start; ++i) line += source_[i] == '\n';
    int column = 1;
    for (std::size_t i = line_start; i < at; ++i)
      column += (static_cast<unsigned char>(source_[i]) & 0xC0) != 0x80;  // count characters
    auto line_end = source_.find('\n', at);
    if (line_end == std::string_view::npos) line_end = source_.size();
    std::string_view text = source_.substr(line_start, line_end - line_start);
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    throw ParseError(SourcePos{path_, line, column}, message, hint, kHelpValid,
                     text.size() <= kMaxEchoedLine ? std::string(text) : std::string());
  }

 private:
  std::string_view source_;
  std::string path_;
};

// An element as met in the walk, with its attributes and where it starts in the source.
struct RawElement {
  std::map<std::string, std::string, std::less<>> attributes;
  std::ptrdiff_t offset = -1;

  bool has(std::string_view name) const { return attributes.find(name) != attributes.end(); }
  std::string get(std::string_view name) const {
    const auto it = attributes.find(name);
    return it == attributes.end() ? std::string() : it->second;
  }
};

RawElement raw_element(pugi::xml_node node) {
  RawElement raw;
  for (const auto& attribute : node.attributes())
    raw.attributes.emplace(std::string(local_name(attribute.name())), attribute.value());
  // offset_debug points at the tag name; the tag starts one byte before, at '<'.
  const std::ptrdiff_t offset = node.offset_debug();
  raw.offset = offset > 0 ? offset - 1 : offset;
  return raw;
}

struct RawEntity {
  bool is_event = false;
  RawElement element;
  Span span;
};

// Elements that hold a sentence or a paragraph (SemEval-2015 TimeLine and MEANTIME files put
// each sentence in <s> with no space between them): their end ends a sentence.
bool block_element(std::string_view tag) {
  const auto is = [&](std::string_view name) {
    return tag.size() == name.size() && std::equal(tag.begin(), tag.end(), name.begin(), [](char a, char b) {
             return std::tolower(static_cast<unsigned char>(a)) == b;
           });
  };
  return is("s") || is("p") || is("br") || is("sentence");
}

// Collects, in one walk over the tree, what TimeML scoring needs (the rules of
// The TempEval-3 scorer te3score.py: entities count inside <TEXT> only; the DCT is the first
// TIMEX3 inside <DCT>).
class Walker {
 public:
  explicit Walker(const SourceMap& source) : source_(source) {}

  void visit(pugi::xml_node node) {
    const auto type = node.type();
    if (type == pugi::node_pcdata || type == pugi::node_cdata) {
      if (in_text_) text_ += node.value();
      if (docid_) *docid_ += node.value();
      if (title_) *title_ += node.value();
      return;
    }
    if (type != pugi::node_element && type != pugi::node_document) return;
    if (type == pugi::node_document) return visit_children(node);
    const std::string_view tag = local_name(node.name());
    if (tag == "TEXT") return visit_text(node);
    if ((tag == "EVENT" || tag == "TIMEX3") && in_text_) return visit_entity(node, tag == "EVENT");
    if (tag == "DCT") {
      in_dct_ = true;
      visit_children(node);
      in_dct_ = false;
      return;
    }
    if (tag == "TIMEX3" && in_dct_ && !dct_) dct_ = raw_element(node);
    if (tag == "DOCID" && !docid_done_) return collect(node, docid_, docid_done_, doc_id);
    if (tag == "TITLE" && !title_done_) return collect(node, title_, title_done_, title);
    if (tag == "MAKEINSTANCE") instances.push_back(raw_element(node));
    if (tag == "TLINK") tlinks.push_back(raw_element(node));
    visit_children(node);
    if (in_text_ && block_element(tag) && (sentence_ends.empty() || sentence_ends.back() != text_.size()))
      sentence_ends.push_back(text_.size());
  }

  std::string text_;
  std::vector<std::size_t> sentence_ends;
  int text_count = 0;
  std::ptrdiff_t first_text_offset = -1;
  std::vector<RawEntity> entities;  // in document order
  std::optional<RawElement> dct_;
  std::vector<RawElement> instances;
  std::vector<RawElement> tlinks;
  std::string doc_id;
  std::string title;

 private:
  void visit_children(pugi::xml_node node) {
    for (auto child : node.children()) visit(child);
  }

  void visit_text(pugi::xml_node node) {
    const RawElement element = raw_element(node);
    if (in_text_) source_.fail(element.offset, "<TEXT> inside <TEXT>", "TimeML has one <TEXT>");
    ++text_count;
    if (text_count == 2)
      source_.fail(element.offset, "a second <TEXT> element", "TimeML has one <TEXT>");
    first_text_offset = element.offset;
    in_text_ = true;
    visit_children(node);
    in_text_ = false;
  }

  void visit_entity(pugi::xml_node node, bool is_event) {
    RawEntity entity{is_event, raw_element(node), {}};
    const std::string_view tag = is_event ? "EVENT" : "TIMEX3";
    if (open_entity_)
      source_.fail(entity.element.offset,
                   fmt::format("<{}> nested inside <{}>", tag, *open_entity_),
                   "TimeML does not nest EVENT and TIMEX3; close the outer tag first");
    open_entity_ = tag;
    entity.span.begin = text_.size();
    visit_children(node);
    entity.span.end = text_.size();
    open_entity_.reset();
    entities.push_back(std::move(entity));
  }

  void collect(pugi::xml_node node, std::string*& sink, bool& done, std::string& out) {
    std::string content;
    sink = &content;
    visit_children(node);
    sink = nullptr;
    done = true;
    out = trimmed(content);
  }

  const SourceMap& source_;
  bool in_text_ = false;
  bool in_dct_ = false;
  std::optional<std::string_view> open_entity_;
  std::string* docid_ = nullptr;
  std::string* title_ = nullptr;
  bool docid_done_ = false;
  bool title_done_ = false;
};

std::optional<date::sys_days> dct_day(const std::string& value) {
  return parse_iso_day(std::string_view(value).substr(0, value.find('T')));
}

TimexAnnotation timex_of(const RawElement& element, Span span) {
  return TimexAnnotation{element.get("tid"),          span,
                         element.get("type"),         element.get("value"),
                         element.get("mod"),          element.get("temporalFunction"),
                         element.get("functionInDocument"), element.get("anchorTimeID"),
                         element.get("freq"),         element.get("quant")};
}

// Checks ids and references, and turns the raw elements into annotations.
class Assembler {
 public:
  Assembler(const SourceMap& source, Walker& walker) : source_(source), walker_(walker) {}

  TimemlAnnotations run() {
    TimemlAnnotations out;
    collect_entities(out);
    collect_instances(out);
    collect_tlinks(out);
    return out;
  }

 private:
  void claim_id(const RawElement& element, std::string_view tag, const char* key) {
    const std::string id = element.get(key);
    if (id.empty())
      source_.fail(element.offset, fmt::format("<{}> without {}", tag, key),
                   fmt::format("give every {} a unique {}", tag, key));
    if (!entity_ids_.insert(id).second)
      source_.fail(element.offset, fmt::format("duplicate {} '{}'", key, id),
                   "eid and tid values must be unique in a file");
  }

  void collect_entities(TimemlAnnotations& out) {
    // te3score's order: events, then timexes, then the DCT; the later one is the duplicate.
    for (const auto& entity : walker_.entities)
      if (entity.is_event) {
        claim_id(entity.element, "EVENT", "eid");
        out.events.push_back({entity.element.get("eid"), entity.span, entity.element.get("class")});
        event_ids_.insert(entity.element.get("eid"));
      }
    for (const auto& entity : walker_.entities)
      if (!entity.is_event) {
        claim_id(entity.element, "TIMEX3", "tid");
        out.timexes.push_back(timex_of(entity.element, entity.span));
        time_ids_.insert(entity.element.get("tid"));
      }
    if (walker_.dct_) {
      claim_id(*walker_.dct_, "TIMEX3", "tid");
      out.dct = timex_of(*walker_.dct_, Span{});
      time_ids_.insert(out.dct->tid);
    }
  }

  void collect_instances(TimemlAnnotations& out) {
    for (const auto& element : walker_.instances) {
      const std::string eiid = element.get("eiid"), eid = element.get("eventID");
      if (eiid.empty() || eid.empty())
        source_.fail(element.offset, "<MAKEINSTANCE> needs both eiid and eventID");
      if (!event_ids_.contains(eid))
        source_.fail(element.offset,
                     fmt::format("MAKEINSTANCE {} refers to eventID '{}', which is no EVENT inside "
                                 "<TEXT>", eiid, eid));
      if (!instance_ids_.insert(eiid).second)
        source_.fail(element.offset, fmt::format("duplicate eiid '{}'", eiid));
      if (time_ids_.contains(eiid))
        source_.fail(element.offset, fmt::format("eiid '{}' is also a TIMEX3 tid", eiid),
                     "TLINK ends are told apart by id; rename one of them");
      out.instances.push_back({eiid, eid, element.get("tense"), element.get("aspect"),
                               element.get("polarity"), element.get("pos"),
                               element.get("modality")});
    }
  }

  std::string end_point(const RawElement& element, const std::string& lid, const char* event_key,
                        const char* time_key) const {
    const bool has_event = element.has(event_key), has_time = element.has(time_key);
    if (has_event == has_time)
      source_.fail(element.offset,
                   fmt::format("TLINK {} needs exactly one of {} and {}", lid, event_key, time_key));
    if (has_event) {
      const std::string id = element.get(event_key);
      if (!instance_ids_.contains(id))
        source_.fail(element.offset,
                     fmt::format("TLINK {}: {}='{}' is no MAKEINSTANCE eiid", lid, event_key, id),
                     "a TLINK names event instances (eiid), not events (eid)");
      return id;
    }
    const std::string id = element.get(time_key);
    if (!time_ids_.contains(id))
      source_.fail(element.offset,
                   fmt::format("TLINK {}: {}='{}' is no TIMEX3 in <TEXT> or <DCT>", lid, time_key, id));
    return id;
  }

  void collect_tlinks(TimemlAnnotations& out) {
    for (const auto& element : walker_.tlinks) {
      const std::string lid = element.has("lid") ? element.get("lid") : "?";
      std::string from = end_point(element, lid, "eventInstanceID", "timeID");
      std::string to = end_point(element, lid, "relatedToEventInstance", "relatedToTime");
      const std::string rel = element.get("relType");
      if (!parse_tlink_relation(rel))
        source_.fail(element.offset,
                     fmt::format("TLINK {}: relType '{}' is not a TimeML relation", lid, rel),
                     "use one of " + known_tlink_relations());
      out.tlinks.push_back({element.get("lid"), rel, std::move(from), std::move(to)});
    }
  }

  const SourceMap& source_;
  Walker& walker_;
  std::set<std::string, std::less<>> entity_ids_, event_ids_, time_ids_, instance_ids_;
};

}  // namespace

TimemlFile parse_timeml(std::string_view xml, const std::string& path_for_messages) {
  const SourceMap source(xml, path_for_messages);
  pugi::xml_document document;
  // Whitespace-only text is text too (it sits between tags inside <TEXT>).
  const unsigned options = pugi::parse_default | pugi::parse_ws_pcdata;
  const pugi::xml_parse_result result =
      document.load_buffer(xml.data(), xml.size(), options, pugi::encoding_auto);
  if (!result)
    source.fail(result.offset, fmt::format("not well-formed XML: {}", result.description()),
                "check that every tag is closed and every & is written &amp;");

  Walker walker(source);
  walker.visit(document);
  if (walker.text_count == 0)
    source.fail(document.document_element().offset_debug() - 1, "no <TEXT> element",
                "the document text must be inside <TEXT>...</TEXT>");

  TimemlFile file;
  file.annotations = Assembler(source, walker).run();
  file.text = std::move(walker.text_);
  file.sentence_ends = std::move(walker.sentence_ends);
  file.doc_id = std::move(walker.doc_id);
  file.title = std::move(walker.title);
  if (file.annotations.dct) file.dct = dct_day(file.annotations.dct->value);
  return file;
}

TimemlFile read_timeml(const std::filesystem::path& path) {
  return parse_timeml(read_file(path), path.string());
}

}  // namespace chronograph::core
