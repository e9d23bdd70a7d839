#include "graph/io/json_io.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/common/error.h"

namespace chronograph::graph {

namespace {

using json = nlohmann::json;

// ---------------------------------------------------------------------------------------------
// Writing: straight into one string, in the layout of nlohmann's dump(2) (two-space indent,
// "key": value, empty lists as []), ten times faster than building a json tree first, which
// matters for 100,000 events (bench/graph).

class JsonOut {
 public:
  std::string take() { return std::move(out_); }
  void reserve(std::size_t bytes) { out_.reserve(bytes); }

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  // Each value inside a list is preceded by item().
  void item() {
    if (!first_.back()) out_.push_back(',');
    first_.back() = false;
    out_.push_back('\n');
    out_.append(2 * first_.size(), ' ');
  }
  void key(std::string_view name) {
    item();
    string(name);
    out_ += ": ";
  }

  void string(std::string_view text);
  void null() { out_ += "null"; }
  void nullable(std::string_view text) { text.empty() ? null() : string(text); }
  void day(const std::optional<date::sys_days>& day) { day ? string(format_iso_day(*day)) : null(); }
  void integer(long long value) { out_ += std::to_string(value); }
  void unsigned_integer(std::size_t value) { out_ += std::to_string(value); }
  void number(double value) {
    // The shortest text that reads back as the same double; "1.0", not "1", like nlohmann.
    const std::size_t begin = out_.size();
    fmt::format_to(std::back_inserter(out_), "{}", value);
    if (out_.find_first_of(".eEn", begin) == std::string::npos) out_ += ".0";
  }
  void strings(const std::vector<std::string>& items) {
    begin_array();
    for (const auto& item_text : items) {
      item();
      string(item_text);
    }
    end_array();
  }

 private:
  void open(char c) {
    out_.push_back(c);
    first_.push_back(true);
  }
  void close(char c) {
    const bool empty = first_.back();
    first_.pop_back();
    if (!empty) {
      out_.push_back('\n');
      out_.append(2 * first_.size(), ' ');
    }
    out_.push_back(c);
  }

  std::string out_;
  std::vector<bool> first_;
};

// Length of the valid UTF-8 sequence at text[at], or 0 when it is not valid.
std::size_t utf8_length(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) length = 2;
  else if (lead >= 0xE0 && lead <= 0xEF) length = 3, low = lead == 0xE0 ? 0xA0 : 0x80, high = lead == 0xED ? 0x9F : 0xBF;
  else if (lead >= 0xF0 && lead <= 0xF4) length = 4, low = lead == 0xF0 ? 0x90 : 0x80, high = lead == 0xF4 ? 0x8F : 0xBF;
  else return 0;
  if (at + length > text.size()) return 0;
  if (byte(at + 1) < low || byte(at + 1) > high) return 0;
  for (std::size_t i = 2; i < length; ++i)
    if (byte(at + i) < 0x80 || byte(at + i) > 0xBF) return 0;
  return length;
}

void JsonOut::string(std::string_view text) {
  out_.push_back('"');
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') continue;  // copied in bulk below
    std::size_t length = 1;
    if (c >= 0x80 && (length = utf8_length(text, i)) != 0) {
      i += length - 1;
      continue;
    }
    out_.append(text.substr(run, i - run));
    run = i + 1;
    switch (c) {
      case '"': out_ += "\\\""; break;
      case '\\': out_ += "\\\\"; break;
      case '\b': out_ += "\\b"; break;
      case '\f': out_ += "\\f"; break;
      case '\n': out_ += "\\n"; break;
      case '\r': out_ += "\\r"; break;
      case '\t': out_ += "\\t"; break;
      default:
        if (c < 0x20) {
          fmt::format_to(std::back_inserter(out_), "\\u{:04x}", c);
        } else {
          // Core's readers reject invalid UTF-8; should any reach here, U+FFFD rather than a throw.
          out_ += "\xEF\xBF\xBD";
        }
    }
  }
  out_.append(text.substr(run));
  out_.push_back('"');
}

