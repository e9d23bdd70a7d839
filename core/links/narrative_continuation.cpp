#include "core/links/narrative_continuation.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "core/events/word_forms.h"

namespace chronograph::core {

namespace {

// How many sentences a narrative may run past the last one that took its date.
constexpr std::size_t kMaxSentenceGap = 4;
constexpr std::size_t kNone = static_cast<std::size_t>(-1);
// The article's news: dated within this many days before the document's date.
constexpr date::days kNewsWindow{7};

// The date a narrative carries: a time expression and who the narrative is about.
struct NarrativeDate {
  std::size_t timex = 0;
  std::set<int> actors;             // entity indexes
  std::set<std::string> subjects;   // lemmas of the dated events' subjects' head words
  std::size_t last_sentence = 0;
  std::size_t first_sentence = 0;  // the sentence that named the date
  // Someone else's deed came between: only a name (not "he") takes the narrative up again.
  bool suspended = false;
};

std::size_t root_of(const TokenizedText& tokens, const Sentence& sentence) {
  for (std::size_t t = sentence.first_token; t < sentence.first_token + sentence.token_count; ++t)
    if (tokens.tokens[t].head < 0) return t;
  return kNone;
}

bool inside(const Sentence& sentence, Span span) { return span.begin >= sentence.span.begin && span.end <= sentence.span.end; }

bool is_own_time(const Timex& timex, const Sentence& sentence) {
  return (timex.type == "DATE" || timex.type == "TIME") && !timex.derived && inside(sentence, timex.span);
}

// `token` is in a clause the main verb takes as what was said, planned or tried ("announced that
// Leopard would ship in 2007", "planned to open in 2026"), not in a phrase that places the main
// event ("in a text sent on 14 March", "after it opened on Monday").
bool in_complement_of(const TokenizedText& tokens, std::size_t token, std::size_t main) {
  const auto* sentence = sentence_containing(tokens, token);
  for (std::size_t t = token, steps = 0; steps < sentence->token_count; ++steps) {
    const Token& at = tokens.tokens[t];
    if (at.head < 0) return false;
    const std::size_t head = sentence->first_token + static_cast<std::size_t>(at.head);
    if (head == main)
      return at.deprel == "ccomp" || at.deprel == "xcomp" || at.deprel == "csubj" || at.deprel == "parataxis";
    t = head;
  }
  return false;
}

// "They held it for a year": what lasts starts within the narrative's date, and may run past it.
bool names_a_duration(const Sentence& sentence, const std::vector<Timex>& timexes) {
  return std::any_of(timexes.begin(), timexes.end(),
                     [&](const Timex& timex) { return timex.type == "DURATION" && inside(sentence, timex.span); });
}

// Precisions a narrative carries: a day up to a year; a clock time dates one moment only.
bool carries(Precision precision) { return precision != Precision::Instant && precision <= Precision::Year; }

bool told_as_done(const EventMention& event) {
  return event.modality == "actual" && event.tense == "PAST" && event.aspect != "PERFECTIVE";
}

// "later", "afterwards": adverbs that move the story on from the day told before.
bool moves_forward(const std::string& word) {
  static const std::set<std::string> kForward = {"later", "afterwards", "afterward", "subsequently", "eventually"};
  return kForward.contains(word);
}

// "later", "earlier", "previously": the sentence moves away from the day told before.
bool shifts_in_time(const TokenizedText& tokens, const Sentence& sentence) {
  static const std::set<std::string> kOtherShifts = {"earlier", "previously", "formerly",  "already",   "meanwhile",
                                                     "since",   "once",       "initially", "originally"};
  for (std::size_t t = sentence.first_token; t < sentence.first_token + sentence.token_count; ++t) {
    if (tokens.tokens[t].upos != "ADV") continue;
    const std::string word = token_lower(tokens.tokens[t]);
    if (moves_forward(word) || kOtherShifts.contains(word)) return true;
  }
  return false;
}

// "Radar operators later tracked 140 pieces of debris": an adverb on the verb that moves the
// story on from what was told before.
bool told_as_later(const TokenizedText& tokens, std::size_t verb) {
  const auto* sentence = sentence_containing(tokens, verb);
  for (std::size_t t = sentence->first_token; t < sentence->first_token + sentence->token_count; ++t) {
    const Token& token = tokens.tokens[t];
    if (token.upos == "ADV" && token.deprel == "advmod" && sentence->first_token + static_cast<std::size_t>(token.head) == verb &&
        moves_forward(token_lower(token)))
      return true;
  }
  return false;
}

std::size_t subject_of(const TokenizedText& tokens, std::size_t verb) {
  const auto* sentence = sentence_containing(tokens, verb);
  for (std::size_t t = sentence->first_token; t < sentence->first_token + sentence->token_count; ++t) {
    const Token& token = tokens.tokens[t];
    if (token.deprel.starts_with("nsubj") && sentence->first_token + static_cast<std::size_t>(token.head) == verb) return t;
  }
  return kNone;
}

// The entity of the event's actor named at `span`, or -1.
int entity_at(const DocumentEvents& events, const EventMention& event, Span span) {
  for (const auto m : event.actor_mentions) {
    const auto& mention = events.entity_mentions[m];
    if (mention.span.begin <= span.begin && span.end <= mention.span.end) return mention.entity;
  }
  return -1;
}

// Whether the words at `span` own what their phrase names ("Westbury's" in "Westbury's
// vice-chancellor"): a possessor, not the one who acts.
bool names_a_possessor(const TokenizedText& tokens, Span span) {
  return std::any_of(tokens.tokens.begin(), tokens.tokens.end(), [&](const Token& t) {
    return span.begin <= t.span.begin && t.span.end <= span.end && t.deprel == "nmod:poss";
  });
}

// Whether a word at `span` lies in the phrase of the subject at `subject` ("The Speaker, John
// Bercow, told MPs": Bercow, not the MPs told).
bool in_subject_phrase(const TokenizedText& tokens, Span span, std::size_t subject) {
  constexpr int kMaxSteps = 8;
  const auto* sentence = sentence_containing(tokens, subject);
  for (std::size_t k = sentence->first_token; k < sentence->first_token + sentence->token_count; ++k) {
    if (tokens.tokens[k].span.begin < span.begin || tokens.tokens[k].span.end > span.end) continue;
    std::size_t t = k;
    for (int step = 0; step < kMaxSteps && t != subject && tokens.tokens[t].head >= 0; ++step)
      t = sentence->first_token + static_cast<std::size_t>(tokens.tokens[t].head);
    if (t == subject) return true;
  }
  return false;
}

// The actors of the event that act in it: those its subject names, not those it is done to
// ("told MPs"), nor those that own its actor ("Westbury's vice-chancellor denied" is no deed of
// Westbury's); all but the owners when it has no subject.
std::set<int> acting_actors_of(const TokenizedText& tokens, const DocumentEvents& events, const EventMention& event) {
  const std::size_t subject = subject_of(tokens, event.token);
  std::set<int> actors;
  for (const auto m : event.actor_mentions) {
    const auto& mention = events.entity_mentions[m];
    const bool acts = subject == kNone || in_subject_phrase(tokens, mention.span, subject);
    if (mention.entity >= 0 && acts && !names_a_possessor(tokens, mention.span)) actors.insert(mention.entity);
  }
  return actors;
}

// The later event's subject is who the narrative is about: a pronoun ("He announced"), the
// same noun ("The minister ... The minister then met"), or a name of one of its actors.
bool same_actor(const TokenizedText& tokens, const DocumentEvents& events, const EventMention& event,
                const NarrativeDate& date) {
  static const std::set<std::string> kPronouns = {"he", "she", "they", "it"};
  const auto actors = acting_actors_of(tokens, events, event);
  if (std::any_of(actors.begin(), actors.end(), [&](int actor) { return date.actors.contains(actor); })) return true;
  const std::size_t subject = subject_of(tokens, event.token);
  if (subject == kNone) return false;
  if (date.subjects.contains(tokens.tokens[subject].lemma)) return true;
  // (a pronoun the text shows to be someone else's is not, nor "he" or "she" after a company's deed)
  const std::string pronoun = token_lower(tokens.tokens[subject]);
  if (date.suspended || !kPronouns.contains(pronoun) || entity_at(events, event, tokens.tokens[subject].span) >= 0)
    return false;
  return (pronoun != "he" && pronoun != "she") || date.actors.empty() ||
         std::any_of(date.actors.begin(), date.actors.end(), [&](int actor) { return events.entities[actor].type == "PERSON"; });
}

// "In retirement she continued to write", "during the war she worked on radar": a phrase on the
// main verb that a word of time opens and an event noun heads (not one a new occasion names
// with "a": "in an interview") places the main event at that event; the mention of that noun.
std::size_t placing_event(const TokenizedText& tokens, const std::map<std::size_t, std::size_t>& event_at, std::size_t verb) {
  static const std::set<std::string> kTimeWords = {"in",     "during", "after",     "before",
                                                   "since",  "until",  "following", "throughout"};
  const auto* sentence = sentence_containing(tokens, verb);
  for (std::size_t t = sentence->first_token; t < sentence->first_token + sentence->token_count; ++t) {
    const Token& noun = tokens.tokens[t];
    const auto mention = event_at.find(t);
    if (mention == event_at.end() || noun.upos != "NOUN" || noun.deprel != "obl" ||
        sentence->first_token + static_cast<std::size_t>(noun.head) != verb)
      continue;
    bool opened = false, indefinite = false;
    for (std::size_t c = sentence->first_token; c < t; ++c) {
      const Token& word = tokens.tokens[c];
      if (sentence->first_token + static_cast<std::size_t>(word.head) != t) continue;
      opened = opened || (word.deprel == "case" && kTimeWords.contains(token_lower(word)));
      indefinite = indefinite || (word.deprel == "det" && (token_lower(word) == "a" || token_lower(word) == "an"));
    }
    if (opened && !indefinite) return mention->second;
  }
  return kNone;
}

class Narrative {
 public:
  Narrative(const TokenizedText& tokens, const DocumentEvents& events, const std::vector<Timex>& timexes,
            std::optional<date::sys_days> dct, std::vector<EventAnchor>& anchors)
      : tokens_(tokens), events_(events), timexes_(timexes), dct_(dct), anchors_(anchors) {
    for (std::size_t e = 0; e < events.events.size(); ++e) event_at_.emplace(events.events[e].token, e);
    for (const auto& anchor : anchors) anchored_.insert(anchor.event);
  }

