#include "core/events/trigger_model.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cmath>
#include <fstream>
#include <numeric>
#include <random>
#include <sstream>

#include <fmt/format.h>

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/events/word_forms.h"
#include "core/learning/logistic_regression.h"

namespace chronograph::core {

namespace {

constexpr std::string_view kMagic = "chronograph-model events-trigger 1";

std::uint64_t hash_feature(std::string_view tag, std::string_view value) {
  std::uint64_t h = 1469598103934665603ull;
  auto mix = [&h](std::string_view s) {
    for (char c : s) {
      h ^= static_cast<unsigned char>(c);
      h *= 1099511628211ull;
    }
  };
  mix(tag);
  h ^= 0x1f;
  h *= 1099511628211ull;
  mix(value);
  return h;
}

std::string_view suffix(std::string_view w, std::size_t n) { return w.size() > n ? w.substr(w.size() - n) : w; }

// "Biden" -> "Xx", "1998" -> "d", "U.S." -> "X.X.", "well-known" -> "x-x".
std::string shape(std::string_view text) {
  std::string out;
  for (char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    char k = std::isupper(u) ? 'X' : std::islower(u) ? 'x' : std::isdigit(u) ? 'd' : c;
    if (u >= 128) k = 'u';
    if (out.empty() || out.back() != k) out += k;
    if (out.size() >= 6) break;
  }
  return out;
}

std::string word_at(const TokenizedText& text, const Sentence& s, std::ptrdiff_t i) {
  if (i < static_cast<std::ptrdiff_t>(s.first_token)) return "<s>";
  if (i >= static_cast<std::ptrdiff_t>(s.first_token + s.token_count)) return "</s>";
  return token_lower(text.tokens[static_cast<std::size_t>(i)]);
}

std::string upos_at(const TokenizedText& text, const Sentence& s, std::ptrdiff_t i) {
  if (i < static_cast<std::ptrdiff_t>(s.first_token)) return "<s>";
  if (i >= static_cast<std::ptrdiff_t>(s.first_token + s.token_count)) return "</s>";
  return text.tokens[static_cast<std::size_t>(i)].upos;
}

bool is_clausal(std::string_view deprel) {
  return deprel == "ccomp" || deprel == "xcomp" || deprel == "csubj" || deprel == "advcl" || deprel == "acl" ||
         deprel == "acl:relcl";
}

// What a clausal dependent says about the class: its relation, POS and subordinator
// ("said that ...", "tried to ...", "began V-ing").
template <class AddFeature>
void add_complement_features(const TokenizedText& text, const Sentence& s, std::size_t child,
                             const std::string& lemma, const AddFeature& add) {
  const Token& c = text.tokens[child];
  add("comp", c.deprel);
  add("lcomp", lemma + "|" + c.deprel);
  add("compu", c.deprel + "|" + c.upos);
  const auto local = static_cast<int>(child - s.first_token);
  for (std::size_t j = s.first_token; j < s.first_token + s.token_count; ++j) {
    const Token& g = text.tokens[j];
    if (g.head == local && g.deprel == "mark") add("compmark", c.deprel + "|" + token_lower(g));
  }
}

// The dependents of token `i`: clausal complements, copula, subject, auxiliaries, markers.
template <class AddFeature>
void add_dependent_features(const TokenizedText& text, const Sentence& s, std::size_t i, const std::string& lemma,
                            const AddFeature& add) {
  const auto local = static_cast<int>(i - s.first_token);
  for (std::size_t j = s.first_token; j < s.first_token + s.token_count; ++j) {
    const Token& c = text.tokens[j];
    if (c.head != local) continue;
    const std::string_view rel = c.deprel;
    add("cd", rel);
    if (is_clausal(rel)) add_complement_features(text, s, j, lemma, add);
    else if (rel == "cop" || rel == "aux" || rel == "aux:pass" || rel == "mark" || rel == "case" || rel == "det")
      add(rel, token_lower(c));
    else if (rel == "nsubj" || rel == "nsubj:pass")
      add("subj", c.upos == "PRON" ? token_lower(c) : c.upos);
  }
}

// The lemma's WordNet classes ("n.act", "v.perception"), only of its part of speech when tagged.
template <class AddFeature>
void add_wordnet_features(const std::string& upos, const std::string& lemma, const EventLexicon& lexicon,
                          const AddFeature& add) {
  const char pos = upos == "NOUN" ? 'n' : upos == "VERB" ? 'v' : upos.empty() ? '*' : '-';
  if (pos == '-') return;
  for (const auto& c : lexicon.wordnet_classes(lemma))
    if (pos == '*' || c[0] == pos) add("wn", c);
}

}  // namespace

int trigger_label(std::string_view event_class) {
  for (std::size_t k = 1; k < kTriggerLabels; ++k)
    if (kTriggerLabelNames[k] == event_class) return static_cast<int>(k);
  return -1;
}

void trigger_features(const TokenizedText& text, const Sentence& s, std::size_t i,
                      const EventLexicon& lexicon, const std::vector<char>& in_timex,
                      std::vector<std::uint64_t>& out) {
  const Token& token = text.tokens[i];
  const auto at = static_cast<std::ptrdiff_t>(i);
  const std::string w = token_lower(token);
  const std::string lemma = guess_lemma(token, lexicon);
  const std::string prev = word_at(text, s, at - 1), prev2 = word_at(text, s, at - 2);
  const std::string next = word_at(text, s, at + 1), next2 = word_at(text, s, at + 2);
  auto add = [&out](std::string_view tag, std::string_view value) { out.push_back(hash_feature(tag, value)); };
  add("b", "");
  add("w", w);
  add("l", lemma);
  add("s2", suffix(w, 2));
  add("s3", suffix(w, 3));
  add("s4", suffix(w, 4));
  add("p3", w.substr(0, std::min<std::size_t>(3, w.size())));
  add("sh", shape(token.text));
  add("first", i == s.first_token ? "1" : "0");
  add("w-1", prev);
  add("w-2", prev2);
  add("w+1", next);
  add("w+2", next2);
  add("w-1w", prev + "|" + w);
  add("ww+1", w + "|" + next);
  add("w-2-1", prev2 + "|" + prev);
  add("len", std::to_string(std::min<std::size_t>(w.size(), 12)));
  if (lexicon.is_event_nominal(w) || lexicon.is_event_nominal(lemma)) add("nom", "1");
  for (const auto& c : lexicon.categories(lemma)) add("cat", c);
  add_wordnet_features(token.upos, lemma, lexicon, add);
  for (const auto& c : lexicon.categories(prev)) add("cat-1", c);
  if (is_auxiliary(prev)) add("aux-1", "1");
  if (is_determiner(prev)) add("det-1", "1");
  if (is_determiner(prev2)) add("det-2", "1");
  if (in_timex[i]) add("tmx", "1");
  if (is_capitalized(token.text) && i != s.first_token) add("capmid", "1");
  // The nearest auxiliary to the left, over adverbs and negation ("has not yet decided").
  for (std::ptrdiff_t j = at - 1; j >= static_cast<std::ptrdiff_t>(s.first_token) && j >= at - 4; --j) {
    const std::string wj = token_lower(text.tokens[static_cast<std::size_t>(j)]);
    if (is_auxiliary(wj) || wj == "to") {
      add("auxl", wj);
      break;
    }
    if (!(wj == "not" || wj == "n't" || wj == "never" || suffix(wj, 2) == "ly")) break;
  }
  if (!token.upos.empty()) {
    add("u", token.upos);
    add("x", token.xpos);
    add("u-1", upos_at(text, s, at - 1));
    add("u+1", upos_at(text, s, at + 1));
    add("uw", token.upos + "|" + lemma);
    add("u-1u", upos_at(text, s, at - 1) + "|" + token.upos);
    if (!token.deprel.empty()) add("dr", token.deprel);
    if (token.head >= 0) {
      const std::size_t head = s.first_token + static_cast<std::size_t>(token.head);
      if (head < text.tokens.size()) {
        const std::string head_lemma = guess_lemma(text.tokens[head], lexicon);
        add("hl", head_lemma);
        add("hu", text.tokens[head].upos + "|" + token.deprel);
        add("hldr", head_lemma + "|" + token.deprel);
      }
    }
    if (!token.deprel.empty()) {
      add("ldr", lemma + "|" + token.deprel);
      add_dependent_features(text, s, i, lemma, add);
    }
  }
}

TriggerScores TriggerModel::score(const std::vector<std::uint64_t>& features) const {
  TriggerScores result;
  for (std::uint64_t f : features) {
    const auto it = index_.find(f);
    if (it == index_.end()) continue;
    const float* row = &weights_[static_cast<std::size_t>(it->second) * kTriggerLabels];
    for (std::size_t k = 0; k < kTriggerLabels; ++k) result.score[k] += row[k];
  }
  std::size_t best_event = 1;
  for (std::size_t k = 2; k < kTriggerLabels; ++k)
    if (result.score[k] > result.score[best_event]) best_event = k;
  result.label = result.score[best_event] + event_bias_ > result.score[0] ? static_cast<int>(best_event) : 0;
  const double margin = result.score[best_event] - result.score[0];
  result.confidence = 1.0 / (1.0 + std::exp(-margin / std::max(1e-3f, margin_scale_)));
  return result;
}

TriggerModel TriggerModel::train(const std::vector<Example>& examples, const TrainOptions& options) {
  std::unordered_map<std::uint64_t, int> counts;
  for (const auto& e : examples)
    for (auto f : e.features) ++counts[f];
  TriggerModel model;
  // Sorted so that the model file is the same on every run.
  std::vector<std::uint64_t> kept;
  for (const auto& [f, n] : counts)
    if (n >= options.min_feature_count) kept.push_back(f);
  std::sort(kept.begin(), kept.end());
  for (std::size_t k = 0; k < kept.size(); ++k) model.index_[kept[k]] = static_cast<std::uint32_t>(k);
  model.weights_.assign(kept.size() * kTriggerLabels, 0.f);
  if (options.learner == TrainOptions::Learner::perceptron) model.train_perceptron(examples, options);
  else model.train_logistic(examples, options);
  // Confidence scale: the mean margin of the trained model on its true events.
  double sum = 0;
  std::size_t n = 0;
  for (const auto& e : examples) {
    if (e.label == 0) continue;
    const TriggerScores s = model.score(e.features);
    sum += std::abs(s.score[static_cast<std::size_t>(e.label)] - s.score[0]);
    ++n;
  }
  model.margin_scale_ = n ? static_cast<float>(sum / static_cast<double>(n)) : 1.f;
  return model;
}

void TriggerModel::train_perceptron(const std::vector<Example>& examples, const TrainOptions& options) {
  const std::size_t size = weights_.size();
  std::vector<float> w(size, 0.f);
  std::vector<double> total(size, 0.0);
  std::vector<std::int64_t> stamp(size, 0);
  std::vector<std::vector<std::uint32_t>> rows(examples.size());
  for (std::size_t e = 0; e < examples.size(); ++e)
    for (auto f : examples[e].features)
      if (auto it = index_.find(f); it != index_.end()) rows[e].push_back(it->second);

  std::vector<std::size_t> order(examples.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937 rng(options.seed);
  std::int64_t clock = 0;
  auto update = [&](std::uint32_t row, std::size_t label, float delta) {
    const std::size_t at = static_cast<std::size_t>(row) * kTriggerLabels + label;
    total[at] += static_cast<double>(clock - stamp[at]) * w[at];
    stamp[at] = clock;
    w[at] += delta;
  };
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (std::size_t e : order) {
      ++clock;
      std::array<float, kTriggerLabels> score{};
      for (auto r : rows[e])
        for (std::size_t k = 0; k < kTriggerLabels; ++k) score[k] += w[static_cast<std::size_t>(r) * kTriggerLabels + k];
      const auto guess = static_cast<std::size_t>(std::max_element(score.begin(), score.end()) - score.begin());
      const auto gold = static_cast<std::size_t>(examples[e].label);
      if (guess == gold) continue;
      for (auto r : rows[e]) {
        update(r, gold, 1.f);
        update(r, guess, -1.f);
      }
    }
  }
  ++clock;
  for (std::size_t at = 0; at < size; ++at) {
    total[at] += static_cast<double>(clock - stamp[at]) * w[at];
    weights_[at] = static_cast<float>(total[at] / static_cast<double>(clock));
  }
}

void TriggerModel::train_logistic(const std::vector<Example>& examples, const TrainOptions& options) {
  LogisticProblem problem;
  problem.features = index_.size();
  problem.labels = kTriggerLabels;
  for (const auto& example : examples) {
    std::vector<std::size_t> row;
    for (auto f : example.features)
      if (auto it = index_.find(f); it != index_.end()) row.push_back(it->second);
    problem.add(std::move(row), static_cast<std::size_t>(example.label));
  }
  if (const auto bias = index_.find(hash_feature("b", "")); bias != index_.end()) problem.bias_feature = bias->second;
  LogisticOptions solver;
  solver.cost = options.cost;
  solver.seed = options.seed;
  const std::vector<double> w = core::train_logistic(problem, solver);
  for (std::size_t at = 0; at < w.size(); ++at)
    if (std::abs(w[at]) >= options.min_weight) weights_[at] = static_cast<float>(w[at]);
}

std::string TriggerModel::serialize() const {
  std::string out = fmt::format("{}\nlabels", kMagic);
  for (auto l : kTriggerLabelNames) out += fmt::format(" {}", l);
  std::vector<std::pair<std::uint64_t, std::uint32_t>> rows(index_.begin(), index_.end());
  std::sort(rows.begin(), rows.end());
  std::size_t nonzero = 0;
  std::string body;
  for (const auto& [hash, row] : rows) {
    std::string line;
    for (std::size_t k = 0; k < kTriggerLabels; ++k) {
      const float v = weights_[static_cast<std::size_t>(row) * kTriggerLabels + k];
      if (std::abs(v) < 1e-4f) continue;
      line += fmt::format(" {}:{:.4g}", k, v);
    }
    if (line.empty()) continue;
    ++nonzero;
    body += fmt::format("{:016x}{}\n", hash, line);
  }
  out += fmt::format("\nmargin_scale {:.6g}\nevent_bias {:.6g}\nfeatures {}\n", margin_scale_, event_bias_, nonzero);
  return out + body;
}

TriggerModel TriggerModel::load(const std::filesystem::path& file) {
  return parse(read_file(file), file.string());
}

TriggerModel TriggerModel::parse(std::string_view content, const std::string& path) {
  std::istringstream in{std::string(content)};
  std::string line;
  int number = 0;
  auto fail = [&](const std::string& what) {
    throw ParseError(SourcePos{path, number, 1}, what, {},
                     "retrain with `chronograph train-events` (models/events/README.md)", line);
  };
  ++number;
  if (!std::getline(in, line) || line != kMagic)
    fail(fmt::format("not an event trigger model (expected '{}')", kMagic));
  ++number;
  std::getline(in, line);
  std::string expected = "labels";
  for (auto l : kTriggerLabelNames) expected += fmt::format(" {}", l);
  if (line != expected) fail("the model's labels differ from this version's");
  TriggerModel model;
  ++number;
  if (!std::getline(in, line) || std::sscanf(line.c_str(), "margin_scale %f", &model.margin_scale_) != 1)
    fail("expected 'margin_scale NUMBER'");
  ++number;
  if (!std::getline(in, line) || std::sscanf(line.c_str(), "event_bias %f", &model.event_bias_) != 1)
    fail("expected 'event_bias NUMBER'");
  std::size_t count = 0;
  ++number;
  if (!std::getline(in, line) || std::sscanf(line.c_str(), "features %zu", &count) != 1)
    fail("expected 'features COUNT'");
  model.weights_.assign(count * kTriggerLabels, 0.f);
  model.index_.reserve(count);
  for (std::size_t row = 0; row < count; ++row) {
    ++number;
    if (!std::getline(in, line)) fail(fmt::format("the file ends after {} of {} features", row, count));
    std::uint64_t hash = 0;
    const char* p = line.data();
    const char* end = line.data() + line.size();
    auto [next, ec] = std::from_chars(p, end, hash, 16);
    if (ec != std::errc{}) fail("expected a hexadecimal feature hash");
    p = next;
    model.index_[hash] = static_cast<std::uint32_t>(row);
    while (p < end) {
      if (*p != ' ') fail("expected ' LABEL:WEIGHT'");
      ++p;
      unsigned label = 0;
      auto r1 = std::from_chars(p, end, label);
      if (r1.ec != std::errc{} || r1.ptr >= end || *r1.ptr != ':' || label >= kTriggerLabels)
        fail("expected ' LABEL:WEIGHT'");
      char* stop = nullptr;
      const float v = std::strtof(r1.ptr + 1, &stop);
      if (stop == r1.ptr + 1) fail("expected a weight after ':'");
      model.weights_[row * kTriggerLabels + label] = v;
      p = stop;
    }
  }
  return model;
}

}  // namespace chronograph::core