void write_time(JsonOut& out, const EventTime& given) {
  const EventTime time = interchange_time(given);
  out.begin_object();
  out.key("value"), out.nullable(time.value);
  out.key("start"), out.day(time.start);
  out.key("end"), out.day(time.end);
  out.key("precision"), out.string(to_string(time.precision));
  out.key("source");
  time.source == TimeSource::None ? out.null() : out.string(to_string(time.source));
  out.key("mod"), out.nullable(time.mod);
  out.end_object();
}

void write_timex(JsonOut& out, const TimexInfo& timex) {
  out.begin_object();
  out.key("id"), out.string(timex.id);
  out.key("begin"), out.unsigned_integer(timex.begin);
  out.key("end"), out.unsigned_integer(timex.end);
  out.key("text"), out.string(timex.text);
  out.key("type"), out.string(timex.type);
  out.key("value"), out.string(timex.value);
  out.key("mod"), out.nullable(timex.mod);
  out.key("interval");
  if (timex.interval) {
    out.begin_object();
    out.key("start"), out.string(format_iso_day(timex.interval->start));
    out.key("end"), out.string(format_iso_day(timex.interval->end));
    out.key("precision"), out.string(to_string(timex.interval->precision));
    out.end_object();
  } else {
    out.null();
  }
  out.key("rule"), out.nullable(timex.rule);
  // (a SET's only: left out elsewhere, so the output of every other expression stays as it was)
  if (!timex.freq.empty()) out.key("freq"), out.string(timex.freq);
  if (!timex.quant.empty()) out.key("quant"), out.string(timex.quant);
  out.end_object();
}

void write_documents(JsonOut& out, const GraphData& graph) {
  std::map<std::string, std::vector<const TimexInfo*>> timexes;
  for (const auto& document : graph.documents) timexes[document.id];
  for (const auto& timex : graph.timexes) {
    const auto found = timexes.find(timex.doc);
    if (found == timexes.end())
      throw InputError(fmt::format("time expression '{}' belongs to no document '{}'", timex.id, timex.doc));
    found->second.push_back(&timex);
  }
  out.begin_array();
  for (const auto& document : graph.documents) {
    out.item();
    out.begin_object();
    out.key("id"), out.string(document.id);
    out.key("path"), out.string(document.path);
    out.key("dct"), out.day(document.dct);
    out.key("title"), out.string(document.title);
    out.key("timexes");
    out.begin_array();
    for (const TimexInfo* timex : timexes[document.id]) {
      out.item();
      write_timex(out, *timex);
    }
    out.end_array();
    out.end_object();
  }
  out.end_array();
}

void write_entity(JsonOut& out, const Entity& entity) {
  out.begin_object();
  out.key("id"), out.string(entity.id);
  out.key("name"), out.string(entity.name);
  out.key("type"), out.string(entity.type);
  out.key("aliases"), out.strings(entity.aliases);
  out.end_object();
}

void write_mention(JsonOut& out, const Mention& mention) {
  out.begin_object();
  out.key("doc"), out.string(mention.doc);
  out.key("sentence"), out.integer(mention.sentence);
  out.key("begin"), out.unsigned_integer(mention.begin);
  out.key("end"), out.unsigned_integer(mention.end);
  out.key("text"), out.string(mention.text);
  out.key("sentence_text"), out.nullable(mention.sentence_text);
  out.end_object();
}

void write_event(JsonOut& out, const Event& event) {
  out.begin_object();
  out.key("id"), out.string(event.id);
  out.key("title"), out.string(event.title);
  out.key("trigger"), out.string(event.trigger);
  out.key("lemma"), out.string(event.lemma);
  out.key("class"), out.string(event.event_class);
  out.key("time"), write_time(out, event.time);
  out.key("modality"), out.string(to_string(event.modality));
  out.key("tense"), out.string(event.tense);
  out.key("aspect"), out.string(event.aspect);
  out.key("polarity"), out.string(event.polarity);
  out.key("actors"), out.strings(event.actors);
  out.key("lane"), out.nullable(event.lane);
  out.key("mentions");
  out.begin_array();
  for (const auto& mention : event.mentions) {
    out.item();
    write_mention(out, mention);
  }
  out.end_array();
  out.key("confidence"), out.number(event.confidence);
  out.end_object();
}

