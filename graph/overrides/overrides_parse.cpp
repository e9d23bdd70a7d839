// Reading and validating an overrides file: every error is a ParseError at the offending
// node, quoting its line, before anything is applied.
#include "graph/overrides/overrides.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>
#include <set>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "core/common/atomic_file.h"
#include "core/common/parse_errors.h"
#include "core/common/yaml_mistakes.h"
#include "graph/overrides/override_text.h"

namespace chronograph::graph {

namespace {

constexpr const char* kDateHelp =
    "use 2022-02-24, 2022-02-24 14:30, 2022-02, 2022, early 2022, mid-Feb 2022, Q1 2022, 2022-Q1, summer 2022, "
    "2022-02-06..2022-02-08, by 2022-02-24, before 2022-02-24, not before 2022 or {start: .., end: ..}";

std::vector<std::string> split_lines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t from = 0;
  while (from <= text.size()) {
    auto end = text.find('\n', from);
    if (end == std::string_view::npos) end = text.size();
    std::string line{text.substr(from, end - from)};
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
    from = end + 1;
  }
  return lines;
}

// A letter that looks like a digit, in a word that is otherwise a number ("2O22", "l999"):
// the likeliest typo. Words ("before", "Oct") are no numbers mistyped.
std::string digit_lookalike_hint(std::string_view text) {
  const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t end = std::min(text.find_first_of(" -./:,", at), text.size());
    const std::string_view word = text.substr(at, end - at);
    at = end + 1;
    if (std::none_of(word.begin(), word.end(), is_digit)) continue;
    for (const char c : word) {
      if (c == 'O' || c == 'o') return fmt::format("is '{}' a zero?", c);
      if (c == 'l' || c == 'I') return fmt::format("is '{}' a one?", c);
    }
  }
  return {};
}

struct Context {
  std::string path;
  std::vector<std::string> lines;
  // Every error found so far: the file is read on past one (an entry, or a key of one, that
  // is wrong is left out), so that all of them are reported at once (overrides.h).
  mutable std::vector<ParseError> errors;

  // Runs one step of the reading; its error is kept and the file read on.
  template <typename Step>
  void attempt(Step&& step) const {
    try {
      step();
    } catch (const ParseError& error) {
      errors.push_back(error);
    }
  }

  SourcePos pos(const YAML::Mark& mark) const {
    if (mark.is_null()) return SourcePos{path, 0, 0};
    return SourcePos{path, mark.line + 1, mark.column + 1};
  }

  // How much of the line the node covers: a quoted or plain scalar, a flow collection.
  int width(const YAML::Node& node) const {
    const YAML::Mark mark = node.Mark();
    if (mark.is_null() || mark.line < 0 || static_cast<std::size_t>(mark.line) >= lines.size()) return 1;
    const std::string& line = lines[static_cast<std::size_t>(mark.line)];
    const auto column = static_cast<std::size_t>(mark.column);
    if (column >= line.size()) return 1;
    const char first = line[column];
    if (first == '"' || first == '\'') {
      const auto close = line.find(first, column + 1);
      return close == std::string::npos ? 1 : static_cast<int>(close - column + 1);
    }
    if (first == '{' || first == '[') {
      const char close_char = first == '{' ? '}' : ']';
      int depth = 0;
      for (std::size_t i = column; i < line.size(); ++i) {
        if (line[i] == first) ++depth;
        if (line[i] == close_char && --depth == 0) return static_cast<int>(i - column + 1);
      }
      return 1;
    }
    if (node.IsScalar()) {
      const auto& text = node.Scalar();
      if (line.compare(column, text.size(), text) == 0) return static_cast<int>(text.size());
    }
    return 1;
  }

  OverrideSpan span(const YAML::Node& node) const { return {pos(node.Mark()), width(node)}; }

  std::string line_of(const YAML::Mark& mark) const {
    if (mark.is_null() || mark.line < 0 || static_cast<std::size_t>(mark.line) >= lines.size()) return {};
    return lines[static_cast<std::size_t>(mark.line)];
  }

