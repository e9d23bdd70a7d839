#include "core/timex/tense_finder.h"

#include <algorithm>
#include <optional>
#include <set>
#include <span>
#include <string>

#include "core/syntax/finite_governor.h"
#include "core/text/modal_verbs.h"

namespace chronograph::core {

using Kind = ScanToken::Kind;

class TenseFinder::Clause {
 public:
  Clause(const TimexRuleSet& set, const std::vector<ScanToken>& t, const TokenizedText* tagged)
      : t_(t),
        tagged_(tagged),
        future_(set.class_id("FUTURECUE")),
        past_(set.class_id("PASTCUE")),
        present_(set.class_id("PRESENTCUE")),
        not_past_(set.class_id("NOTPASTCUE")),
        deadline_(set.class_id("DEADLINECUE")),
        effective_(set.class_id("EFFECTIVECUE")),
        due_(set.class_id("DUECUE")),
        put_off_(set.class_id("PUTOFFCUE")),
        month_(set.class_id("MONTH")),
        until_(set.class_id("UNTILCUE")),
        measured_(set.class_id("MEASUREDPERIOD")),
        unit_(set.class_id("UNIT")),
        numword_(set.class_id("NUMWORD")),
        defer_(set.class_id("DEFERCUE")),
        schedule_(set.class_id("SCHEDULECUE")),
        scheduled_noun_(set.class_id("SCHEDULEDNOUN")),
        deadline_noun_(set.class_id("DEADLINENOUN")),
        take_effect_(set.class_id("TAKEEFFECTCUE")),
        promise_(set.class_id("PROMISECUE")),
        arrange_(set.class_id("ARRANGECUE")),
        futurate_(set.class_id("FUTURATECUE")),
        weekday_(set.class_id("WEEKDAY")),
        standard_(set.class_id("STANDARDCUE")),
        since_(set.class_id("SINCECUE")),
        earliest_(set.class_id("EARLIESTCUE")),
        report_(set.class_id("REPORTCUE")),
        past_aux_(set.class_id("PASTAUX")),
        sense_(set.class_id("SENSECUE")),
        perceiver_(set.class_id("PERCEIVER")),
        ask_(set.class_id("ASKCUE")),
        forecast_(set.class_id("FORECASTCUE")),
        warn_of_(set.class_id("WARNOFCUE")),
        warning_noun_(set.class_id("WARNINGNOUN")),
        hazard_(set.class_id("HAZARD")),
        feeling_(set.class_id("FEELINGCUE")),
        timetable_(set.class_id("TIMETABLECUE")),
        subordinator_(set.class_id("SUBORDINATOR")),
        follow_(set.class_id("FOLLOWCUE")),
        set_(set) {
    has_tags_ = tagged && std::any_of(tagged->tokens.begin(), tagged->tokens.end(),
                                      [](const Token& tok) { return !tok.xpos.empty(); });
  }

  // (Letting any future cue in the window beat a nearer past one scored lower on TBAQ train:
  // "officials said Monday the talks will resume" is about the Monday they spoke. So did asking
  // the parse first: 82.24 value F1 against 82.51; it only speaks where no cue is near.)
  Tense around(std::size_t begin, std::size_t end) const {
    if (earliest(begin) || open_condition_ahead(begin, end) || promised_thing(begin, end) || arranged_thing(begin, end) ||
        forecast_thing(begin) ||
        dates_headline_infinitive(begin, end) || planned_thing(begin, end))
      return Tense::Future;
    if (dates_reduced_relative(begin, end) || dates_what_is_followed(begin)) return Tense::Past;
    if (const Tense described = when_clause_tense(end); described != Tense::Unknown) return described;
    const Tense near = nearest_cue(begin, end);
    return near != Tense::Unknown ? near : governing_tense(begin, end);
  }

  // "follow a smaller round in March, when the company cut 400 jobs": a "when" clause right
  // after the expression tells what happened then, in the tense of that time.
  Tense when_clause_tense(std::size_t end) const {
    std::size_t k = end;
    if (k < t_.size() && !t_[k].break_before && t_[k].lower == ",") ++k;
    if (k >= t_.size() || t_[k].break_before || t_[k].lower != "when" || !has_tags_) return Tense::Unknown;
    const Token* when = tagged_at(t_[k].span.begin);
    if (!when || when->head < 0) return Tense::Unknown;
    const std::size_t at = static_cast<std::size_t>(when - tagged_->tokens.data());
    const Sentence* s = sentence_containing(*tagged_, at);
    if (!s) return Tense::Unknown;
    const std::size_t verb = s->first_token + static_cast<std::size_t>(when->head);
    if (verb <= at || !tagged_->tokens[verb].xpos.starts_with("VB")) return Tense::Unknown;
    const Tense own = verb_tense(*s, verb);
    return own == Tense::Past ? own : Tense::Unknown;  // (a present "when" clause may be a habit or a condition)
  }

  // The direction a preposition right before the expression gives: a deadline ("by August") is
  // ahead, a start ("since March") behind; Unknown for any other word. "until" sets a deadline
  // only where until_deadline says so: "did not reopen until March" and "operated until March"
  // tell of a March past.
  Tense preposition(std::size_t begin, std::size_t end) const {
    begin = before_bound_words(begin);
    if (begin == 0 || t_[begin].break_before) return Tense::Unknown;
    if (is_class(t_[begin - 1].lower, until_)) {
      if (until_deadline(begin, end)) return Tense::Future;
      // ("allowed them to leave on loan until January", said in September: the nearest January,
      // as in a clause told now)
      return span_of_an_infinitive(begin - 1) ? Tense::Present : Tense::Unknown;
    }
    if (is_class(t_[begin - 1].lower, deadline_) || deferred_to(begin) || scheduled_for(begin) || takes_effect(begin) ||
        limit_of(begin))
      return Tense::Future;
    if (is_class(t_[begin - 1].lower, since_)) return Tense::Past;
    return Tense::Unknown;
  }

  // "allowed two players to leave on loan until January": "until" (at token `until`) closing the
  // span of an infinitive, which a past verb sets going from its own time on, so the span's end
  // may lie ahead; not under a negation ("did not agree to reopen until March": then).
  bool span_of_an_infinitive(std::size_t until) const {
    constexpr std::size_t kReach = 8;
    for (std::size_t k = until; k-- > 0 && until - k <= kReach;) {
      const std::string& w = t_[k].lower;
      if (w == "," || w == ";" || w == "not" || w == "n't" || w == "never") return false;
      if (w == "to" && k + 1 < until && t_[k + 1].kind != Kind::Number && !is_class(t_[k + 1].lower, month_))
        return true;
      if (t_[k].break_before) return false;
    }
    return false;
  }

  // "pushed back to no earlier than Thursday", "delayed until no later than May": words that
  // bound the time stand between the preposition and the expression; the first of them.
  std::size_t before_bound_words(std::size_t begin) const {
    static const std::vector<std::vector<std::string_view>> kBounds = {
        {"no", "earlier", "than"}, {"no", "later", "than"}, {"not", "before"}, {"not", "later", "than"}};
    for (const auto& words : kBounds) {
      if (begin < words.size()) continue;
      const std::size_t first = begin - words.size();
      bool all = true;
      for (std::size_t k = 0; k < words.size() && all; ++k)
        all = t_[first + k].lower == words[k] && (k == 0 || !t_[first + k].break_before);
      if (all && !t_[begin].break_before) return first;
    }
    return begin;
  }

  // "postponed to Friday", "pushed back to March": "to" after a verb that puts something off
  // (a particle or "again" may come between) names the new time, ahead.
  static constexpr std::size_t kShortReach = 4, kDeferReach = 8;
  bool deferred_to(std::size_t begin) const {
    if (begin < 2 || t_[begin].break_before || t_[begin - 1].lower != "to") return false;
    // (a long object may come between after a verb that only puts off: "delayed the launch of
    // the lunar lander to Thursday", not "gave food and blankets to Tuesday's quake survivors";
    // and an object has no verb of its own: "The move is a reply to Monday's declaration")
    static const std::set<std::string, std::less<>> kClauseWords = {
        ",", ";", "is", "are", "was", "were", "be", "been", "has", "have", "had", "that", "which", "who"};
    // (the amount of the delay does not count towards the reach: "pushed back 48 hours to Friday",
    // "moved by a week to Tuesday")
    std::size_t amount = 0;
    for (std::size_t k = 2; k <= kDeferReach + amount && k <= begin && !t_[begin - k + 1].break_before; ++k) {
      const std::string& w = t_[begin - k].lower;
      if (w == "from") return false;  // "suspended from Monday to Wednesday": a span
      // ("postponed the vote by one day, to Saturday": an amount set off by commas)
      if (w == "," && k < begin && part_of_an_amount(begin - k - 1)) {
        ++amount;
        continue;
      }
      if (kClauseWords.contains(w)) return false;
      if (is_class(w, defer_) && (k <= kShortReach + amount || is_class(w, put_off_))) return true;
      if (part_of_an_amount(begin - k)) ++amount;
    }
    return false;
  }

  // A word of an amount of time ("48 hours", "by a week", "two more days"): a number, a unit,
  // or a word that joins them.
  bool part_of_an_amount(std::size_t k) const {
    static const std::set<std::string, std::less<>> kJoiners = {"a", "an", "by", "another", "more", "further", "extra"};
    const std::string& w = t_[k].lower;
    return t_[k].kind == Kind::Number || is_class(w, unit_) || is_class(w, numword_) || kJoiners.contains(w);
  }

  // "scheduled the vote for Tuesday", "set a snap election for September 22": "for" after a verb
  // that fixes when a thing will be (its object may come between), or right after a thing held
  // on a date, or "set" or "called" as a passive right before it ("was set for Monday"), names
  // that time, ahead; not after "had" ("had set the vote for Tuesday" may be past), and not for
  // any other thing ("set a sales record for March").
  bool scheduled_for(std::size_t begin) const {
    if (begin < 2 || t_[begin].break_before || t_[begin - 1].lower != "for") return false;
    const bool held = !t_[begin - 1].break_before && is_class(t_[begin - 2].lower, scheduled_noun_);
    if (set_passive(begin - 2)) return true;  // "the hearing was set for Monday"
    for (std::size_t k = 2; k <= 6 && k <= begin && !t_[begin - k + 1].break_before; ++k) {
      const std::string& w = t_[begin - k].lower;
      if (w == "," || w == "had") return false;
      if (!held && !is_class(w, schedule_)) continue;
      const std::size_t verb = begin - k;
      if (verb > 0 && !t_[verb].break_before && t_[verb - 1].lower == "had") return false;
      if (is_class(w, schedule_)) return true;
    }
    return held;
  }

  // "set a deadline of midnight on Sunday", "issued an ultimatum of Friday": "of" right after a
  // noun of a time limit (DEADLINENOUN) names that limit, ahead; not one told in the past
  // perfect ("had set a deadline of December 5", said on December 6, has gone by).
  bool limit_of(std::size_t begin) const {
    if (begin < 2 || t_[begin].break_before || t_[begin - 1].break_before || t_[begin - 1].lower != "of") return false;
    return is_class(t_[begin - 2].lower, deadline_noun_) && !word_before(begin, [](const std::string& w) { return w == "had"; });
  }

