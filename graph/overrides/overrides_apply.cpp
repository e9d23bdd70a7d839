// Applying a parsed overrides file to a graph, in place: removals only mark events and edges
// dead until one compaction at the end, and every other change is journalled so that an error
// puts the caller's graph back as it was. The rules for errors, stale and unused entries are
// in overrides.h.
#include "graph/overrides/overrides.h"

#include <algorithm>
#include <deque>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "core/common/parse_errors.h"
#include "graph/ids/id_hint.h"
#include "graph/overrides/override_text.h"

namespace chronograph::graph {

namespace {

using detail::contains_words;
using detail::normalize_words;

constexpr const char* kIdHelp = "`chronograph extract ARTICLE --format yaml` lists every event id";

// An added event's modality, and the polarity that goes with it: a negated event is NEG, as an
// extracted one is (TimeML readers take the polarity, not our modality).
void set_modality(Event& event, Modality modality) {
  event.modality = modality;
  event.polarity = modality == Modality::Negated ? "NEG" : "POS";
}

// Whether every day `inner` allows, `outer` allows too (an unbounded side allows all).
bool lies_within(const EventTime& inner, const EventTime& outer) {
  const bool from = !outer.start || (inner.start && *inner.start >= *outer.start);
  const bool to = !outer.end || (inner.end && *inner.end <= *outer.end);
  return from && to;
}

// Whether `finer` says more than `coarser` within it: the text's "10:00 on Friday" inside the
// user's "Friday".
bool refines(const EventTime& finer, const EventTime& coarser) {
  return finer.known() && lies_within(finer, coarser) && finer.precision < coarser.precision;
}

// The date of two merged events, whichever was listed first (t55 #78): the date the user gave
// (`date:`), or the other's when it refines it (t60 #64: the clock time was lost), else the
// tighter of the two ("on Monday" inside the headline's "by <article date>"), else where they
// overlap, bound by bound; nothing when they exclude each other.
std::optional<EventTime> merged_time(const EventTime& keep, const EventTime& gone) {
  if (!gone.known()) return keep;
  if (!keep.known()) return gone;
  if ((keep.source == TimeSource::Override) != (gone.source == TimeSource::Override)) {
    const EventTime& given = keep.source == TimeSource::Override ? keep : gone;
    const EventTime& told = keep.source == TimeSource::Override ? gone : keep;
    return refines(told, given) ? told : given;
  }
  if (lies_within(keep, gone)) return keep;
  if (lies_within(gone, keep)) return gone;
  EventTime both;
  both.start = !keep.start ? gone.start : !gone.start ? keep.start : std::max(keep.start, gone.start);
  both.end = !keep.end ? gone.end : !gone.end ? keep.end : std::min(keep.end, gone.end);
  if (both.start && both.end && *both.start > *both.end) return std::nullopt;
  both.source = TimeSource::Inferred;  // (neither said it: each gave one bound)
  return both;
}

// What a reference is used for decides what a missing id means (overrides.h, "Errors vs stale").
enum class Role { Edit, Delete };

class Applier {
 public:
  Applier(GraphData& graph, const OverridesFile& file) : g_(graph), file_(file) {
    original_.events = g_.events.size();
    original_.edges = g_.edges.size();
    original_.entities = g_.entities.size();
    original_.conflicts = g_.conflicts.size();
    original_.documents = g_.documents;
    dead_events_.assign(g_.events.size(), false);
    dead_edges_.assign(g_.edges.size(), false);
    index_.reserve(g_.events.size());
    for (std::size_t i = 0; i < g_.events.size(); ++i) index_[g_.events[i].id] = i;
  }

  // Throws ParseErrors with every error, the file's kept ones (EntryErrors::KeepForApply) and
  // those found here, after trying every entry; undo() then puts the graph back.
  void run() {
    std::vector<ParseError> errors = file_.errors;
    const auto attempt = [&errors](auto&& apply) {
      try {
        apply();
      } catch (const ParseError& error) {
        errors.push_back(error);
      }
    };
    for (const auto& doc : file_.documents) attempt([&] { apply_document(doc); });
    for (const auto& add : file_.additions) attempt([&] { apply_addition(add); });
    for (const auto& edit : file_.events) attempt([&] { apply_edit(edit); });
    for (const auto& group : file_.merges) attempt([&] { apply_merge(group); });
    for (const auto& edge : file_.edges) attempt([&] { apply_edge(edge); });
    if (!errors.empty()) throw ParseErrors(std::move(errors));
    check_contradictions();
    compact();
  }

