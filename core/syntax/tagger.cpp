#include "core/syntax/tagger.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <random>

#include "core/common/reporter.h"
#include "core/syntax/model_io.h"
#include "core/syntax/sentences.h"

namespace chronograph::core {

std::string lowercase_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

struct Tagger::Word {
  std::string form, lower;
  std::uint64_t form_hash, lower_hash, shape, flags;
  std::uint64_t prefix[4], suffix[5];
  const Tagger::LexiconEntry* entry;   // the lower-case word in the lexicon, or null
  std::uint64_t ambiguity;             // the hash of its label set (kUnseen when not in the lexicon)
  int known;                           // its label in the tag dictionary, or -1
  std::uint64_t tail, tail_ambiguity;  // the last part of a hyphenated word ("well-known" -> "known")
  std::uint64_t head;                  // its first part
  std::uint64_t classes;               // its WordClasses (of its last part when only that is known)
  int first_pass = -1;                 // the first pass's label (second pass only)
  int seen = 0;                        // training only: how often the lower-case word occurs in training
};

namespace {

constexpr std::uint64_t kBos = 0x5eed0001, kEos = 0x5eed0002;
// A word's lower_hash while training hides it (TaggerOptions::rare_alpha): its own features are left out.
constexpr std::uint64_t kHiddenWord = 0x5eed0003;
constexpr std::size_t kPad = 2;  // boundary words on each side of a sentence
const std::uint64_t kUnseen = hash_text("");  // the ambiguity class of a word not in the lexicon

// A label belongs to a word's ambiguity class when it took at least this share of the
// word's occurrences (tuned on EWT dev: 1/10 beat 1/20, 1/5 and "any").
constexpr int kClassShare = 10;

// Marks word classes read off the last part of a hyphenated word.
constexpr std::uint64_t kTailClasses = 1u << 15;

// How much score a sentence with no finite verb may give up to have one, in the shipped
// model's units (a retrained tagger needs it chosen again, the same way): chosen on the
// sentences of TBAQ train where it fires (below it almost every choice is the verb the text has;
// "a joint venture [called] Orion" costs 69,192, "[stations]" in a fragment 75,610); EWT dev
// moves by 0.01-0.02 (its web fragments: "Great place 5 stars").
constexpr float kFiniteVerbCost = 70000.0f;

// A sentence, not a headline: four tokens or more, ending in a full stop or an exclamation
// mark (a closing quote or bracket may follow).
bool ends_with_full_stop(std::span<const Token> sentence) {
  std::size_t end = sentence.size();
  while (end > 0 && (sentence[end - 1].text == "\"" || sentence[end - 1].text == "'" || sentence[end - 1].text == ")"))
    --end;
  return end >= 4 && (sentence[end - 1].text == "." || sentence[end - 1].text == "!");
}

// "Biden" -> "Xx", "2021-12-04" -> "d-d-d", "COVID-19" -> "X-d": character classes, runs collapsed.
std::uint64_t shape_of(std::string_view form) {
  std::string shape;
  for (const unsigned char c : form) {
    char k = c >= 0x80 ? 'u' : (c >= 'A' && c <= 'Z') ? 'X' : (c >= 'a' && c <= 'z') ? 'x'
           : (c >= '0' && c <= '9') ? 'd' : static_cast<char>(c);
    if (k == 'u' && (c & 0xC0) == 0x80) continue;  // UTF-8 continuation byte
    if (shape.empty() || shape.back() != k) shape += k;
    if (shape.size() > 8) break;
  }
  return hash_text(shape);
}

std::uint64_t flags_of(std::string_view form) {
  bool upper_first = !form.empty() && form[0] >= 'A' && form[0] <= 'Z';
  bool all_upper = upper_first, digit = false, hyphen = false, lower_any = false;
  for (const char c : form) {
    if (c >= '0' && c <= '9') digit = true;
    if (c == '-') hyphen = true;
    if (c >= 'a' && c <= 'z') lower_any = true;
  }
  all_upper = all_upper && !lower_any;
  return (upper_first ? 1u : 0u) | (all_upper ? 2u : 0u) | (digit ? 4u : 0u) | (hyphen ? 8u : 0u);
}

std::string label_key(const Token& token) { return token.upos + '\t' + token.xpos; }

// The ambiguity class of a word as bytes (label ids, ascending): what the model stores.
std::string class_of(const std::map<int, int>& counts, int leave_out = -1) {
  int total = 0;
  for (const auto& [label, count] : counts) total += count - (label == leave_out);
  std::string labels;
  for (const auto& [label, count] : counts) {
    const int n = count - (label == leave_out);
    if (n > 0 && n * kClassShare >= total) labels += static_cast<char>(label);
  }
  return labels;
}

// Whether WordNet allows a word of Penn tag `xpos` (a noun, verb, adjective or adverb) another
// of these four parts of speech: then its label is for the context to decide, even when the
// treebank nearly always gave it one ("issue" is a noun in web text, a verb in "will issue").
bool other_open_class(std::string_view xpos, std::uint16_t classes) {
  constexpr std::uint16_t noun = WordClasses::Noun | WordClasses::PluralNoun;
  constexpr std::uint16_t verb =
      WordClasses::Verb | WordClasses::PastVerb | WordClasses::IngVerb | WordClasses::PresentVerb3;
  constexpr std::uint16_t adjective = WordClasses::Adjective | WordClasses::Comparative | WordClasses::Superlative;
  constexpr std::uint16_t adverb = WordClasses::Adverb;
  std::uint16_t own = 0;
  if (xpos == "NN" || xpos == "NNS") own = noun;
  else if (xpos.starts_with("VB")) own = verb;
  else if (xpos.starts_with("JJ")) own = adjective;
  else if (xpos.starts_with("RB")) own = adverb;
  return own != 0 && (classes & ~own & (noun | verb | adjective | adverb)) != 0;
}

// A reproducible shuffle (std::shuffle's algorithm is not specified across libraries).
void shuffle(std::vector<std::size_t>& order, std::mt19937_64& rng) {
  for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
}

}  // namespace

void Tagger::features(const std::vector<Word>& words, std::size_t i, int prev1, int prev2, bool second_pass,
                      std::vector<std::uint64_t>& out) {
  out.clear();
  const Word& w = words[i];
  const Word& b1 = words[i - 1];
  const Word& b2 = words[i - 2];
  const Word& a1 = words[i + 1];
  const Word& a2 = words[i + 2];
  const std::uint64_t p1 = static_cast<std::uint64_t>(prev1 + 1), p2 = static_cast<std::uint64_t>(prev2 + 1);
  out.push_back(feature(1, 0));
  const bool word_shown = w.lower_hash != kHiddenWord;
  if (word_shown) {
    out.push_back(feature(2, w.lower_hash));
    out.push_back(feature(3, w.form_hash));
    out.push_back(feature(24, p1, w.lower_hash));
    out.push_back(feature(25, b1.lower_hash, w.lower_hash));
    out.push_back(feature(26, w.lower_hash, a1.lower_hash));
    out.push_back(feature(38, w.lower_hash, a1.ambiguity));
  }
  for (std::uint64_t k = 0; k < 5; ++k) out.push_back(feature(4 + k, w.suffix[k]));
  for (std::uint64_t k = 0; k < 4; ++k) out.push_back(feature(9 + k, w.prefix[k]));
  out.push_back(feature(13, w.shape));
  out.push_back(feature(14, w.flags));
  out.push_back(feature(15, p1));
  out.push_back(feature(16, p1, p2));
  out.push_back(feature(17, p2));
  out.push_back(feature(18, b1.lower_hash));
  out.push_back(feature(19, b2.lower_hash));
  out.push_back(feature(20, a1.lower_hash));
  out.push_back(feature(21, a2.lower_hash));
  out.push_back(feature(22, b1.suffix[2]));
  out.push_back(feature(23, a1.suffix[2]));
  out.push_back(feature(27, i == kPad ? 1 : 0, w.shape));
  out.push_back(feature(28, a1.shape));
  out.push_back(feature(29, p1, a1.lower_hash));
  out.push_back(feature(30, p1, w.suffix[2]));
  out.push_back(feature(31, b1.shape, w.shape));
  out.push_back(feature(32, w.ambiguity));
  out.push_back(feature(33, a1.ambiguity));
  out.push_back(feature(34, a2.ambiguity));
  out.push_back(feature(35, b1.ambiguity));
  out.push_back(feature(36, p1, w.ambiguity));
  out.push_back(feature(37, w.ambiguity, a1.ambiguity));
  out.push_back(feature(39, a1.ambiguity, a2.ambiguity));
  out.push_back(feature(40, w.suffix[2], a1.ambiguity));
  out.push_back(feature(41, w.tail));
  out.push_back(feature(42, w.tail_ambiguity));
  out.push_back(feature(43, w.head));
  out.push_back(feature(44, a1.lower_hash, a2.lower_hash));
  out.push_back(feature(45, b2.lower_hash, b1.lower_hash));
  out.push_back(feature(46, p1, w.flags));
  out.push_back(feature(70, w.classes));
  out.push_back(feature(71, p1, w.classes));
  out.push_back(feature(72, w.classes, a1.classes));
  out.push_back(feature(73, a1.classes));
  out.push_back(feature(74, b1.classes, w.classes));
  out.push_back(feature(75, w.classes, w.ambiguity));
  out.push_back(feature(76, w.classes, w.suffix[1]));
  if (!second_pass) return;
  const auto f = [](const Word& word) { return static_cast<std::uint64_t>(word.first_pass + 1); };
  out.push_back(feature(50, f(a1)));
  out.push_back(feature(51, f(a2)));
  out.push_back(feature(52, f(a1), f(a2)));
  out.push_back(feature(53, p1, f(a1)));
  if (word_shown) out.push_back(feature(54, w.lower_hash, f(a1)));
  out.push_back(feature(55, f(w)));
  out.push_back(feature(56, f(w), w.ambiguity));
  out.push_back(feature(57, p1, f(w), f(a1)));
  out.push_back(feature(58, w.suffix[2], f(a1)));
  out.push_back(feature(59, f(b1)));
  out.push_back(feature(60, f(b1), f(w), f(a1)));
}

void Tagger::set_first_pass(std::vector<Word>& words, std::span<const int> labels) {
  for (std::size_t i = 0; i < labels.size(); ++i) words[i + kPad].first_pass = labels[i];
}

std::vector<Tagger::Word> Tagger::describe(std::span<const Token> sentence) const {
  std::vector<Word> words(sentence.size() + 2 * kPad);
  for (std::size_t k = 0; k < kPad; ++k) {
    for (Word* w : {&words[k], &words[words.size() - 1 - k]}) {
      const std::uint64_t edge = (w == &words[k] ? kBos : kEos) + k;
      w->form_hash = w->lower_hash = w->shape = w->flags = w->ambiguity = w->tail = w->tail_ambiguity = w->head =
          w->classes = edge;
      std::fill(std::begin(w->prefix), std::end(w->prefix), edge);
      std::fill(std::begin(w->suffix), std::end(w->suffix), edge);
      w->entry = nullptr;
      w->known = -1;
    }
  }
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    Word& w = words[i + kPad];
    w.form = model_form(sentence[i]);
    w.lower = lowercase_ascii(w.form);
    w.form_hash = hash_text(w.form);
    w.lower_hash = hash_text(w.lower);
    const std::string_view lower = w.lower;
    for (std::size_t k = 0; k < 5; ++k)
      w.suffix[k] = lower.size() > k ? hash_text(lower.substr(lower.size() - k - 1)) : kEos + k;
    for (std::size_t k = 0; k < 4; ++k) w.prefix[k] = lower.size() > k ? hash_text(lower.substr(0, k + 1)) : kBos + k;
    w.shape = shape_of(w.form);
    w.flags = flags_of(w.form);
    w.entry = find_entry(w.lower);
    w.ambiguity = w.entry ? w.entry->hash : kUnseen;
    w.classes = w.entry ? w.entry->word_classes : word_classes_.of(w.lower);
    const auto known = tag_dictionary_.find(w.form);
    w.known = known == tag_dictionary_.end() ? -1 : known->second;
    const std::size_t hyphen = lower.rfind('-');
    if (hyphen != std::string_view::npos && hyphen > 0 && hyphen + 1 < lower.size()) {
      const std::string tail(lower.substr(hyphen + 1));
      w.tail = hash_text(tail);
      const LexiconEntry* tail_entry = find_entry(tail);
      w.tail_ambiguity = tail_entry ? tail_entry->hash : kUnseen;
      w.head = hash_text(lower.substr(0, lower.find('-')));
      if (w.classes == 0) w.classes = kTailClasses | word_classes_.of(tail);
    } else {
      w.tail = w.tail_ambiguity = w.head = 0;
    }
  }
  return words;
}

