#include "core/syntax/tagger.h"

#include <algorithm>
#include <map>
#include <random>

#include <fmt/format.h>

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
  std::uint64_t form_hash, lower_hash, shape;
  std::uint64_t prefix[3], suffix[4];
  std::uint64_t flags;
};

namespace {

constexpr std::uint64_t kBos = 0x5eed0001, kEos = 0x5eed0002;

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

// A reproducible shuffle (std::shuffle's algorithm is not specified across libraries).
void shuffle(std::vector<std::size_t>& order, std::mt19937_64& rng) {
  for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
}

}  // namespace

std::vector<Tagger::Word> Tagger::describe(std::span<const Token> sentence) const {
  std::vector<Word> words(sentence.size());
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    Word& w = words[i];
    w.form = model_form(sentence[i]);
    w.lower = lowercase_ascii(w.form);
    w.form_hash = hash_text(w.form);
    w.lower_hash = hash_text(w.lower);
    for (std::size_t k = 0; k < 4; ++k)
      w.suffix[k] = w.lower.size() > k ? hash_text(std::string_view(w.lower).substr(w.lower.size() - k - 1))
                                       : kEos + k;
    for (std::size_t k = 0; k < 3; ++k)
      w.prefix[k] = w.lower.size() > k ? hash_text(std::string_view(w.lower).substr(0, k + 1)) : kBos + k;
    w.shape = shape_of(w.form);
    w.flags = flags_of(w.form);
  }
  return words;
}

void Tagger::features(const std::vector<Word>& words, std::size_t i, int prev1, int prev2,
                      std::vector<std::uint64_t>& out) {
  out.clear();
  const Word& w = words[i];
  auto lower_at = [&](std::ptrdiff_t k) -> std::uint64_t {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + k;
    if (j < 0) return kBos + static_cast<std::uint64_t>(-j);
    if (j >= static_cast<std::ptrdiff_t>(words.size())) return kEos + static_cast<std::uint64_t>(j);
    return words[static_cast<std::size_t>(j)].lower_hash;
  };
  auto at = [&](std::ptrdiff_t k) -> const Word* {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + k;
    return j < 0 || j >= static_cast<std::ptrdiff_t>(words.size()) ? nullptr : &words[static_cast<std::size_t>(j)];
  };
  const std::uint64_t p1 = static_cast<std::uint64_t>(prev1 + 1), p2 = static_cast<std::uint64_t>(prev2 + 1);
  out.push_back(feature(1, 0));
  out.push_back(feature(2, w.lower_hash));
  for (std::uint64_t k = 0; k < 4; ++k) out.push_back(feature(3 + k, w.suffix[k]));
  for (std::uint64_t k = 0; k < 3; ++k) out.push_back(feature(7 + k, w.prefix[k]));
  out.push_back(feature(10, w.shape));
  out.push_back(feature(11, w.flags));
  out.push_back(feature(12, p1));
  out.push_back(feature(13, p1, p2));
  out.push_back(feature(14, lower_at(-1)));
  out.push_back(feature(15, lower_at(-2)));
  out.push_back(feature(16, lower_at(1)));
  out.push_back(feature(17, lower_at(2)));
  const Word* before = at(-1);
  const Word* after = at(1);
  out.push_back(feature(18, before ? before->suffix[2] : kBos));
  out.push_back(feature(19, after ? after->suffix[2] : kEos));
  out.push_back(feature(20, p1, w.lower_hash));
  out.push_back(feature(21, lower_at(-1), w.lower_hash));
  out.push_back(feature(22, w.lower_hash, lower_at(1)));
  out.push_back(feature(23, w.form_hash));
  out.push_back(feature(24, i == 0 ? 1 : 0, w.shape));
  out.push_back(feature(25, p2));
  out.push_back(feature(26, after ? after->shape : kEos));
  out.push_back(feature(27, p1, lower_at(1)));
  out.push_back(feature(28, p1, w.suffix[2]));
  out.push_back(feature(29, before ? before->shape : kBos, w.shape));
}

int Tagger::known_label(const Word& word) const {
  const auto it = tag_dictionary_.find(word.form);
  return it == tag_dictionary_.end() ? -1 : it->second;
}

void Tagger::fill_feats(Token& token, int label) const {
  const auto it = feats_.find(lowercase_ascii(model_form(token)) + '\t' + std::to_string(label));
  token.feats = it != feats_.end() ? it->second : default_feats_[static_cast<std::size_t>(label)];
}

