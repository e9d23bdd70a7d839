#include "core/syntax/morphosyntax.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/common/data_dir.h"
#include "core/syntax/amounts.h"
#include "core/syntax/clause_subjects.h"
#include "core/syntax/count_opening_verbs.h"
#include "core/syntax/finite_conjuncts.h"
#include "core/syntax/perfect_after_time_phrase.h"
#include "core/syntax/coordinated_subjects.h"
#include "core/syntax/date_ranges.h"
#include "core/syntax/gerund_subjects.h"
#include "core/syntax/headline_verbs.h"
#include "core/syntax/noun_verb_slots.h"
#include "core/syntax/object_control.h"
#include "core/syntax/participle_before_as.h"
#include "core/syntax/opening_clauses.h"
#include "core/syntax/ordinal_conjuncts.h"
#include "core/syntax/penn_tags.h"
#include "core/syntax/preposition_clauses.h"
#include "core/syntax/present_after_subject_noun.h"
#include "core/syntax/relative_clauses.h"
#include "core/syntax/reported_clauses.h"
#include "core/syntax/second_subjects.h"
#include "core/syntax/sentences.h"
#include "core/syntax/subject_appositions.h"
#include "core/syntax/stranded_conjuncts.h"
#include "core/syntax/subtree.h"
#include "core/syntax/tagger_repairs.h"
#include "core/syntax/time_clauses.h"