const Tagger::LexiconEntry* Tagger::find_entry(const std::string& lower) const {
  const auto it = lexicon_.find(lower);
  return it == lexicon_.end() ? nullptr : &it->second;
}

bool Tagger::seen_as(const std::string& lower, std::string_view xpos) const {
  const LexiconEntry* entry = find_entry(lower);
  if (!entry) return false;
  return std::any_of(entry->labels.begin(), entry->labels.end(),
                     [&](char label) { return xpos_[static_cast<unsigned char>(label)] == xpos; });
}

void Tagger::fill_feats(Token& token, const Word& word, int label) const {
  token.feats = default_feats_[static_cast<std::size_t>(label)];
  if (word.entry)
    for (const auto& [l, feats] : word.entry->feats)
      if (l == label) token.feats = feats;
}

// Whether the label is a finite verb group's: a verb or auxiliary in a tense, or a modal.
bool Tagger::tensed_label(int label) const {
  const std::string& xpos = xpos_[static_cast<std::size_t>(label)];
  return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" || xpos == "MD";
}

// Whether the label is a main verb in a tense (VERB VBD, VBZ or VBP): what a verbless sentence
// may be given.
bool Tagger::finite_verb_label(int label) const {
  const std::string& xpos = xpos_[static_cast<std::size_t>(label)];
  return upos_[static_cast<std::size_t>(label)] == "VERB" && (xpos == "VBD" || xpos == "VBZ" || xpos == "VBP");
}