void Tagger::tag(std::span<Token> sentence) const {
  if (sentence.empty() || upos_.empty()) return;
  const std::vector<Word> words = describe(sentence);
  std::vector<std::uint64_t> feats;
  std::vector<float> scores(upos_.size());
  int prev1 = -1, prev2 = -1;
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    int label = known_label(words[i]);
    if (label < 0) {
      features(words, i, prev1, prev2, feats);
      std::fill(scores.begin(), scores.end(), 0.0f);
      weights_.score(feats, scores);
      label = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
    }
    Token& token = sentence[i];
    token.upos = upos_[static_cast<std::size_t>(label)];
    token.xpos = xpos_[static_cast<std::size_t>(label)];
    fill_feats(token, label);
    prev2 = prev1;
    prev1 = label;
  }
}

Tagger Tagger::train(std::span<const std::span<const Token>> sentences, const TaggerOptions& options,
                     Reporter& reporter) {
  Tagger tagger;
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
  // the usual ones for perceptron taggers: seen 20 times, 97% one label.
  std::map<std::string, std::map<int, std::size_t>> form_labels;
  std::map<std::string, std::map<std::string, std::size_t>> word_feats;
  std::vector<std::map<std::string, std::size_t>> label_feats(labels);
  for (const auto& sentence : sentences)
    for (const Token& token : sentence) {
      const int label = gold_label(token);
      ++form_labels[model_form(token)][label];
      ++word_feats[lowercase_ascii(model_form(token)) + '\t' + std::to_string(label)][token.feats];
      ++label_feats[static_cast<std::size_t>(label)][token.feats];
    }
  for (const auto& [form, counts] : form_labels) {
    std::size_t total = 0, best = 0;
    int best_label = 0;
    for (const auto& [label, count] : counts) {
      total += count;
      if (count > best) best = count, best_label = label;
    }
    if (total >= 20 && static_cast<double>(best) / static_cast<double>(total) >= 0.97)
      tagger.tag_dictionary_[form] = best_label;
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
    const int label = std::stoi(key.substr(key.rfind('\t') + 1));
    if (best != tagger.default_feats_[static_cast<std::size_t>(label)]) tagger.feats_[key] = best;
  }

  PerceptronTrainer trainer(options.bits, static_cast<int>(labels));
  std::vector<std::size_t> order(sentences.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(options.seed);
  std::vector<std::uint64_t> feats;
  std::vector<float> scores(labels);
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    shuffle(order, rng);
    std::size_t correct = 0, total = 0;
    for (const std::size_t s : order) {
      const auto sentence = sentences[s];
      const std::vector<Word> words = tagger.describe(sentence);
      int prev1 = -1, prev2 = -1;
      for (std::size_t i = 0; i < sentence.size(); ++i) {
        const int gold = gold_label(sentence[i]);
        int guess = tagger.known_label(words[i]);
        if (guess < 0) {
          features(words, i, prev1, prev2, feats);
          std::fill(scores.begin(), scores.end(), 0.0f);
          trainer.score(feats, scores);
          guess = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
          trainer.update(feats, gold, guess);
          trainer.tick();
        }
        correct += guess == gold;
        ++total;
        prev2 = prev1;
        prev1 = guess;
      }
    }
    reporter.note(fmt::format("tagger epoch {}/{}: {:.2f}% of training labels right", epoch,
                              options.epochs, 100.0 * static_cast<double>(correct) / static_cast<double>(total)));
  }
  tagger.weights_ = trainer.average(options.prune);
  return tagger;
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
  const std::map<std::string, std::string> feats(feats_.begin(), feats_.end());
  out.u32(static_cast<std::uint32_t>(feats.size()));
  for (const auto& [key, value] : feats) {
    out.str(key);
    out.str(value);
  }
  weights_.write(out);
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
  const std::uint32_t feats = in.u32();
  tagger.feats_.reserve(feats);
  for (std::uint32_t i = 0; i < feats; ++i) {
    std::string key = in.str();
    tagger.feats_.emplace(std::move(key), in.str());
  }
  tagger.weights_ = HashedWeights::read(in);
  if (tagger.weights_.max_class() >= labels) in.corrupt("corrupt (class id)");
  in.finish();
  return tagger;
}

}  // namespace chronograph::core
