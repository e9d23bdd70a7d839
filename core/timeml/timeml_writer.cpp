#include "core/timeml/timeml_writer.h"

#include <algorithm>
#include <set>
#include <vector>

#include <fmt/format.h>

#include "core/common/error.h"
#include "core/common/interval.h"
#include "core/timeml/tlink_relation.h"

namespace chronograph::core {
namespace {

// Character data: `>` too, so "]]>" in the text can never close anything; CR as a
// reference, because XML parsers turn a literal CR (or CR LF) into LF.
void append_text(std::string& out, std::string_view text) {
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '\r': out += "&#13;"; break;
      default: out += c;
    }
  }
}

// Attribute values: quotes, and whitespace as references, which attribute-value
// normalisation would otherwise turn into spaces.
void append_attribute(std::string& out, std::string_view name, std::string_view value) {
  out += ' ';
  out += name;
  out += "=\"";
  for (const char c : value) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\t': out += "&#9;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      default: out += c;
    }
  }
  out += '"';
}

void append_optional_attribute(std::string& out, std::string_view name, std::string_view value) {
  if (!value.empty()) append_attribute(out, name, value);
}

void check_xml_characters(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r')
      throw InputError(fmt::format("the text holds the control character U+{:04X} at byte {}, "
                                   "which XML 1.0 cannot carry",
                                   static_cast<unsigned>(byte), i),
                       "remove control characters from the input before writing TimeML");
    if (byte == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE)
      throw InputError(fmt::format("the text holds the non-character U+FFF{} at byte {}, which "
                                   "XML 1.0 cannot carry",
                                   text[i + 2] == '\xBE' ? 'E' : 'F', i),
                       "remove it from the input before writing TimeML");
  }
}

bool cuts_character(std::string_view text, std::size_t offset) {
  return offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80;
}

// A TIMEX3 or EVENT to place in the text.
struct Placed {
  Span span;
  std::size_t order = 0;  // input order: timexes first, then events
  const TimexAnnotation* timex = nullptr;
  const EventAnnotation* event = nullptr;

  std::string describe() const {
    return fmt::format("{} '{}' [{}, {})", timex ? "TIMEX3" : "EVENT", timex ? timex->tid : event->eid,
                       span.begin, span.end);
  }
};

class Writer {
 public:
  Writer(const TimemlFile& file, Reporter& reporter) : file_(file), reporter_(reporter) {}

  std::string run() {
    check_xml_characters(file_.text);
    const std::optional<TimexAnnotation> dct = dct_timex();
    if (dct) time_ids_.insert(dct->tid);
    const std::vector<Placed> placed = place_entities();
    out_ = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n";
    if (!file_.doc_id.empty()) element_with_text("DOCID", file_.doc_id);
    if (dct) write_dct(*dct);
    if (!file_.title.empty()) element_with_text("TITLE", file_.title);
    write_text(placed);
    write_instances();
    write_tlinks();
    out_ += "</TimeML>\n";
    return std::move(out_);
  }

 private:
  std::optional<TimexAnnotation> dct_timex() const {
    std::optional<TimexAnnotation> dct = file_.annotations.dct;
    if (!dct && !file_.dct) return std::nullopt;
    if (!dct) dct = TimexAnnotation{"", {}, "DATE", "", "", "false", "CREATION_TIME", "", "", ""};
    if (dct->value.empty() && file_.dct) dct->value = format_iso_day(*file_.dct);
    if (dct->tid.empty()) dct->tid = unused_time_id();
    dct->span = {};
    return dct;
  }

  std::string unused_time_id() const {
    std::set<std::string> used;
    for (const auto& timex : file_.annotations.timexes) used.insert(timex.tid);
    std::string id = "t0";
    for (int n = 1; used.contains(id); ++n) id = fmt::format("t0_{}", n);
    return id;
  }

  void element_with_text(std::string_view tag, std::string_view content) {
    out_ += fmt::format("<{}>", tag);
    append_text(out_, content);
    out_ += fmt::format("</{}>\n", tag);
  }

  void write_dct(const TimexAnnotation& dct) {
    out_ += "<DCT>";
    open_timex(dct);
    append_text(out_, dct.value);
    out_ += "</TIMEX3></DCT>\n";
  }

  void open_timex(const TimexAnnotation& timex) {
    out_ += "<TIMEX3";
    append_attribute(out_, "tid", timex.tid);
    append_attribute(out_, "type", timex.type);
    append_attribute(out_, "value", timex.value);
    append_optional_attribute(out_, "mod", timex.mod);
    append_optional_attribute(out_, "temporalFunction", timex.temporal_function);
    append_optional_attribute(out_, "functionInDocument", timex.function_in_document);
    append_optional_attribute(out_, "anchorTimeID", timex.anchor_time_id);
    append_optional_attribute(out_, "quant", timex.quant);
    append_optional_attribute(out_, "freq", timex.freq);
    out_ += '>';
  }

  std::string why_unplaceable(const Placed& entity, const std::string& id) {
    const std::string_view text = file_.text;
    if (entity.span.begin > entity.span.end || entity.span.end > text.size())
      return fmt::format("its span is outside the text of {} bytes", text.size());
    if (cuts_character(text, entity.span.begin) || cuts_character(text, entity.span.end))
      return "its span cuts a UTF-8 character";
    if (id.empty()) return "it has no id";
    if (!entity_ids_.insert(id).second) return fmt::format("its id '{}' is already used", id);
    return {};
  }