// A word right after a word tagged as one that can close a subject: a noun, a pronoun, a name,
// a number, or such a word and an adverb ("The company now [plans]"), or an age and a comma
// ("Smith, 45, [resigned]"); not an imperative ("So [follow] the link").
bool Tagger::could_be_finite_verb(const std::vector<Word>& words, std::size_t i, int prev1, int prev2) const {
  const Word& word = words[i + kPad];
  // (a capitalised word inside the sentence is a name's: "T. Rowe Price [Associates]")
  if (i == 0 || word.known >= 0 || prev1 < 0 || std::isupper(static_cast<unsigned char>(word.form[0]))) return false;
  const auto closes_subject = [&](int label) {
    if (label < 0) return false;
    const std::string& upos = upos_[static_cast<std::size_t>(label)];
    return upos == "NOUN" || upos == "PROPN" || upos == "PRON" || upos == "NUM";
  };
  const Word& before = words[i + kPad - 1];
  const std::string& upos_before = upos_[static_cast<std::size_t>(prev1)];
  // (or a comma that closes an age given in apposition: "Smith, 45, [resigned]")
  const bool after_age = before.form == "," && prev2 >= 0 && upos_[static_cast<std::size_t>(prev2)] == "NUM";
  const bool after_adverb_or_comma = (upos_before == "ADV" && closes_subject(prev2)) || after_age;
  // ("Cascade [Electric] cut power": a capitalised adjective is a name's last word, but not the
  // sentence's first word: "Strong winds damaged homes")
  const bool after_name = i > 1 && upos_before == "ADJ" && std::isupper(static_cast<unsigned char>(before.form[0]));
  return closes_subject(prev1) || after_adverb_or_comma || after_name;
}