  // Puts the graph back as it was before run(); only valid before compact().
  void undo() {
    g_.events.erase(g_.events.begin() + static_cast<std::ptrdiff_t>(original_.events), g_.events.end());
    g_.edges.erase(g_.edges.begin() + static_cast<std::ptrdiff_t>(original_.edges), g_.edges.end());
    g_.entities.erase(g_.entities.begin() + static_cast<std::ptrdiff_t>(original_.entities), g_.entities.end());
    g_.conflicts.erase(g_.conflicts.begin() + static_cast<std::ptrdiff_t>(original_.conflicts), g_.conflicts.end());
    g_.documents = std::move(original_.documents);
    for (auto& [i, event] : original_.changed_events) g_.events[i] = std::move(event);
    for (auto& [e, edge] : original_.changed_edges) g_.edges[e] = std::move(edge);
  }

  ApplyReport report;

 private:
  // ---- errors and reports -------------------------------------------------------------

  [[noreturn]] void fail(const OverrideSpan& span, const std::string& message, const std::string& hint,
                         const std::string& help) const {
    const auto line = static_cast<std::size_t>(span.pos.line);
    const std::string source = line >= 1 && line <= file_.lines.size() ? file_.lines[line - 1] : std::string{};
    throw ParseError(span.pos, message, hint, help, source, span.width);
  }

  void warn(const OverrideSpan& span, const std::string& message) {
    report.warnings.push_back(fmt::format("{}: warning: {}", detail::where(span), message));
  }
  void stale(const OverrideSpan& span, const std::string& message) {
    report.stale.push_back(fmt::format("{}: {}", detail::where(span), message));
  }
  void unused(const OverrideSpan& span, const std::string& message) {
    report.unused.push_back(fmt::format("{}: {}", detail::where(span), message));
  }

  // ---- lookups ------------------------------------------------------------------------

  std::vector<std::string> live_ids(const std::set<std::string>& excluded = {}) const {
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < g_.events.size(); ++i)
      if (!dead_events_[i] && !excluded.count(g_.events[i].id)) ids.push_back(g_.events[i].id);
    return ids;
  }

  std::optional<std::size_t> find(const std::string& id) const {
    const auto it = index_.find(id);
    if (it == index_.end()) return std::nullopt;
    return it->second;
  }

  std::string named(std::size_t i) const {
    return fmt::format("'{}' ({})", g_.events[i].id, g_.events[i].title);
  }

  std::string named_list(const std::vector<std::size_t>& events) const {
    std::string out;
    for (std::size_t k = 0; k < events.size(); ++k) out += (k ? ", " : "") + named(events[k]);
    return out;
  }

  // The words of one event, normalised once for every `match:` of the file.
  struct EventWords {
    std::string title;
    std::vector<std::string> docs, sentences, triggers;  // one per mention
  };

  EventWords words_of(const Event& event) const {
    EventWords words;
    words.title = normalize_words(event.title);
    for (const auto& mention : event.mentions) {
      words.docs.push_back(mention.doc);
      words.sentences.push_back(normalize_words(mention.sentence_text));
      words.triggers.push_back(normalize_words(mention.text));
    }
    return words;
  }

  const EventWords& cached_words(std::size_t i) const {
    auto [at, fresh] = words_.try_emplace(i);
    if (fresh) at->second = words_of(g_.events[i]);
    return at->second;
  }

  static std::size_t word_hash(std::string_view word) { return std::hash<std::string_view>{}(word); }

  template <typename F>
  static void for_each_word(const std::string& text, F&& f) {
    for (std::size_t from = 0; from < text.size();) {
      auto end = text.find(' ', from);
      if (end == std::string::npos) end = text.size();
      f(std::string_view(text).substr(from, end - from));
      from = end + 1;
    }
  }

  // The hashes of the words of every `match:` in the file: the only words worth indexing.
  std::unordered_set<std::size_t> match_words() const {
    std::unordered_set<std::size_t> hashes;
    const auto add = [&](const EventRef& ref) {
      for_each_word(normalize_words(ref.match), [&](std::string_view word) { hashes.insert(word_hash(word)); });
    };
    for (const auto& edit : file_.events) add(edit.ref);
    for (const auto& group : file_.merges)
      for (const auto& member : group.members) add(member);
    for (const auto& edge : file_.edges) add(edge.from), add(edge.to);
    return hashes;
  }