  void read(std::size_t s) {
    const Sentence& sentence = tokens_.sentences[s];
    const std::size_t main = main_event(sentence);
    if (main == kNone) return;
    const EventMention& event = events_.events[main];
    switch (time_of(main, sentence)) {
      case SentenceTime::own:
        // (a time in the present or the future is told beside the narrative: "The Mac's share is
        // up 82% from 9 months ago")
        if (event.tense == "PAST") take_own_date(main, sentence, s);
        return;
      case SentenceTime::unattached:
        if (event.tense == "PAST") date_.reset();
        return;
      case SentenceTime::none:
        break;
    }
    if (!date_ || event.tense != "PAST") return;
    if (s - date_->last_sentence > kMaxSentenceGap) {
      date_.reset();
      return;
    }
    if (shifts_in_time(tokens_, sentence)) {
      // (what happened "later" than the narrative's deeds, whoever did it, starts no earlier
      // than their date; the story has moved on from that date, so the narrative ends)
      if (told_as_done(event) && told_as_later(tokens_, event.token)) add_anchor(main, AnchorRelation::Since, "later");
      date_.reset();
      return;
    }
    if (!told_as_done(event)) return;
    if (const std::size_t placing = placing_event(tokens_, event_at_, event.token); placing != kNone && !told_in_narrative(placing)) {
      date_.reset();
      return;
    }
    if (!same_actor(tokens_, events_, event, *date_)) {
      suspend();
      return;
    }
    date_->suspended = false;
    give_date(main);
    date_->last_sentence = s;
  }