// Whether `label` is a finite verb tag the word can have: one the training text gave it, or
// the past or third-person present WordNet knows ("tore", "raises").
bool Tagger::finite_for_word(const Word& word, int label) const {
  if (!finite_verb_label(label)) return false;
  if (word.entry && word.entry->labels.find(static_cast<char>(label)) != std::string::npos) return true;
  const std::string& xpos = xpos_[static_cast<std::size_t>(label)];
  return (xpos == "VBD" && (word.classes & WordClasses::PastVerb)) ||
         (xpos == "VBZ" && (word.classes & WordClasses::PresentVerb3));
}

// One greedy left-to-right pass; the words' first_pass labels are read when `weights` is
// the second pass.
std::vector<int> Tagger::decode(const std::vector<Word>& words, const HashedWeights& weights,
                                const FiniteChoice* forced, std::vector<FiniteChoice>* finite) const {
  const bool second_pass = &weights == &second_;
  std::vector<int> labels(words.size() - 2 * kPad);
  std::vector<std::uint64_t> feats;
  std::vector<float> scores(upos_.size());
  int prev1 = -1, prev2 = -1;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    int label = words[i + kPad].known;
    if (forced && forced->at == i) label = forced->label;
    if (label < 0) {
      features(words, i + kPad, prev1, prev2, second_pass, feats);
      std::fill(scores.begin(), scores.end(), 0.0f);
      weights.score(feats, scores);
      label = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
      if (finite && could_be_finite_verb(words, i, prev1, prev2))
        if (const auto choice = cheapest_finite(words[i + kPad], scores, label, i)) finite->push_back(*choice);
    }
    labels[i] = label;
    prev2 = prev1;
    prev1 = label;
  }
  return labels;
}