  [[noreturn]] void fail(const YAML::Node& node, const std::string& message, const std::string& hint = {},
                         const std::string& help = {}) const {
    throw ParseError(pos(node.Mark()), message, hint, help, line_of(node.Mark()), width(node));
  }
};

std::string kind_of(const YAML::Node& node) {
  if (node.IsMap()) return "a map";
  if (node.IsSequence()) return "a list";
  if (node.IsNull()) return "nothing";
  return fmt::format("'{}'", node.Scalar());
}

// A plain (unquoted) scalar that YAML would read as a number or a boolean.
bool looks_like_number(const YAML::Node& node) {
  if (!node.IsScalar() || node.Tag() != "?") return false;
  const std::string& text = node.Scalar();
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc{} && end == text.data() + text.size();
}

const YAML::Node& require_map(const Context& ctx, const YAML::Node& node, std::string_view what,
                              std::string_view example) {
  if (!node.IsMap())
    ctx.fail(node, fmt::format("{} must be a map, not {}", what, kind_of(node)), {},
             fmt::format("write it as {}", example));
  return node;
}

const YAML::Node& require_list(const Context& ctx, const YAML::Node& node, std::string_view what,
                               std::string_view example) {
  if (!node.IsSequence())
    ctx.fail(node, fmt::format("{} must be a list, not {}", what, kind_of(node)), {},
             fmt::format("write it as {}", example));
  return node;
}

std::string require_text(const Context& ctx, const YAML::Node& node, std::string_view what,
                         std::string_view example) {
  if (!node.IsScalar())
    ctx.fail(node, fmt::format("{} must be text, not {}", what, kind_of(node)), {},
             fmt::format("write it as {}", example));
  if (node.Scalar().empty()) ctx.fail(node, fmt::format("{} is empty", what), {}, fmt::format("write it as {}", example));
  return node.Scalar();
}

// `{date: 28 Sep 2025, title: Bekele finishes second, 48 seconds behind}`: in a flow map the
// comma ends the title, and its rest is read as a key with no value (t54 #77). Returns the
// entry as it was meant, quoted (`title: "Bekele finishes second, 48 seconds behind"`), when
// `key` is such a rest after a text value.
std::optional<std::string> text_cut_at_comma(const YAML::Node& map, const YAML::Node& key) {
  if (map.Style() != YAML::EmitterStyle::Flow) return std::nullopt;
  // (the entry before, as text: assigning one YAML::Node to another would rewrite the document)
  std::string before_key, before_text;
  for (const auto& entry : map) {
    if (entry.first.Mark().pos == key.Mark().pos) {
      if (!entry.second.IsNull() || before_text.empty()) return std::nullopt;
      return fmt::format("{}: \"{}, {}\"", before_key, before_text, key.Scalar());
    }
    const bool text = entry.first.IsScalar() && entry.second.IsScalar();
    before_key = text ? entry.first.Scalar() : std::string();
    before_text = text ? entry.second.Scalar() : std::string();
  }
  return std::nullopt;
}

// Keys of `node` must be among `allowed`; a misspelt one gets the closest. Unless
// `empty_values_ok`, a key without a value (`date:` alone) is an error at the key: YAML puts
// an empty value where the next line starts, which would be the wrong place to point at.
void check_keys(const Context& ctx, const YAML::Node& node, const std::vector<std::string>& allowed,
                std::string_view where, bool empty_values_ok = false) {
  for (const auto& entry : node) {
    const YAML::Node& key = entry.first;
    const std::string name = key.IsScalar() ? key.Scalar() : std::string{};
    if (std::find(allowed.begin(), allowed.end(), name) != allowed.end()) {
      if (!empty_values_ok && entry.second.IsNull())
        ctx.attempt([&] {
          ctx.fail(key, fmt::format("'{}' has no value", name), {},
                   fmt::format("write a value after `{}:`, or delete the line", name));
        });
      continue;
    }
    std::string list;
    for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
    if (const auto cut = text_cut_at_comma(node, key)) {
      ctx.attempt([&] {
        ctx.fail(key, fmt::format("unknown key '{}' in {}", name, where), {},
                 fmt::format("a comma inside {{...}} ends the value; quote the text: {}", *cut));
      });
      continue;
    }
    ctx.attempt([&] {
    // (`start:` and `end:` beside `title:`, as other tools' listings write them, are one range)
    const bool bare_range = (name == "start" || name == "end") &&
                            std::find(allowed.begin(), allowed.end(), "date") != allowed.end();
    ctx.fail(key, fmt::format("unknown key '{}' in {}", name, where), bare_range ? "" : did_you_mean(name, allowed),
             bare_range ? "a range is one key: date: {start: 2021-12-01, end: 2021-12-10} (either side may be left out)"
                        : fmt::format("the keys here are {}", list));
    });
  }
}