void write_edge(JsonOut& out, const Edge& edge) {
  out.begin_object();
  out.key("from"), out.string(edge.from);
  out.key("to"), out.string(edge.to);
  out.key("type"), out.string(to_string(edge.type));
  out.key("evidence");
  out.begin_object();
  out.key("doc"), out.nullable(edge.evidence.doc);
  out.key("sentence");
  edge.evidence.sentence < 0 ? out.null() : out.integer(edge.evidence.sentence);
  out.key("cue"), out.nullable(edge.evidence.cue);
  out.end_object();
  out.key("source"), out.string(to_string(edge.source));
  out.key("confidence"), out.number(edge.confidence);
  if (edge.gap) {
    out.key("gap");
    out.begin_object();
    out.key("min_days"), out.integer(edge.gap->min);
    out.key("max_days");
    edge.gap->max ? out.integer(*edge.gap->max) : out.null();
    out.key("dates"), out.string(edge.gap->dates == GapDates::From ? "from" : "to");
    out.end_object();
  }
  out.end_object();
}

template <typename Item, typename Write>
void write_list(JsonOut& out, const std::vector<Item>& items, Write write) {
  out.begin_array();
  for (const auto& item : items) {
    out.item();
    write(out, item);
  }
  out.end_array();
}

// ---------------------------------------------------------------------------------------------
// Reading: positions of values, for errors about valid JSON of the wrong shape

std::size_t skip_space(std::string_view text, std::size_t at) {
  while (at < text.size() && (text[at] == ' ' || text[at] == '\n' || text[at] == '\r' || text[at] == '\t')) ++at;
  return at;
}

// `at` is on an opening quote; returns the position after the closing quote.
std::size_t skip_string(std::string_view text, std::size_t at) {
  for (++at; at < text.size() && text[at] != '"'; ++at)
    if (text[at] == '\\') ++at;
  return at + 1;
}

std::size_t skip_value(std::string_view text, std::size_t at) {
  if (at >= text.size()) return at;
  if (text[at] == '"') return skip_string(text, at);
  if (text[at] == '{' || text[at] == '[') {
    int open = 0;
    for (; at < text.size(); ++at) {
      const char c = text[at];
      if (c == '"') {
        at = skip_string(text, at) - 1;
      } else if (c == '{' || c == '[') {
        ++open;
      } else if ((c == '}' || c == ']') && --open == 0) {
        return at + 1;
      }
    }
    return at;
  }
  while (at < text.size() && text[at] != ',' && text[at] != '}' && text[at] != ']' && text[at] != ' ' &&
         text[at] != '\n' && text[at] != '\r' && text[at] != '\t')
    ++at;
  return at;
}

// Byte offset of the value at `pointer` (object keys and array indexes) in valid JSON text.
// Keys are compared as written, which is exact for the ASCII keys of this format. With
// `at_key`, the offset of the last key itself (for "unknown key" errors).
std::size_t locate(std::string_view text, const std::vector<std::string>& pointer, bool at_key = false) {
  std::size_t at = skip_space(text, 0);
  for (std::size_t t = 0; t < pointer.size(); ++t) {
    const std::string& token = pointer[t];
    if (at >= text.size()) return at;
    if (text[at] == '{') {
      at = skip_space(text, at + 1);
      while (at < text.size() && text[at] == '"') {
        const std::size_t key_begin = at, key_end = skip_string(text, at);
        const std::string_view key = text.substr(at + 1, key_end - at - 2);
        if (key == token && at_key && t + 1 == pointer.size()) return key_begin;
        at = skip_space(text, skip_space(text, key_end) + 1);  // past ':'
        if (key == token) break;
        at = skip_space(text, skip_value(text, at));
        if (at < text.size() && text[at] == ',') at = skip_space(text, at + 1);
      }
    } else if (text[at] == '[') {
      at = skip_space(text, at + 1);
      const std::size_t index = std::stoul(token);
      for (std::size_t i = 0; i < index && at < text.size(); ++i) {
        at = skip_space(text, skip_value(text, at));
        if (at < text.size() && text[at] == ',') at = skip_space(text, at + 1);
      }
    }
  }
  return at;
}