  std::vector<Placed> place_entities() {
    std::vector<Placed> all;
    std::size_t order = 0;
    for (const auto& timex : file_.annotations.timexes) all.push_back({timex.span, order++, &timex, nullptr});
    for (const auto& event : file_.annotations.events) all.push_back({event.span, order++, nullptr, &event});
    std::stable_sort(all.begin(), all.end(), [](const Placed& a, const Placed& b) {
      return std::pair(a.span.begin, a.span.end) < std::pair(b.span.begin, b.span.end);
    });
    if (file_.annotations.dct) entity_ids_.insert(file_.annotations.dct->tid);
    for (const auto& id : time_ids_) entity_ids_.insert(id);
    std::vector<Placed> kept;
    for (const auto& entity : all) {
      std::string reason = why_unplaceable(entity, entity.timex ? entity.timex->tid : entity.event->eid);
      if (reason.empty() && !kept.empty() && entity.span.begin < kept.back().span.end)
        reason = fmt::format("it overlaps {}, placed before it; TimeML tags cannot overlap or nest",
                             kept.back().describe());
      if (!reason.empty()) {
        reporter_.warning(fmt::format("TimeML output of '{}': dropped {}: {}", file_.doc_id,
                                      entity.describe(), reason));
        continue;
      }
      (entity.timex ? time_ids_ : event_ids_).insert(entity.timex ? entity.timex->tid : entity.event->eid);
      kept.push_back(entity);
    }
    return kept;
  }

  void write_text(const std::vector<Placed>& placed) {
    const std::string_view text = file_.text;
    out_ += "<TEXT>";
    std::size_t at = 0;
    for (const auto& entity : placed) {
      append_text(out_, text.substr(at, entity.span.begin - at));
      if (entity.timex) {
        open_timex(*entity.timex);
      } else {
        out_ += "<EVENT";
        append_attribute(out_, "eid", entity.event->eid);
        append_attribute(out_, "class", entity.event->event_class);
        out_ += '>';
      }
      append_text(out_, entity.span.of(text));
      out_ += entity.timex ? "</TIMEX3>" : "</EVENT>";
      at = entity.span.end;
    }
    append_text(out_, text.substr(at));
    out_ += "</TEXT>\n";
  }

  void write_instances() {
    for (const auto& instance : file_.annotations.instances) {
      std::string reason;
      if (instance.eiid.empty()) reason = "it has no eiid";
      else if (!event_ids_.contains(instance.event_id)) reason = fmt::format("its event '{}' is not in the output", instance.event_id);
      else if (time_ids_.contains(instance.eiid)) reason = "its eiid is also a tid";
      else if (!instance_ids_.insert(instance.eiid).second) reason = "its eiid is already used";
      if (!reason.empty()) {
        reporter_.warning(fmt::format("TimeML output of '{}': dropped MAKEINSTANCE '{}': {}",
                                      file_.doc_id, instance.eiid, reason));
        continue;
      }
      out_ += "<MAKEINSTANCE";
      append_attribute(out_, "eiid", instance.eiid);
      append_attribute(out_, "eventID", instance.event_id);
      append_attribute(out_, "tense", instance.tense.empty() ? "NONE" : instance.tense);
      append_attribute(out_, "aspect", instance.aspect.empty() ? "NONE" : instance.aspect);
      append_attribute(out_, "polarity", instance.polarity.empty() ? "POS" : instance.polarity);
      append_attribute(out_, "pos", instance.pos.empty() ? "UNKNOWN" : instance.pos);
      append_optional_attribute(out_, "modality", instance.modality);
      out_ += "/>\n";
    }
  }

  // "eventInstanceID" or "timeID" (with `event_key`/`time_key`), or empty when `id` names nothing.
  const char* end_key(const std::string& id, const char* event_key, const char* time_key) const {
    if (instance_ids_.contains(id)) return event_key;
    if (time_ids_.contains(id)) return time_key;
    return nullptr;
  }

  void write_tlinks() {
    std::set<std::string> lids;
    for (const auto& tlink : file_.annotations.tlinks) lids.insert(tlink.lid);
    int serial = 0;
    for (const auto& tlink : file_.annotations.tlinks) {
      const char* from_key = end_key(tlink.from, "eventInstanceID", "timeID");
      const char* to_key = end_key(tlink.to, "relatedToEventInstance", "relatedToTime");
      std::string reason;
      if (!from_key) reason = fmt::format("its source '{}' is not in the output", tlink.from);
      else if (!to_key) reason = fmt::format("its target '{}' is not in the output", tlink.to);
      else if (!parse_tlink_relation(tlink.rel_type)) reason = fmt::format("relType '{}' is not TimeML", tlink.rel_type);
      if (!reason.empty()) {
        reporter_.warning(fmt::format("TimeML output of '{}': dropped TLINK '{}': {}", file_.doc_id,
                                      tlink.lid, reason));
        continue;
      }
      std::string lid = tlink.lid;
      while (lid.empty() || (lid != tlink.lid && lids.contains(lid))) lid = fmt::format("l{}", ++serial);
      out_ += "<TLINK";
      append_attribute(out_, "lid", lid);
      append_attribute(out_, "relType", tlink.rel_type);
      append_attribute(out_, from_key, tlink.from);
      append_attribute(out_, to_key, tlink.to);
      out_ += "/>\n";
    }
  }

  const TimemlFile& file_;
  Reporter& reporter_;
  std::string out_;
  std::set<std::string> entity_ids_, time_ids_, event_ids_, instance_ids_;
};

}  // namespace

std::string write_timeml(const TimemlFile& file, Reporter& reporter) {
  return Writer(file, reporter).run();
}

std::string write_timeml(const std::string& doc_id, std::string_view text,
                         const std::optional<date::sys_days>& dct,
                         const TimemlAnnotations& annotations) {
  TimemlFile file{doc_id, std::string(text), annotations, dct, {}, {}};
  NullReporter reporter;
  return write_timeml(file, reporter);
}

}  // namespace chronograph::core