  // "the ban takes effect on January 1", "the law comes into force from April 6": a present of
  // taking effect (TAKEEFFECTCUE) names a time ahead ("took effect on January 1" is past).
  bool takes_effect(std::size_t begin) const {
    std::size_t k = begin;
    const auto joined = [this](std::size_t i) { return !t_[i].break_before; };
    if (k > 0 && joined(k) && (t_[k - 1].lower == "on" || t_[k - 1].lower == "from")) --k;
    if (k < 2 || !joined(k) || (t_[k - 1].lower != "effect" && t_[k - 1].lower != "force")) return false;
    std::size_t verb = k - 2;
    if (!joined(verb + 1)) return false;
    if (t_[verb].lower == "into" && verb > 0 && joined(verb)) --verb;
    return is_class(t_[verb].lower, take_effect_);
  }

  // "was set for", "is set for", "has been called for": a passive "set" or "called" right before
  // "for"; and "set" right after a noun ("Recount set for Monday", "the vote set for Tuesday").
  bool set_passive(std::size_t verb) const {
    const std::string& w = t_[verb].lower;
    if ((w != "set" && w != "called") || verb == 0 || t_[verb].break_before) return false;
    const std::string& be = t_[verb - 1].lower;
    if (be == "was" || be == "were" || be == "is" || be == "are" || be == "been" || be == "be") return true;
    // ("the signing ceremony, set for Wednesday, was postponed": a noun's participle after a comma)
    const std::size_t noun = be == "," && verb > 1 && !t_[verb - 1].break_before ? verb - 2 : verb - 1;
    const Token* before = w == "set" && has_tags_ ? tagged_at(t_[noun].span.begin) : nullptr;
    return before && before->xpos.starts_with("NN");
  }

  // Whether "until"/"till" right before the expression sets a deadline ahead: in a clause that
  // puts something off or grants time ("postponed until Tuesday", "has given them until 9 a.m.
  // Tuesday"), even in the past tense, but not in one with "had" ("until Thursday, they had
  // described him as a witness"); "the talks lasted until Thursday" keeps the clause's tense.
  // A present or future clause looks ahead with "until" too: "expect rain every day until at least Thursday".
  bool until_deadline(std::size_t begin, std::size_t end) const {
    begin = before_bound_words(begin);
    // "raised prices on Monday, effective Friday" (not "the increase was effective Monday")
    if (begin > 0 && !t_[begin].break_before && is_class(t_[begin - 1].lower, effective_) && !after_copula(begin - 1))
      return true;
    if (deferred_to(begin)) return !word_before(begin, [](const std::string& w) { return w == "had"; });
    if (scheduled_for(begin) || asked_by(begin) || limit_of(begin)) return true;
    const std::size_t at = until_at(begin);
    if (at == begin) return false;
    const auto had = [](const std::string& w) { return w == "had"; };
    const auto defers = [this](const std::string& w) { return is_class(w, defer_); };
    // ("inflation in the 12 months through June is 3%", "up 10% this year through May": the end of
    // a period a figure was measured over, which has gone by; not a shift: "postponed two days until Monday")
    if (at > 0 && !t_[at].break_before && is_class(t_[at - 1].lower, measured_) && !word_before(at, defers)) return false;
    if (word_before(at, had) || word_after(end, had)) return false;
    const Tense clause = around(at, at + 1);
    return word_before(at, defers) || clause == Tense::Present || clause == Tense::Future;
  }

  // Whether the parse hangs the expression on a verb in the simple past (or the past perfect)
  // that is no verb of saying ("the trial, which began in January"), or on a noun that verb takes
  // ("withdrew from the agreement in January"): that verb's own time, which no slack moves ahead.
  bool hangs_on_own_past(std::size_t begin, std::size_t end) const {
    // ("criticised the tariffs announced in April": a noun's past participle is its own past too,
    // where the sentence has a verb of its own; "The new tablets sold in October ..." read as a
    // noun phrase alone is a verb the parser missed)
    if (dates_reduced_relative(begin, end) && verb_at_root(begin, end)) return true;
    auto hung = hung_on(begin, end);
    if (!hung) return false;
    hung->head = verb_of_ing_clause(*hung->sentence, verb_of_dated_subject(*hung, end));
    hung->head = verb_of_ing_clause(*hung->sentence, verb_taking_noun(*hung));
    if (in_aside_before(hung->head, hung->first)) return false;
    const Token& head = tagged_->tokens[hung->head];
    if (head.upos == "VERB" && head.xpos == "VBD" && !is_class(head.lemma, report_))
      return !any_auxiliary(*hung, [](const Token&) { return true; }) && !in_object_of_a_verb_ahead(*hung);
    // ("the results were posted on March 4": a simple past passive)
    if (head.upos == "VERB" && head.xpos == "VBN" && !is_class(head.lemma, report_) &&
        any_auxiliary(*hung, [](const Token& t) { return t.deprel == "aux:pass" && t.xpos == "VBD"; }))
      return !any_auxiliary(*hung, [](const Token& t) { return t.deprel != "aux:pass"; });
    return hangs_on_past_perfect(*hung, begin);
  }

  bool verb_at_root(std::size_t begin, std::size_t end) const {
    const auto hung = hung_on(begin, end);
    if (!hung) return false;
    const auto& toks = tagged_->tokens;
    for (std::size_t k = hung->sentence->first_token; k < hung->sentence->first_token + hung->sentence->token_count; ++k)
      if (toks[k].deprel == "root") return toks[k].upos == "VERB";
    return false;
  }

  // "could be called off if the union accepted the offer on Friday", "would go ahead unless the
  // companies made a new offer by Friday": a condition in the simple past on a clause with a
  // modal ahead (not "would have") supposes a time to come; its past form is no past.
  bool open_condition_ahead(std::size_t begin, std::size_t end) const {
    auto hung = hung_on(begin, end);
    if (!hung) return false;
    const auto& toks = tagged_->tokens;
    // ("made a new offer on Sunday" with "Sunday" on "offer": the verb that takes the noun)
    for (int step = 0; step < 2 && toks[hung->head].upos == "NOUN" && toks[hung->head].head >= 0; ++step)
      hung->head = hung->sentence->first_token + static_cast<std::size_t>(toks[hung->head].head);
    const Token& verb = toks[hung->head];
    const bool condition = any_child(*hung->sentence, hung->head, [](const Token& t) {
      const std::string w = lower_text(t);
      return t.deprel == "mark" && (w == "if" || w == "unless");
    });
    if (!condition || verb.xpos != "VBD" || verb.head < 0 || !verb.deprel.starts_with("advcl")) return false;
    const std::size_t main = hung->sentence->first_token + static_cast<std::size_t>(verb.head);
    const bool modal = any_child(*hung->sentence, main, [](const Token& t) { return t.xpos == "MD"; });
    const bool perfect = any_child(*hung->sentence, main, [](const Token& t) { return t.lemma == "have" && t.deprel == "aux"; });
    return modal && !perfect;
  }

  // "promised a referendum next year", "threatened further strikes in January": a time on an
  // active verb of promising (PROMISECUE) after its object, or on that object, is the promised
  // thing's, ahead. Only a bare month or season or a "next" one: a weekday, a day of the month,
  // a year or a time counted back is the promise's ("threatened strikes on Monday", "last
  // month", "vowed revenge in 2020").
  bool promised_thing(std::size_t begin, std::size_t end) const {
    for (std::size_t k = begin; k < end; ++k) {
      const std::string& w = t_[k].lower;
      if (is_class(w, weekday_) || t_[k].kind == Kind::Number || w == "last" || w == "ago" || w == "earlier" ||
          w == "past" || w == "previous" || w == "this")
        return false;
    }
    const auto hung = hung_on(begin, end);
    if (!hung) return false;
    const auto& toks = tagged_->tokens;
    const Sentence& s = *hung->sentence;
    std::size_t verb = hung->head;
    if (toks[verb].deprel == "obj" && toks[verb].head >= 0) verb = s.first_token + static_cast<std::size_t>(toks[verb].head);
    if (toks[verb].upos != "VERB" || !is_class(lower_text(toks[verb]), promise_)) return false;
    for (std::size_t j = s.first_token; j < hung->first; ++j)
      if (toks[j].head >= 0 && s.first_token + static_cast<std::size_t>(toks[j].head) == verb && toks[j].deprel == "obj") return true;
    return false;
  }

  // "beat Sinner on Wednesday, setting up a clash with Djokovic on Friday": a time on the object
  // of a participle of arranging (ARRANGECUE, "set" and "line" with "up") is the arranged
  // thing's, after the main clause's event that arranges it: ahead. (A finite verb may be dated
  // itself: "arranged a meeting on Monday" may be Monday's arranging.)
  bool arranged_thing(std::size_t begin, std::size_t end) const {
    const auto hung = hung_on(begin, end);
    if (!hung) return false;
    const auto& toks = tagged_->tokens;
    const Sentence& s = *hung->sentence;
    std::size_t verb = hung->head;  // (on the verb after its object: "booking a place in the final on Sunday")
    for (int level = 0; level < 3 && toks[verb].upos != "VERB" && toks[verb].head >= 0; ++level) {
      const bool up = toks[verb].deprel.starts_with("nmod") || toks[verb].deprel == "obj";  // ("a clash with Djokovic on Friday")
      if (!up) return false;
      verb = s.first_token + static_cast<std::size_t>(toks[verb].head);
    }
    if (toks[verb].xpos != "VBG" || !is_class(toks[verb].lemma, arrange_)) return false;
    const bool object_first = [&] {
      for (std::size_t j = verb + 1; j < hung->first; ++j)
        if (toks[j].head >= 0 && s.first_token + static_cast<std::size_t>(toks[j].head) == verb && toks[j].deprel == "obj") return true;
      return false;
    }();
    if (!object_first) return false;
    const bool phrasal = toks[verb].lemma == "set" || toks[verb].lemma == "line";
    return !phrasal || any_child(s, verb, [](const Token& t) { return t.deprel == "compound:prt" && lower_text(t) == "up"; });
  }

  // "a planned visit by the president on Thursday has been cancelled": a time of a noun that a
  // word of planning modifies (FUTURECUE: "planned", "scheduled", "upcoming") is the plan's,
  // ahead, whatever befell the plan.
  bool planned_thing(std::size_t begin, std::size_t end) const {
    const auto hung = hung_on(begin, end);
    if (!hung || !noun_dependent(*hung, end)) return false;
    const auto& toks = tagged_->tokens;
    const auto planned = [&](const Token& t) { return t.deprel == "amod" && is_class(lower_text(t), future_); };
    // (up through a noun that modifies it: "a planned visit by the president on Thursday")
    std::size_t noun = hung->head;
    for (int level = 0; level < 2 && toks[noun].upos == "NOUN"; ++level) {
      if (any_child(*hung->sentence, noun, planned)) return !told_done(*hung->sentence, noun);
      if (!toks[noun].deprel.starts_with("nmod") || toks[noun].head < 0) return false;
      noun = hung->sentence->first_token + static_cast<std::size_t>(toks[noun].head);
    }
    return false;
  }