SourcePos position_of(std::string_view text, std::size_t offset, const std::string& path) {
  offset = std::min(offset, text.size());
  int line = 1, column = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;  // count characters, not UTF-8 continuation bytes
    }
  }
  return {path, line, column};
}

std::string line_at(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  const std::size_t begin = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  const std::size_t start = begin == std::string_view::npos || offset == 0 ? 0 : begin + 1;
  const std::size_t stop = text.find('\n', start);
  return std::string(text.substr(start, stop == std::string_view::npos ? std::string_view::npos : stop - start));
}

// Walks a parsed document, knowing where each value is, and fails with its position.
class Reader {
 public:
  Reader(std::string_view text, const std::string& path) : text_(text), path_(path) {}

  [[noreturn]] void fail(const std::vector<std::string>& at, const std::string& message,
                         const std::string& hint = {}, bool at_key = false) const {
    const std::size_t offset = locate(text_, at, at_key);
    throw ParseError(position_of(text_, offset, path_), fmt::format("{}: {}", describe(at), message), hint,
                     "run `chronograph extract FILES --format json` to see a valid graph", line_at(text_, offset));
  }

  static std::string describe(const std::vector<std::string>& at) {
    std::string out;
    for (const auto& token : at) {
      if (!token.empty() && std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; }))
        out += "[" + token + "]";
      else
        out += (out.empty() ? "" : ".") + token;
    }
    return out.empty() ? "the document" : out;
  }

  static std::string kind(const json& value) {
    switch (value.type()) {
      case json::value_t::null: return "null";
      case json::value_t::object: return "an object";
      case json::value_t::array: return "a list";
      case json::value_t::string: return "a string";
      case json::value_t::boolean: return "true or false";
      default: return "a number";
    }
  }

  // Checks that `value` is an object with only `allowed` keys and all of `required`.
  void object(const json& value, const std::vector<std::string>& at, std::initializer_list<std::string_view> allowed,
              std::initializer_list<std::string_view> required) const {
    if (!value.is_object()) fail(at, "expected an object, got " + kind(value));
    for (const auto& [key, item] : value.items()) {
      if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
      std::vector<std::string> names(allowed.begin(), allowed.end());
      auto where = at;
      where.push_back(key);
      std::string hint = did_you_mean(key, names);
      if (hint.empty()) hint = fmt::format("expected {}", fmt::join(names, ", "));
      fail(where, fmt::format("unknown key '{}'", key), hint, true);
    }
    for (const auto key : required)
      if (!value.contains(key)) fail(at, fmt::format("missing key '{}'", key));
  }

  const json* member(const json& object, std::string_view key) const {
    const auto found = object.find(key);
    return found == object.end() ? nullptr : &*found;
  }

  std::string string(const json& object, const std::vector<std::string>& at, std::string_view key,
                     bool nullable = false) const {
    const json* value = member(object, key);
    if (!value || (nullable && value->is_null())) return {};
    if (!value->is_string()) fail(child(at, key), "expected a string" + std::string(nullable ? " or null" : "") +
                                                      ", got " + kind(*value));
    return value->get<std::string>();
  }

  double number(const json& object, const std::vector<std::string>& at, std::string_view key, double fallback) const {
    const json* value = member(object, key);
    if (!value) return fallback;
    if (!value->is_number()) fail(child(at, key), "expected a number, got " + kind(*value));
    return value->get<double>();
  }

  double confidence(const json& object, const std::vector<std::string>& at) const {
    const double value = number(object, at, "confidence", 1.0);
    if (!(value >= 0.0 && value <= 1.0))
      fail(child(at, "confidence"), fmt::format("a confidence is between 0 and 1, got {}", value));
    return value;
  }

  std::size_t offset(const json& object, const std::vector<std::string>& at, std::string_view key) const {
    const json* value = member(object, key);
    if (!value) return 0;
    if (!value->is_number_unsigned()) fail(child(at, key), "expected a byte offset (0 or more), got " + kind(*value));
    return value->get<std::size_t>();
  }

  // A sentence index: 0 or more, or null (-1) when `nullable`.
  int sentence(const json& object, const std::vector<std::string>& at, std::string_view key, bool nullable) const {
    const json* value = member(object, key);
    if (!value) return nullable ? -1 : 0;
    if (nullable && value->is_null()) return -1;
    if (!value->is_number_unsigned() || value->get<std::uint64_t>() > 1'000'000'000)
      fail(child(at, key), "expected a sentence index (0 or more)" + std::string(nullable ? " or null" : "") +
                               ", got " + value->dump());
    return value->get<int>();
  }

  // An edge's "gap": {"min_days": 7, "max_days": 7, "dates": "to"}; max_days null for no upper
  // limit; dates (default "to") names the event the gap dates.
  std::optional<DayGap> gap(const json& object, const std::vector<std::string>& at) const {
    const json* value = member(object, "gap");
    if (!value || value->is_null()) return std::nullopt;
    const std::vector<std::string> where = child(at, "gap");
    this->object(*value, where, {"min_days", "max_days", "dates"}, {"min_days"});
    DayGap gap{days(*value, where, "min_days"), std::nullopt, GapDates::To};
    if (const std::string dates = string(*value, where, "dates"); dates == "from") gap.dates = GapDates::From;
    else if (!dates.empty() && dates != "to") fail(child(where, "dates"), "expected \"from\" or \"to\", got \"" + dates + "\"");
    if (const json* max = member(*value, "max_days"); max && !max->is_null()) gap.max = days(*value, where, "max_days");
    if (gap.max && *gap.max < gap.min)
      fail(child(where, "max_days"), fmt::format("max_days {} is below min_days {}", *gap.max, gap.min));
    return gap;
  }

  int days(const json& object, const std::vector<std::string>& at, std::string_view key) const {
    const json* value = member(object, key);
    if (!value->is_number_unsigned() || value->get<std::uint64_t>() > 10'000'000)
      fail(child(at, key), "expected a number of days (0 or more), got " + value->dump());
    return value->get<int>();
  }

  std::optional<date::sys_days> day(const json& object, const std::vector<std::string>& at,
                                    std::string_view key) const {
    const json* value = member(object, key);
    if (!value || value->is_null()) return std::nullopt;
    if (!value->is_string()) fail(child(at, key), "expected a day like \"2021-12-07\" or null, got " + kind(*value));
    const auto parsed = parse_iso_day(value->get<std::string>());
    if (!parsed) fail(child(at, key), fmt::format("'{}' is not a day", value->get<std::string>()),
                      "write days as YYYY-MM-DD, e.g. 2021-12-07");
    return parsed;
  }

  std::vector<std::string> strings(const json& object, const std::vector<std::string>& at,
                                   std::string_view key) const {
    const json* value = member(object, key);
    if (!value) return {};
    if (!value->is_array()) fail(child(at, key), "expected a list of strings, got " + kind(*value));
    std::vector<std::string> out;
    for (std::size_t i = 0; i < value->size(); ++i) {
      if (!(*value)[i].is_string())
        fail(child(child(at, key), std::to_string(i)), "expected a string, got " + kind((*value)[i]));
      out.push_back((*value)[i].get<std::string>());
    }
    return out;
  }

  // The list at `key` (empty when absent); fails when it is not a list.
  const json& list(const json& object, const std::vector<std::string>& at, std::string_view key) const {
    static const json empty = json::array();
    const json* value = member(object, key);
    if (!value) return empty;
    if (!value->is_array()) fail(child(at, key), "expected a list, got " + kind(*value));
    return *value;
  }

  template <typename Enum>
  Enum enumeration(const json& object, const std::vector<std::string>& at, std::string_view key,
                   std::optional<Enum> (*parse)(std::string_view), std::initializer_list<std::string_view> names,
                   Enum fallback) const {
    const json* value = member(object, key);
    if (!value) return fallback;
    if (!value->is_string()) fail(child(at, key), "expected a string, got " + kind(*value));
    const auto parsed = parse(value->get<std::string>());
    if (!parsed) {
      std::vector<std::string> options(names.begin(), names.end());
      std::string hint = did_you_mean(value->get<std::string>(), options);
      if (hint.empty()) hint = "expected one of " + fmt::format("{}", fmt::join(options, ", "));
      fail(child(at, key), fmt::format("unknown value '{}'", value->get<std::string>()), hint);
    }
    return *parsed;
  }

  static std::vector<std::string> child(std::vector<std::string> at, std::string_view key) {
    at.emplace_back(key);
    return at;
  }

 private:
  std::string_view text_;
  const std::string& path_;
};