bool parse_bool(const Context& ctx, const YAML::Node& node, std::string_view key) {
  bool value = false;
  if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value))
    ctx.fail(node, fmt::format("{} must be true or false, not {}", key, kind_of(node)), {},
             fmt::format("write {}: true", key));
  return value;
}

// "11:18", "9:05": a time of day written alone (t54 #78), as "HH:MM"; the day is the event's.
std::optional<std::string> clock_alone(std::string_view text) {
  const auto colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 2 || text.size() != colon + 3) return std::nullopt;
  int hours = 0, minutes = 0;
  const auto digits = [](std::string_view part, int& out) {
    const auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), out);
    return error == std::errc{} && end == part.data() + part.size();
  };
  if (!digits(text.substr(0, colon), hours) || !digits(text.substr(colon + 1), minutes)) return std::nullopt;
  if (hours > 23 || minutes > 59) return std::nullopt;
  return fmt::format("{:02}:{:02}", hours, minutes);
}

DateOverride parse_date(const Context& ctx, const YAML::Node& node) {
  DateOverride out;
  out.span = ctx.span(node);
  if (node.IsScalar()) {
    const auto time = parse_override_date(node.Scalar());
    if (!time)
      if (auto clock = clock_alone(node.Scalar())) {
        out.clock = std::move(*clock);
        out.text = node.Scalar();
        return out;
      }
    if (!time) ctx.fail(node, fmt::format("'{}' is not a date", node.Scalar()), {},
                        [&] {
                          const auto hint = digit_lookalike_hint(node.Scalar());
                          return hint.empty() ? std::string(kDateHelp) : std::string(kDateHelp) + "; " + hint;
                        }());
    out.time = *time;
    out.text = node.Scalar();
    return out;
  }
  if (!node.IsMap())
    ctx.fail(node, fmt::format("a date must be text or {{start: .., end: ..}}, not {}", kind_of(node)), {},
             kDateHelp);
  check_keys(ctx, node, {"start", "end"}, "a date range");
  std::optional<EventTime> start, end;
  std::string start_text, end_text;
  const auto side = [&ctx](const YAML::Node& value, std::string& text) {
    if (!value.IsScalar())
      ctx.fail(value, fmt::format("a range's start or end must be one date, not {}", kind_of(value)), {}, kDateHelp);
    text = value.Scalar();
    const DateOverride side = parse_date(ctx, value);
    if (!side.clock.empty())
      ctx.fail(value, fmt::format("'{}' is a time of day: a range's start or end needs its day", text), {},
               fmt::format("write the day too: 2021-12-07 {}", side.clock));
    return side.time;
  };
  if (node["start"]) start = side(node["start"], start_text);
  if (node["end"]) end = side(node["end"], end_text);
  if (!start && !end) ctx.fail(node, "a date range needs a start or an end", {}, kDateHelp);
  EventTime& time = out.time;
  time.source = TimeSource::Override;
  if (start) time.start = start->start;
  if (end) time.end = end->end;
  time.precision = std::max(start ? start->precision : Precision::Day, end ? end->precision : Precision::Day);
  if (time.start && time.end && *time.start > *time.end)
    ctx.fail(node, fmt::format("the range ends ({}) before it starts ({})", format_iso_day(*time.end),
                               format_iso_day(*time.start)),
             {}, "swap start and end");
  out.text = start && end ? fmt::format("{}..{}", start_text, end_text)
             : start      ? "not before " + start_text
                          : "by " + end_text;
  return out;
}