  // Whether the verb a noun is the subject of tells in the simple past what it did ("the planned
  // strike on Monday went ahead", "a planned protest on Saturday drew thousands": the plan was
  // carried out then; "has been cancelled", "was postponed" tell of the plan).
  bool told_done(const Sentence& s, std::size_t noun) const {
    const Token& t = tagged_->tokens[noun];
    if (!t.deprel.starts_with("nsubj") || t.head < 0) return false;
    return tagged_->tokens[s.first_token + static_cast<std::size_t>(t.head)].xpos == "VBD";
  }

  // "A prisoner exchange agreed on Saturday will go ahead": a time of a past participle that
  // modifies a noun (a reduced relative clause) is the past it was done in, whatever the clause's
  // tense; not a participle of planning ("the vote scheduled for Tuesday").
  bool dates_reduced_relative(std::size_t begin, std::size_t end) const {
    const auto hung = hung_on(begin, end);
    // (a time "for", "to" or "until" opens is what the act aims at: "a strike called for Monday")
    if (!hung || begin == 0 || t_[begin].break_before || is_class(t_[begin - 1].lower, until_) ||
        t_[begin - 1].lower == "for" || t_[begin - 1].lower == "to")
      return false;
    // (nor is a time a passive's agent: the parse took a noun for the participle, "Signals Cut by
    // Year-End")
    if (relation_to_head(*hung, end) == "obl:agent") return false;
    const auto& toks = tagged_->tokens;
    // (the parser may hang the time on the noun, past the participle: "exchange agreed on Saturday")
    std::size_t participle = hung->head;
    if (toks[hung->head].upos == "NOUN")
      for (std::size_t j = hung->head + 1; j < hung->first; ++j)
        if (toks[j].deprel == "acl" && toks[j].head >= 0 &&
            hung->sentence->first_token + static_cast<std::size_t>(toks[j].head) == hung->head)
          participle = j;
    // (or on the clause's verb, past a participle right before the preposition: "answer the
    // tariffs announced in April")
    if (hung->first >= hung->sentence->first_token + 2 && toks[hung->first - 1].upos == "ADP" &&
        toks[hung->first - 2].xpos == "VBN" && toks[hung->first - 2].deprel == "acl")
      participle = hung->first - 2;
    const Token& verb = toks[participle];
    if (verb.xpos != "VBN" || verb.deprel != "acl" || participle > hung->first) return false;
    if (is_class(lower_text(verb), future_) || is_class(lower_text(verb), schedule_)) return false;
    if (in_aside_before(participle, hung->first)) return false;
    return !any_child(*hung->sentence, participle, [](const Token& t) { return t.deprel.starts_with("aux"); });
  }

  // "forecast heavy rain on Sunday", "warned of more rain between Sunday evening and ...", "a
  // yellow warning for snow from Thursday": a time right after the noun phrase a verb of
  // forecasting takes (FORECASTCUE; WARNOFCUE with "of"), or a warning takes (WARNINGNOUN with
  // "of", or "for" and a HAZARD), its preposition or "late"/"early" between, is the forecast
  // thing's time, ahead.
  bool forecast_thing(std::size_t begin) const {
    static const std::set<std::string, std::less<>> kBefore = {"on",   "in",    "at",      "between", "from", "by",
                                                               "late", "early", "through", "over",    "until"};
    constexpr std::size_t kMaxPhraseWords = 6;
    if (!has_tags_) return false;
    std::size_t k = begin;
    while (k > 0 && begin - k < 2 && !t_[k].break_before && kBefore.contains(t_[k - 1].lower)) --k;
    const std::size_t phrase_end = k;
    for (; k > 0 && phrase_end - k < kMaxPhraseWords && !t_[k].break_before; --k) {
      const Token* tagged = tagged_at(t_[k - 1].span.begin);
      const std::string upos = tagged ? tagged->upos : std::string();
      if (upos != "DET" && upos != "ADJ" && upos != "NOUN" && upos != "NUM" && upos != "ADV") break;
    }
    if (k == phrase_end || k == 0 || t_[k].break_before) return false;
    // ("had issued a warning for heat on Friday": a past perfect tells the issue's own day, behind)
    if (word_before(k, [](const std::string& w) { return w == "had"; })) return false;
    const std::string& verb = t_[k - 1].lower;
    if (is_class(verb, forecast_)) return true;
    if ((verb != "of" && verb != "for") || k < 2 || t_[k - 1].break_before) return false;
    const std::string& before = t_[k - 2].lower;
    if (verb == "of") return is_class(before, warn_of_) || is_class(before, warning_noun_);
    // ("a warning for drivers on Monday" may be issued on Monday: "for" names the hazard only
    // when a hazard word ends the phrase)
    return is_class(before, warning_noun_) && is_class(t_[phrase_end - 1].lower, hazard_);
  }

  // "the first summit in three years", "its highest level in three decades", "for the first
  // time in four years": a ranking word (first, last, only, most, least, or a superlative) between
  // the clause's verb and the expression makes a duration after "in" a comparison's reach, back
  // from the DCT ("the first flights will resume in two weeks" ranks before the verb).
  bool ranked_before(std::size_t begin) const {
    constexpr std::size_t kReach = 8;
    for (std::size_t k = begin; k-- > 0 && begin - k <= kReach && !t_[k + 1].break_before;) {
      const std::string& w = t_[k].lower;
      const Token* tagged = has_tags_ ? tagged_at(t_[k].span.begin) : nullptr;
      if (w == "," || w == ";" || (tagged && (tagged->xpos.starts_with("VB") || tagged->xpos == "MD"))) return false;
      if (w == "first" || w == "last" || w == "only" || w == "most" || w == "least") return true;
      if (tagged && (tagged->xpos == "JJS" || tagged->xpos == "RBS")) return true;
    }
    return false;
  }

  bool present_perfect_before(std::size_t begin) const {
    if (!has_tags_) return false;
    for (std::size_t k = begin; k-- > 0 && !t_[k + 1].break_before;) {
      const Token* tagged = tagged_at(t_[k].span.begin);
      if (!tagged || (tagged->xpos != "VBD" && tagged->xpos != "VBZ" && tagged->xpos != "VBP" && tagged->xpos != "MD"))
        continue;
      return tagged->xpos != "VBD" && tagged->xpos != "MD" && tagged->lemma == "have";
    }
    return false;
  }

  // "The collapse follows the nationalisation of the bank in February", "The strike comes after
  // talks broke down over the weekend": a date in what a verb of FOLLOWCUE (or "come(s) after")
  // says came first is behind the thing told, which is now; not the verb's own time ("a second
  // vote follows in March", where the date is right after it), nor one a verb of its own between
  // them tells ("follows talks, and the board will vote in March").
  bool dates_what_is_followed(std::size_t begin) const {
    constexpr std::size_t kReach = 16;  // (two objects joined: "the rescue of X in May and the sale of Y over the weekend")
    for (std::size_t k = begin; k-- > 0 && begin - k <= kReach && !t_[k + 1].break_before;) {
      const std::string& w = t_[k].lower;
      if (w == "," || w == ";" || w == "." || w == "but" || is_class(w, future_) || is_class(w, past_) || is_class(w, present_))
        return false;
      const bool comes_after = w == "after" && k > 0 && (t_[k - 1].lower == "comes" || t_[k - 1].lower == "come");
      if (comes_after || is_class(w, follow_)) return k + 2 < begin;
    }
    return false;
  }

  bool dates_what_preceded_a_past(std::size_t begin) const {
    constexpr std::size_t kReach = 8;
    for (std::size_t k = begin; k-- > 0 && begin - k <= kReach && !t_[k + 1].break_before;) {
      const std::string& w = t_[k].lower;
      if (w == "," || w == ";") return false;
      if (w == "after" || w == "following") return left_cue(k) == Tense::Past;
    }
    return false;
  }

  // Whether a word hung on token `head` of sentence `s` is one `accept` takes.
  template <typename Accept>
  bool any_child(const Sentence& s, std::size_t head, Accept accept) const {
    for (std::size_t j = s.first_token; j < s.first_token + s.token_count; ++j) {
      const Token& t = tagged_->tokens[j];
      if (t.head >= 0 && s.first_token + static_cast<std::size_t>(t.head) == head && accept(t)) return true;
    }
    return false;
  }

  // "posted the results on March 4", "will reopen on December 4": a day after on, in, at or
  // during that dates a simple past (no verb of saying) or a verb with "will" is a day of that
  // verb's own time, which no day slack moves; not a deadline ("extended the offer until Nov. 9")
  // nor a noun's ("payable Dec. 15").
  bool dates_its_verb(std::size_t begin, std::size_t end) const {
    if (begin == 0 || t_[begin].break_before) return false;
    const std::string& before = t_[begin - 1].lower;
    if (before != "in" && before != "on" && before != "at" && before != "during") return false;
    return hangs_on_own_past(begin, end) || hangs_on_time_ahead(begin, end);
  }

  // Whether the expression is a time adverbial (not an object: "had set Nov. 10 as the
  // deadline") of a past perfect ("had visited the plant on Sept 20"): a day of its own past,
  // which no day slack moves ahead.
  // Whether "by" puts it after a past perfect ("sales had recovered by September"): a deadline
  // met before a past time, so behind, which no slack moves ahead.
  bool met_by_a_past_perfect(std::size_t begin, std::size_t end) const {
    const auto hung = hung_on(begin, end);
    return hung && begin > 0 && t_[begin - 1].lower == "by" && hangs_on_past_perfect(*hung, begin, true);
  }

  bool dates_a_past_perfect(std::size_t begin, std::size_t end) const {
    const auto hung = hung_on(begin, end);
    if (!hung) return false;
    const auto& toks = tagged_->tokens;
    for (std::size_t j = hung->first; j < toks.size() && toks[j].span.begin < t_[end - 1].span.end; ++j) {
      const bool hangs_here = toks[j].head >= 0 && hung->sentence->first_token + static_cast<std::size_t>(toks[j].head) == hung->head;
      if (!hangs_here) continue;
      const bool adverbial = toks[j].deprel.starts_with("obl") || toks[j].deprel.starts_with("nmod");
      return adverbial && hangs_on_past_perfect(*hung, begin);
    }
    return false;
  }