using Path = std::vector<std::string>;

EventTime read_time(const Reader& r, const json& value, const Path& at) {
  r.object(value, at, {"value", "start", "end", "precision", "source", "mod"}, {});
  EventTime time;
  time.value = r.string(value, at, "value", true);
  time.start = r.day(value, at, "start");
  time.end = r.day(value, at, "end");
  if (time.start && time.end && *time.start > *time.end)
    r.fail(Reader::child(at, "end"), fmt::format("ends on {} before it starts on {}", format_iso_day(*time.end),
                                                format_iso_day(*time.start)));
  time.precision = r.enumeration<Precision>(value, at, "precision", &precision_from_string,
                                            {"instant", "day", "week", "month", "quarter", "season", "year", "decade",
                                             "century", "unknown"},
                                            Precision::Unknown);
  if (const json* source = r.member(value, "source"); source && !source->is_null())
    time.source = r.enumeration<TimeSource>(value, at, "source", &time_source_from_string,
                                            {"explicit", "dct", "inferred", "override"}, TimeSource::None);
  if (time.source == TimeSource::None && r.member(value, "source") && !r.member(value, "source")->is_null())
    r.fail(Reader::child(at, "source"), "unknown value 'none'", "write null for an event with no date");
  time.mod = r.string(value, at, "mod", true);
  return time;
}