namespace chronograph::core {

MorphoSyntax MorphoSyntax::load(const DataDir& data) { return load_from(data.model("")); }

MorphoSyntax MorphoSyntax::load_from(const std::filesystem::path& models_dir) {
  // In this order, so that a missing models folder is reported as its first file.
  Tagger tagger = Tagger::load(models_dir / "tagger.bin");
  Lemmatizer lemmatizer = Lemmatizer::load(models_dir / "lemmatizer.bin");
  Parser parser = Parser::load(models_dir / "parser.bin");
  return MorphoSyntax(std::move(tagger), std::move(lemmatizer), std::move(parser));
}

void MorphoSyntax::tag(TokenizedText& text) const {
  for (const std::span<Token> sentence : sentence_spans(text)) {
    tagger_.tag(sentence);
    number_from_cardinal_word(sentence);
    amount_tags_from_currency_signs(sentence);
    lemmatize(sentence);
  }
}

void MorphoSyntax::lemmatize(std::span<Token> sentence) const {
  lemmatizer_.lemmatize(sentence);
  for (Token& token : sentence) strong_past_lemma(token, tagger_.word_classes());
}

namespace {

// A participle in "-ed" is a past tense too; an irregular one only when seen as one ("taken" never is).
std::function<bool(const std::string&)> participle_also_past(const Tagger& tagger) {
  return [&tagger](const std::string& lower) { return lower.ends_with("ed") || tagger.seen_as(lower, "VBD"); };
}

// A past form, or a participle that is also the base form ("shut", "cost", "hurt"): the past of
// such a verb looks the same, though the treebank may never show it (the lemmatizer has it from
// data/syntax/irregular_verbs.tsv: "The strike in May cost $200 million").
// ("come", "become", "run" and their kin are participles like their base forms, but not pasts.)
std::function<bool(const std::string&)> past_or_invariant(const Tagger& tagger, const Lemmatizer& lemmatizer) {
  return [&tagger, &lemmatizer](const std::string& lower) {
    if (tagger.seen_as(lower, "VBD") || lemmatizer.known_past(lower)) return true;
    if (lower.ends_with("come") || lower.ends_with("run")) return false;
    return tagger.seen_as(lower, "VBN") && (tagger.seen_as(lower, "VB") || tagger.seen_as(lower, "VBP"));
  };
}

// What the tagger saw a word as, where a past tense may also be a participle that is the base
// form too ("The judge [set] sentencing for March 20.": the treebank shows "set" as no past).
std::function<bool(const std::string&, std::string_view)> past_or_seen_as(const Tagger& tagger, const Lemmatizer& lemmatizer) {
  return [&tagger, past = past_or_invariant(tagger, lemmatizer)](const std::string& lower, std::string_view xpos) {
    return xpos == "VBD" ? past(lower) : tagger.seen_as(lower, xpos);
  };
}

// The tags a first parse shows wrong (tagger_repairs.h); true when the sentence needs parsing again.
bool retag_from_parse(std::span<Token> sentence, const Tagger& tagger, const Lemmatizer& lemmatizer) {
  const auto past_form = [&](const std::string& lower) { return tagger.seen_as(lower, "VBD"); };
  const auto participle_form = [&](const std::string& lower) { return tagger.seen_as(lower, "VBN"); };
  const auto also_past = participle_also_past(tagger);
  // (a regular past is a participle too, though the treebank may show it only as one of them)
  const auto regular_or_participle = [&](const std::string& lower) { return lower.ends_with("ed") || participle_form(lower); };
  const auto& classes = tagger.word_classes();
  return participle_before_agent(sentence, regular_or_participle) ||
         present_verb_before_participle_noun(sentence, classes) || finite_verb_from_participle(sentence) ||
         finite_verb_after_clause_opener(sentence) || past_verb_closing_opened_clause(sentence, past_or_invariant(tagger, lemmatizer)) ||
         noun_from_gerund_before_past_verb(sentence, classes) ||
         finite_verb_from_second_subject(sentence) ||
         finite_verb_after_opening_subject(sentence, also_past) || past_verb_after_opening_count(sentence, also_past) ||
         finite_verb_before_time_clause(sentence, also_past) ||
         past_verb_from_adjective_after_names(sentence, also_past) ||
         past_verb_from_adjective_with_subject(sentence, also_past) ||
         finite_verb_after_apposition(sentence, also_past) ||
         finite_verb_before_root_infinitive(sentence, also_past) ||
         past_verb_closing_attribution(sentence, past_form) ||
         finite_verb_from_compound_head(sentence, past_form) ||
         finite_verb_from_plural_noun(sentence) ||
         present_verb_conjoined_to_present_verb(sentence, classes) || noun_from_present_after_count(sentence, classes) ||
         noun_from_present_before_past_verb(sentence, classes) ||
         verb_in_verbless_sentence(sentence, past_or_seen_as(tagger, lemmatizer)) ||
         present_verb_in_opening_quote(sentence, classes) ||
         present_verb_after_subject_noun(sentence, classes, [&](const std::string& w, std::string_view xpos) { return tagger.seen_as(w, xpos); }) ||
         participle_from_reduced_relative(sentence, participle_form) ||
         present_verb_after_relative_clause(sentence, classes) ||
         present_verb_in_clause_after_opener(sentence, classes, [&](const std::string& w) { return tagger.seen_as(w, "NNS"); }) ||
         noun_from_base_form_after_indefinite_noun(sentence, classes) ||
         participle_before_dated_phrase(sentence, participle_form) ||
         participle_after_perfect_time_phrase(sentence, participle_form) ||
         present_verb_after_name_in_clause(sentence, classes) || present_verb_before_infinitive_after_name(sentence, classes) ||
         finite_verb_after_relative_clause(sentence, also_past) ||
         finite_verb_from_clause_noun(sentence, classes) ||
         noun_from_adjective_after_noun(sentence, classes) || noun_from_adjective_before_verb(sentence, classes) ||
         noun_from_gerund_between_determiner_and_noun(sentence) ||
         preposition_from_near(sentence) || determiner_from_that_before_noun(sentence) ||
         adverb_from_stranded_preposition(sentence) ||
         noun_from_present_verb_after_clause_opener(sentence, classes) ||
         verb_after_modal(sentence, classes) || verb_after_infinitive_to(sentence, classes) ||
         noun_from_gerund(sentence, classes) ||
         noun_from_object_participle(sentence, classes) || noun_from_participle_closing_compound(sentence, classes) ||
         word_from_impossible_verb(sentence, classes) || verb_from_open_class_auxiliary(sentence) || noun_from_age(sentence) ||
         noun_after_coordinated_adjectives(sentence, classes) ||
         noun_from_verb_in_noun_slot(sentence, classes, [&](const std::string& w) { return tagger.seen_as(w, "VBZ"); }) ||
         noun_from_bare_base_form(sentence, classes) ||
         participle_closing_a_period(sentence);
}

// The tags and arcs a final parse still gets wrong, mended in place (no parsing again).
void mend_final_parse(std::span<Token> sentence, const Tagger& tagger, const Lemmatizer& lemmatizer, bool first) {
  common_noun_opening_sentence(sentence, [&tagger](const std::string& lower, std::string_view xpos) { return tagger.seen_as(lower, xpos); });
  root_from_main_clause_after_opening_clause(sentence);  // (first: the tag mends below look at the root)
  oblique_from_with_phrase_subject(sentence);
  present_from_base_form_after_subject(sentence);
  past_from_present_after_singular_subject(sentence, past_or_invariant(tagger, lemmatizer));
  past_from_present_on_a_past_day(sentence, past_or_invariant(tagger, lemmatizer));
  finite_verb_from_root_participle(sentence, participle_also_past(tagger));
  if (first) passive_headline(sentence, tagger.word_classes());
  subject_from_root_amount(sentence);
  give_amounts_their_nouns(sentence);
  give_counts_their_plural_nouns(sentence);
  keep_date_ranges_together(sentence);
  subject_from_gerund_noun(sentence);
  attach_relative_clauses_to_their_nouns(sentence);
  attach_that_clauses_past_partner_names(sentence);
  give_subjects_their_verbs_after_relative_clauses(sentence);
  give_subjects_their_verbs_read_as_modifiers(sentence);
  give_subjects_their_verbs_inside_relative_clauses(sentence);
  verb_after_infinitive_relative(sentence);
  join_conjuncts_to_relative_clauses(sentence);
  give_relative_clauses_their_counted_times(sentence);
  participle_from_compound_before_infinitive(sentence);
  participle_before_as_phrase(sentence);
  object_from_infinitive_subject(sentence);
  attach_told_infinitives_to_their_verbs(sentence);
  attach_statements_to_reporting_verbs(sentence);
  attach_speech_conjuncts_to_reporting_verbs(sentence);
  oblique_from_subject_with_preposition(sentence);
  oblique_from_clock_time_subject(sentence);
  subject_from_opening_count(sentence);
  subject_from_unmarked_count(sentence);
  subject_from_date_apposition(sentence);
  subject_from_dated_oblique(sentence);
  join_neither_nor_subjects(sentence);
  join_coordinated_subjects(sentence);
  join_coordinated_adjectives(sentence);
  join_descriptor_subjects(sentence);
  give_root_descriptors_their_names(sentence);
  give_object_descriptors_their_names(sentence);
  attach_closing_attributions(sentence);
  attach_zero_relatives_to_singular_heads(sentence);  // (after: it may take such a clause for an attribution)
  attach_result_participles_past_attributions(sentence);
  attach_speech_participles_to_reporting_verbs(sentence);
  join_between_pairs(sentence);
  give_clauses_subjects(sentence);
  give_stranded_conjuncts_their_verbs(sentence);
  give_conjoined_clauses_subjects(sentence);
  give_conjoined_verbs_their_objects(sentence);
  give_fronted_obliques_their_clauses(sentence);
  give_adverbial_clauses_subjects(sentence);
  give_stranded_subjects_verbs(sentence);
  give_counted_time_clauses_subjects(sentence);
  give_prepositional_clauses_subjects(sentence);
  give_with_phrases_back_to_nouns(sentence);
  give_participles_their_objects(sentence);
  give_split_perfects_their_participles(sentence);
  give_finite_conjuncts_finite_heads(sentence);  // (after the split perfects: "has since 1999 cut")
  give_ordinal_conjuncts_their_verbs(sentence);  // (first: it may leave a root noun its verb)
  give_root_nouns_their_verbs(sentence);
  verb_after_participle_between_commas(sentence);
  verb_from_participle_before_conjunct(sentence);
  attach_agent_participles_to_nouns(sentence);
  clauses_from_time_prepositions(sentence);  // (after join_between_pairs: "talks between the union and ...")
  attach_phrases_to_their_time_clauses(sentence);
  attach_time_clauses_to_relative_clauses(sentence);
  attach_gerund_time_clauses_to_verbs(sentence);
  attach_since_dates_to_participles(sentence);
  attach_due_times_to_nouns(sentence);
  attach_times_to_due_predicates(sentence);
  attach_scheduling_participles_to_nouns(sentence);
  attach_marked_times_to_main_verbs(sentence);
  attach_phrases_before_conjuncts_to_first_verbs(sentence);
  attach_fronted_time_measures_to_verbs(sentence);
  attach_purpose_infinitives_to_verbs(sentence);
  attach_clauses_on_days_to_verbs(sentence);
  attach_times_to_nouns_after_dated_verbs(sentence);
  prepositions_from_starting_words(sentence);
  attach_that_clauses_past_days(sentence);
  attach_conditions_to_reported_clauses(sentence);
  lift_words_off_punctuation(sentence);
  prepositions_from_marks_after_their_verbs(sentence);  // (after the lift: the parser may hang the mark on the full stop)
  measure_before_for_period(sentence);  // (after the lift: the parser may hang the verb on the full stop)
  elided_clause_from_second_subject(sentence);
  existential_conjuncts_to_verbs(sentence);
  one_subject_per_verb(sentence);  // (last: earlier repairs may give a verb a second subject)
}

}  // namespace

// retag_from_parse, with the lemma of each word it made a verb ("delayed" -> "delay").
bool MorphoSyntax::retag(std::span<Token> sentence) const {
  std::vector<std::string> upos;
  for (const auto& t : sentence) upos.push_back(t.upos);
  if (!retag_from_parse(sentence, tagger_, lemmatizer_)) return false;
  for (std::size_t k = 0; k < sentence.size(); ++k)
    if (sentence[k].upos == "VERB" && upos[k] != "VERB") lemmatize(sentence.subspan(k, 1));
  return true;
}

void MorphoSyntax::annotate_sentence(std::span<Token> sentence, bool first) const {
  const auto& classes = tagger_.word_classes();
  tagger_.tag(sentence);
  number_from_cardinal_word(sentence);
  amount_tags_from_currency_signs(sentence);
  participle_from_hyphenated_verb(sentence, [this](const std::string& lower) { return tagger_.seen_as(lower, "VBN"); });
  noun_from_hyphenated_phrasal_verb(sentence);
  if (annotate_clauses_around_semicolon(sentence, first) || annotate_without_hedge(sentence, first)) return;
  lemmatize(sentence);
  parser_.parse(sentence);
  if (name_from_initial_verb(sentence) || name_from_capitals_after_the(sentence) ||
      name_from_capital_pronoun_before_noun(sentence) || name_from_initial_adjectives(sentence) ||
      name_from_capitalised_run(sentence) || name_from_capitalised_base_form(sentence))
    parser_.parse(sentence);
  const bool noun_first = noun_from_initial_verb_before_preposition(sentence, classes) ||
                          noun_from_initial_verb_before_subject(sentence, classes);
  const bool past_found = past_verb_from_impossible_word(sentence, classes);
  if (past_found) lemmatize(sentence);
  // (one verb a call: a headline's second clause has its own, "as envoys race")
  bool headline_verb = false;
  for (int clause = 0; first && clause < 3 && present_verb_in_headline(sentence, classes); ++clause) headline_verb = true;
  if (headline_verb) lemmatize(sentence);
  if (noun_first || past_found || headline_verb) parser_.parse(sentence);
  // Repairs run in rounds, each on the parse the last one gave, as a repair's new parse can show
  // another's mistake ("The chief executive of Lumera, Daniel Okoye, resigned, a week after an
  // inquiry found errors": "resigned", then "found", then "executive" as a noun).
  for (int round = 0; round < 4 && retag(sentence); ++round) parser_.parse(sentence);
  mend_final_parse(sentence, tagger_, lemmatizer_, first);
  annotate_after_fronted_phrase(sentence);
  annotate_without_apposition(sentence, first);
}

namespace {

constexpr std::size_t kMaxFrontedWords = 6;


// The comma that closes a phrase opening the sentence: a phrase of at most six words with no
// verb that opens with a preposition or an adverb ("On Tuesday", "Earlier this month", "In
// Bologna") or names a time ("Last week", "This year"). Zero when there is none.
std::size_t fronted_phrase_end(std::span<const Token> sentence) {
  std::size_t comma = 0;
  for (std::size_t k = 1; k <= kMaxFrontedWords && k < sentence.size(); ++k)
    if (sentence[k].text == ",") { comma = k; break; }
  if (comma == 0 || comma + 3 > sentence.size()) return 0;
  bool time = false;
  for (std::size_t k = 0; k < comma; ++k) {
    const Token& t = sentence[k];
    if (t.xpos.starts_with("VB") || t.xpos == "MD" || t.upos == "PUNCT") return 0;
    const std::string lower = lowercase_ascii(t.text);
    time = time || is_time_unit(lower) || is_day_word(lower);
  }
  const std::string& opener = sentence[0].upos;
  return time || opener == "ADP" || opener == "ADV" ? comma : 0;
}

// How a fronted phrase hangs on the verb: a preposition's phrase is an oblique, a bare noun
// phrase of time an unmarked one ("Last week"), anything else a modifier ("Meanwhile").
std::string fronted_relation(std::span<const Token> phrase, int head) {
  const Token& h = phrase[static_cast<std::size_t>(head)];
  const bool marked = std::any_of(phrase.begin(), phrase.end(), [&](const Token& t) {
    return t.deprel == "case" && t.head == head;
  });
  if (marked) return "obl";
  if (h.upos == "NOUN" || h.upos == "PROPN" || h.upos == "NUM") return "obl:unmarked";
  return "advmod";
}

// "Last Friday" read alone with the adjective for its root and the day its `parataxis`: a
// phrase that ends in a noun hung on an adjective or determiner before it is that noun's, which
// becomes the root (the adjective its `amod`, the determiner its `det`). Returns the root.
int root_noun_of_phrase(std::span<Token> phrase, int root) {
  const int last = static_cast<int>(phrase.size()) - 1;
  Token& head = phrase[static_cast<std::size_t>(root)];
  Token& noun = phrase[static_cast<std::size_t>(last)];
  const bool modifier = head.upos == "ADJ" || head.upos == "DET";
  if (!modifier || last <= root || noun.head != root || (noun.upos != "NOUN" && noun.upos != "PROPN")) return root;
  for (Token& t : phrase)
    if (t.head == root) t.head = last;
  noun.head = -1, noun.deprel = "root";
  head.head = last, head.deprel = head.upos == "ADJ" ? "amod" : "det";
  return last;
}

}  // namespace

bool MorphoSyntax::annotate_after_fronted_phrase(std::span<Token> sentence) const {
  const std::size_t comma = fronted_phrase_end(sentence);
  if (comma == 0) return false;
  const int root = root_of(sentence);
  if (root < 0 || (sentence[static_cast<std::size_t>(root)].upos == "VERB" && root > static_cast<int>(comma))) return false;
  std::vector<Token> rest(sentence.begin() + static_cast<std::ptrdiff_t>(comma + 1), sentence.end());
  annotate_sentence(rest, false);
  const int rest_root = root_of(rest);
  if (rest_root < 0 || rest[static_cast<std::size_t>(rest_root)].upos != "VERB") return false;
  std::vector<Token> phrase(sentence.begin(), sentence.begin() + static_cast<std::ptrdiff_t>(comma));
  annotate_sentence(phrase, false);
  if (root_of(phrase) < 0) return false;
  const int phrase_root = root_noun_of_phrase(phrase, root_of(phrase));
  const int offset = static_cast<int>(comma + 1);
  const std::string relation = fronted_relation(phrase, phrase_root);
  for (std::size_t k = 0; k < phrase.size(); ++k) sentence[k] = std::move(phrase[k]);
  sentence[static_cast<std::size_t>(phrase_root)].head = rest_root + offset;
  sentence[static_cast<std::size_t>(phrase_root)].deprel = relation;
  sentence[comma].head = phrase_root, sentence[comma].deprel = "punct";
  for (std::size_t k = 0; k < rest.size(); ++k) {
    Token& to = sentence[comma + 1 + k];
    to = std::move(rest[k]);
    if (to.head >= 0) to.head += offset;
  }
  return true;
}

bool MorphoSyntax::annotate_clauses_around_semicolon(std::span<Token> sentence, bool first) const {
  constexpr std::size_t kMinClauseWords = 3;
  const auto semicolon = std::find_if(sentence.begin(), sentence.end(), [](const Token& t) { return t.text == ";"; });
  const auto k = static_cast<std::size_t>(semicolon - sentence.begin());
  // (a headline's semicolon is left to the headline's own reading: "Canal reopens; backlog to clear")
  if (semicolon == sentence.end() || k < kMinClauseWords || sentence.size() - k <= kMinClauseWords || reads_as_headline(sentence))
    return false;
  std::vector<Token> left(sentence.begin(), semicolon + 1);
  left.back().text = left.back().norm = ".";
  annotate_sentence(left, first);
  std::vector<Token> right(semicolon + 1, sentence.end());
  annotate_sentence(right, false);
  const int left_root = root_of(left), right_root = root_of(right);
  if (left_root < 0 || right_root < 0 || left[static_cast<std::size_t>(left_root)].upos != "VERB" ||
      right[static_cast<std::size_t>(right_root)].upos != "VERB")
    return false;
  const int offset = static_cast<int>(k + 1);
  for (std::size_t i = 0; i < k; ++i) sentence[i] = std::move(left[i]);
  Token& mark = sentence[k];
  mark.upos = "PUNCT", mark.xpos = ",", mark.feats.clear(), mark.lemma = ";";
  mark.head = right_root + offset, mark.deprel = "punct";
  for (std::size_t i = 0; i < right.size(); ++i) {
    Token& to = sentence[k + 1 + i];
    to = std::move(right[i]);
    to.head = to.head < 0 ? left_root : to.head + offset;
    if (to.head == left_root && static_cast<int>(i) == right_root) to.deprel = "parataxis";
  }
  Token& stop = sentence.back();  // (the full stop closes the whole sentence: it hangs on its root)
  if (stop.upos == "PUNCT" && stop.head == right_root + offset) stop.head = left_root;
  return true;
}

namespace {

// Whether the words before a noun phrase leave it a clause's subject: no verb, or one of saying
// or finding ("said its profit", "showed that sales"), or "that" after the last verb.
bool opens_a_clause(std::span<const Token> before) {
  static constexpr std::string_view kSaying[] = {"said",  "says",  "reported", "reports", "announced", "added",
                                                 "showed", "shows", "found",   "expects", "believes",  "estimated"};
  for (std::size_t k = before.size(); k-- > 0;) {
    const Token& t = before[k];
    const std::string lower = lowercase_ascii(t.text);
    if (lower == "that") return true;
    if (t.xpos.starts_with("VB") || t.xpos == "MD")
      return std::find(std::begin(kSaying), std::end(kSaying), lower) != std::end(kSaying);
  }
  return true;
}

// Where "more than" or "less than" stands right after a clause's subject and before its verb
// ("its profit more than doubled"); none after a verb or an object, where it compares ("rose
// more than expected", "charged customers more than allowed"). A sentence's one opening word
// counts as the subject whatever its tag ("Profit more than doubled").
std::optional<std::size_t> hedge_before_verb(std::span<const Token> sentence) {
  for (std::size_t k = 1; k + 2 < sentence.size(); ++k) {
    const std::string word = lowercase_ascii(sentence[k].text);
    if ((word != "more" && word != "less") || lowercase_ascii(sentence[k + 1].text) != "than") continue;
    const std::string& verb = sentence[k + 2].xpos;
    if (verb != "VBD" && verb != "VBN" && verb != "VBZ" && verb != "VBP") continue;
    const std::string before = lowercase_ascii(sentence[k - 1].text);
    const bool subject_pronoun = before == "he" || before == "she" || before == "it" || before == "we" || before == "they";
    const bool subject = (sentence[k - 1].xpos.starts_with("NN") || subject_pronoun) && opens_a_clause(sentence.first(k));
    if (subject || (k == 1 && std::isupper(static_cast<unsigned char>(sentence[0].text[0])))) return k;
  }
  return std::nullopt;
}

}  // namespace

// "its profit [more than] doubled": the sentence is read without the two words, which then hang
// on the verb as its modifier ("more", with "than" fixed to it, as UD writes "more than 20").
bool MorphoSyntax::annotate_without_hedge(std::span<Token> sentence, bool first) const {
  const auto hedge = hedge_before_verb(sentence);
  if (!hedge) return false;
  const std::size_t k = *hedge;
  std::vector<Token> reduced(sentence.begin(), sentence.begin() + static_cast<std::ptrdiff_t>(k));
  reduced.insert(reduced.end(), sentence.begin() + static_cast<std::ptrdiff_t>(k + 2), sentence.end());
  annotate_sentence(reduced, first);
  const auto original = [&](int i) { return i < 0 ? -1 : i < static_cast<int>(k) ? i : i + 2; };
  for (std::size_t i = 0; i < reduced.size(); ++i) {
    Token& to = sentence[static_cast<std::size_t>(original(static_cast<int>(i)))];
    to = std::move(reduced[i]);
    to.head = original(to.head);
  }
  const int verb = static_cast<int>(k + 2);
  sentence[k].upos = "ADV", sentence[k].xpos = "RBR", sentence[k].feats = "Degree=Cmp";
  sentence[k].lemma = lowercase_ascii(sentence[k].text) == "more" ? "more" : "less";
  sentence[k].head = verb, sentence[k].deprel = "advmod";
  sentence[k + 1].upos = "ADP", sentence[k + 1].xpos = "IN", sentence[k + 1].feats.clear(), sentence[k + 1].lemma = "than";
  sentence[k + 1].head = static_cast<int>(k), sentence[k + 1].deprel = "fixed";
  return true;
}

namespace {

// Whether the word at `last` (the noun before an apposition) ends the subject of the word at
// `verb`: it is the subject, or a word of the subject's name or of a phrase inside it ("Jean
// Moreau", "the chairman of Acme"), not the apposition of some other noun that the parse made
// the subject ("Last spring, Okafor, 52, resigned" parsed with "spring" for the subject).
bool subject_ends_at(std::span<const Token> sentence, std::size_t verb, std::size_t last) {
  // (an auxiliary or copula there hands the subject to its verb: "The King, who ..., has [cut] back")
  const Token& v = sentence[verb];
  if ((v.deprel.starts_with("aux") || v.deprel == "cop") && v.head >= 0) verb = static_cast<std::size_t>(v.head);
  int k = static_cast<int>(last);
  for (std::size_t steps = 0; steps < sentence.size() && k >= 0; ++steps) {
    const Token& t = sentence[static_cast<std::size_t>(k)];
    if (t.head == static_cast<int>(verb)) return t.deprel.starts_with("nsubj");
    const bool inside = t.deprel == "flat" || t.deprel == "compound" || t.deprel.starts_with("nmod");
    if (!inside) return false;
    k = t.head;
  }
  return false;
}

// The word after token `before`, or after one adverb there: the verb after an apposition.
std::size_t verb_after(std::span<const Token> sentence, std::size_t before) {
  return sentence[before + 1].xpos == "RB" ? before + 2 : before + 1;
}

// Whether the parse read the apposition between the commas `open` and `close` as one: the verb
// after it has the noun before it in its subject, and no word of the phrase hangs on a word
// after it.
bool apposition_read_right(std::span<const Token> sentence, std::size_t open, std::size_t close) {
  if (!subject_ends_at(sentence, verb_after(sentence, close), open - 1)) return false;
  for (std::size_t k = open + 1; k < close; ++k)
    if (sentence[k].head > static_cast<int>(close)) return false;
  return true;
}

}  // namespace

bool MorphoSyntax::annotate_without_apposition(std::span<Token> sentence, bool first) const {
  auto apposition = apposition_before_verb(sentence);
  if (!apposition) apposition = relative_clause_before_verb(sentence);
  if (!apposition) apposition = participle_phrase_before_verb(sentence);
  if (!apposition) return false;
  const std::size_t open = apposition->open, close = apposition->close, cut = close - open + 1;
  if (apposition_read_right(sentence, open, close)) return false;
  std::vector<Token> reduced(sentence.begin(), sentence.begin() + static_cast<std::ptrdiff_t>(open));
  reduced.insert(reduced.end(), sentence.begin() + static_cast<std::ptrdiff_t>(close + 1), sentence.end());
  annotate_sentence(reduced, first);
  // (read without the phrase, the verb must have the noun phrase before it for its subject, or
  // the phrase stood between two other things)
  if (!subject_ends_at(reduced, verb_after(reduced, open - 1), open - 1)) return false;
  std::vector<Token> phrase(sentence.begin() + static_cast<std::ptrdiff_t>(open + 1),
                            sentence.begin() + static_cast<std::ptrdiff_t>(close));
  annotate_sentence(phrase, false);
  const int phrase_root = root_of(phrase);
  if (phrase_root < 0) return false;
  const auto original = [&](int i) { return i < 0 ? -1 : i < static_cast<int>(open) ? i : i + static_cast<int>(cut); };
  for (std::size_t i = 0; i < reduced.size(); ++i) {
    Token& to = sentence[static_cast<std::size_t>(original(static_cast<int>(i)))];
    to = std::move(reduced[i]);
    to.head = original(to.head);
  }
  const int offset = static_cast<int>(open + 1);
  // (after "One of them" the phrase names the one, not "them")
  int noun = static_cast<int>(open) - 1;
  if (sentence[static_cast<std::size_t>(noun)].xpos == "PRP" && sentence[static_cast<std::size_t>(noun)].deprel == "nmod")
    noun = sentence[static_cast<std::size_t>(noun)].head;
  for (std::size_t k = 0; k < phrase.size(); ++k) {
    Token& to = sentence[open + 1 + k];
    to = std::move(phrase[k]);
    to.head = to.head < 0 ? noun : to.head + offset;
    if (static_cast<int>(k) != phrase_root) continue;
    to.deprel = apposition->relative_clause ? "acl:relcl" : apposition->participle ? "acl" : "appos";
    // (read alone, "chaired by ..." may look like a past tense: after its noun it is the participle)
    if (apposition->participle && to.xpos == "VBD") make_past_participle(to);
  }
  for (const std::size_t comma : {open, close}) {
    sentence[comma].lemma = sentence[comma].text;
    sentence[comma].head = phrase_root + offset;
    sentence[comma].deprel = "punct";
  }
  return true;
}

void MorphoSyntax::annotate(TokenizedText& text) const {
  bool first = true;
  for (const std::span<Token> sentence : sentence_spans(text)) {
    annotate_sentence(sentence, first);
    first = false;
  }
}

}  // namespace chronograph::core