EventRef parse_ref(const Context& ctx, const YAML::Node& node, std::string_view what) {
  EventRef ref;
  ref.span = ctx.span(node);
  if (node.IsScalar()) {
    ref.id = require_text(ctx, node, what, "an event id, or {match: \"words of its sentence\"}");
    return ref;
  }
  if (!node.IsMap())
    ctx.fail(node, fmt::format("{} must be an event id or {{match: ..}}, not {}", what, kind_of(node)), {},
             "write an event id, or {match: \"words of its sentence\"}");
  check_keys(ctx, node, {"id", "match", "doc"}, what);
  if (node["id"]) {
    ref.id = require_text(ctx, node["id"], "id", "id: video-call");
    ref.span = ctx.span(node["id"]);
  }
  if (node["match"]) {
    ref.match = require_text(ctx, node["match"], "match", "match: \"hold a video call\"");
    if (detail::normalize_words(ref.match).empty())
      ctx.fail(node["match"], fmt::format("match '{}' has no words", ref.match), {},
               "write words of the event's sentence: match: \"hold a video call\"");
    ref.match_span = ctx.span(node["match"]);
    if (ref.id.empty()) ref.span = ref.match_span;
  }
  if (node["doc"]) ref.doc = require_text(ctx, node["doc"], "doc", "doc: ukraine-call");
  if (ref.id.empty() && ref.match.empty())
    ctx.fail(node, fmt::format("{} needs an id or a match", what), {}, "write {match: \"hold a video call\"}");
  return ref;
}

std::vector<ActorName> parse_actors(const Context& ctx, const YAML::Node& node) {
  std::vector<ActorName> actors;
  if (node.IsScalar()) {
    actors.push_back({require_text(ctx, node, "an actor", "actors: [Joe Biden, Vladimir Putin]"), ctx.span(node)});
    return actors;
  }
  require_list(ctx, node, "actors", "actors: [Joe Biden, Vladimir Putin]");
  for (const auto& item : node)
    actors.push_back({require_text(ctx, item, "an actor", "actors: [Joe Biden, Vladimir Putin]"), ctx.span(item)});
  return actors;
}

// One of the model's modalities (graph/model/event.h), by the name the JSON and the listing use.
Modality parse_modality(const Context& ctx, const YAML::Node& node) {
  const std::string text = require_text(ctx, node, "a modality", "modality: planned");
  const auto modality = modality_from_string(text);
  if (!modality)
    ctx.fail(node, fmt::format("unknown modality '{}'", text),
             did_you_mean(text, {"actual", "planned", "possible", "hypothetical", "negated"}),
             "use actual, planned, possible, hypothetical or negated");
  return *modality;
}

std::string parse_title(const Context& ctx, const YAML::Node& node) {
  if (looks_like_number(node))
    ctx.fail(node, fmt::format("a title must be text, not the number {}", node.Scalar()), {},
             fmt::format("quote it: title: \"{}\"", node.Scalar()));
  return require_text(ctx, node, "a title", "title: Biden and Putin hold a video call");
}

EventEdit parse_event_edit(const Context& ctx, const YAML::Node& key, const YAML::Node& value) {
  EventEdit edit;
  edit.ref.id = require_text(ctx, key, "an event id", "video-call: {title: ..}");
  edit.ref.span = ctx.span(key);
  if (value.IsNull()) return edit;  // `video-call:` alone edits nothing, but must name an event
  require_map(ctx, value, fmt::format("the entry of '{}'", edit.ref.id), "video-call: {title: .., date: ..}");
  check_keys(ctx, value, {"title", "date", "actors", "lane", "modality", "remove", "match", "doc"},
             fmt::format("the entry of '{}'", edit.ref.id));
  if (value["match"]) {
    edit.ref.match = require_text(ctx, value["match"], "match", "match: \"hold a video call\"");
    edit.ref.match_span = ctx.span(value["match"]);
    if (detail::normalize_words(edit.ref.match).empty())
      ctx.fail(value["match"], fmt::format("match '{}' has no words", edit.ref.match), {},
               "write words of the event's sentence: match: \"hold a video call\"");
  }
  if (value["doc"]) edit.ref.doc = require_text(ctx, value["doc"], "doc", "doc: ukraine-call");
  // (each field on its own: a bad date and a bad modality in one entry are two errors)
  if (value["title"]) ctx.attempt([&] { edit.title = parse_title(ctx, value["title"]); });
  if (value["date"]) ctx.attempt([&] { edit.date = parse_date(ctx, value["date"]); });
  if (value["actors"]) ctx.attempt([&] { edit.actors = parse_actors(ctx, value["actors"]); });
  if (value["lane"]) ctx.attempt([&] { edit.lane = require_text(ctx, value["lane"], "a lane", "lane: Diplomacy"); });
  if (value["modality"]) ctx.attempt([&] { edit.modality = parse_modality(ctx, value["modality"]); });
  if (value["remove"]) {
    edit.remove = parse_bool(ctx, value["remove"], "remove");
    if (edit.remove && (edit.title || edit.date || edit.actors || edit.lane || edit.modality))
      ctx.fail(value["remove"], fmt::format("'{}' is removed and edited at once", edit.ref.id), {},
               "keep either `remove: true` or the edits");
  }
  return edit;
}