 private:
  enum class SentenceTime {
    none,         // no time, or only times of the main verb's complements ("said Leopard ships in 2007")
    own,         // a time of the main event's own
    unattached,   // a date the anchoring gave no event, or one of a phrase of the main verb's
  };

  SentenceTime time_of(std::size_t main, const Sentence& sentence) const {
    bool unattached = false;
    for (std::size_t x = 0; x < timexes_.size(); ++x) {
      if (!is_own_time(timexes_[x], sentence)) continue;
      bool anchored = false, below = true;
      for (const auto& anchor : anchors_) {
        if (anchor.timex != x || anchor.cue == "narrative") continue;
        if (anchor.event == main) return SentenceTime::own;
        anchored = true;
        below = below && in_complement_of(tokens_, events_.events[anchor.event].token, events_.events[main].token);
      }
      // (a time that dates nothing and names no date, "Apple's current OS", is no one's)
      unattached = unattached || (!anchored && timexes_[x].interval) || (anchored && !below);
    }
    return unattached ? SentenceTime::unattached : SentenceTime::none;
  }

  // A past sentence with a time of its own: a new narrative, or more of the same day's (another
  // actor's deed that day: "iLife was released on Wednesday" after "Jobs spoke on Wednesday").
  // A time that dates no narrative (a bound, a clock time, the past perfect) leaves the narrative
  // to its actor, or to its name alone after someone else's deed.
  void take_own_date(std::size_t main, const Sentence& sentence, std::size_t s) {
    auto own = own_date(main, sentence, s);
    if (own && date_ && same_date(own->timex, date_->timex)) {
      own->actors.insert(date_->actors.begin(), date_->actors.end());
      own->subjects.insert(date_->subjects.begin(), date_->subjects.end());
      own->first_sentence = date_->first_sentence;
    }
    if (own) {
      date_ = std::move(own);
      return;
    }
    if (date_ && !same_actor(tokens_, events_, events_.events[main], *date_)) suspend();
  }