TimexInfo read_timex(const Reader& r, const json& value, const Path& at, const std::string& doc) {
  r.object(value, at, {"id", "begin", "end", "text", "type", "value", "mod", "interval", "rule", "freq", "quant"}, {"id"});
  TimexInfo timex;
  timex.doc = doc;
  timex.id = r.string(value, at, "id");
  timex.begin = r.offset(value, at, "begin");
  timex.end = r.offset(value, at, "end");
  timex.text = r.string(value, at, "text");
  timex.type = r.string(value, at, "type");
  timex.value = r.string(value, at, "value");
  timex.mod = r.string(value, at, "mod", true);
  timex.freq = r.string(value, at, "freq", true);
  timex.quant = r.string(value, at, "quant", true);
  if (const json* interval = r.member(value, "interval"); interval && !interval->is_null()) {
    const Path where = Reader::child(at, "interval");
    r.object(*interval, where, {"start", "end", "precision"}, {"start", "end"});
    const auto start = r.day(*interval, where, "start"), end = r.day(*interval, where, "end");
    if (!start || !end) r.fail(where, "an interval needs both a start and an end day");
    timex.interval = Interval{*start, *end,
                              r.enumeration<Precision>(*interval, where, "precision", &precision_from_string,
                                                       {"instant", "day", "week", "month", "quarter", "season",
                                                        "year", "decade", "century", "unknown"},
                                                       Precision::Unknown)};
    if (!timex.interval->ok()) r.fail(Reader::child(where, "end"), "the interval ends before it starts");
  }
  timex.rule = r.string(value, at, "rule", true);
  return timex;
}

Mention read_mention(const Reader& r, const json& value, const Path& at) {
  r.object(value, at, {"doc", "sentence", "begin", "end", "text", "sentence_text"}, {});
  Mention mention;
  mention.doc = r.string(value, at, "doc");
  mention.sentence = r.sentence(value, at, "sentence", false);
  mention.begin = r.offset(value, at, "begin");
  mention.end = r.offset(value, at, "end");
  mention.text = r.string(value, at, "text");
  mention.sentence_text = r.string(value, at, "sentence_text", true);
  return mention;
}