  // Whether the parse hangs the expression on a verb with "will" or "shall" of its own ("the
  // summit will take place in May"), or with a modal of possibility that looks ahead ("rates
  // could fall in March"): a time ahead, which no slack moves back before the DCT.
  bool hangs_on_time_ahead(std::size_t begin, std::size_t end, bool will_only = false) const {
    auto hung = hung_on(begin, end);
    if (!hung) return false;
    // ("will lay off 300 workers in April", "could be back in training by March")
    hung->head = verb_of_ing_clause(*hung->sentence, verb_of_argument(*hung));
    return any_auxiliary(*hung, [&](const Token& t) {
             return t.deprel == "aux" && (from_tag(t) == Tense::Future || (!will_only && possibility_ahead(*hung, t)));
           });
  }

  // Whether the expression hangs on a participle or a relative clause that modifies a noun
  // ("The probe, launched from French Guiana in April 2019, passed ..."): background to the
  // narrative, which stays at the day it was at.
  // (also through the nouns and adverbial clauses under one: "a review that had been delayed since
  // the company applied in the spring of 2021", "an inquiry that had dragged on since the firms
  // announced the deal in the autumn of 2020")
  bool dates_background(std::size_t begin, std::size_t end) const {
    const auto hung = hung_on(begin, end);
    if (!hung) return false;
    const auto& toks = tagged_->tokens;
    std::size_t at = hung->head;
    for (int step = 0; step < 4; ++step) {
      const Token& head = toks[at];
      if (head.upos == "VERB" && ((head.xpos == "VBN" && head.deprel == "acl") || head.deprel == "acl:relcl")) return true;
      const bool climbs = head.upos == "VERB" ? head.deprel == "advcl" : head.upos == "NOUN" || head.upos == "PROPN";
      if (!climbs || head.head < 0) return false;
      at = hung->sentence->first_token + static_cast<std::size_t>(head.head);
    }
    return false;
  }

  // Whether the expression comes after a verb of saying that it dates in the parse ("officials
  // said on Tuesday"); not after a clause said with a verb of its own, whose time it is where the
  // parse hangs it on the saying ("Farmers said a swarm stripped their fields last Friday").
  bool dates_a_report(std::size_t begin, std::size_t end) const {
    const auto hung = hung_on(begin, end);
    if (!hung) return false;
    const Token& head = tagged_->tokens[hung->head];
    if (hung->head >= hung->first || head.upos != "VERB" || !is_class(head.lemma, report_)) return false;
    const auto verb = [](const Token& t) { return t.upos == "VERB" || t.xpos == "MD"; };
    return std::none_of(tagged_->tokens.begin() + static_cast<std::ptrdiff_t>(hung->head) + 1,
                        tagged_->tokens.begin() + static_cast<std::ptrdiff_t>(hung->first), verb);
  }

 private:
  static constexpr std::size_t kWindow = 12;

  // Whether a word of the window before `begin` (after `end`), inside the sentence, is one `wanted` accepts.
  template <typename Accept>
  bool word_before(std::size_t begin, Accept wanted) const {
    for (std::size_t i = begin; i-- > 0 && begin - i <= kWindow;) {
      if (wanted(t_[i].lower)) return true;
      if (t_[i].break_before) break;
    }
    return false;
  }
  template <typename Accept>
  bool word_after(std::size_t end, Accept wanted) const {
    for (std::size_t i = end; i < t_.size() && i - end < kWindow && !t_[i].break_before; ++i)
      if (wanted(t_[i].lower)) return true;
    return false;
  }

  // The "until" ("till") right before the expression, "at least" between them allowed; `begin`
  // when there is none.
  std::size_t until_at(std::size_t begin) const {
    std::size_t at = begin;
    if (at >= 3 && t_[at - 1].lower == "least" && t_[at - 2].lower == "at" && !t_[at].break_before &&
        !t_[at - 1].break_before)
      at -= 2;
    if (at == 0 || t_[at].break_before || !is_class(t_[at - 1].lower, until_)) return begin;
    return at - 1;
  }

  // "as soon as" / "as early as" right before the expression.
  bool earliest(std::size_t begin) const {
    if (begin < 3 || t_[begin].break_before || t_[begin - 1].break_before || t_[begin - 2].break_before) return false;
    return t_[begin - 1].lower == "as" && is_class(t_[begin - 2].lower, earliest_) && t_[begin - 3].lower == "as";
  }

  // Each side stops for good at the sentence's edge: a token after a break has break_before,
  // but the ones after it do not.
  Tense nearest_cue(std::size_t begin, std::size_t end) const {
    bool left_open = true, right_open = true;
    Tense clause_verb = Tense::Unknown;  // the cue on the left a comma on the right closed the clause for
    std::size_t left = begin;  // the token the left side looked at last
    for (std::size_t d = 1; d <= kWindow && (left_open || right_open); ++d) {
      left_open = left_open && left >= 1 && !t_[left].break_before;
      if (left_open) {
        left = aside_opening(left - 1).value_or(left - 1);
        if (const Tense tense = cue(left, true); tense != Tense::Unknown) return tense;
      }
      const std::size_t r = end + d - 1;
      if (right_open && r < t_.size() && t_[r].lower == ",") clause_verb = left_cue(begin);
      right_open = right_open && r < t_.size() && !t_[r].break_before && !opens_coordinated_verb(r) &&
                   !relative_pronoun(r) && !opens_subordinate_clause(r) && !opens_quotation(r) &&
                   !verb_of_subject_holding(r, begin) &&
                   !(t_[r].lower == "," && clause_verb != Tense::Unknown);
      if (right_open && !modifies_noun_after(r)) {
        if (const Tense tense = cue(r, false); tense != Tense::Unknown) return tense;
      }
    }
    return clause_verb;
  }

  // "A statement from the mayor on Thursday: \"We will not comment\"": a quotation that opens
  // after the expression is the speaker's words, in the speaker's own tense, not the clause's.
  // (An opening mark: a backquote; a curly one, which the scan reads as the start of the word it
  // opens; or a straight one after a space and right before a word.)
  bool opens_quotation(std::size_t i) const {
    const std::string& w = t_[i].lower;
    if (w == "`" || w.starts_with("\u201c")) return true;
    return w == "\"" && t_[i].space_before && adjacent(t_, i + 1) && !t_[i + 1].break_before;
  }

  // "will reopen the gallery, closed since June for renovation, on Saturday", "the library,
  // which a flood damaged in May, on Monday": a participle (which the tagger may call a past or an
  // adjective) or a relative clause set off by commas, right before the expression, is an aside
  // on a noun, whose verb is not the expression's. Where token `comma` closes one, the comma that
  // opens it.
  std::optional<std::size_t> aside_opening(std::size_t comma) const {
    if (t_[comma].lower != "," || !has_tags_) return std::nullopt;
    for (std::size_t k = comma; k-- > 0 && comma - k <= kWindow && !t_[k + 1].break_before;) {
      if (t_[k].lower != ",") continue;
      const Token* first = k + 1 < comma ? tagged_at(t_[k + 1].span.begin) : nullptr;
      return first && opens_aside(*first) ? std::optional(k) : std::nullopt;
    }
    return std::nullopt;
  }

  static bool opens_aside(const Token& first) {
    return first.xpos == "VBN" || first.xpos == "VBD" || first.xpos == "WDT" || first.xpos == "WP" ||
           (first.xpos == "JJ" && first.text.ends_with("ed"));
  }

  // Whether parse token `verb` stands in such an aside that a comma closes before token `first`
  // of the expression.
  bool in_aside_before(std::size_t verb, std::size_t first) const {
    const auto& toks = tagged_->tokens;
    const auto comma = [](const Token& t) { return t.text == ","; };
    if (verb >= first || std::none_of(toks.begin() + static_cast<std::ptrdiff_t>(verb) + 1,
                                      toks.begin() + static_cast<std::ptrdiff_t>(first), comma))
      return false;
    const Sentence* s = sentence_containing(*tagged_, verb);
    for (std::size_t k = verb; s && k > s->first_token; --k)
      if (comma(toks[k - 1])) return k < toks.size() && opens_aside(toks[k]);
    return false;
  }

  // The nearest cue left of the expression in its sentence, within the window: where there is one,
  // the clause has its verb there, and a comma on the right closes that clause ("will visit the
  // area on Tuesday, his office said" is ahead, whatever "said" is).
  Tense left_cue(std::size_t begin) const {
    // (the clause's verb may stand farther back than the nearest cue is looked for: "will dump up
    // to 2 feet of snow on Colorado from Thursday night into Friday, forecasters said")
    constexpr std::size_t kClauseReach = 2 * kWindow;
    for (std::size_t d = 1; d <= kClauseReach && begin >= d && !t_[begin - d + 1].break_before; ++d)
      if (const Tense tense = cue(begin - d, true); tense != Tense::Unknown) return tense;
    return Tense::Unknown;
  }

  // "would meet them on Wednesday [and] hoped to ...": a verb coordinated after the expression
  // has its own tense, not the expression's clause's.
  bool opens_coordinated_verb(std::size_t i) const {
    const std::string& w = t_[i].lower;
    if ((w != "and" && w != "but") || i + 1 >= t_.size() || t_[i + 1].break_before || !has_tags_) return false;
    const Token* next = tagged_at(t_[i + 1].span.begin);
    return next && (next->xpos.starts_with("VB") || next->xpos == "MD");
  }

  // "will stay off the job through the weekend after talks collapsed", "recovered a glove on
  // Tuesday that they believe is hers", "would resume on Sunday if the weather allowed": a clause
  // that a subordinator (SUBORDINATOR) the parse marks opens after the expression has its own
  // tense. So has a phrase "after" or "before" opens (opens_phrase_of_its_own).
  bool opens_subordinate_clause(std::size_t i) const {
    if (!is_class(t_[i].lower, subordinator_) || !has_tags_) return false;
    const Token* tagged = tagged_at(t_[i].span.begin);
    return tagged && (tagged->deprel == "mark" || opens_phrase_of_its_own(i, *tagged));
  }

  // "fell on Friday after reports that a filing was imminent": "after" or "before" as the
  // parse's preposition, or before a word the parse makes a noun's role, or a verb with no
  // subject, whatever its tag ("before [reports] that ..."): no verb of the expression's clause
  // follows.
  bool opens_phrase_of_its_own(std::size_t i, const Token& tagged) const {
    if (t_[i].lower != "after" && t_[i].lower != "before") return false;
    if (tagged.deprel == "case") return true;
    const Token* next = i + 1 < t_.size() && !t_[i + 1].break_before ? tagged_at(t_[i + 1].span.begin) : nullptr;
    if (!next) return false;
    if (next->deprel.starts_with("obl") || next->deprel.starts_with("nmod")) return true;
    const std::size_t at = static_cast<std::size_t>(next - tagged_->tokens.data());
    const Sentence* s = sentence_containing(*tagged_, at);
    return s && next->xpos.starts_with("VB") && !any_child(*s, at, [](const Token& t) { return t.deprel.starts_with("nsubj"); });
  }