  // Someone else's deed: the news goes on after it, a backstory ends.
  void suspend() {
    const auto& date = timexes_[date_->timex].interval;
    if (dct_ && date && date->end <= *dct_ && date->end + kNewsWindow >= *dct_)
      date_->suspended = true;
    else
      date_.reset();
  }

  // Whether an event the mention is one of was told in the narrative's sentences ("Jobs gave
  // his keynote on Monday. ... During the keynote, he demoed ..."): it keeps the narrative's date.
  bool told_in_narrative(std::size_t mention) const {
    const int group = events_.events[mention].coref_group;
    return group >= 0 && std::any_of(events_.events.begin(), events_.events.end(), [&](const EventMention& other) {
             return other.coref_group == group && other.sentence >= 0 &&
                    static_cast<std::size_t>(other.sentence) >= date_->first_sentence &&
                    static_cast<std::size_t>(other.sentence) < static_cast<std::size_t>(events_.events[mention].sentence);
           });
  }

  bool same_date(std::size_t a, std::size_t b) const {
    return timexes_[a].interval && timexes_[a].interval == timexes_[b].interval;
  }

  std::size_t event_at(std::size_t token) const {
    const auto found = event_at_.find(token);
    return found == event_at_.end() ? kNone : found->second;
  }

  // The event of the sentence's main verb; where the parse hangs the sentence on something else
  // ("Apple CEO Steve Jobs ... gave his keynote on Monday" on "Steve"), its first finite verb's.
  std::size_t main_event(const Sentence& sentence) const {
    const std::size_t root = root_of(tokens_, sentence);
    if (root != kNone && event_at(root) != kNone) return event_at(root);
    for (std::size_t t = sentence.first_token; t < sentence.first_token + sentence.token_count; ++t) {
      const std::string& tag = tokens_.tokens[t].xpos;
      if ((tag == "VBD" || tag == "VBZ" || tag == "VBP") && event_at(t) != kNone) return event_at(t);
    }
    return kNone;
  }

  // The date a sentence gives its main event, when it opens a narrative.
  std::optional<NarrativeDate> own_date(std::size_t main, const Sentence& sentence, std::size_t s) const {
    if (!told_as_done(events_.events[main])) return std::nullopt;
    for (const auto& anchor : anchors_) {
      if (anchor.event != main || anchor.relation != AnchorRelation::Within) continue;
      const Timex& timex = timexes_[anchor.timex];
      if (!inside(sentence, timex.span) || !timex.interval || !carries(timex.interval->precision)) continue;
      NarrativeDate date{anchor.timex, acting_actors_of(tokens_, events_, events_.events[main]), {}, s, s};
      if (const std::size_t subject = subject_of(tokens_, events_.events[main].token); subject != kNone)
        date.subjects.insert(tokens_.tokens[subject].lemma);
      return date;
    }
    return std::nullopt;
  }

  // The main verb, and the verbs conjoined to it in the past ("He announced ... and demoed").
  void give_date(std::size_t main) {
    const auto* sentence = sentence_containing(tokens_, events_.events[main].token);
    const auto relation = names_a_duration(*sentence, timexes_) ? AnchorRelation::Since : AnchorRelation::Within;
    add_anchor(main, relation);
    const std::size_t root = events_.events[main].token;
    for (std::size_t t = sentence->first_token; t < sentence->first_token + sentence->token_count; ++t) {
      const Token& token = tokens_.tokens[t];
      if (token.deprel != "conj" || sentence->first_token + static_cast<std::size_t>(token.head) != root) continue;
      if (const std::size_t conjoined = event_at(t); conjoined != kNone && token.xpos == "VBD" && told_as_done(events_.events[conjoined]))
        add_anchor(conjoined, relation);
    }
  }

  void add_anchor(std::size_t event, AnchorRelation relation, const std::string& cue = "narrative") {
    if (!anchored_.insert(event).second) return;
    EventAnchor anchor;
    anchor.event = event;
    anchor.timex = date_->timex;
    anchor.relation = relation;
    anchor.cue = cue;
    anchors_.push_back(anchor);
  }

  const TokenizedText& tokens_;
  const DocumentEvents& events_;
  const std::vector<Timex>& timexes_;
  std::optional<date::sys_days> dct_;
  std::vector<EventAnchor>& anchors_;
  std::map<std::size_t, std::size_t> event_at_;  // trigger token -> first event there
  std::set<std::size_t> anchored_;
  std::optional<NarrativeDate> date_;
};

}  // namespace

void continue_narrative_dates(const TokenizedText& tokens, const DocumentEvents& events, const std::vector<Timex>& timexes,
                              std::optional<date::sys_days> dct, std::vector<EventAnchor>& anchors) {
  Narrative narrative(tokens, events, timexes, dct, anchors);
  for (std::size_t s = 0; s < tokens.sentences.size(); ++s) narrative.read(s);
}

}  // namespace chronograph::core