EventAddition parse_addition(const Context& ctx, const YAML::Node& node) {
  constexpr const char* kExample = "- {id: invasion, title: Russia invades Ukraine, date: 2022-02-24}";
  require_map(ctx, node, "an `add` entry", kExample);
  check_keys(ctx, node, {"id", "title", "date", "actors", "lane", "modality"}, "an `add` entry");
  EventAddition add;
  if (!node["id"]) ctx.fail(node, "an `add` entry needs an id", {}, kExample);
  if (!node["title"]) ctx.fail(node, "an `add` entry needs a title", {}, kExample);
  add.id = require_text(ctx, node["id"], "an id", kExample);
  add.span = ctx.span(node["id"]);
  add.title = parse_title(ctx, node["title"]);
  if (node["date"]) add.date = parse_date(ctx, node["date"]);
  if (node["actors"]) add.actors = parse_actors(ctx, node["actors"]);
  if (node["lane"]) add.lane = require_text(ctx, node["lane"], "a lane", "lane: Diplomacy");
  if (node["modality"]) add.modality = parse_modality(ctx, node["modality"]);
  return add;
}

MergeGroup parse_merge(const Context& ctx, const YAML::Node& node) {
  require_list(ctx, node, "a `merge` entry", "- [possible-offensive, potential-invasion]");
  MergeGroup group;
  group.span = ctx.span(node);
  for (const auto& item : node) group.members.push_back(parse_ref(ctx, item, "a merge member"));
  if (group.members.size() < 2)
    ctx.fail(node, "a merge needs two events or more", {}, "write - [possible-offensive, potential-invasion]");
  return group;
}

EdgeOverride parse_edge(const Context& ctx, const YAML::Node& node) {
  constexpr const char* kExample = "- {from: geneva-summit, to: video-call, type: refers_to}";
  require_map(ctx, node, "an `edges` entry", kExample);
  check_keys(ctx, node, {"from", "to", "type", "cue", "remove"}, "an `edges` entry");
  EdgeOverride edge;
  edge.span = ctx.span(node);
  for (const char* key : {"from", "to", "type"})
    if (!node[key]) ctx.fail(node, fmt::format("an edge needs `{}`", key), {}, kExample);
  edge.from = parse_ref(ctx, node["from"], "from");
  edge.to = parse_ref(ctx, node["to"], "to");
  const std::string type = require_text(ctx, node["type"], "type", kExample);
  const auto parsed = edge_type_from_string(type);
  if (!parsed) {
    const std::vector<std::string> names{"before", "includes", "simultaneous", "causes", "enables",
                                         "responds_to", "reports", "refers_to", "part_of"};
    ctx.fail(node["type"], fmt::format("unknown edge type '{}'", type), did_you_mean(type, names),
             "use before, includes, simultaneous, causes, enables, responds_to, reports, refers_to or part_of");
  }
  edge.type = *parsed;
  if (node["cue"]) edge.cue = require_text(ctx, node["cue"], "a cue", "cue: \"agreements reached at\"");
  if (node["remove"]) edge.remove = parse_bool(ctx, node["remove"], "remove");
  return edge;
}

