// The user's corrections: a YAML overrides file (DESIGN.md "YAML overrides, version 1"),
// parsed and validated whole before anything is applied, then applied to the graph after
// extraction and before solving.
//
//   const OverridesFile file = load_overrides("overrides.yaml");   // ParseError on a bad file
//   const auto dcts = document_dcts(file);                          // before extraction
//   const ApplyReport report = apply_overrides(graph, file);        // ParseError on unknown ids
//   for (const auto& line : report.warnings) ...                    // "o.yaml:19:11: warning: ..."
//
// The format, every key of it:
//
//   chronograph: 1                        # required; any other version is an error
//   documents:
//     ukraine-call: {dct: 2021-12-04}     # document creation time (a full day)
//   events:                               # a map: key = event id
//     video-call:
//       title: Biden–Putin video call
//       date: 2021-12-07                  # 2021-06 | 2022 | early 2022 | mid-Feb 2022 | 2022-Q1 | late Q1 2022
//                                         # | summer 2024 | 2021-12-01..2021-12-10 (parse_override_date below)
//                                         # | {start: 2021-12-01, end: 2021-12-10} (either side may be left out)
//                                         # | 14:30 alone: that time on the one day the event has
//       actors: [Joe Biden, vladimir-putin]   # entity ids or names; an unknown name creates an entity
//       lane: Diplomacy
//       modality: planned                 # actual | planned | possible | hypothetical | negated
//       match: "hold a video call"        # optional fallback, see "Picking an event by its words"
//       doc: ukraine-call                 # optional, narrows `match` to one document
//     red-line-warning: {remove: true}
//   add:
//     - {id: invasion, title: Russia invades Ukraine, date: 2022-02-24,
//        actors: [Russia], lane: War, modality: actual}   # modality: planned by default when
//                                         # the date starts after the latest DCT, else actual
//   merge:
//     - [possible-offensive, potential-invasion, offensive]   # the first keeps its id; the
//                                         # date is the members' together, in any order
//   edges:
//     - {from: geneva-summit, to: video-call, type: refers_to, cue: "agreements reached at"}
//     - {from: build-up, to: possible-offensive, type: causes, remove: true}
//   view:
//     range: [2021-05-01, 2022-06]        # any two dates; from the start of one to the end of the other
//     lanes: actor                        # actor | class | none | a list of lane names
//
// Picking an event by its words. Where a `merge` member or an edge's `from`/`to` expects an
// event id, `{match: "hold a video call", doc: ukraine-call}` may stand instead: it picks the
// event one of whose mention sentences contains those words and whose trigger is one of them
// (several events share a sentence: "hold a video call" picks the call, not "said"), or whose
// title contains them; compared case-insensitively with punctuation and runs of spaces
// folded; `doc:` keeps to the mentions of one document. An `events:` entry may also carry
// `match:` (and `doc:`) beside its id key: the id is used while it exists and the words take
// over when a re-run on a reworded article changed the id, so the fix survives. (So an
// `events:` entry picked by words alone is one whose key names no event: the key is then
// only a label, and the entry is stale, not an error, when its words pick nothing.)
//
// Errors vs stale (what stops the run and what `check` reports):
//   - hard errors (ParseErrors, all of them in file order; nothing is applied): bad YAML, a wrong type, an unknown key, a
//     bad date or edge type, an unknown id with no `match:` to fall back on, a `match:` that
//     picks several events (the message lists them), a `match:` standing alone that picks
//     nothing (the message lists the nearest events).
//   - stale (ApplyReport::stale, the rest applies): an id'd entry whose id is gone AND whose
//     `match:` picks nothing, named with the event it most likely meant (edit distance on ids
//     and titles); an edge removal whose edge is not in the graph (a re-run that no longer
//     extracts it, or gives the link another type or way: those edges are named as what it
//     most likely meant). Its two events must exist: an unknown id there is an error.
//   - unused (ApplyReport::unused): entries that changed nothing because the graph already
//     says so: an edit whose every field already has that value, an edge the text already
//     gives, a removal or merge member already gone (a file applied twice), a `documents:`
//     entry when the graph has no documents. A removed/merged id that is gone is only taken
//     as "already applied" when no other id is close to it; a near miss is an error (a typo).
//   - warnings (ApplyReport::warnings): a `match:` used because its id is gone, an `add` of an
//     id the extraction already has (its fields are set), and an override date that
//     contradicts a direct before/includes/simultaneous edge (applied; also added to
//     GraphData::conflicts), a merge of events whose dates exclude each other (the first's kept).
// Applying the same file twice, or to a graph saved as JSON and read back, gives the same graph.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <date/date.h>

#include "core/common/error.h"
#include "core/common/interval.h"
#include "graph/model/graph_data.h"