// The finite label the scores at `i` prefer among those the word can have, and what it costs
// against `best`; none when the word can have none.
std::optional<Tagger::FiniteChoice> Tagger::cheapest_finite(const Word& word, const std::vector<float>& scores,
                                                            int best, std::size_t i) const {
  std::optional<FiniteChoice> choice;
  for (std::size_t l = 0; l < scores.size(); ++l) {
    if (!finite_for_word(word, static_cast<int>(l))) continue;
    const float cost = scores[static_cast<std::size_t>(best)] - scores[l];
    if (!choice || cost < choice->cost) choice = FiniteChoice{i, static_cast<int>(l), cost};
  }
  return choice;
}

// Of the words that could be the finite verb and cost little, the first past tense, news being
// told in the past ("Philip Morris shares [closed] yesterday", not "[shares]"), else the first
// ("The city [raises] fares in June", not "[fares]").
std::optional<Tagger::FiniteChoice> Tagger::chosen_finite_verb(const std::vector<FiniteChoice>& candidates) const {
  std::optional<FiniteChoice> first;
  for (const auto& c : candidates) {
    if (c.cost >= kFiniteVerbCost) continue;
    if (xpos_[static_cast<std::size_t>(c.label)] == "VBD") return c;
    if (!first) first = c;
  }
  return first;
}

std::vector<int> Tagger::decode_right_to_left(std::vector<Word> words, const HashedWeights& weights) const {
  std::reverse(words.begin(), words.end());
  std::vector<int> labels = decode(words, weights);
  std::reverse(labels.begin(), labels.end());
  return labels;
}

void Tagger::tag(std::span<Token> sentence) const {
  if (sentence.empty() || upos_.empty()) return;
  std::vector<Word> words = describe(sentence);
  std::vector<int> labels = first_right_to_left_ ? decode_right_to_left(words, first_) : decode(words, first_);
  if (!second_.empty()) {
    set_first_pass(words, labels);
    std::vector<FiniteChoice> candidates;
    labels = decode(words, second_, nullptr, &candidates);
    // A sentence that ends in a full stop has a finite verb: when the tags give it none, the
    // word likeliest to be one takes that tag, and the words after it are tagged again ("The
    // company [cut] 200 jobs on Tuesday", "The fire [tore] through the town").
    const bool verbless = std::none_of(labels.begin(), labels.end(), [&](int l) { return tensed_label(l); });
    if (verbless && ends_with_full_stop(sentence))
      if (const auto finite = chosen_finite_verb(candidates)) labels = decode(words, second_, &*finite);
  }
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    Token& token = sentence[i];
    const auto label = static_cast<std::size_t>(labels[i]);
    token.upos = upos_[label];
    token.xpos = xpos_[label];
    fill_feats(token, words[i + kPad], labels[i]);
  }
}