Event read_event(const Reader& r, const json& value, const Path& at) {
  r.object(value, at,
           {"id", "title", "trigger", "lemma", "class", "time", "modality", "tense", "aspect", "polarity", "actors",
            "lane", "mentions", "confidence"},
           {"id"});
  Event event;
  event.id = r.string(value, at, "id");
  if (event.id.empty()) r.fail(Reader::child(at, "id"), "an event id cannot be empty");
  event.title = r.string(value, at, "title");
  event.trigger = r.string(value, at, "trigger");
  event.lemma = r.string(value, at, "lemma");
  event.event_class = r.string(value, at, "class");
  if (const json* time = r.member(value, "time")) event.time = read_time(r, *time, Reader::child(at, "time"));
  event.modality = r.enumeration<Modality>(value, at, "modality", &modality_from_string,
                                           {"actual", "planned", "possible", "hypothetical", "negated"},
                                           Modality::Actual);
  if (r.member(value, "tense")) event.tense = r.string(value, at, "tense");
  if (r.member(value, "aspect")) event.aspect = r.string(value, at, "aspect");
  if (r.member(value, "polarity")) event.polarity = r.string(value, at, "polarity");
  event.actors = r.strings(value, at, "actors");
  event.lane = r.string(value, at, "lane", true);
  const json& mentions = r.list(value, at, "mentions");
  for (std::size_t i = 0; i < mentions.size(); ++i)
    event.mentions.push_back(read_mention(r, mentions[i], Reader::child(Reader::child(at, "mentions"), std::to_string(i))));
  if (event.polarity != "POS" && event.polarity != "NEG")
    r.fail(Reader::child(at, "polarity"), fmt::format("unknown value '{}'", event.polarity), "expected POS or NEG");
  event.confidence = r.confidence(value, at);
  return event;
}

Edge read_edge(const Reader& r, const json& value, const Path& at) {
  r.object(value, at, {"from", "to", "type", "evidence", "source", "confidence", "gap"}, {"from", "to", "type"});
  Edge edge;
  edge.from = r.string(value, at, "from");
  edge.to = r.string(value, at, "to");
  edge.type = r.enumeration<EdgeType>(value, at, "type", &edge_type_from_string,
                                      {"before", "includes", "simultaneous", "causes", "enables", "responds_to",
                                       "reports", "refers_to", "part_of"},
                                      EdgeType::Before);
  if (const json* evidence = r.member(value, "evidence"); evidence) {
    const Path where = Reader::child(at, "evidence");
    r.object(*evidence, where, {"doc", "sentence", "cue"}, {});
    edge.evidence.doc = r.string(*evidence, where, "doc", true);
    edge.evidence.sentence = r.sentence(*evidence, where, "sentence", true);
    edge.evidence.cue = r.string(*evidence, where, "cue", true);
  }
  edge.source = r.enumeration<EdgeSource>(value, at, "source", &edge_source_from_string,
                                          {"extracted", "inferred", "override"}, EdgeSource::Extracted);
  edge.confidence = r.confidence(value, at);
  edge.gap = r.gap(value, at);
  return edge;
}

void read_documents(const Reader& r, const json& root, GraphData& graph) {
  const json& documents = r.list(root, {}, "documents");
  for (std::size_t i = 0; i < documents.size(); ++i) {
    const Path at{"documents", std::to_string(i)};
    const json& value = documents[i];
    r.object(value, at, {"id", "path", "dct", "title", "timexes"}, {"id"});
    DocumentInfo document;
    document.id = r.string(value, at, "id");
    document.path = r.string(value, at, "path");
    document.dct = r.day(value, at, "dct");
    document.title = r.string(value, at, "title");
    const json& timexes = r.list(value, at, "timexes");
    for (std::size_t k = 0; k < timexes.size(); ++k)
      graph.timexes.push_back(
          read_timex(r, timexes[k], Reader::child(Reader::child(at, "timexes"), std::to_string(k)), document.id));
    graph.documents.push_back(std::move(document));
  }
}

}  // namespace

EventTime interchange_time(EventTime time) {
  if (!time.closed() || *time.start != *time.end || time.precision == Precision::Instant) return time;
  if (time.value.empty()) time.value = format_iso_day(*time.start);
  if (parse_iso_day(time.value)) time.precision = Precision::Day;  // (not "PRESENT_REF", nor a clock time)
  return time;
}

