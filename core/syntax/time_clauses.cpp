#include "core/syntax/time_clauses.h"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "core/syntax/sentences.h"
#include "core/syntax/subtree.h"

namespace chronograph::core {

namespace {

// "are examining", "examines": a verb whose own tag and auxiliaries say nothing of the past.
bool not_past(std::span<const Token> sentence, int verb) {
  const std::string& tag = sentence[static_cast<std::size_t>(verb)].xpos;
  if (tag == "VBD" || tag == "VBN") return false;
  return !has_child(sentence, verb, [](const Token& t) {
    return (t.deprel == "aux" || t.deprel == "aux:pass") && (t.xpos == "VBD" || t.lemma == "have");
  });
}

// Moves a clause hung on a noun to the verb that noun hangs on, as that verb's advcl; false when
// the noun hangs on no verb.
bool lift_to_verb_of_noun(std::span<Token> sentence, Token& clause) {
  const Token& noun = sentence[static_cast<std::size_t>(clause.head)];
  if (noun.head < 0 || !sentence[static_cast<std::size_t>(noun.head)].xpos.starts_with("VB")) return false;
  clause.head = noun.head;
  clause.deprel = "advcl";
  return true;
}

bool opened_by(std::span<const Token> sentence, int verb, std::initializer_list<std::string_view> words) {
  return has_child(sentence, verb, [&](const Token& t) {
    const std::string w = lowercase_ascii(t.text);
    return t.deprel == "mark" && std::find(words.begin(), words.end(), w) != words.end();
  });
}

}  // namespace

int attach_time_clauses_to_relative_clauses(std::span<Token> sentence) {
  int moved = 0;
  std::vector<std::pair<int, int>> span;
  for (int a = 1; a < static_cast<int>(sentence.size()); ++a) {
    Token& clause = sentence[static_cast<std::size_t>(a)];
    if (clause.deprel != "advcl" || clause.xpos != "VBD" || clause.head < 0 || clause.head > a) continue;
    if (!opened_by(sentence, a, {"before", "after"}) || !not_past(sentence, clause.head)) continue;
    if (span.empty()) span = extents(sentence);
    const int first = span[static_cast<std::size_t>(a)].first;
    for (int r = clause.head + 1; r < first; ++r) {
      const Token& relative = sentence[static_cast<std::size_t>(r)];
      if (relative.deprel != "acl:relcl" || relative.xpos != "VBD" || !is_ancestor(sentence, clause.head, r)) continue;
      if (span[static_cast<std::size_t>(r)].second != first - 1) continue;
      clause.head = r;
      ++moved;
      span.clear();
      break;
    }
  }
  return moved;
}

int attach_due_times_to_nouns(std::span<Token> sentence) {
  int moved = 0;
  for (int d = 1; d + 1 < static_cast<int>(sentence.size()); ++d) {
    Token& due = sentence[static_cast<std::size_t>(d)];
    if (lowercase_ascii(due.text) != "due" || due.deprel != "amod" || due.head <= d) continue;
    const int time = due.head, noun = d - 1;
    if (!sentence[static_cast<std::size_t>(noun)].xpos.starts_with("NN")) continue;
    Token& when = sentence[static_cast<std::size_t>(time)];
    if (!when.xpos.starts_with("NN") || when.head == noun) continue;
    const bool marked = has_child(sentence, time, [](const Token& t) { return t.deprel == "case"; });
    due.head = noun;
    when.head = d;
    when.deprel = marked ? "obl" : "obl:unmarked";
    ++moved;
  }
  return moved;
}

int attach_times_to_due_predicates(std::span<Token> sentence) {
  int moved = 0;
  for (int d = 1; d + 1 < static_cast<int>(sentence.size()); ++d) {
    Token& due = sentence[static_cast<std::size_t>(d)];
    if (lowercase_ascii(due.text) != "due" || due.deprel != "case" || due.head <= d) continue;
    const Token& be = sentence[static_cast<std::size_t>(d - 1)];
    if (be.lemma != "be" || be.head != due.head || lowercase_ascii(sentence[static_cast<std::size_t>(d + 1)].text) == "to")
      continue;
    const int time = due.head;
    Token& when = sentence[static_cast<std::size_t>(time)];
    // (the time keeps its own words: its preposition, article and modifiers after "due")
    for (Token& t : sentence)
      if (t.head == time && &t != &due && (&t < &due || t.deprel == "conj" || t.deprel == "parataxis" ||
                                            t.deprel == "advcl" || (t.deprel == "punct" && &t == &sentence.back())))
        t.head = d;
    due.head = when.head;
    due.deprel = when.deprel;
    due.upos = "ADJ";
    due.xpos = "JJ";
    const bool marked = has_child(sentence, time, [](const Token& t) { return t.deprel == "case"; });
    when.head = d;
    when.deprel = marked ? "obl" : "obl:unmarked";
    ++moved;
  }
  return moved;
}

int attach_scheduling_participles_to_nouns(std::span<Token> sentence) {
  static constexpr std::string_view kScheduling[] = {"scheduled", "planned", "slated", "set"};
  int moved = 0;
  for (int p = 1; p + 1 < static_cast<int>(sentence.size()); ++p) {
    Token& participle = sentence[static_cast<std::size_t>(p)];
    if (std::find(std::begin(kScheduling), std::end(kScheduling), lowercase_ascii(participle.text)) ==
        std::end(kScheduling))
      continue;
    // (only before "for": "the firm planned to cut jobs" and "planned on Monday to" are finite)
    if (lowercase_ascii(sentence[static_cast<std::size_t>(p + 1)].text) != "for") continue;
    if (has_child(sentence, p,
                  [](const Token& t) { return t.deprel.starts_with("nsubj") || t.deprel.starts_with("aux"); }))
      continue;
    // the noun right before it, or before the comma that opens it ("The vote, set for Tuesday,"),
    // adverbs of the participle aside ("the summit, originally planned for May,")
    int opens = p;
    while (opens > 1 && sentence[static_cast<std::size_t>(opens - 1)].upos == "ADV" &&
           sentence[static_cast<std::size_t>(opens - 1)].head == p)
      --opens;
    const bool comma = sentence[static_cast<std::size_t>(opens - 1)].text == ",";
    const int n = comma ? opens - 2 : opens - 1;
    if (n < 0 || !sentence[static_cast<std::size_t>(n)].xpos.starts_with("NN")) continue;
    const Token& noun = sentence[static_cast<std::size_t>(n)];
    // (set off by commas after the object, the parser may hang it on the object's verb)
    const bool object_clause = (n == p - 1 || comma) && participle.xpos == "VBN" && noun.deprel == "obj" &&
                               noun.head == participle.head;
    const bool loose_on_noun = participle.head == n && participle.deprel != "acl";
    if (!object_clause && !loose_on_noun) continue;
    participle.head = n;
    participle.deprel = "acl";
    participle.upos = "VERB";
    participle.xpos = "VBN";
    participle.feats = "Tense=Past|VerbForm=Part|Voice=Pass";
    ++moved;
  }
  return moved;
}

int attach_gerund_time_clauses_to_verbs(std::span<Token> sentence) {
  int moved = 0;
  for (int g = 1; g < static_cast<int>(sentence.size()); ++g) {
    Token& gerund = sentence[static_cast<std::size_t>(g)];
    if (gerund.deprel != "acl" || gerund.xpos != "VBG" || gerund.head < 0) continue;
    if (!opened_by(sentence, g, {"after", "before", "while", "since", "when"})) continue;
    if (!sentence[static_cast<std::size_t>(gerund.head)].xpos.starts_with("NN")) continue;
    if (lift_to_verb_of_noun(sentence, gerund)) ++moved;
  }
  return moved;
}

int attach_marked_times_to_main_verbs(std::span<Token> sentence) {
  int moved = 0;
  for (int n = 0; n < static_cast<int>(sentence.size()); ++n) {
    Token& time = sentence[static_cast<std::size_t>(n)];
    if ((time.deprel != "obl:unmarked" && time.deprel != "obl:npmod") || time.head <= n) continue;
    const Token& clause = sentence[static_cast<std::size_t>(time.head)];
    if (clause.deprel != "advcl" || clause.head < 0 || !opened_by(sentence, time.head, {"after", "before", "since"})) continue;
    if (!has_child(sentence, n, [](const Token& t) { return t.deprel == "case"; })) continue;
    time.head = clause.head;
    time.deprel = "obl";
    ++moved;
  }
  return moved;
}

int attach_phrases_before_conjuncts_to_first_verbs(std::span<Token> sentence) {
  int moved = 0;
  for (int c = 2; c < static_cast<int>(sentence.size()); ++c) {
    const Token& conjunct = sentence[static_cast<std::size_t>(c)];
    const int first = conjunct.head;
    if (conjunct.deprel != "conj" || conjunct.upos != "VERB" || first < 0 || first >= c ||
        sentence[static_cast<std::size_t>(first)].upos != "VERB")
      continue;
    // the comma and "but" or "and" that open the conjunct's clause
    int comma = c - 1;
    while (comma > first && !(sentence[static_cast<std::size_t>(comma)].text == "," &&
                              sentence[static_cast<std::size_t>(comma + 1)].upos == "CCONJ"))
      --comma;
    if (comma <= first) continue;
    for (int k = first + 1; k < comma; ++k) {
      Token& phrase = sentence[static_cast<std::size_t>(k)];
      if (phrase.head != c || !phrase.deprel.starts_with("obl")) continue;
      const std::vector<Token> before(sentence.begin(), sentence.end());
      phrase.head = first;
      if (kept_as_tree(sentence, before)) ++moved;
    }
  }
  return moved;
}

int attach_that_clauses_past_days(std::span<Token> sentence) {
  int moved = 0;
  for (int c = 0; c < static_cast<int>(sentence.size()); ++c) {
    Token& clause = sentence[static_cast<std::size_t>(c)];
    if (clause.deprel != "acl:relcl" || clause.head < 0 || clause.head >= c) continue;
    Token& day = sentence[static_cast<std::size_t>(clause.head)];
    const std::string word = lowercase_ascii(day.text);
    // ("told lawmakers last week that ...": a counted unit the DCT steps from is a day as well)
    const bool stepped = is_time_unit(word) && has_child(sentence, clause.head, [](const Token& t) {
      const std::string step = lowercase_ascii(t.text);
      return t.deprel == "amod" && (step == "last" || step == "this" || step == "next" || step == "past");
    });
    const bool named = is_day_word(word);
    if ((!named && !stepped) || day.head < 0 || day.head >= clause.head) continue;
    // the clause opens with "that" right after the day, and has a subject of its own
    const int that = clause.head + 1;
    Token& opener = sentence[static_cast<std::size_t>(that)];
    if (lowercase_ascii(opener.text) != "that" || opener.head != c) continue;
    if (!has_child(sentence, c, [&](const Token& t) { return t.deprel.starts_with("nsubj") && &t != &opener; })) continue;
    if (sentence[static_cast<std::size_t>(day.head)].upos != "VERB") continue;
    // the day dates the verb ("the Tuesday that the markets crashed" names a day)
    const bool dates_verb = day.deprel == "obl" || day.deprel == "obl:tmod" || day.deprel == "obl:npmod" || day.deprel == "obl:unmarked";
    if (!dates_verb || has_child(sentence, clause.head, [](const Token& t) { return t.deprel == "det"; })) continue;
    clause.head = day.head;
    clause.deprel = "ccomp";
    opener.upos = "SCONJ", opener.xpos = "IN", opener.feats.clear(), opener.deprel = "mark";
    ++moved;
  }
  return moved;
}

namespace {

bool time_unit(const Token& t) {
  return t.upos == "NOUN" && is_time_unit(lowercase_ascii(t.lemma.empty() ? t.text : t.lemma));
}

// "Saturday", "May", "today": a day or month by its name.
bool named_time(const Token& t) {
  const std::string w = lowercase_ascii(t.text);
  return is_day_word(w) || is_month_word(w);
}

// A time unit, or a part of the day or week ("the night", "the weekend").
bool unit_or_part_of_day(const Token& t) {
  static constexpr std::string_view kParts[] = {"morning", "afternoon", "evening", "night", "weekend"};
  const std::string w = lowercase_ascii(t.lemma.empty() ? t.text : t.lemma);
  return time_unit(t) || (t.upos == "NOUN" && std::find(std::begin(kParts), std::end(kParts), w) != std::end(kParts));
}

// "three weeks after the election": a counted time unit measuring a phrase "after" or "before" opens.
bool measures_time_phrase(std::span<const Token> sentence, int noun) {
  const auto counted = has_child(sentence, noun, [](const Token& t) { return t.deprel == "nummod" || t.deprel == "det"; });
  const auto n = static_cast<int>(sentence.size());
  for (int k = noun + 1; k < n && counted; ++k) {
    if (sentence[static_cast<std::size_t>(k)].head != noun || sentence[static_cast<std::size_t>(k)].deprel != "nmod") continue;
    return has_child(sentence, k, [](const Token& t) {
      const std::string w = lowercase_ascii(t.text);
      return t.deprel == "case" && (w == "after" || w == "before");
    });
  }
  return false;
}

bool has_subject(std::span<const Token> sentence, int verb, int besides) {
  const auto* first = sentence.data();
  return has_child(sentence, verb, [&](const Token& t) { return &t - first != besides && t.deprel.starts_with("nsubj"); });
}

}  // namespace

int attach_fronted_time_measures_to_verbs(std::span<Token> sentence) {
  const int n = static_cast<int>(sentence.size());
  for (int m = 0; m < n; ++m) {
    Token& measure = sentence[static_cast<std::size_t>(m)];
    if (!time_unit(measure) || !measures_time_phrase(sentence, m)) continue;
    if (measure.deprel == "nsubj" && measure.head > m && has_subject(sentence, measure.head, m)) {
      measure.deprel = "obl:unmarked";
      return 1;
    }
    if (measure.head >= 0) continue;
    for (int v = m + 1; v < n; ++v) {
      Token& verb = sentence[static_cast<std::size_t>(v)];
      if (verb.head != m || verb.upos != "VERB" || !has_subject(sentence, v, m)) continue;
      for (int k = v + 1; k < n; ++k)
        if (sentence[static_cast<std::size_t>(k)].head == m) sentence[static_cast<std::size_t>(k)].head = v;
      verb.head = -1;
      verb.deprel = "root";
      measure.head = v;
      measure.deprel = "obl:unmarked";
      return 1;
    }
  }
  return 0;
}

int attach_purpose_infinitives_to_verbs(std::span<Token> sentence) {
  int moved = 0;
  for (int v = 0; v < static_cast<int>(sentence.size()); ++v) {
    Token& infinitive = sentence[static_cast<std::size_t>(v)];
    if (infinitive.deprel != "acl" || infinitive.xpos != "VB" || infinitive.head < 0 || !opened_by(sentence, v, {"to"})) continue;
    // "for years to come", "in the months to follow": the time ahead, no aim
    const std::string verb = lowercase_ascii(infinitive.text);
    if (verb == "come" || verb == "follow") continue;
    const Token& time = sentence[static_cast<std::size_t>(infinitive.head)];
    if (!unit_or_part_of_day(time) || !time.deprel.starts_with("obl")) continue;
    if (lift_to_verb_of_noun(sentence, infinitive)) ++moved;
  }
  return moved;
}

int attach_clauses_on_days_to_verbs(std::span<Token> sentence) {
  int moved = 0;
  for (Token& clause : sentence) {
    if (clause.deprel != "advcl" || clause.head < 0) continue;
    const Token& day = sentence[static_cast<std::size_t>(clause.head)];
    if (!(named_time(day) || unit_or_part_of_day(day))) continue;
    // up through the nouns the day hangs on ("walked out of the talks on Monday" with "Monday"
    // on "talks") to the verb
    int verb = clause.head;
    for (int steps = 0; steps < 3 && verb >= 0 && sentence[static_cast<std::size_t>(verb)].upos != "VERB"; ++steps) {
      const Token& up = sentence[static_cast<std::size_t>(verb)];
      const bool nominal = up.deprel.starts_with("obl") || up.deprel.starts_with("nmod") || up.deprel == "obj";
      verb = nominal ? up.head : -1;
    }
    if (verb < 0 || sentence[static_cast<std::size_t>(verb)].upos != "VERB") continue;
    clause.head = verb;
    ++moved;
  }
  return moved;
}

namespace {

// "for six years", "two weeks": a time that measures how long, not when.
bool measures_time(std::span<const Token> sentence, int time) {
  return has_child(sentence, time, [](const Token& t) {
    const std::string w = lowercase_ascii(t.text);
    return t.deprel == "nummod" || (t.deprel == "case" && (w == "for" || w == "over" || w == "within"));
  });
}

// "after an inspection", "following the defeat": a noun that a preposition of order opens.
bool opened_noun(std::span<const Token> sentence, int noun) {
  if (sentence[static_cast<std::size_t>(noun)].upos != "NOUN") return false;
  return has_child(sentence, noun, [](const Token& t) {
    const std::string w = lowercase_ascii(t.text);
    return t.deprel == "case" && (w == "after" || w == "before" || w == "following");
  });
}

}  // namespace

int attach_times_to_nouns_after_dated_verbs(std::span<Token> sentence) {
  const int size = static_cast<int>(sentence.size());
  const auto span = extents(sentence);
  const auto names_time = [&](int k) {
    const Token& t = sentence[static_cast<std::size_t>(k)];
    return named_time(t) || unit_or_part_of_day(t);
  };
  int moved = 0;
  for (int k = 1; k < size; ++k) {
    Token& time = sentence[static_cast<std::size_t>(k)];
    if (!time.deprel.starts_with("obl") || time.head < 0 || !names_time(k) || measures_time(sentence, k)) continue;
    const int verb = time.head;
    // the noun whose phrase ends right before the time's and that "after", "before" or
    // "following" opens, inside the verb's phrase
    const int before = span[static_cast<std::size_t>(k)].first - 1;
    int noun = before;
    while (noun >= 0 && noun != verb && span[static_cast<std::size_t>(noun)].second == before && !opened_noun(sentence, noun))
      noun = sentence[static_cast<std::size_t>(noun)].head;
    if (noun < 0 || noun == verb || !opened_noun(sentence, noun) || !is_ancestor(sentence, verb, noun)) continue;
    // ... and the verb's own time comes before that phrase
    const int opener = span[static_cast<std::size_t>(noun)].first;
    bool dated_before = false;
    for (int j = 0; j < opener && !dated_before; ++j) dated_before = names_time(j) && is_ancestor(sentence, verb, j);
    if (!dated_before) continue;
    time.head = noun;
    time.deprel = has_child(sentence, k, [](const Token& t) { return t.deprel == "case"; }) ? "nmod" : "nmod:unmarked";
    ++moved;
  }
  return moved;
}

namespace {

// Whether the words from `first` name a date: a month, a weekday, "today", "next", a year.
bool opens_a_date(std::span<const Token> sentence, std::size_t first) {
  if (first >= sentence.size()) return false;
  const std::string word = lowercase_ascii(sentence[first].text);
  std::string bare = word;
  if (!bare.empty() && bare.back() == '.') bare.pop_back();
  return is_month_word(bare) || is_day_word(word) || is_year_word(word) || word == "next" || word == "this";
}

}  // namespace

int prepositions_from_starting_words(std::span<Token> sentence) {
  int moved = 0;
  for (std::size_t w = 0; w + 1 < sentence.size(); ++w) {
    Token& word = sentence[w];
    const std::string lower = lowercase_ascii(word.text);
    if ((lower != "starting" && lower != "beginning" && lower != "effective") || !opens_a_date(sentence, w + 1)) continue;
    if ((word.xpos != "VBG" && word.xpos != "JJ") || has_child(sentence, static_cast<int>(w), [](const Token& t) {
          return t.deprel.starts_with("nsubj") || t.deprel == "det";
        }))
      continue;
    const std::vector<Token> before(sentence.begin(), sentence.end());
    if (word.head > static_cast<int>(w)) {  // the date's modifier ("beginning" on "Monday")
      Token& date = sentence[static_cast<std::size_t>(word.head)];
      if (date.deprel == "obj" || date.deprel.starts_with("obl")) date.deprel = "obl";
    } else {  // the date's verb ("Starting Monday, ...", "starting October 16")
      int date = -1;
      for (std::size_t k = w + 1; k < sentence.size() && date < 0; ++k)
        if (sentence[k].head == static_cast<int>(w) && sentence[k].upos != "PUNCT") date = static_cast<int>(k);
      if (date < 0) continue;
      for (Token& t : sentence)  // (what else hung on the word goes with the date, the date on the word's head)
        if (t.head == static_cast<int>(w)) t.head = date;
      Token& head = sentence[static_cast<std::size_t>(date)];
      head.head = word.head;
      head.deprel = word.head < 0 ? "root" : "obl";
      word.head = date;
    }
    word.deprel = "case";
    word.upos = "ADP";
    word.xpos = "IN";
    if (!kept_as_tree(sentence, before)) continue;
    ++moved;
  }
  return moved;
}

int attach_since_dates_to_participles(std::span<Token> sentence) {
  int moved = 0;
  const std::vector<Token> before(sentence.begin(), sentence.end());
  for (int m = 1; m + 1 < static_cast<int>(sentence.size()); ++m) {
    Token& since = sentence[static_cast<std::size_t>(m)];
    const std::string word = lowercase_ascii(since.text);
    if ((word != "since" && word != "until") || (since.deprel != "mark" && since.deprel != "case") || since.head < 0) continue;
    const Token& participle = sentence[static_cast<std::size_t>(m - 1)];
    if (participle.xpos != "VBN" || participle.deprel != "acl") continue;
    const int verb = since.head, d = m + 1;
    Token& date = sentence[static_cast<std::size_t>(d)];
    // (hung beside "since" on the main verb, as its subject or oblique: no phrase of its own)
    if (date.head != verb || (date.upos != "NUM" && date.upos != "PROPN")) continue;
    const std::string& host = sentence[static_cast<std::size_t>(verb)].upos;
    if (host == "NOUN" || host == "PROPN") continue;  // ("officials postponed until Tuesday any action": another misparse)
    since.head = d;
    since.deprel = "case";
    date.head = m - 1;
    date.deprel = "obl";
    // (a clause the date took: "after receiving 90 reports" is the main verb's)
    for (Token& t : sentence)
      if (t.head == d && t.deprel == "advcl") t.head = verb;
    ++moved;
  }
  if (moved > 0 && !is_tree(sentence)) {
    std::copy(before.begin(), before.end(), sentence.begin());
    return 0;
  }
  return moved;
}

namespace {

// The noun "since" (or "until", ...) heads when it is the `mark` of a verb before it, with that
// verb's subject after it and no verb of its own after it; -1 otherwise.
int subject_after_stray_mark(std::span<const Token> sentence, int w) {
  const Token& mark = sentence[static_cast<std::size_t>(w)];
  if (mark.deprel != "mark" || mark.head < 0 || mark.head > w) return -1;
  const int n = static_cast<int>(sentence.size());
  int noun = w + 1;
  while (noun < n && sentence[static_cast<std::size_t>(noun)].head != mark.head) ++noun;
  if (noun == n || !sentence[static_cast<std::size_t>(noun)].deprel.starts_with("nsubj")) return -1;
  const bool own_verb = std::any_of(sentence.begin() + w + 1, sentence.end(), [](const Token& t) { return t.upos == "VERB" || t.upos == "AUX"; });
  return own_verb ? -1 : noun;
}

}  // namespace

int prepositions_from_marks_after_their_verbs(std::span<Token> sentence) {
  static constexpr std::string_view kMarks[] = {"since", "until", "before", "after"};
  int moved = 0;
  for (int w = 1; w + 1 < static_cast<int>(sentence.size()); ++w) {
    Token& word = sentence[static_cast<std::size_t>(w)];
    if (std::find(std::begin(kMarks), std::end(kMarks), lowercase_ascii(word.text)) == std::end(kMarks)) continue;
    const int noun = subject_after_stray_mark(sentence, w);
    if (noun < 0) continue;
    sentence[static_cast<std::size_t>(noun)].deprel = "obl";
    word.head = noun, word.deprel = "case", word.upos = "ADP", word.xpos = "IN";
    ++moved;
    for (Token& t : sentence)
      if (t.head == noun && t.deprel == "flat" && t.upos == "NUM" && sentence[static_cast<std::size_t>(noun)].upos == "NOUN") t.deprel = "nummod";
  }
  return moved;
}

}  // namespace chronograph::core