  // "Anyone who was in the area on Sunday is asked to call": a verb (or its auxiliary) whose
  // subject holds the expression in a relative clause tells of the subject, not of the
  // expression's own clause (but "a service planned for Saturday was cancelled" and "officials
  // over the weekend became ..." have no clause of their own: the verb's tense is theirs).
  bool verb_of_subject_holding(std::size_t i, std::size_t begin) const {
    const Token* tagged = has_tags_ ? tagged_at(t_[i].span.begin) : nullptr;
    const Token* first = has_tags_ ? tagged_at(t_[begin].span.begin) : nullptr;
    if (!tagged || !first || !(tagged->xpos.starts_with("VB") || tagged->xpos == "MD")) return false;
    const auto& toks = tagged_->tokens;
    const std::size_t at = static_cast<std::size_t>(first - toks.data());
    const Sentence* s = sentence_containing(*tagged_, at);
    if (!s) return false;
    const auto index = [&](int head) { return s->first_token + static_cast<std::size_t>(head); };
    std::size_t verb = static_cast<std::size_t>(tagged - toks.data());
    if ((toks[verb].deprel.starts_with("aux") || toks[verb].deprel == "cop") && toks[verb].head >= 0)
      verb = index(toks[verb].head);
    // (climb from the expression; the first subject on the way that hangs on the verb decides)
    constexpr int kClimb = 12;
    std::size_t j = at;
    bool relative = false;
    for (int step = 0; step < kClimb && toks[j].head >= 0; ++step) {
      const std::size_t up = index(toks[j].head);
      if (up == verb) {
        const bool subject = toks[j].deprel.starts_with("nsubj") || toks[j].deprel.starts_with("csubj");
        // (the parse may hang the expression on the subject beside its relative clause)
        const bool clause_before = any_child(*s, j, [&](const Token& t) { return t.deprel == "acl:relcl" && &t < first; });
        return subject && (relative || clause_before);
      }
      relative = relative || toks[j].deprel == "acl:relcl";
      j = up;
    }
    return false;
  }

  // "called off the countdown on Tuesday before the planned lift-off": a word the parse hangs on
  // a noun after it, as its modifier, tells of that noun's time, not the expression's clause's.
  bool modifies_noun_after(std::size_t i) const {
    const Token* tagged = has_tags_ ? tagged_at(t_[i].span.begin) : nullptr;
    if (!tagged || tagged->deprel != "amod" || tagged->head < 0) return false;
    const std::size_t at = static_cast<std::size_t>(tagged - tagged_->tokens.data());
    const Sentence* s = sentence_containing(*tagged_, at);
    return s && s->first_token + static_cast<std::size_t>(tagged->head) > at;
  }

  // "passed a bill on Thursday that would give ...": a relative clause after the expression
  // tells of the noun before it, in its own tense.
  bool relative_pronoun(std::size_t i) const {
    const Token* tagged = has_tags_ ? tagged_at(t_[i].span.begin) : nullptr;
    return tagged && (tagged->xpos == "WDT" || tagged->xpos == "WP");
  }

  // The tense of the verb the expression hangs on in the parse, climbing through nouns and the
  // verbs it is coordinated with or a complement of ("said it would take control of the bank's
  // deposits and open a new bank on Monday"), or an -ing clause of ("the stock fell, rising to a
  // high in June from a low in March"); Unknown without a parse or such a verb.
  Tense governing_tense(std::size_t begin, std::size_t end) const {
    static constexpr int kClimb = 8;
    const auto hung = hung_on(begin, end);
    if (!hung) return Tense::Unknown;
    const auto& toks = tagged_->tokens;
    const Sentence& s = *hung->sentence;
    std::optional<std::size_t> v = hung->head;
    bool direct = true;  // whether v is the word the expression hangs on, or the head of one it is coordinated with
    for (int step = 0; v && step < kClimb; ++step) {
      const Token& tok = toks[*v];
      if (tok.xpos.starts_with("VB")) {
        if (const Tense own = verb_tense(s, *v); own != Tense::Unknown) return own;
        const bool ing_clause = verb_of_ing_clause(s, *v) != *v;
        if (tok.deprel != "conj" && tok.deprel != "xcomp" && !ing_clause) return Tense::Unknown;
      } else if (const Tense copula = direct ? copula_tense(s, *v) : Tense::Unknown; copula != Tense::Unknown) {
        return copula;  // "who was in the area between 9 a.m. and 5 p.m. on Sunday" (not a farther noun's)
      }
      direct = direct && step == 0 && coordinated_with_head(*hung, end);
      v = tok.head < 0 ? std::nullopt : std::optional<std::size_t>(s.first_token + static_cast<std::size_t>(tok.head));
    }
    return Tense::Unknown;
  }

  // Where the parse hangs the expression of scanned tokens [begin, end): its first tagged token,
  // that token's sentence and the token outside the expression it hangs on; none without a parse.
  struct Hung {
    std::size_t first;
    const Sentence* sentence;
    std::size_t head;
  };
  std::optional<Hung> hung_on(std::size_t begin, std::size_t end) const {
    const Token* first = has_tags_ ? tagged_at(t_[begin].span.begin) : nullptr;
    if (!first) return std::nullopt;
    const std::size_t at = static_cast<std::size_t>(first - tagged_->tokens.data());
    const Sentence* sentence = sentence_containing(*tagged_, at);
    const auto head = sentence ? head_outside(*sentence, at, t_[end - 1].span.end) : std::nullopt;
    if (!head) return std::nullopt;
    return Hung{at, sentence, *head};
  }

  // The relation by which the expression hangs on its head; empty when none is found.
  std::string relation_to_head(const Hung& hung, std::size_t end) const {
    const auto& toks = tagged_->tokens;
    for (std::size_t j = hung.first; j < toks.size() && toks[j].span.begin < t_[end - 1].span.end; ++j)
      if (toks[j].head >= 0 && hung.sentence->first_token + static_cast<std::size_t>(toks[j].head) == hung.head)
        return toks[j].deprel;
    return {};
  }

  // Whether the expression hangs on its head as a conjunct ("between 9 a.m. and 5 p.m. on Sunday").
  bool coordinated_with_head(const Hung& hung, std::size_t end) const { return relation_to_head(hung, end) == "conj"; }

  // "had received complaints in November", "had been warned in October": a past perfect with no
  // modal tells of its own past, and of its object's, unless that is a thing scheduled ("had
  // called an election in November"). Not a present perfect, which takes no past time of its
  // own: "has not ruled out further action in January" is about an action ahead.
  // (`by`: also a deadline the past perfect met, "had recovered by the end of the year")
  bool hangs_on_past_perfect(Hung hung, std::size_t begin, bool by = false) const {
    // (said to be at the time: "had received complaints in November", not "had adjourned the
    // case until Nov. 12", whose time is where the adjournment ends)
    const std::string before = begin > 0 && !t_[begin].break_before ? t_[begin - 1].lower : std::string();
    if (before != "in" && before != "on" && before != "at" && before != "during" && !(by && before == "by")) return false;
    const auto& toks = tagged_->tokens;
    const Token& noun = toks[hung.head];
    if (noun.deprel == "obj" && noun.head >= 0 && !is_class(lower_text(noun), scheduled_noun_))
      hung.head = hung.sentence->first_token + static_cast<std::size_t>(noun.head);
    const Token& verb = toks[hung.head];
    if (verb.upos != "VERB" || verb.xpos != "VBN" || is_class(verb.lemma, report_)) return false;
    const bool perfect = any_auxiliary(hung, [&](const Token& t) { return t.lemma == "have" && t.xpos == "VBD"; });
    return perfect && !any_auxiliary(hung, [](const Token& t) { return t.xpos == "MD"; });
  }

  // The verb the noun the expression hangs on is an oblique of, through a preposition that
  // leaves it ("withdrew from the Paris Agreement in January", "pulled out of the deal"); the
  // head itself otherwise. A verb's object or a farther noun may be a thing still to come
  // ("priced in a rate cut in December", "took bookings for the holidays in December").
  std::size_t verb_taking_noun(const Hung& hung) const {
    const auto& toks = tagged_->tokens;
    const Token& noun = toks[hung.head];
    if ((noun.upos != "NOUN" && noun.upos != "PROPN") || noun.deprel != "obl" || noun.head < 0) return hung.head;
    if (is_class(lower_text(noun), scheduled_noun_)) return hung.head;
    const Sentence& s = *hung.sentence;
    for (std::size_t j = s.first_token; j < hung.head; ++j) {
      const Token& t = toks[j];
      if (t.deprel != "case" || t.head < 0 || s.first_token + static_cast<std::size_t>(t.head) != hung.head) continue;
      const std::string w = lower_text(t);
      return w == "from" || w == "of" ? s.first_token + static_cast<std::size_t>(noun.head) : hung.head;
    }
    return hung.head;
  }

  // "The strike at the plant in May cost $200 million", "the meeting on March 20 approved the
  // plan": a time that modifies the subject of a verb says when that subject was, and a subject
  // that did something in the past was then too, so the time is that verb's past; the verb for
  // such a subject, the head itself otherwise. (hangs_on_own_past then asks for an active simple
  // past that is no verb of saying: "the vote in May was postponed" may be a vote ahead.)
  std::size_t verb_of_dated_subject(const Hung& hung, std::size_t end) const {
    const auto& toks = tagged_->tokens;
    const Token& noun = toks[hung.head];
    if ((noun.upos != "NOUN" && noun.upos != "PROPN") || noun.deprel != "nsubj" || noun.head < 0) return hung.head;
    if (!relation_to_head(hung, end).starts_with("nmod")) return hung.head;
    return hung.sentence->first_token + static_cast<std::size_t>(noun.head);
  }

  // The verb whose oblique the noun the expression hangs on is; the head itself otherwise.
  // (What a verb ahead acts on in a month is acted on then: "will lay off 300 workers in April",
  // which the parser reads as "lay" with an oblique "off 300 workers".)
  std::size_t verb_of_argument(const Hung& hung) const {
    const auto& toks = tagged_->tokens;
    const Token& noun = toks[hung.head];
    // (not an object's: "will examine the floods in May" are May's floods, which may be past)
    if ((noun.upos != "NOUN" && noun.upos != "PROPN") || noun.deprel != "obl" || noun.head < 0) return hung.head;
    const std::size_t verb = hung.sentence->first_token + static_cast<std::size_t>(noun.head);
    return toks[verb].upos == "VERB" ? verb : hung.head;
  }

  // Whether the expression is a dependent of the noun it hangs on ("a visit on Thursday").
  bool noun_dependent(const Hung& hung, std::size_t end) const { return relation_to_head(hung, end).starts_with("nmod"); }

  // An -ing clause's verb has no tense of its own: "closed at a record, climbing from a low in
  // January" is the time of "closed". The verb the clause hangs on, or `verb` itself.
  std::size_t verb_of_ing_clause(const Sentence& s, std::size_t verb) const {
    const Token& tok = tagged_->tokens[verb];
    if (tok.deprel != "advcl" || tok.xpos != "VBG" || tok.head < 0) return verb;
    return s.first_token + static_cast<std::size_t>(tok.head);
  }