Tagger Tagger::train(std::span<const std::span<const Token>> sentences, const TaggerOptions& options,
                     const WordClasses& classes, Reporter& reporter) {
  if (options.passes < 2) {
    Tagger tagger = train_pass(sentences, nullptr, false, options, classes, reporter);
    tagger.prune(options.prune);
    return tagger;
  }
  Tagger tagger = train_pass(sentences, nullptr, true, options, classes, reporter);
  // The second pass must see first-pass tags as good as on new text: each fold is tagged
  // by a first pass trained on the others.
  const auto folds = static_cast<std::size_t>(std::max(2, options.folds));
  std::map<std::string, int> label_ids;
  for (std::size_t l = 0; l < tagger.upos_.size(); ++l) label_ids[tagger.upos_[l] + '\t' + tagger.xpos_[l]] = static_cast<int>(l);
  std::vector<std::vector<int>> first_pass(sentences.size());
  for (std::size_t fold = 0; fold < folds; ++fold) {
    std::vector<std::span<const Token>> train;
    for (std::size_t s = 0; s < sentences.size(); ++s)
      if (s % folds != fold) train.push_back(sentences[s]);
    NullReporter quiet;
    TaggerOptions single = options;  // the first-pass tags only need to be as wrong as on new text
    single.ensemble = 1;
    const Tagger other = train_pass(train, nullptr, true, single, classes, quiet);
    for (std::size_t s = fold; s < sentences.size(); s += folds) {
      std::vector<Token> copy(sentences[s].begin(), sentences[s].end());
      other.tag(copy);
      for (const Token& token : copy) {
        const auto it = label_ids.find(label_key(token));
        first_pass[s].push_back(it == label_ids.end() ? 0 : it->second);
      }
    }
    reporter.note(fmt::format("tagger: first pass on fold {}/{} tagged", fold + 1, folds));
  }
  Tagger second = train_pass(sentences, &first_pass, false, options, classes, reporter);
  tagger.second_ = std::move(second.first_);
  tagger.prune(options.prune);
  return tagger;
}