  // An inverted index (word hash -> event) of the words the file's matches use, built on the
  // first `match:`, so that each match checks the events having its rarest word, not all of
  // them; events whose words changed since (title edits, merges) or that came later are
  // always checked.
  std::vector<std::size_t> candidates(const std::string& words) const {
    if (!postings_built_) {
      const auto wanted = match_words();
      for (std::size_t i = 0; i < g_.events.size(); ++i) {
        const auto add = [&](std::string_view word) {
          if (const std::size_t h = word_hash(word); wanted.count(h)) postings_.emplace_back(h, i);
        };
        for_each_word(normalize_words(g_.events[i].title), add);
        for (const auto& mention : g_.events[i].mentions) for_each_word(normalize_words(mention.sentence_text), add);
      }
      std::sort(postings_.begin(), postings_.end());
      postings_.erase(std::unique(postings_.begin(), postings_.end()), postings_.end());
      postings_size_ = g_.events.size();
      postings_built_ = true;
    }
    using Posting = std::pair<std::size_t, std::size_t>;
    std::pair<std::vector<Posting>::const_iterator, std::vector<Posting>::const_iterator> rarest{postings_.end(),
                                                                                                postings_.end()};
    bool first = true;
    for_each_word(words, [&](std::string_view word) {
      const std::size_t h = word_hash(word);
      const auto range = std::equal_range(postings_.cbegin(), postings_.cend(), Posting{h, 0},
                                          [](const Posting& a, const Posting& b) { return a.first < b.first; });
      if (first || range.second - range.first < rarest.second - rarest.first) rarest = range;
      first = false;
    });
    std::vector<std::size_t> out;
    for (auto it = rarest.first; it != rarest.second; ++it) out.push_back(it->second);
    out.insert(out.end(), words_changed_.begin(), words_changed_.end());
    for (std::size_t i = postings_size_; i < g_.events.size(); ++i) out.push_back(i);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  void words_changed(std::size_t i) {
    words_.erase(i);
    if (postings_built_) words_changed_.push_back(i);
  }

  // Events whose words contain the match: a mention sentence containing the words and whose
  // trigger is among them, or a title containing them (overrides.h, "Picking an event").
  std::vector<std::size_t> match_events(const EventRef& ref) const {
    const std::string words = normalize_words(ref.match);
    std::vector<std::size_t> hits;
    for (const std::size_t i : candidates(words)) {
      if (dead_events_[i]) continue;
      const EventWords& event = cached_words(i);
      bool hit = false;
      bool in_doc = ref.doc.empty();
      for (std::size_t m = 0; m < event.sentences.size() && !hit; ++m) {
        if (!ref.doc.empty() && event.docs[m] != ref.doc) continue;
        in_doc = true;
        hit = contains_words(event.sentences[m], words) && contains_words(words, event.triggers[m]);
      }
      if (!hit && in_doc) hit = contains_words(event.title, words);
      if (hit) hits.push_back(i);
    }
    return hits;
  }

  // The events sharing the most words with the match, for a match that picks nothing.
  std::vector<std::size_t> nearest_by_words(const std::string& match) const {
    std::vector<std::string> words;
    const std::string normalized = normalize_words(match);
    for (std::size_t from = 0; from < normalized.size();) {
      auto end = normalized.find(' ', from);
      if (end == std::string::npos) end = normalized.size();
      if (end - from >= 3) words.push_back(" " + normalized.substr(from, end - from) + " ");
      from = end + 1;
    }
    std::vector<std::pair<int, std::size_t>> scored;
    for (std::size_t i = 0; i < g_.events.size(); ++i) {
      if (dead_events_[i]) continue;
      std::string text = " " + normalize_words(g_.events[i].title) + " ";
      for (const auto& mention : g_.events[i].mentions) text += normalize_words(mention.sentence_text) + " ";
      int score = 0;
      for (const auto& word : words) score += text.find(word) != std::string::npos ? 1 : 0;
      if (score > 0) scored.emplace_back(-score, i);
    }
    std::sort(scored.begin(), scored.end());
    std::vector<std::size_t> out;
    for (std::size_t k = 0; k < scored.size() && k < 3; ++k) out.push_back(scored[k].second);
    return out;
  }

  // The event a vanished entry most likely meant: edit distance of its id to the ids and of
  // its words (or id read as words) to the titles, relative to their length.
  std::optional<std::size_t> likely_meant(const EventRef& ref) const {
    const std::string words = normalize_words(ref.match.empty() ? ref.id : ref.match);
    const std::string id_words = normalize_words(ref.id);
    std::optional<std::size_t> best;
    double best_score = 2.0;
    const auto ratio = [](const std::string& a, const std::string& b) {
      const auto longest = std::max<std::size_t>({a.size(), b.size(), 1});
      return static_cast<double>(edit_distance(a, b)) / static_cast<double>(longest);
    };
    for (std::size_t i = 0; i < g_.events.size(); ++i) {
      if (dead_events_[i]) continue;
      double score = ratio(words, normalize_words(g_.events[i].title));
      if (!ref.id.empty()) score = std::min(score, ratio(id_words, normalize_words(g_.events[i].id)));
      if (score < best_score) best_score = score, best = i;
    }
    // Past 60% of the characters changed, a guess misleads more than it helps.
    return best_score <= 0.6 ? best : std::nullopt;
  }

  // The event `ref` names now, or nullopt when the entry is stale or already applied (and
  // reported so); throws for the hard errors.
  std::optional<std::size_t> resolve(const EventRef& ref, Role role, const std::set<std::string>& siblings = {}) {
    if (!ref.id.empty())
      if (const auto found = find(ref.id)) return found;
    if (!ref.match.empty()) return resolve_match(ref);
    const auto ids = live_ids(siblings);
    if (role == Role::Delete && likely_ids_hint(ref.id, ids).empty()) {
      unused(ref.span, fmt::format("'{}' is already gone (removed or merged); nothing to do", ref.id));
      return std::nullopt;
    }
    fail(ref.span, fmt::format("no event '{}'", ref.id), unknown_id_hint(ref.id, ids), kIdHelp);
  }

  std::optional<std::size_t> resolve_match(const EventRef& ref) {
    const auto hits = match_events(ref);
    const std::string in_doc = ref.doc.empty() ? std::string{} : fmt::format(" in '{}'", ref.doc);
    if (hits.size() > 1)
      fail(ref.match_span, fmt::format("\"{}\"{} matches {} events: {}", ref.match, in_doc, hits.size(), named_list(hits)),
           {}, "add words of the sentence, a `doc:`, or use one of these ids");
    if (hits.size() == 1) {
      if (!ref.id.empty())
        warn(ref.span, fmt::format("'{}' no longer exists; \"{}\" picked {}", ref.id, ref.match, named(hits[0])));
      return hits[0];
    }
    if (ref.id.empty()) {
      const auto nearest = nearest_by_words(ref.match);
      fail(ref.match_span, fmt::format("no event matches \"{}\"{}", ref.match, in_doc),
           nearest.empty() ? std::string{} : "closest: " + named_list(nearest),
           "use words of one sentence as the article writes them, or an event id");
    }
    const auto meant = likely_meant(ref);
    stale(ref.span, fmt::format("'{}' no longer exists and \"{}\" matches no event{}", ref.id, ref.match,
                                meant ? "; it most likely meant " + named(*meant) : std::string{}));
    return std::nullopt;
  }

  // ---- the journal --------------------------------------------------------------------

  // The event / edge to change, its original saved first so that undo() can restore it.
  Event& event_to_change(std::size_t i) {
    if (i < original_.events && !original_.changed_events.count(i)) original_.changed_events.emplace(i, g_.events[i]);
    return g_.events[i];
  }
  Edge& edge_to_change(std::size_t e) {
    if (e < original_.edges && !original_.changed_edges.count(e)) original_.changed_edges.emplace(e, g_.edges[e]);
    return g_.edges[e];
  }

  // ---- entities -----------------------------------------------------------------------

  // An actor given as an entity id, a name or an alias; an unknown name becomes an entity.
  std::string entity_for(const ActorName& actor) {
    const std::string wanted = normalize_words(actor.text);
    for (const auto& entity : g_.entities)
      if (entity.id == actor.text) return entity.id;
    for (const auto& entity : g_.entities) {
      if (normalize_words(entity.name) == wanted) return entity.id;
      for (const auto& alias : entity.aliases)
        if (normalize_words(alias) == wanted) return entity.id;
    }
    const std::string base = detail::slugify(actor.text);
    std::string id = base;
    for (int n = 2; std::any_of(g_.entities.begin(), g_.entities.end(), [&](const Entity& e) { return e.id == id; });
         ++n)
      id = fmt::format("{}-{}", base, n);
    g_.entities.push_back(Entity{id, actor.text, "", {}});
    return id;
  }

  std::vector<std::string> entities_for(const std::vector<ActorName>& actors) {
    std::vector<std::string> ids;
    for (const auto& actor : actors) {
      const std::string id = entity_for(actor);
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
    return ids;
  }

  // ---- entries ------------------------------------------------------------------------

  void apply_document(const DocumentOverride& doc) {
    for (auto& info : g_.documents) {
      if (info.id != doc.id) continue;
      // No "unused" when it already has this dct: document_dcts() gave it to the extraction.
      info.dct = doc.dct;
      return;
    }
    if (g_.documents.empty()) {
      unused(doc.span, fmt::format("the graph has no documents; document '{}' is unused", doc.id));
      return;
    }
    std::vector<std::string> ids;
    for (const auto& info : g_.documents) ids.push_back(info.id);
    fail(doc.span, fmt::format("no document '{}'", doc.id), did_you_mean(doc.id, ids),
         "`chronograph extract ARTICLE --format json` lists the document ids");
  }

  // Sets the given fields; true when something changed.
  bool set_fields(std::size_t i, const std::optional<std::string>& title, const std::optional<DateOverride>& date,
                  const std::optional<std::vector<ActorName>>& actors, const std::optional<std::string>& lane,
                  std::optional<Modality> modality = std::nullopt) {
    Event& event = event_to_change(i);
    bool changed = false;
    const auto set = [&changed](auto& field, const auto& value) {
      if (field != value) field = value, changed = true;
    };
    if (title) {
      set(event.title, *title);
      words_changed(i);
    }
    if (date) {
      const DateOverride& given = date->clock.empty() ? *date : on_its_day(event, *date);
      set(event.time, given.time);
      dated_.emplace_back(event.id, &given);
    }
    if (actors) set(event.actors, entities_for(*actors));
    if (lane) set(event.lane, *lane);
    if (modality && event.modality != *modality) set_modality(event, *modality), changed = true;
    return changed;
  }

  // A time of day written alone ("11:18") put on the one day the event has (t54 #78: the
  // timeline showed "28 Sep 2025, 02:03"; the user corrects only the clock).
  const DateOverride& on_its_day(const Event& event, const DateOverride& date) {
    const auto& time = event.time;
    if (!time.start || !time.end || *time.start != *time.end)
      fail(date.span, fmt::format("'{}' is a time of day, but '{}' has no one day to put it on", date.text, event.id), {},
           fmt::format("write the day too: date: {} {}", time.start ? format_iso_day(*time.start) : "2021-12-07",
                       date.clock));
    DateOverride resolved = date;
    resolved.time = *parse_override_date(format_iso_day(*time.start) + " " + date.clock);
    resolved.clock.clear();
    return resolved_dates_.emplace_back(std::move(resolved));
  }

  // The latest DCT of the graph's documents (after the `documents:` entries are applied).
  std::optional<date::sys_days> latest_dct() const {
    std::optional<date::sys_days> latest;
    for (const auto& doc : g_.documents)
      if (doc.dct && (!latest || *doc.dct > *latest)) latest = doc.dct;
    return latest;
  }

  // Whether a merge of a fact with a planned event (t60 #64: the headline's "funeral" with "the
  // funeral will begin at 10:00") is still planned: it is when it starts after every article was
  // written, as modality_of reads an added event.
  bool stays_planned(const Event& keep, const Event& gone) const {
    if (keep.modality != Modality::Actual || gone.modality != Modality::Planned) return false;
    const auto dct = latest_dct();
    return dct && keep.time.start && *keep.time.start > *dct;
  }

  // An added event the file gives no modality: one that starts after every article was
  // written has not happened in them, so it is planned (as the extraction reads a future
  // event); any other is actual.
  Modality modality_of(const EventAddition& add) const {
    if (add.modality) return *add.modality;
    const auto dct = latest_dct();
    const bool after_dct = dct && add.date && add.date->time.start && *add.date->time.start > *dct;
    return after_dct ? Modality::Planned : Modality::Actual;
  }

  void apply_addition(const EventAddition& add) {
    const std::optional<std::vector<ActorName>> actors =
        add.actors.empty() ? std::nullopt : std::optional{add.actors};
    const std::optional<std::string> lane = add.lane.empty() ? std::nullopt : std::optional{add.lane};
    if (const auto existing = find(add.id)) {
      // An event without mentions was added by an overrides file: this is a second run.
      if (!g_.events[*existing].mentions.empty())
        warn(add.span, fmt::format("'{}' is already an extracted event; `add` sets its fields", add.id));
      else
        set_modality(event_to_change(*existing), modality_of(add));
      set_fields(*existing, add.title, add.date, actors, lane);
      return;
    }
    Event event;
    event.id = add.id;
    event.title = add.title;
    event.event_class = "OCCURRENCE";
    set_modality(event, modality_of(add));
    event.confidence = 1.0;
    index_[event.id] = g_.events.size();
    g_.events.push_back(std::move(event));
    dead_events_.push_back(false);
    set_fields(g_.events.size() - 1, std::nullopt, add.date, actors, lane);
  }

  void apply_edit(const EventEdit& edit) {
    const auto found = resolve(edit.ref, edit.remove ? Role::Delete : Role::Edit);
    if (!found) return;
    if (edit.remove) {
      kill_event(*found);
      return;
    }
    if (!set_fields(*found, edit.title, edit.date, edit.actors, edit.lane, edit.modality))
      unused(edit.ref.span, fmt::format("'{}' already has these values", g_.events[*found].id));
  }

  void apply_merge(const MergeGroup& group) {
    std::set<std::string> siblings;
    for (const auto& member : group.members) siblings.insert(member.id);
    const auto first = resolve(group.members[0], Role::Edit);
    if (!first) return;
    bool merged = false;
    for (std::size_t k = 1; k < group.members.size(); ++k) {
      const auto other = resolve(group.members[k], Role::Delete, siblings);
      if (!other || *other == *first) continue;
      absorb(*first, *other, group.span);
      merged = true;
    }
    if (!merged) unused(group.span, fmt::format("nothing left to merge into '{}'", g_.events[*first].id));
  }

  void apply_edge(const EdgeOverride& entry) {
    const auto from = resolve(entry.from, Role::Edit);
    const auto to = resolve(entry.to, Role::Edit);
    if (!from || !to) return;
    const std::string& a = g_.events[*from].id;
    const std::string& b = g_.events[*to].id;
    const Edge wanted{a, b, entry.type, Evidence{"", -1, entry.cue}, EdgeSource::Override, 1.0};
    std::vector<std::size_t> same, linking;
    for (const std::size_t e : edges_of(*from)) {
      if (dead_edges_[e]) continue;
      const Edge& edge = g_.edges[e];
      if ((edge.from == a && edge.to == b) || (edge.from == b && edge.to == a)) linking.push_back(e);
      if (edge.from == a && edge.to == b && edge.type == entry.type) same.push_back(e);
    }
    if (entry.remove) {
      remove_edge(entry, wanted, same, linking);
      return;
    }
    if (!same.empty()) {
      if (std::none_of(same.begin(), same.end(), [&](std::size_t e) { return g_.edges[e].source == EdgeSource::Override; }))
        unused(entry.span, fmt::format("the graph already has {}", edge_label(wanted)));
      return;
    }
    add_edge(wanted, *from, *to);
  }

  void remove_edge(const EdgeOverride& entry, const Edge& wanted, const std::vector<std::size_t>& same,
                   const std::vector<std::size_t>& linking) {
    for (const std::size_t e : same) dead_edges_[e] = true;
    if (!same.empty()) return;
    std::string present;
    for (const std::size_t e : linking) present += (present.empty() ? "" : ", ") + edge_label(g_.edges[e]);
    stale(entry.span, fmt::format("{} is not in the graph (no longer extracted, or already removed){}",
                                  edge_label(wanted), present.empty() ? "" : "; it most likely meant " + present));
  }

  // ---- graph surgery ------------------------------------------------------------------

  // The edges at event `i`, dead ones included (callers skip them). The first call lays out
  // every event's edges in one array; an event's own list is copied out of it when first
  // asked for (only the few events the file touches), then kept in step by add_edge and
  // repoint_edges.
  std::vector<std::size_t>& edges_of(std::size_t i) {
    if (row_start_.empty()) lay_out_rows();
    auto [at, fresh] = incident_.try_emplace(i);
    if (fresh && i + 1 < row_start_.size())
      at->second.assign(row_edges_.begin() + static_cast<std::ptrdiff_t>(row_start_[i]),
                        row_edges_.begin() + static_cast<std::ptrdiff_t>(row_start_[i + 1]));
    return at->second;
  }

  // Compressed rows: row_edges_[row_start_[i] .. row_start_[i + 1]) are the edges at event i,
  // found from the ids in two passes over the edges, without one allocation per event.
  void lay_out_rows() {
    const std::size_t none = g_.events.size();
    std::vector<std::pair<std::size_t, std::size_t>> ends(g_.edges.size(), {none, none});
    row_start_.assign(g_.events.size() + 1, 0);
    for (std::size_t e = 0; e < g_.edges.size(); ++e) {
      if (dead_edges_[e]) continue;
      const auto from = find(g_.edges[e].from);
      const auto to = find(g_.edges[e].to);
      if (from) ends[e].first = *from, ++row_start_[*from + 1];
      if (to && to != from) ends[e].second = *to, ++row_start_[*to + 1];
    }
    for (std::size_t i = 1; i < row_start_.size(); ++i) row_start_[i] += row_start_[i - 1];
    row_edges_.resize(row_start_.back());
    std::vector<std::size_t> next(row_start_.begin(), row_start_.end() - 1);
    for (std::size_t e = 0; e < ends.size(); ++e) {
      if (ends[e].first != none) row_edges_[next[ends[e].first]++] = e;
      if (ends[e].second != none) row_edges_[next[ends[e].second]++] = e;
    }
  }

  void add_edge(Edge edge, std::size_t from, std::size_t to) {
    if (row_start_.empty()) lay_out_rows();  // before the new edge, which is added to its rows below
    const std::size_t e = g_.edges.size();
    g_.edges.push_back(std::move(edge));
    dead_edges_.push_back(false);
    edges_of(from).push_back(e);
    if (to != from) edges_of(to).push_back(e);
  }

  void kill_event(std::size_t i) {
    auto& edges = edges_of(i);  // first: building the index needs the id still there
    for (const std::size_t e : edges) dead_edges_[e] = true;
    edges.clear();
    dead_events_[i] = true;
    index_.erase(g_.events[i].id);
  }

  // `first` takes over `other`'s mentions, actors and edges (DESIGN.md: merged mentions); their dates
  // combine (merged_time).
  void absorb(std::size_t first, std::size_t other, const OverrideSpan& span) {
    Event& keep = event_to_change(first);
    const Event& gone = g_.events[other];
    for (const auto& mention : gone.mentions)
      if (std::find(keep.mentions.begin(), keep.mentions.end(), mention) == keep.mentions.end())
        keep.mentions.push_back(mention);
    for (const auto& actor : gone.actors)
      if (std::find(keep.actors.begin(), keep.actors.end(), actor) == keep.actors.end()) keep.actors.push_back(actor);
    if (const auto time = merged_time(keep.time, gone.time))
      keep.time = *time;
    else
      warn(span, fmt::format("'{}' and '{}' have dates that exclude each other; the merged event keeps '{}''s", keep.id,
                             gone.id, keep.id));
    if (keep.lane.empty()) keep.lane = gone.lane;
    if (stays_planned(keep, gone)) set_modality(keep, Modality::Planned);
    keep.confidence = std::max(keep.confidence, gone.confidence);
    for (auto& [id, date] : dated_)
      if (id == gone.id && keep.time == date->time) id = keep.id;
    words_changed(first);
    repoint_edges(first, other);
    dead_events_[other] = true;
    index_.erase(gone.id);
  }

  // Edges of `gone` now start or end at `keep`; self-loops are dropped and an edge that now
  // repeats one of `keep`'s (same ends and type) is folded into it.
  void repoint_edges(std::size_t keep_index, std::size_t gone_index) {
    const std::string& keep = g_.events[keep_index].id;
    const std::string& gone = g_.events[gone_index].id;
    const auto moved = std::move(edges_of(gone_index));
    edges_of(gone_index).clear();
    auto& kept = edges_of(keep_index);
    for (const std::size_t e : moved) {
      if (dead_edges_[e]) continue;
      Edge& edge = edge_to_change(e);
      if (edge.from == gone) edge.from = keep;
      if (edge.to == gone) edge.to = keep;
      if (edge.from == edge.to) {
        dead_edges_[e] = true;
        continue;
      }
      const auto duplicate = std::find_if(kept.begin(), kept.end(), [&](std::size_t k) {
        return k != e && !dead_edges_[k] && g_.edges[k].from == edge.from && g_.edges[k].to == edge.to &&
               g_.edges[k].type == edge.type;
      });
      if (duplicate != kept.end()) {
        Edge& survivor = edge_to_change(*duplicate);
        survivor.confidence = std::max(survivor.confidence, edge.confidence);
        if (edge.source == EdgeSource::Override) survivor.source = EdgeSource::Override;
        dead_edges_[e] = true;
        continue;
      }
      if (std::find(kept.begin(), kept.end(), e) == kept.end()) kept.push_back(e);
    }
  }

  // ---- contradictions -----------------------------------------------------------------

  static bool disjoint(const EventTime& a, const EventTime& b) {
    return (a.start && b.end && *a.start > *b.end) || (b.start && a.end && *b.start > *a.end);
  }

  // "it before 'video-call' (2021-12-07)": where the edge puts the overridden event.
  static std::string relation(const Edge& edge, bool overridden_is_from, const std::string& other) {
    switch (edge.type) {
      case EdgeType::Before: return fmt::format("it {} {}", overridden_is_from ? "before" : "after", other);
      case EdgeType::Includes:
        return overridden_is_from ? fmt::format("{} within it", other) : fmt::format("it within {}", other);
      default: return fmt::format("it at the same time as {}", other);
    }
  }

  static std::string who_says(EdgeSource source) {
    switch (source) {
      case EdgeSource::Extracted: return "the text puts";
      case EdgeSource::Inferred: return "inference puts";
      case EdgeSource::Override: return "the overrides put";
    }
    return "the text puts";
  }

  // A date set here against the direct temporal edges of its event (the solver propagates
  // further later): the override is applied, the contradiction reported.
  void check_contradictions() {
    std::set<std::size_t> reported;
    for (const auto& [id, date] : dated_) {
      const auto i = find(id);
      if (!i || g_.events[*i].time != date->time) continue;
      for (const std::size_t e : edges_of(*i)) {
        if (dead_edges_[e] || !is_temporal(g_.edges[e].type) || reported.count(e)) continue;
        const Edge& edge = g_.edges[e];
        const bool is_from = edge.from == id;
        const auto other = find(is_from ? edge.to : edge.from);
        if (!other) continue;
        const EventTime& mine = g_.events[*i].time;
        const EventTime& theirs = g_.events[*other].time;
        const EventTime& from_time = is_from ? mine : theirs;
        const EventTime& to_time = is_from ? theirs : mine;
        const bool contradicts = edge.type == EdgeType::Before
                                     ? (from_time.start && to_time.end && *from_time.start > *to_time.end)
                                     : disjoint(mine, theirs);
        if (!contradicts) continue;
        reported.insert(e);
        const std::string other_text =
            fmt::format("'{}' ({})", g_.events[*other].id, detail::describe_time(theirs));
        const std::string message = fmt::format("'{}' set to {}, but {} {}", id, date->text,
                                                who_says(edge.source), relation(edge, is_from, other_text));
        warn(date->span, message);
        Conflict conflict{{edge_label(edge)}, message};
        if (std::find(g_.conflicts.begin(), g_.conflicts.end(), conflict) == g_.conflicts.end())
          g_.conflicts.push_back(std::move(conflict));
      }
    }
  }

  // Drops the dead items in one pass, keeping the order of the others.
  template <typename T>
  static void drop_dead(std::vector<T>& items, const std::vector<bool>& dead) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (dead[i]) continue;
      if (kept != i) items[kept] = std::move(items[i]);
      ++kept;
    }
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(kept), items.end());
  }