void parse_documents(const Context& ctx, const YAML::Node& node, OverridesFile& out) {
  require_map(ctx, node, "documents", "documents: {ukraine-call: {dct: 2021-12-04}}");
  for (const auto& entry : node) ctx.attempt([&] {
    DocumentOverride doc;
    doc.id = require_text(ctx, entry.first, "a document id", "ukraine-call: {dct: 2021-12-04}");
    doc.span = ctx.span(entry.first);
    const YAML::Node& value = entry.second;
    if (value.IsNull())
      ctx.fail(entry.first, fmt::format("document '{}' has no dct", doc.id), {}, "write ukraine-call: {dct: 2021-12-04}");
    require_map(ctx, value, fmt::format("the entry of document '{}'", doc.id), "ukraine-call: {dct: 2021-12-04}");
    check_keys(ctx, value, {"dct"}, fmt::format("the entry of document '{}'", doc.id));
    if (!value["dct"]) ctx.fail(value, fmt::format("document '{}' has no dct", doc.id), {}, "write {dct: 2021-12-04}");
    const YAML::Node& dct = value["dct"];
    const auto day = dct.IsScalar() ? parse_iso_day(dct.Scalar()) : std::nullopt;
    if (!day)
      ctx.fail(dct, fmt::format("{} is not a day", kind_of(dct)), {},
               "a document creation time is one calendar day: dct: 2021-12-04");
    doc.dct = *day;
    out.documents.push_back(std::move(doc));
  });
}

void parse_events(const Context& ctx, const YAML::Node& node, OverridesFile& out) {
  require_map(ctx, node, "events", "events: {video-call: {date: 2021-12-07}}");
  std::map<std::string, int> seen;
  for (const auto& entry : node) ctx.attempt([&] {
    EventEdit edit = parse_event_edit(ctx, entry.first, entry.second);
    const auto [it, fresh] = seen.emplace(edit.ref.id, edit.ref.span.pos.line);
    if (!fresh)
      ctx.fail(entry.first, fmt::format("'{}' is listed twice (first on line {})", edit.ref.id, it->second), {},
               "put all the edits of one event in one entry");
    out.events.push_back(std::move(edit));
  });
}

void parse_view(const Context& ctx, const YAML::Node& node, OverridesFile& out) {
  require_map(ctx, node, "view", "view: {range: [2021-05-01, 2022-06-30], lanes: actor}");
  check_keys(ctx, node, {"range", "lanes"}, "view");
  if (const YAML::Node range = node["range"]) ctx.attempt([&] {
    require_list(ctx, range, "range", "range: [2021-05-01, 2022-06-30]");
    if (range.size() != 2)
      ctx.fail(range, fmt::format("range must have two dates, not {}", range.size()), {},
               "write range: [2021-05-01, 2022-06-30]");
    const DateOverride first = parse_date(ctx, range[0]);
    const DateOverride last = parse_date(ctx, range[1]);
    if (!first.time.start || !last.time.end)
      ctx.fail(range, "range needs a start and an end", {}, "write range: [2021-05-01, 2022-06-30]");
    const Interval interval{*first.time.start, *last.time.end, Precision::Day};
    if (!interval.ok())
      ctx.fail(range, fmt::format("range ends ({}) before it starts ({})", format_iso_day(interval.end),
                                  format_iso_day(interval.start)),
               {}, "swap the two dates");
    out.view.range = interval;
  });
  if (const YAML::Node lanes = node["lanes"]) ctx.attempt([&] {
    if (lanes.IsSequence()) {
      for (const auto& lane : lanes) out.view.lanes.push_back(require_text(ctx, lane, "a lane", "lanes: [War, Diplomacy]"));
    } else {
      const std::string mode = require_text(ctx, lanes, "lanes", "lanes: actor");
      if (mode != "actor" && mode != "class" && mode != "none")
        ctx.fail(lanes, fmt::format("unknown lanes '{}'", mode), did_you_mean(mode, {"actor", "class", "none"}),
                 "use actor, class, none or a list of lane names: [War, Diplomacy]");
      out.view.lanes_mode = mode;
    }
  });
}