Tagger Tagger::train_pass(std::span<const std::span<const Token>> sentences,
                          const std::vector<std::vector<int>>* first_pass, bool right_to_left,
                          const TaggerOptions& options, const WordClasses& classes, Reporter& reporter) {
  Tagger tagger;
  tagger.first_right_to_left_ = right_to_left;
  tagger.word_classes_ = classes;
  // Labels, most frequent first.
  std::map<std::string, std::size_t> label_counts;
  for (const auto& sentence : sentences)
    for (const Token& token : sentence) ++label_counts[label_key(token)];
  std::vector<std::pair<std::size_t, std::string>> by_count;
  for (const auto& [key, count] : label_counts) by_count.emplace_back(count, key);
  std::stable_sort(by_count.begin(), by_count.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  if (by_count.size() > 255) by_count.resize(255);
  std::map<std::string, int> label_ids;
  for (const auto& [count, key] : by_count) {
    label_ids[key] = static_cast<int>(tagger.upos_.size());
    const auto tab = key.find('\t');
    tagger.upos_.push_back(key.substr(0, tab));
    tagger.xpos_.push_back(key.substr(tab + 1));
  }
  const std::size_t labels = tagger.upos_.size();
  auto gold_label = [&](const Token& token) {
    const auto it = label_ids.find(label_key(token));
    return it == label_ids.end() ? 0 : it->second;
  };

  // Tag dictionary: frequent words that (nearly) always take one label. The thresholds are
  // the usual ones for perceptron taggers: seen 20 times, 97% one label; but not the words
  // WordNet gives another open class.
  std::map<std::string, std::map<int, std::size_t>> form_labels;
  std::map<std::pair<std::string, int>, std::map<std::string, std::size_t>> word_feats;
  std::vector<std::map<std::string, std::size_t>> label_feats(labels);
  // The labels each lower-case word was seen with, and how often: the lexicon keeps the
  // label sets, training also needs the counts to leave a word out.
  std::map<std::string, std::map<int, int>> lower_labels;
  for (const auto& sentence : sentences)
    for (const Token& token : sentence) {
      const int label = gold_label(token);
      const std::string lower = lowercase_ascii(model_form(token));
      ++form_labels[model_form(token)][label];
      ++lower_labels[lower][label];
      ++word_feats[{lower, label}][token.feats];
      ++label_feats[static_cast<std::size_t>(label)][token.feats];
    }
  for (const auto& [form, counts] : form_labels) {
    std::size_t total = 0, best = 0;
    int best_label = 0;
    for (const auto& [label, count] : counts) {
      total += count;
      if (count > best) best = count, best_label = label;
    }
    if (total >= 20 && static_cast<double>(best) / static_cast<double>(total) >= 0.97 &&
        !other_open_class(tagger.xpos_[static_cast<std::size_t>(best_label)], classes.of(lowercase_ascii(form))))
      tagger.tag_dictionary_[form] = best_label;
  }
  for (const auto& [lower, counts] : lower_labels) {
    const std::string labels_seen = class_of(counts);
    tagger.lexicon_[lower] = {labels_seen, hash_text(labels_seen), {}, classes.of(lower)};
  }
  auto most_frequent = [](const std::map<std::string, std::size_t>& counts) {
    std::string best;
    std::size_t best_count = 0;
    for (const auto& [value, count] : counts)
      if (count > best_count) best = value, best_count = count;
    return best;
  };
  for (const auto& counts : label_feats) tagger.default_feats_.push_back(most_frequent(counts));
  for (const auto& [key, counts] : word_feats) {
    const std::string best = most_frequent(counts);
    const auto& [lower, label] = key;
    if (best != tagger.default_feats_[static_cast<std::size_t>(label)])
      tagger.lexicon_[lower].feats.emplace_back(static_cast<std::uint8_t>(label), best);
  }

  // Each training word's ambiguity class leaves out the word itself, so that a word seen once
  // looks unseen, as it would in new text.
  auto describe_for_training = [&](std::span<const Token> sentence, std::size_t s) {
    std::vector<Word> words = tagger.describe(sentence);
    for (std::size_t i = 0; i < sentence.size(); ++i) {
      Word& w = words[i + kPad];
      const auto& counts = lower_labels.at(w.lower);
      const std::string loo = class_of(counts, gold_label(sentence[i]));
      w.ambiguity = loo.empty() ? kUnseen : hash_text(loo);
      for (const auto& [label, count] : counts) w.seen += count;
    }
    if (first_pass) tagger.set_first_pass(words, (*first_pass)[s]);
    return words;
  };

  // Several perceptrons, each seeing the sentences in its own orders; the model is the mean.
  std::vector<PerceptronTrainer> members;
  for (int m = 0; m < std::max(1, options.ensemble); ++m) {
    members.emplace_back(options.bits, static_cast<int>(labels));
    PerceptronTrainer& trainer = members.back();
    std::vector<std::size_t> order(sentences.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::mt19937_64 rng(options.seed + static_cast<std::uint64_t>(m));
    std::mt19937_64 hide_rng(options.seed * 7919 + static_cast<std::uint64_t>(m));
    std::vector<std::uint64_t> feats;
    std::vector<float> scores(labels);
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
      shuffle(order, rng);
      std::size_t correct = 0, total = 0;
      for (const std::size_t s : order) {
        const auto sentence = sentences[s];
        std::vector<Word> words = describe_for_training(sentence, s);
        std::vector<int> gold(sentence.size());
        for (std::size_t i = 0; i < sentence.size(); ++i) gold[i] = gold_label(sentence[i]);
        if (right_to_left) {
          std::reverse(words.begin(), words.end());
          std::reverse(gold.begin(), gold.end());
        }
        int prev1 = -1, prev2 = -1;
        for (std::size_t i = 0; i < sentence.size(); ++i) {
          int guess = words[i + kPad].known;
          if (guess < 0) {
            Word& w = words[i + kPad];
            const std::uint64_t lower_hash = w.lower_hash, ambiguity = w.ambiguity;
            const double hide = options.rare_alpha / (options.rare_alpha + w.seen);
            if (static_cast<double>(hide_rng() >> 11) * 0x1.0p-53 < hide) {
              w.lower_hash = kHiddenWord;
              w.ambiguity = kUnseen;
            }
            features(words, i + kPad, prev1, prev2, first_pass != nullptr, feats);
            w.lower_hash = lower_hash;
            w.ambiguity = ambiguity;
            std::fill(scores.begin(), scores.end(), 0.0f);
            trainer.score(feats, scores);
            guess = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
            trainer.update(feats, gold[i], guess);
            trainer.tick();
          }
          correct += guess == gold[i];
          ++total;
          prev2 = prev1;
          prev1 = guess;
        }
      }
      reporter.note(fmt::format("tagger {} pass {}/{} epoch {}/{}: {:.2f}% of training labels right",
                                first_pass ? "second" : right_to_left ? "right-to-left" : "first", m + 1,
                                options.ensemble, epoch, options.epochs,
                                100.0 * static_cast<double>(correct) / static_cast<double>(total)));
    }
  }
  std::vector<const PerceptronTrainer*> pointers;
  for (const PerceptronTrainer& member : members) pointers.push_back(&member);
  tagger.first_ = PerceptronTrainer::average(pointers, 0.0f);
  return tagger;
}

void Tagger::prune(int min_units) {
  first_.prune(min_units);
  second_.prune(min_units);
}

void Tagger::save(const std::filesystem::path& file) const {
  ModelWriter out("tagger", kVersion);
  out.u32(static_cast<std::uint32_t>(upos_.size()));
  for (std::size_t i = 0; i < upos_.size(); ++i) {
    out.str(upos_[i]);
    out.str(xpos_[i]);
    out.str(default_feats_[i]);
  }
  const std::map<std::string, int> dictionary(tag_dictionary_.begin(), tag_dictionary_.end());
  out.u32(static_cast<std::uint32_t>(dictionary.size()));
  for (const auto& [form, label] : dictionary) {
    out.str(form);
    out.u8(static_cast<std::uint8_t>(label));
  }
  word_classes_.write(out);
  const std::map<std::string, LexiconEntry> lexicon(lexicon_.begin(), lexicon_.end());
  out.u32(static_cast<std::uint32_t>(lexicon.size()));
  for (const auto& [lower, entry] : lexicon) {
    out.str(lower);
    out.str(entry.labels);
    out.u8(static_cast<std::uint8_t>(entry.feats.size()));
    for (const auto& [label, feats] : entry.feats) {
      out.u8(label);
      out.str(feats);
    }
  }
  out.u8(first_right_to_left_ ? 1 : 0);
  first_.write(out);
  out.u8(second_.empty() ? 0 : 1);
  if (!second_.empty()) second_.write(out);
  out.save(file);
}

Tagger Tagger::load(const std::filesystem::path& file) {
  ModelReader in(file, "tagger", kVersion);
  Tagger tagger;
  const std::uint32_t labels = in.u32();
  if (labels == 0 || labels > 255) in.corrupt("corrupt (label count)");
  for (std::uint32_t i = 0; i < labels; ++i) {
    tagger.upos_.push_back(in.str());
    tagger.xpos_.push_back(in.str());
    tagger.default_feats_.push_back(in.str());
  }
  const std::uint32_t dictionary = in.u32();
  tagger.tag_dictionary_.reserve(dictionary);
  for (std::uint32_t i = 0; i < dictionary; ++i) {
    std::string form = in.str();
    const int label = in.u8();
    if (label >= static_cast<int>(labels)) in.corrupt("corrupt (label id)");
    tagger.tag_dictionary_.emplace(std::move(form), label);
  }
  tagger.word_classes_ = WordClasses::read(in);
  const std::uint32_t words = in.u32();
  tagger.lexicon_.reserve(words);
  for (std::uint32_t i = 0; i < words; ++i) {
    std::string lower = in.str();
    LexiconEntry entry;
    entry.labels = in.str();
    entry.hash = hash_text(entry.labels);
    entry.word_classes = tagger.word_classes_.of(lower);
    for (std::uint8_t n = in.u8(); n > 0; --n) {
      const std::uint8_t label = in.u8();
      if (label >= labels) in.corrupt("corrupt (label id)");
      entry.feats.emplace_back(label, in.str());
    }
    for (const char label : entry.labels)
      if (static_cast<std::uint8_t>(label) >= labels) in.corrupt("corrupt (label id)");
    tagger.lexicon_.emplace(std::move(lower), std::move(entry));
  }
  tagger.first_right_to_left_ = in.u8() != 0;
  tagger.first_ = HashedWeights::read(in);
  if (in.u8() != 0) tagger.second_ = HashedWeights::read(in);
  for (HashedWeights* weights : {&tagger.first_, &tagger.second_}) {
    if (weights->max_class() >= labels) in.corrupt("corrupt (class id)");
    weights->densify(labels);
  }
  in.finish();
  return tagger;
}

}  // namespace chronograph::core