  void compact() {
    drop_dead(g_.events, dead_events_);
    drop_dead(g_.edges, dead_edges_);
  }

  // What undo() needs: the sizes before run() (everything past them was added), the
  // documents, and the originals of the events and edges changed in place.
  struct Journal {
    std::size_t events = 0, edges = 0, entities = 0, conflicts = 0;
    std::vector<DocumentInfo> documents;
    std::unordered_map<std::size_t, Event> changed_events;
    std::unordered_map<std::size_t, Edge> changed_edges;
  };

  GraphData& g_;
  const OverridesFile& file_;
  Journal original_;
  std::vector<bool> dead_events_, dead_edges_;
  std::unordered_map<std::string, std::size_t> index_;
  std::vector<std::size_t> row_start_, row_edges_;  // every event's edges, see lay_out_rows
  std::unordered_map<std::size_t, std::vector<std::size_t>> incident_;  // the events touched, see edges_of
  std::vector<std::pair<std::string, const DateOverride*>> dated_;  // final id, the date it was given
  std::deque<DateOverride> resolved_dates_;  // times of day put on their event's day (a deque: dated_ points here)
  mutable std::unordered_map<std::size_t, EventWords> words_;  // of the events a `match:` looked at
  mutable std::vector<std::pair<std::size_t, std::size_t>> postings_;  // (word hash, event), sorted
  mutable std::size_t postings_size_ = 0;    // events indexed in postings_
  mutable bool postings_built_ = false;
  std::vector<std::size_t> words_changed_;   // events whose words changed after postings_ were built
};

}  // namespace

ApplyReport apply_overrides(GraphData& graph, const OverridesFile& overrides) {
  Applier applier(graph, overrides);
  try {
    applier.run();
  } catch (...) {
    applier.undo();
    throw;
  }
  return std::move(applier.report);
}

}  // namespace chronograph::graph