std::string write_graph_json(const GraphData& graph) {
  JsonOut out;
  out.reserve(1024 + 1200 * graph.events.size() + 300 * graph.edges.size());
  out.begin_object();
  out.key("chronograph"), out.integer(kJsonVersion);
  out.key("documents"), write_documents(out, graph);
  out.key("entities"), write_list(out, graph.entities, &write_entity);
  out.key("events"), write_list(out, graph.events, &write_event);
  out.key("edges"), write_list(out, graph.edges, &write_edge);
  out.key("conflicts"), write_list(out, graph.conflicts, [](JsonOut& o, const Conflict& conflict) {
    o.begin_object();
    o.key("edges"), o.strings(conflict.edges);
    o.key("message"), o.string(conflict.message);
    o.key("set_aside"), o.strings(conflict.set_aside);
    o.end_object();
  });
  out.end_object();
  std::string text = out.take();
  text.push_back('\n');
  return text;
}

GraphData read_graph_json(std::string_view text, const std::string& path) {
  json root;
  try {
    root = json::parse(text.begin(), text.end());
  } catch (const json::parse_error& error) {
    const std::size_t offset = error.byte == 0 ? 0 : error.byte - 1;
    std::string message = error.what();
    // "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error while
    // parsing object - unexpected '}'; expected string literal" -> the part after "parse error ...: "
    if (const auto colon = message.find(": "); colon != std::string::npos) message = message.substr(colon + 2);
    throw ParseError(position_of(text, offset, path), "invalid JSON: " + message, {},
                     "a graph.json is written by `chronograph extract FILES --format json`", line_at(text, offset));
  }
  const Reader r(text, path);
  r.object(root, {}, {"chronograph", "documents", "entities", "events", "edges", "conflicts"}, {"chronograph"});
  if (root["chronograph"] != kJsonVersion)
    r.fail({"chronograph"}, fmt::format("version {} is not supported", root["chronograph"].dump()),
           "this chronograph reads version 1");
  GraphData graph;
  read_documents(r, root, graph);
  const json& entities = r.list(root, {}, "entities");
  for (std::size_t i = 0; i < entities.size(); ++i) {
    const Path at{"entities", std::to_string(i)};
    r.object(entities[i], at, {"id", "name", "type", "aliases"}, {"id"});
    graph.entities.push_back(Entity{r.string(entities[i], at, "id"), r.string(entities[i], at, "name"),
                                    r.string(entities[i], at, "type"), r.strings(entities[i], at, "aliases")});
  }
  const json& events = r.list(root, {}, "events");
  std::set<std::string> ids;
  for (std::size_t i = 0; i < events.size(); ++i) {
    const Path at{"events", std::to_string(i)};
    graph.events.push_back(read_event(r, events[i], at));
    if (!ids.insert(graph.events.back().id).second)
      r.fail(Reader::child(at, "id"), fmt::format("a second event with the id '{}'", graph.events.back().id));
  }
  const json& edges = r.list(root, {}, "edges");
  std::vector<std::string> id_list(ids.begin(), ids.end());
  for (std::size_t i = 0; i < edges.size(); ++i) {
    const Path at{"edges", std::to_string(i)};
    Edge edge = read_edge(r, edges[i], at);
    for (const auto* end : {&edge.from, &edge.to})
      if (!ids.count(*end))
        r.fail(Reader::child(at, end == &edge.from ? "from" : "to"), fmt::format("no event '{}'", *end),
               did_you_mean(*end, id_list));
    graph.edges.push_back(std::move(edge));
  }
  const json& conflicts = r.list(root, {}, "conflicts");
  for (std::size_t i = 0; i < conflicts.size(); ++i) {
    const Path at{"conflicts", std::to_string(i)};
    r.object(conflicts[i], at, {"edges", "message", "set_aside"}, {"message"});
    graph.conflicts.push_back(Conflict{r.strings(conflicts[i], at, "edges"), r.string(conflicts[i], at, "message"),
                                       r.strings(conflicts[i], at, "set_aside")});
  }
  return graph;
}

}  // namespace chronograph::graph