void parse_version(const Context& ctx, const YAML::Node& root) {
  const YAML::Node version = root["chronograph"];
  if (!version) {
    ctx.fail(root, "this is not a chronograph overrides file: `chronograph: 1` is missing", {},
             "put `chronograph: 1` on the first line");
  }
  if (!version.IsScalar() || version.Scalar() != "1")
    ctx.fail(version, fmt::format("overrides version {} is not supported", kind_of(version)), {},
             "this chronograph reads `chronograph: 1`");
}

}  // namespace

OverridesFile parse_overrides(std::string_view yaml, const std::string& path_for_messages, EntryErrors when) {
  Context ctx{path_for_messages, split_lines(yaml), {}};
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml));
  } catch (const YAML::ParserException& error) {
    // (yaml-cpp stops where a tab or an unclosed "[" leaves it lost, often a line later)
    if (const auto mistake = find_yaml_mistake(yaml, error.mark.line + 1))
      throw ParseError(SourcePos{path_for_messages, mistake->line, mistake->column}, mistake->message, {},
                       mistake->help, ctx.lines[static_cast<std::size_t>(mistake->line) - 1], 1);
    throw ParseError(ctx.pos(error.mark), fmt::format("this is not valid YAML: {}", error.msg), {},
                     "check the indentation and the quotes on this line", ctx.line_of(error.mark), 1);
  }
  if (!root.IsMap())
    throw ParseError(SourcePos{path_for_messages, 1, 1},
                     root.IsNull() ? "the overrides file is empty" : "an overrides file must be a map",
                     {}, "start it with `chronograph: 1`; `chronograph overrides init` writes a starter file",
                     ctx.lines.empty() ? std::string{} : ctx.lines[0], 1);
  check_keys(ctx, root, {"chronograph", "documents", "events", "add", "merge", "edges", "view"},
             "an overrides file", /*empty_values_ok=*/true);
  ctx.attempt([&] { parse_version(ctx, root); });

  OverridesFile out;
  out.path = path_for_messages;
  // Each section, and each entry of a list, on its own: an error leaves out that entry only.
  const auto section = [&](const char* key, auto&& read) {
    if (const YAML::Node node = root[key]; node && !node.IsNull()) ctx.attempt([&] { read(node); });
  };
  const auto list = [&](const char* key, const char* example, auto&& read_item) {
    section(key, [&](const YAML::Node& node) {
      require_list(ctx, node, key, example);
      for (const auto& item : node) ctx.attempt([&] { read_item(item); });
    });
  };
  section("documents", [&](const YAML::Node& node) { parse_documents(ctx, node, out); });
  section("events", [&](const YAML::Node& node) { parse_events(ctx, node, out); });
  list("add", "add: [{id: invasion, title: Russia invades Ukraine}]",
       [&](const YAML::Node& item) { out.additions.push_back(parse_addition(ctx, item)); });
  list("merge", "merge: [[possible-offensive, potential-invasion]]",
       [&](const YAML::Node& item) { out.merges.push_back(parse_merge(ctx, item)); });
  list("edges", "edges: [{from: a, to: b, type: before}]",
       [&](const YAML::Node& item) { out.edges.push_back(parse_edge(ctx, item)); });
  section("view", [&](const YAML::Node& node) { parse_view(ctx, node, out); });
  out.lines = std::move(ctx.lines);
  out.errors = std::move(ctx.errors);
  if (!out.errors.empty() && when == EntryErrors::Throw) throw ParseErrors(std::move(out.errors));
  return out;
}

OverridesFile load_overrides(const std::filesystem::path& file, EntryErrors when) {
  return parse_overrides(read_file(file), file.string(), when);
}

std::map<std::string, date::sys_days> document_dcts(const OverridesFile& overrides) {
  std::map<std::string, date::sys_days> out;
  for (const auto& doc : overrides.documents) out[doc.id] = doc.dct;
  return out;
}

ViewSettings view_settings(const OverridesFile& overrides) { return overrides.view; }

}  // namespace chronograph::graph