  // "could sign the deal in March", "may close in April": "may", "might" or "could" before
  // a bare verb is a possibility now or ahead; not "could not", "could hear" or a "could" after a
  // past the sentence has set (a past ability),
  // "could have" (a past possibility), nor a possibility reported in the past ("said in March it
  // could close in April"), which was ahead only then.
  bool possibility_ahead(const Hung& hung, const Token& modal) const {
    const std::string word = lower_text(modal);
    if (modal.xpos != "MD" || (word != "may" && word != "might" && word != "could")) return false;
    const auto& toks = tagged_->tokens;
    const std::size_t at = static_cast<std::size_t>(&modal - toks.data());
    // ("Back then, farmers could sell their crops in May", "Last year fans could buy tickets in
    // May": a past the sentence has set makes "could" a past ability)
    if (word == "could")
      for (std::size_t k = hung.sentence->first_token; k < at; ++k) {
        const std::string w = lower_text(toks[k]);
        if (w == "then" || w == "last" || w == "ago" || is_class(w, past_)) return false;
      }
    if (at + 1 < hung.sentence->first_token + hung.sentence->token_count) {
      const std::string next = lower_text(toks[at + 1]);
      if (next == "not" || next == "n't" || next == "have" || is_class(next, sense_)) return false;
    }
    const Token& verb = toks[hung.head];
    if (verb.deprel != "ccomp" || verb.head < 0) return true;
    return toks[hung.sentence->first_token + static_cast<std::size_t>(verb.head)].xpos != "VBD";
  }

  // Whether an auxiliary of the verb the expression hangs on is one `accept` takes.
  // "will redeem 9.5 million Series H preferred shares on Oct. 31": a past form the parse hangs as
  // a clause, with no "that", on a verb with "will" that is no verb of saying, lies in that verb's
  // object, where a clause of its own would need "that": a participle before a noun the tagger
  // misread ("preferred shares"), not a past of its own.
  bool in_object_of_a_verb_ahead(const Hung& hung) const {
    const auto& toks = tagged_->tokens;
    const Token& past = toks[hung.head];
    if (past.deprel != "ccomp" || past.head < 0) return false;
    const std::size_t verb = hung.sentence->first_token + static_cast<std::size_t>(past.head);
    if (toks[verb].xpos != "VB" || is_class(toks[verb].lemma, report_)) return false;
    const bool will = any_child(*hung.sentence, verb, [](const Token& t) { return from_tag(t) == Tense::Future; });
    const bool that = any_child(*hung.sentence, hung.head, [](const Token& t) { return t.deprel == "mark"; });
    return will && !that;
  }

  template <typename Accept>
  bool any_auxiliary(const Hung& hung, Accept accept) const {
    return any_child(*hung.sentence, hung.head, [&](const Token& t) { return t.deprel.starts_with("aux") && accept(t); });
  }

  // The token outside the expression (tokens from `at` up to byte `span_end`) that it hangs on.
  std::optional<std::size_t> head_outside(const Sentence& s, std::size_t at, std::size_t span_end) const {
    const auto& toks = tagged_->tokens;
    for (std::size_t j = at; j < s.first_token + s.token_count && toks[j].span.begin < span_end; ++j) {
      if (toks[j].head < 0) return std::nullopt;
      const std::size_t h = s.first_token + static_cast<std::size_t>(toks[j].head);
      if (h < at || toks[h].span.begin >= span_end) return h;
    }
    return std::nullopt;
  }

  // The tense of a noun or adjective predicate's copula ("was in the area", "will be busy"): its
  // verb_tense when a "cop" word hangs on it; Unknown otherwise.
  Tense copula_tense(const Sentence& s, std::size_t v) const {
    return any_child(s, v, [](const Token& t) { return t.deprel == "cop"; }) ? verb_tense(s, v, true) : Tense::Unknown;
  }

  // A verb's own tense: its first auxiliary's ("would open", "has closed", "was sold"), else its
  // tag; with_copula, a copula counts as an auxiliary.
  Tense verb_tense(const Sentence& s, std::size_t v, bool with_copula = false) const {
    const auto& toks = tagged_->tokens;
    for (std::size_t j = s.first_token; j < v; ++j) {
      const Token& aux = toks[j];
      if (aux.head < 0 || s.first_token + static_cast<std::size_t>(aux.head) != v) continue;
      if (aux.deprel != "aux" && aux.deprel != "aux:pass" && !(with_copula && aux.deprel == "cop")) continue;
      if (perfect(aux)) return Tense::Past;
      if (const Tense listed = lexicon_cue(lower_text(aux)); listed != Tense::Unknown) return listed;
      return from_tag(aux);
    }
    return from_tag(toks[v]);
  }

  // "temperatures could reach 41 degrees on Thursday", "may reopen Friday": a possibility lies
  // ahead, but one before "have" in the past ("could have started"; not "may have to close");
  // and "rescuers could not reach the village on Tuesday" or "could hear explosions" tells of
  // the past as often as not, so it is left to the other cues ("couldn't" is scanned as
  // "couldn", no modal here). The modal is scanned token `i`.
  Tense modal_cue(std::size_t i) const {
    const std::string& w = t_[i].lower;
    // ("the winds should drop on Monday": a forecast or an expectation, ahead; "should have dropped": past)
    if (w != "may" && w != "might" && w != "could" && w != "should") return Tense::Unknown;
    const auto word_at = [&](std::size_t k) {
      return k < t_.size() && !t_[k].break_before ? t_[k].lower : std::string();
    };
    if (word_at(i + 1) == "have") return word_at(i + 2) == "to" ? Tense::Future : Tense::Past;
    const bool perceiver = i > 0 && !t_[i].break_before && is_class(t_[i - 1].lower, perceiver_);
    const bool past_ability = w == "could" && (word_at(i + 1) == "not" || (is_class(word_at(i + 1), sense_) && perceiver));
    return past_ability ? Tense::Unknown : Tense::Future;
  }

  // A past form after a modal is not past: "will be held", "would have signed".
  // A past auxiliary right before a future word is future too: "were planning", "was expected to".
  Tense cue(std::size_t i, bool before) const {
    if (standard_of_comparison(i)) return Tense::Unknown;
    const Tense tense = word_cue(i, before);
    if (tense == Tense::Future && (after_had(i) || infinitive_after_had(i) || superseded_plan(i))) return Tense::Past;
    if (tense == Tense::Present && progressive_futurate(i)) return Tense::Future;
    if (tense != Tense::Past) return tense;
    if (is_class(t_[i].lower, past_aux_) && i + 1 < t_.size() && !t_[i + 1].break_before &&
        (is_class(t_[i + 1].lower, future_) || (progressive_futurate(i) && reported(i))))
      return Tense::Future;
    // (not across a comma, nor after a standard of comparison: "slower than expected, officials
    // admitted on Monday" is a past admission)
    for (std::size_t k = 1; k <= 3 && k <= i && !t_[i - k + 1].break_before; ++k) {
      if (t_[i - k].lower == "," || t_[i - k].lower == ";") break;
      if (is_class(t_[i - k].lower, future_) && standard_of_comparison(i - k)) break;
      if (is_class(t_[i - k].lower, future_)) return superseded_plan(i - k) ? Tense::Past : Tense::Future;
      // ("bans may be needed in August", "should be finished by May": a possibility ahead; a modal
      // by its tag, for "prices in May rose" names a month; not "could", as often the past of
      // "can": "could be located on Wednesday")
      const Token* modal = has_tags_ ? tagged_at(t_[i - k].span.begin) : nullptr;
      if (modal && modal->xpos == "MD" && t_[i - k].lower != "could" && modal_cue(i - k) == Tense::Future) return Tense::Future;
      if (is_class(t_[i - k].lower, due_) && due_cue(i - k) == Tense::Future)
        return Tense::Future;  // "due to be signed"
    }
    if (present_passive(i)) return Tense::Present;
    if (planned_passive(i)) return Tense::Future;
    return tense;
  }

  // "a new tablet is coming in the spring", "the plant is closing in March": a progressive of a
  // verb of coming or starting (FUTURATECUE) is a plan ahead; in the past, only told by a verb of
  // saying ("said a new tablet was coming in the spring", the said "is coming"; reported).
  bool progressive_futurate(std::size_t aux) const {
    return aux + 1 < t_.size() && !t_[aux + 1].break_before && is_class(t_[aux + 1].lower, futurate_);
  }
  bool reported(std::size_t i) const {
    for (std::size_t k = i; k-- > 0 && i - k <= kWindow && !t_[k + 1].break_before;) {
      const Token* tagged = has_tags_ ? tagged_at(t_[k].span.begin) : nullptr;
      if (tagged && tagged->xpos == "VBD" && is_class(tagged->lemma, report_)) return true;  // (REPORTCUE: said, told, added)
    }
    return false;
  }

  // "was originally planned to launch in July", "initially scheduled for March": a plan since
  // replaced was made before, and its time is the nearest the past allows, not one ahead.
  bool superseded_plan(std::size_t i) const {
    return i > 0 && !t_[i].break_before && (t_[i - 1].lower == "originally" || t_[i - 1].lower == "initially");
  }

  // "are to be handed over", "was to be signed": a participle after "be to be" is a plan.
  bool planned_passive(std::size_t i) const {
    static const std::set<std::string, std::less<>> kBe = {"is", "are", "was", "were", "am"};
    if (i < 3 || t_[i].break_before || t_[i - 1].break_before || t_[i - 2].break_before) return false;
    return t_[i - 1].lower == "be" && t_[i - 2].lower == "to" && kBe.contains(t_[i - 3].lower);
  }

  // "rose more than expected in March", "than analysts had forecast", "as planned": a participle
  // of expecting after "than" or "as" (up to five words of its subject between; not "such as")
  // names what a comparison measures by. It is no cue when the clause's verb on its left is in
  // the past; "goes ahead as planned on Tuesday" still looks ahead.
  bool standard_of_comparison(std::size_t i) const {
    if (!is_class(t_[i].lower, standard_)) return false;
    std::size_t k = 1;
    for (; k <= 6 && k <= i && !t_[i - k + 1].break_before; ++k) {
      const std::string& w = t_[i - k].lower;
      if (w == "than" || w == "as") break;
      if (t_[i - k].kind != Kind::Word || w == "had" || w == "have" || w == "has") continue;  // "than analysts had forecast"
      if (word_cue(i - k, true) != Tense::Unknown) return false;
    }
    if (k > 6 || k > i || t_[i - k + 1].break_before) return false;
    const std::size_t marker = i - k;
    if (t_[marker].lower == "as" && marker > 0 && !t_[marker].break_before && t_[marker - 1].lower == "such") return false;
    for (std::size_t d = 1; d <= kWindow && d <= marker && !t_[marker - d + 1].break_before; ++d)
      if (const Tense left = word_cue(marker - d, true); left != Tense::Unknown) return left == Tense::Past;
    return false;
  }