namespace chronograph::graph {

// Where an entry (or one of its values) is written: position of its first character and
// how many characters of that line the caret underlines.
struct OverrideSpan {
  SourcePos pos;
  int width = 1;
};

// An event named by id, by words of its text, or both (id first, words as the fallback).
struct EventRef {
  std::string id;     // may be empty when only `match` is given
  std::string match;  // the words; empty when none
  std::string doc;    // narrows `match` to one document; empty = all
  OverrideSpan span;        // the id (or the match when there is no id)
  OverrideSpan match_span;  // the match
};

struct DateOverride {
  EventTime time;     // source = Override
  std::string text;   // as written ("early 2022", "{start: 2021-12-01, end: 2021-12-10}")
  OverrideSpan span;
  // "11:18" written alone ("HH:MM"): that time on the day the event already has, which `time`
  // takes when the override is applied (an event without one day is an error there).
  std::string clock;
};

struct ActorName {
  std::string text;   // an entity id or a name
  OverrideSpan span;
};

struct EventEdit {
  EventRef ref;
  std::optional<std::string> title;
  std::optional<DateOverride> date;
  std::optional<std::vector<ActorName>> actors;
  std::optional<std::string> lane;
  std::optional<Modality> modality;  // a misread modality, corrected
  bool remove = false;
};

struct EventAddition {
  std::string id;
  OverrideSpan span;  // the id
  std::string title;
  std::optional<DateOverride> date;
  std::vector<ActorName> actors;
  std::string lane;
  // Unset: planned when the event starts after the documents' latest DCT (it has not happened
  // yet when they were written), else actual.
  std::optional<Modality> modality;
};

struct MergeGroup {
  std::vector<EventRef> members;  // at least two; the first keeps its id
  OverrideSpan span;
};

struct EdgeOverride {
  EventRef from, to;
  EdgeType type = EdgeType::Before;
  std::string cue;
  bool remove = false;
  OverrideSpan span;  // the entry
};

struct DocumentOverride {
  std::string id;
  date::sys_days dct;
  OverrideSpan span;
};

struct ViewSettings {
  std::optional<Interval> range;
  std::optional<std::string> lanes_mode;  // "actor" | "class" | "none"; unset when `lanes` is a list
  std::vector<std::string> lanes;         // the list form, in order
  friend bool operator==(const ViewSettings&, const ViewSettings&) = default;
};

// A parsed, validated version 1 file; every entry keeps its SourcePos for later messages.
struct OverridesFile {
  std::string path;                // as given, used in messages
  std::vector<std::string> lines;  // the text, to quote the offending line
  std::vector<DocumentOverride> documents;
  std::vector<EventEdit> events;
  std::vector<EventAddition> additions;
  std::vector<MergeGroup> merges;
  std::vector<EdgeOverride> edges;
  ViewSettings view;
  // With EntryErrors::KeepForApply, the errors of the entries (or keys) left out, for
  // apply_overrides to report with its own; empty otherwise.
  std::vector<ParseError> errors;
};

// What reading a file does with the errors of its entries (bad YAML always throws at once).
enum class EntryErrors {
  Throw,         // throw ParseErrors (core/common/parse_errors.h) with all of them, in file order
  KeepForApply,  // keep them in OverridesFile::errors: apply_overrides throws them with its own,
                 // so one run names every error of the file, in file order
};

// Throws InputError when the file cannot be read, ParseError on bad YAML, ParseErrors (every
// error of the entries, in file order) on wrong types, keys, dates or names.
OverridesFile load_overrides(const std::filesystem::path& file, EntryErrors when = EntryErrors::Throw);
OverridesFile parse_overrides(std::string_view yaml, const std::string& path_for_messages,
                              EntryErrors when = EntryErrors::Throw);

// One date as the overrides file accepts it, with source Override; nullopt when it is not one:
//   ISO and TIMEX3 values   2021-12-07, 2021-06, 2022, -0499, 2021-Q4, 2021-W49, 2021-SU,
//                           2021-12-07T14:30, 2021-12-07TEV (not a decade's "202": "the 2020s")
//   the timeline's words    7 Dec 2021, Dec 2021, Q4 2021, summer 2021, the 2020s, the 20th century,
//                           500 BCE, 7 Dec 2021, 14:30; any of them after early / mid / mid- / late /
//                           about ("early Feb 2026", "mid-Nov 2020", "late Q1 2026", "mid 2021")
//   ranges and bounds       2021-12-01..2021-12-10, 2020 – 2022, May – Jul 2024, 3 – 5 Jul 2024,
//                           by 4 Dec 2021 or not after 4 Dec 2021 (an end only), not before mid-1980s
//                           (a start only); before 4 Dec 2021 (ends 3 Dec), after 2019 (starts 2020)
// "early", "mid" and "late" are the thirds of the unit, as the tagger reads them (DESIGN.md, Dates).
std::optional<EventTime> parse_override_date(std::string_view text);

// The event's date as an overrides file writes it ("2021-12-07", "2021-06", "early 2022",
// "2021-Q4") when one such text reads back as exactly its days; nullopt when only a
// {start: .., end: ..} range says it (or it is not closed).
std::optional<std::string> date_as_written(const EventTime& time);

// The `documents:` entries' DCTs, for the extraction that runs before apply_overrides.
std::map<std::string, date::sys_days> document_dcts(const OverridesFile& overrides);

ViewSettings view_settings(const OverridesFile& overrides);

struct ApplyReport {
  std::vector<std::string> warnings;  // "path:line:col: warning: message"
  std::vector<std::string> stale;     // "path:line:col: message" (fixes that no longer apply)
  std::vector<std::string> unused;    // "path:line:col: message" (fixes that changed nothing)
};

// Applies every entry in the order documents, add, events, merge, edges, in place. On any
// error (see the header comment), its own and the file's kept ones, throws ParseErrors with
// all of them in file order and leaves `graph` as it was: nothing is applied.
ApplyReport apply_overrides(GraphData& graph, const OverridesFile& overrides);

}  // namespace chronograph::graph