  // "had largely expected", "had planned", "had been due to expire": a future word after "had"
  // or "had been" (an adverb may come between) tells of what was expected before, in the past.
  bool after_had(std::size_t i) const {
    auto before = word_before_adverb(i);
    if (before && t_[*before].lower == "been") before = word_before_adverb(*before);
    return before && t_[*before].lower == "had";
  }

  // "had been due to expire Friday", "had planned to meet on Monday": an infinitive whose
  // governing word comes after "had" was ahead only then.
  bool infinitive_after_had(std::size_t i) const {
    if (i < 2 || t_[i].break_before || t_[i - 1].break_before || t_[i - 1].lower != "to") return false;
    return after_had(i - 2);
  }

  // "when he is sentenced on March 15": a participle right after a present form of "be" (an
  // adverb may come between) is a present passive, not the past.
  bool present_passive(std::size_t i) const {
    const auto before = word_before_adverb(i);
    if (!before) return false;
    const std::string& w = t_[*before].lower;
    return is_class(w, present_) && w != "says" && w != "does";
  }

  // The word right before `i` in its sentence, or the one before that when the tagger made the
  // first an adverb ("had largely expected", "is also sentenced"); none at the sentence's start.
  std::optional<std::size_t> word_before_adverb(std::size_t i) const {
    if (i == 0 || t_[i].break_before) return std::nullopt;
    const std::size_t before = i - 1;
    const Token* tagged = has_tags_ ? tagged_at(t_[before].span.begin) : nullptr;
    if (!tagged || tagged->xpos != "RB" || before == 0 || t_[before].break_before) return before;
    return before - 1;
  }

  // The lexicon's cue classes come first even when the tagger ran: they list irregular past
  // forms ("fell", "rose") that the EWT-trained tagger often reads as present (VBP), and
  // trusting its tag over them scored lower on TBAQ train. For the same reason a verb ending
  // in -ed is past whatever its tag; only a tag saying it is no verb ("unchanged" JJ) overrides.
  Tense word_cue(std::size_t i, bool before) const {
    const ScanToken& tok = t_[i];
    if (tok.kind != Kind::Word) return Tense::Unknown;
    const Token* tagged = has_tags_ ? tagged_at(tok.span.begin) : nullptr;
    // ("must have known": a past drawn as certain, not an obligation ahead)
    if (tok.lower == "must" && i + 1 < t_.size() && t_[i + 1].lower == "have") return Tense::Past;
    if (is_class(tok.lower, due_)) return due_cue(i);
    if (const Tense listed = lexicon_cue(tok.lower); listed != Tense::Unknown) {
      if (listed == Tense::Future && !before && tagged && finite_past_with_subject(*tagged)) return Tense::Past;
      // ("set aside vacation plans for the trip": a noun of planning with no aim after it is no
      // time ahead; "plans to expand" is)
      if (listed == Tense::Future && tagged && (tagged->xpos == "NNS" || tagged->xpos == "NN") &&
          (i + 1 >= t_.size() || t_[i + 1].lower != "to"))
        return Tense::Unknown;
      return listed == Tense::Present && present_of_saying(tok, tagged) ? Tense::Past : listed;
    }
    if (tagged && perfect(*tagged)) return Tense::Past;
    if (tagged && tagged->xpos == "MD") return modal_cue(i);
    if (tagged && before && infinitive(*tagged)) {
      // ("was originally planned to launch": the old plan's; "was pleased to note": a feeling's
      // occasion, no aim, whose tense the feeling's verb tells)
      const bool after_to = i >= 2 && t_[i - 1].lower == "to";
      if (after_to && is_class(t_[i - 2].lower, feeling_)) return Tense::Unknown;
      return after_to && superseded_plan(i - 2) ? Tense::Past : Tense::Future;
    }
    const std::string& w = tok.lower;
    // ("due on November 7, followed by a meeting in December": an order, no past)
    if ((w == "followed" || w == "preceded") && i + 1 < t_.size() && t_[i + 1].lower == "by" && tagged &&
        tagged->xpos == "VBN")
      return Tense::Unknown;
    // ("will issue an updated forecast": a participle after an article is the noun's adjective)
    const bool after_article = i > 0 && !tok.break_before && (t_[i - 1].lower == "a" || t_[i - 1].lower == "an");
    const bool ed_form = w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0 && !is_class(w, not_past_) && !after_article;
    if (!tagged) return ed_form ? Tense::Past : Tense::Unknown;
    // ("door to door in flooded neighborhoods on Friday": a participle the parse makes a noun's
    // adjective tells no time of the clause)
    if (ed_form && tagged->xpos.rfind("VB", 0) == 0 && tagged->deprel != "amod") return Tense::Past;
    if (timetable_verb_read_as_noun(i, *tagged)) return Tense::Present;
    if (noun_tagged_as_verb(*tagged)) return Tense::Unknown;
    const Tense by_tag = from_tag(*tagged);
    return by_tag == Tense::Present && present_of_saying(tok, tagged) ? Tense::Past : by_tag;
  }

  // "Shipping resumes at midnight Friday": the tagger reads a timetable verb (TIMETABLECUE) after
  // a noun as a plural noun; right before a preposition it is the clause's verb, in the present.
  bool timetable_verb_read_as_noun(std::size_t i, const Token& tagged) const {
    if (tagged.xpos != "NNS" || !is_class(t_[i].lower, timetable_) || i + 1 >= t_.size() || t_[i + 1].break_before)
      return false;
    const Token* next = tagged_at(t_[i + 1].span.begin);
    return next && (next->upos == "ADP" || next->xpos == "IN");
  }

  // "On Friday, the government planned to ...": a word of expecting (FUTURECUE) in the simple
  // past with a subject of its own, after the expression, tells when the planning was, in the
  // past ("planned a rally on Saturday" dates the rally, ahead; "was expected", "is scheduled"
  // have no subject of their own and still look ahead).
  bool finite_past_with_subject(const Token& tok) const {
    if (tok.xpos != "VBD") return false;
    const std::size_t at = static_cast<std::size_t>(&tok - tagged_->tokens.data());
    const Sentence* s = sentence_containing(*tagged_, at);
    if (!s || !any_child(*s, at, [](const Token& t) { return t.deprel == "nsubj"; })) return false;
    // ("By Friday, officials expected to have restored power": a deadline, ahead)
    const auto& toks = tagged_->tokens;
    for (std::size_t k = s->first_token; k + 1 < at; ++k)
      if (lower_text(toks[k]) == "by" && (toks[k + 1].upos == "PROPN" || toks[k + 1].upos == "NUM")) return false;
    return true;
  }

  // Whether scanned token `i` follows a copula ("was effective", "is due").
  bool after_copula(std::size_t i) const {
    static const std::set<std::string, std::less<>> kCopulas = {"is", "are",  "was",    "were",
                                                                "be", "been", "became", "become"};
    return i > 0 && !t_[i].break_before && kCopulas.contains(t_[i - 1].lower);
  }

  // "is due to be signed", "due on Friday", "due in October": what is due lies ahead; "due to
  // the storm" is a cause, and "came due in February" a debt that fell due (DUECUE).
  Tense due_cue(std::size_t i) const {
    static const std::set<std::string, std::less<>> kFellDue = {"came", "come", "comes", "became", "become", "fell"};
    static const std::set<std::string, std::less<>> kWhen = {"on",     "in",     "by",    "next",  "this", "at",
                                                             "before", "within", "early", "later", "soon", "tomorrow"};
    const auto word_at = [&](std::size_t k) {
      return k < t_.size() && !t_[k].break_before ? t_[k].lower : std::string();
    };
    if (i > 0 && !t_[i].break_before && kFellDue.contains(t_[i - 1].lower)) return Tense::Unknown;
    const std::string next = word_at(i + 1);
    if (next == "to") {
      const Token* verb = has_tags_ && i + 2 < t_.size() ? tagged_at(t_[i + 2].span.begin) : nullptr;
      // ("due to have opened in May", "likely to have fallen": a past, or a plan that was)
      const bool base_form = verb ? verb->xpos == "VB" && word_at(i + 2) != "have" : word_at(i + 2) == "be";
      return base_form ? Tense::Future : Tense::Unknown;
    }
    // (the odds of a thing look ahead only before a bound: "unlikely before the summer"; "likely
    // within the next few years", said in a past story, counts from that story's date)
    static const std::set<std::string, std::less<>> kBound = {"before", "by", "until", "till"};
    if (t_[i].lower != "due") return kBound.contains(next) ? Tense::Future : Tense::Unknown;
    const bool when = kWhen.contains(next) || is_class(next, weekday_) || is_class(next, month_);
    return when ? Tense::Future : Tense::Unknown;
  }

  // "Israeli officials say Monday", "the ministry says on Tuesday": news tells in the present
  // what was said before it was printed, so the day is a past one.
  bool present_of_saying(const ScanToken& tok, const Token* tagged) const {
    if (tagged && !tagged->lemma.empty()) return is_class(tagged->lemma, report_);
    const std::string& w = tok.lower;
    return is_class(w, report_) || (w.size() > 1 && w.back() == 's' && is_class(w.substr(0, w.size() - 1), report_));
  }

  // "dropped 19.69 points Friday", "rose 3 percent", "extended their offers to buy the firm
  // Friday", "the talks": a present-tense tag right after a number, a possessive or an article
  // is a tagging slip for a noun, not the clause's tense.
  bool noun_tagged_as_verb(const Token& tok) const {
    if (tok.xpos != "VBZ" && tok.xpos != "VBP") return false;
    const std::size_t at = static_cast<std::size_t>(&tok - tagged_->tokens.data());
    if (at == 0) return false;
    const Token& before = tagged_->tokens[at - 1];
    const std::string before_word = lower_text(before);
    return before.xpos == "CD" || before.xpos == "PRP$" || before_word == "the" || before_word == "a" || before_word == "an";
  }

  // "has fluctuated", "have been searching": the present perfect tells of the past.
  bool perfect(const Token& tok) const {
    if (tok.xpos != "VBZ" && tok.xpos != "VBP") return false;
    const std::string w = lower_text(tok);
    if (tok.lemma != "have" && w != "has" && w != "have" && w != "'ve") return false;
    const auto& toks = tagged_->tokens;
    const std::size_t at = static_cast<std::size_t>(&tok - toks.data());
    for (std::size_t k = at + 1; k < toks.size() && k <= at + 3; ++k) {
      if (toks[k].xpos == "VBN") return true;
      if (toks[k].xpos != "RB" && toks[k].xpos != "PRP") return false;  // "has recently been", "have they gone"
    }
    return false;
  }

  // "set to resume Monday", "is to resume trading Tuesday": an infinitive before the expression
  // looks ahead; one after it is mostly a purpose ("rallied Friday to demand his return"), and
  // one right after a past verb is past ("voted to support the republic Friday").
  bool infinitive(const Token& tok) const {
    if (tok.xpos != "VB") return false;
    const auto& toks = tagged_->tokens;
    const std::size_t at = static_cast<std::size_t>(&tok - toks.data());
    if (at == 0 || toks[at - 1].xpos != "TO") return false;
    if (at < 2) return true;
    // "declined to comment" is past too; "celebrations to mark", "the decision to travel": a
    // noun's infinitive says what the thing is for, not when
    if (toks[at - 2].xpos.rfind("NN", 0) == 0 || noun_tagged_as_verb(toks[at - 2])) return told_to(at);
    // ("the leaders were to sign the text on Wednesday": a past "be" before "to" tells a plan)
    if (toks[at - 2].lemma == "be") return true;
    return !past_verb_before(at - 2) && !purpose_of_past(at) && !after_gerund_of_time(at - 2);
  }

  // "finished second after failing to beat Ostrava on Monday", "resigned after trying to win":
  // an infinitive of a gerund that a preposition of time or manner opens ("after", "before",
  // "since", "upon", "on", "without") is the gerund's attempt, in the time of the clause the
  // gerund hangs on, not ahead.
  bool after_gerund_of_time(std::size_t gerund) const {
    static const std::set<std::string, std::less<>> kOpeners = {"after", "before", "since", "upon", "on", "without"};
    const auto& toks = tagged_->tokens;
    if (toks[gerund].xpos != "VBG" || gerund == 0) return false;
    return kOpeners.contains(lower_text(toks[gerund - 1]));
  }

  // "paid $2.3 million to settle the suit on Monday": an infinitive of purpose (advcl) of a
  // past verb happens in that past.
  bool purpose_of_past(std::size_t at) const {
    const Token& tok = tagged_->tokens[at];
    if (tok.deprel != "advcl" || tok.head < 0) return false;
    const Sentence* s = sentence_containing(*tagged_, at);
    return s && past_verb(tagged_->tokens[s->first_token + static_cast<std::size_t>(tok.head)]);
  }

  // "Council to vote on budget on Tuesday": a time the parse hangs on an infinitive right after
  // its subject, which no finite verb governs, is a headline's future ("Mayor to resign after
  // Monday's vote": Monday dates the vote, not the resigning).
  bool dates_headline_infinitive(std::size_t begin, std::size_t end) const {
    if (end < t_.size() && !t_[end].break_before && t_[end].lower == "'") return false;  // ' or ’
    const auto hung = hung_on(begin, end);
    if (!hung) return false;
    const auto& toks = tagged_->tokens;
    std::size_t at = hung->head;
    // ("to vote on budget on Tuesday" with the day on "budget": the verb that noun hangs on)
    if ((toks[at].upos == "NOUN" || toks[at].upos == "PROPN") && (toks[at].deprel == "obl" || toks[at].deprel == "obj") &&
        toks[at].head >= 0)
      at = hung->sentence->first_token + static_cast<std::size_t>(toks[at].head);
    if (toks[at].xpos != "VB" || at < hung->sentence->first_token + 2 || toks[at - 1].xpos != "TO") return false;
    if (!toks[at - 2].xpos.starts_with("NN")) return false;
    const std::size_t first = hung->sentence->first_token;
    return !under_finite_verb(std::span<const Token>(toks.data() + first, hung->sentence->token_count), at - first);
  }

  // "Retailers were told to clear shelves by Friday", "urged them to leave before Sunday": a
  // deadline ("by", "before") on what a verb of asking (ASKCUE) with no time of its own asks for
  // is ahead of the asking, and so of the DCT.
  bool asked_by(std::size_t begin) const {
    if (begin == 0 || t_[begin].break_before || !has_tags_) return false;
    if (t_[begin - 1].lower != "by" && t_[begin - 1].lower != "before") return false;
    const Token* by = tagged_at(t_[begin - 1].span.begin);
    if (!by) return false;
    const auto& toks = tagged_->tokens;
    const std::size_t at = static_cast<std::size_t>(by - toks.data());
    const Sentence* s = sentence_containing(*tagged_, at);
    if (!s) return false;
    constexpr std::size_t kReach = 10;
    for (std::size_t k = at; k-- > s->first_token && at - k <= kReach;) {
      const Token& tok = toks[k];
      if (tok.xpos == "," || tok.deprel == "mark") return false;
      if (tok.xpos != "VB" || k == s->first_token || toks[k - 1].xpos != "TO" || tok.head < 0) continue;
      const std::size_t asking = s->first_token + static_cast<std::size_t>(tok.head);
      return tok.deprel == "xcomp" && is_class(toks[asking].lemma, ask_) && !dated_itself(*s, asking);
    }
    return false;
  }

  // "were told on Friday to leave by Sunday": a verb with a time of its own, whose deadline
  // lies after that time, not after the DCT.
  bool dated_itself(const Sentence& s, std::size_t verb) const {
    return any_child(s, verb, [&](const Token& t) {
      if (!t.deprel.starts_with("obl") && !t.deprel.starts_with("nmod")) return false;
      const std::string w = lower_text(t);
      return is_class(w, weekday_) || is_class(w, month_) || t.upos == "NUM" || w == "today" || w == "yesterday";
    });
  }

  // "urged the railroad to inspect", "asked the owners of the dam to repair": an infinitive
  // whose verb asks (ASKCUE) and whose verb's object phrase ends right before its "to" is what
  // that verb asks of the object, so it lies ahead ("forced airlines to cancel" is not).
  bool told_to(std::size_t at) const {
    static constexpr int kClimb = 6;
    const auto& toks = tagged_->tokens;
    const Sentence* s = sentence_containing(*tagged_, at);
    if (!s || toks[at].deprel != "xcomp" || toks[at].head < 0) return false;
    if (!is_class(toks[s->first_token + static_cast<std::size_t>(toks[at].head)].lemma, ask_)) return false;
    std::size_t k = at - 2;
    for (int step = 0; step < kClimb && toks[k].head >= 0; ++step) {
      if (toks[k].head == toks[at].head) return toks[k].deprel == "obj";
      k = s->first_token + static_cast<std::size_t>(toks[k].head);
    }
    return false;
  }

  // "voted to support", "came from behind to beat": a past verb at `last`, or before up to three
  // words of a particle or adverbial phrase that end there.
  bool past_verb_before(std::size_t last) const {
    const auto& toks = tagged_->tokens;
    for (std::size_t k = last; k + 4 > last; --k) {
      if (past_verb(toks[k])) return true;
      const std::string& tag = toks[k].xpos;
      if ((tag != "RB" && tag != "RP" && tag != "IN") || k == 0) return false;
    }
    return false;
  }

  static std::string lower_text(const Token& tok) {
    std::string w = tok.text;
    std::transform(w.begin(), w.end(), w.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return w;
  }

  // A past verb by its tag or its form: "voted", "declined" (the tagger often says VBN).
  bool past_verb(const Token& tok) const {
    if (tok.xpos == "VBD") return true;
    const std::string w = lower_text(tok);
    const Tense listed = lexicon_cue(w);
    if (listed != Tense::Unknown) return listed == Tense::Past;
    return tok.xpos == "VBN" && w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0;
  }

  Tense lexicon_cue(const std::string& w) const {
    const auto it = set_.lexicon.find(w);
    if (it == set_.lexicon.end()) return Tense::Unknown;
    for (const auto& e : it->second) {
      if (e.class_id == future_) return Tense::Future;
      if (e.class_id == past_) return Tense::Past;
      if (e.class_id == present_) return Tense::Present;
    }
    return Tense::Unknown;
  }

  bool is_class(const std::string& w, int c) const {
    const auto it = set_.lexicon.find(w);
    if (it == set_.lexicon.end()) return false;
    return std::any_of(it->second.begin(), it->second.end(), [c](const LexEntry& e) { return e.class_id == c; });
  }

  const Token* tagged_at(std::size_t byte) const { return tagged_token_at(*tagged_, byte); }

  static Tense from_tag(const Token& tok) {
    if (tok.xpos == "VBD") return Tense::Past;
    if (tok.xpos == "VBZ" || tok.xpos == "VBP") return Tense::Present;
    if (tok.xpos == "MD") {
      std::string w = tok.lemma.empty() ? tok.norm : tok.lemma;
      if (w.empty()) w = tok.text;
      std::transform(w.begin(), w.end(), w.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      if (is_future_modal(w)) return Tense::Future;
    }
    return Tense::Unknown;
  }

  const std::vector<ScanToken>& t_;
  const TokenizedText* tagged_;
  bool has_tags_ = false;
  int future_, past_, present_, not_past_, deadline_, effective_, due_, put_off_, month_, until_, measured_, unit_, numword_, defer_, schedule_,
      scheduled_noun_, deadline_noun_, take_effect_, promise_, arrange_, futurate_, weekday_, standard_, since_, earliest_, report_, past_aux_, sense_, perceiver_, ask_, forecast_,
      warn_of_, warning_noun_, hazard_, feeling_, timetable_, subordinator_, follow_;
  const TimexRuleSet& set_;
};

TenseFinder::TenseFinder(const TimexRuleSet& set, const std::vector<ScanToken>& tokens, const TokenizedText* tagged)
    : clause_(std::make_unique<const Clause>(set, tokens, tagged)) {}
TenseFinder::~TenseFinder() = default;

Tense TenseFinder::around(std::size_t begin, std::size_t end) const { return clause_->around(begin, end); }
Tense TenseFinder::preposition(std::size_t begin, std::size_t end) const { return clause_->preposition(begin, end); }
bool TenseFinder::until_deadline(std::size_t begin, std::size_t end) const { return clause_->until_deadline(begin, end); }
bool TenseFinder::hangs_on_own_past(std::size_t begin, std::size_t end) const { return clause_->hangs_on_own_past(begin, end); }
bool TenseFinder::hangs_on_time_ahead(std::size_t begin, std::size_t end) const {
  return clause_->hangs_on_time_ahead(begin, end);
}
bool TenseFinder::met_by_a_past_perfect(std::size_t begin, std::size_t end) const {
  return clause_->met_by_a_past_perfect(begin, end);
}
bool TenseFinder::dates_a_past_perfect(std::size_t begin, std::size_t end) const {
  return clause_->dates_a_past_perfect(begin, end);
}
bool TenseFinder::dates_its_verb(std::size_t begin, std::size_t end) const { return clause_->dates_its_verb(begin, end); }
bool TenseFinder::dates_its_verb_with_will(std::size_t begin, std::size_t end) const {
  return clause_->dates_its_verb(begin, end) && clause_->hangs_on_time_ahead(begin, end, true);
}
bool TenseFinder::dates_background(std::size_t begin, std::size_t end) const { return clause_->dates_background(begin, end); }
bool TenseFinder::dates_a_report(std::size_t begin, std::size_t end) const { return clause_->dates_a_report(begin, end); }
bool TenseFinder::ranked_before(std::size_t begin) const { return clause_->ranked_before(begin); }
bool TenseFinder::dates_what_preceded_a_past(std::size_t begin) const { return clause_->dates_what_preceded_a_past(begin); }
bool TenseFinder::present_perfect_before(std::size_t begin) const { return clause_->present_perfect_before(begin); }

}  // namespace chronograph::core
