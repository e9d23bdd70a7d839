#include "core/syntax/parser.h"

#include <algorithm>
#include <limits>
#include <map>
#include <random>

#include <fmt/format.h>

#include "core/common/reporter.h"
#include "core/syntax/conllu.h"
#include "core/syntax/model_io.h"
#include "core/syntax/sentences.h"

namespace chronograph::core {

namespace {

constexpr int kShift = 0, kReduce = 1;
constexpr std::uint64_t kNone = 0x6e6f6e65;  // "none": an absent position
bool is_left(int t) { return t >= 2 && t % 2 == 0; }
int label_of(int t) { return (t - 2) / 2; }

// The words as the parser sees them; index 0 is the artificial root.
struct Input {
  std::vector<std::uint64_t> word, tag, word_tag;
};

Input describe(std::span<const Token> sentence) {
  Input in;
  const std::size_t n = sentence.size() + 1;
  in.word.resize(n);
  in.tag.resize(n);
  in.word_tag.resize(n);
  in.word[0] = hash_text("<root>");
  in.tag[0] = hash_text("<root>");
  for (std::size_t i = 1; i < n; ++i) {
    const Token& token = sentence[i - 1];
    in.word[i] = hash_text(lowercase_ascii(model_form(token)));
    in.tag[i] = feature(hash_text(token.upos), hash_text(token.xpos));
  }
  for (std::size_t i = 0; i < n; ++i) in.word_tag[i] = feature(in.word[i], in.tag[i]);
  return in;
}

struct State {
  explicit State(int words)
      : n(words), head(static_cast<std::size_t>(words + 1), -1), label(head.size(), -1),
        left1(head.size(), -1), left2(head.size(), -1), right1(head.size(), -1), right2(head.size(), -1),
        left_count(head.size(), 0), right_count(head.size(), 0), left_labels(head.size(), 0),
        right_labels(head.size(), 0) {
    stack.reserve(head.size());
    stack.push_back(0);
  }
  bool done() const { return buffer > n; }
  int top() const { return stack.back(); }

  bool valid(int t) const {
    if (done()) return false;
    const int s = top();
    if (t == kShift) return true;
    if (t == kReduce) return s != 0 && head[static_cast<std::size_t>(s)] >= 0;
    if (is_left(t)) return s != 0 && head[static_cast<std::size_t>(s)] < 0;
    return s != 0 || root_children == 0;  // one root per sentence
  }

  void attach(int h, int d, int l) {
    const auto hd = static_cast<std::size_t>(h), dd = static_cast<std::size_t>(d);
    head[dd] = h;
    label[dd] = l;
    const std::uint64_t bit = std::uint64_t{1} << (l % 64);
    if (d < h) {
      left2[hd] = left1[hd];
      left1[hd] = d;
      ++left_count[hd];
      left_labels[hd] |= bit;
    } else {
      right2[hd] = right1[hd];
      right1[hd] = d;
      ++right_count[hd];
      right_labels[hd] |= bit;
    }
    if (h == 0) ++root_children;
  }

  void apply(int t) {
    const int s = top();
    if (t == kShift) {
      stack.push_back(buffer++);
    } else if (t == kReduce) {
      stack.pop_back();
    } else if (is_left(t)) {
      attach(buffer, s, label_of(t));
      stack.pop_back();
    } else {
      attach(s, buffer, label_of(t));
      stack.push_back(buffer++);
    }
  }

  int n;
  std::vector<int> stack;
  int buffer = 1;
  int root_children = 0;
  std::vector<int> head, label, left1, left2, right1, right2;
  std::vector<std::uint8_t> left_count, right_count;
  std::vector<std::uint64_t> left_labels, right_labels;
};

// Zhang & Nivre (2011), table 1 and 2, for arc-eager: s0 the stack top, n0..n2 the buffer.
void extract(const Input& in, const State& st, std::vector<std::uint64_t>& out) {
  out.clear();
  auto at = [](const std::vector<int>& v, int i) { return i < 0 ? -1 : v[static_cast<std::size_t>(i)]; };
  auto w = [&](int i) { return i < 0 ? kNone : in.word[static_cast<std::size_t>(i)]; };
  auto p = [&](int i) { return i < 0 ? kNone : in.tag[static_cast<std::size_t>(i)]; };
  auto wp = [&](int i) { return i < 0 ? kNone : in.word_tag[static_cast<std::size_t>(i)]; };
  auto l = [&](int i) { return i < 0 ? kNone : static_cast<std::uint64_t>(st.label[static_cast<std::size_t>(i)] + 1); };
  const int s0 = st.top();
  const int s1 = st.stack.size() >= 2 ? st.stack[st.stack.size() - 2] : -1;
  const int n0 = st.buffer <= st.n ? st.buffer : -1;
  const int n1 = st.buffer + 1 <= st.n ? st.buffer + 1 : -1;
  const int n2 = st.buffer + 2 <= st.n ? st.buffer + 2 : -1;
  const int s0h = at(st.head, s0), s0h2 = at(st.head, s0h);
  const int s0l = at(st.left1, s0), s0l2 = at(st.left2, s0);
  const int s0r = at(st.right1, s0), s0r2 = at(st.right2, s0);
  const int n0l = at(st.left1, n0), n0l2 = at(st.left2, n0);
  const int gap = n0 < 0 ? 0 : n0 - s0;
  const std::uint64_t d = static_cast<std::uint64_t>(gap <= 5 ? gap : gap <= 7 ? 6 : gap <= 10 ? 7 : 8);
  const std::uint64_t s0vl = st.left_count[static_cast<std::size_t>(s0)];
  const std::uint64_t s0vr = st.right_count[static_cast<std::size_t>(s0)];
  const std::uint64_t n0vl = n0 < 0 ? 0 : st.left_count[static_cast<std::size_t>(n0)];
  const std::uint64_t s0sl = st.left_labels[static_cast<std::size_t>(s0)];
  const std::uint64_t s0sr = st.right_labels[static_cast<std::size_t>(s0)];
  const std::uint64_t n0sl = n0 < 0 ? 0 : st.left_labels[static_cast<std::size_t>(n0)];

  out.push_back(feature(0, 0));
  // single words
  out.push_back(feature(1, wp(s0)));
  out.push_back(feature(2, w(s0)));
  out.push_back(feature(3, p(s0)));
  out.push_back(feature(4, wp(n0)));
  out.push_back(feature(5, w(n0)));
  out.push_back(feature(6, p(n0)));
  out.push_back(feature(7, wp(n1)));
  out.push_back(feature(8, w(n1)));
  out.push_back(feature(9, p(n1)));
  out.push_back(feature(10, wp(n2)));
  out.push_back(feature(11, w(n2)));
  out.push_back(feature(12, p(n2)));
  // word pairs
  out.push_back(feature(13, wp(s0), wp(n0)));
  out.push_back(feature(14, wp(s0), w(n0)));
  out.push_back(feature(15, w(s0), wp(n0)));
  out.push_back(feature(16, wp(s0), p(n0)));
  out.push_back(feature(17, p(s0), wp(n0)));
  out.push_back(feature(18, w(s0), w(n0)));
  out.push_back(feature(19, p(s0), p(n0)));
  out.push_back(feature(20, p(n0), p(n1)));
  // three words
  out.push_back(feature(21, p(n0), p(n1), p(n2)));
  out.push_back(feature(22, p(s0), p(n0), p(n1)));
  out.push_back(feature(23, p(s0h), p(s0), p(n0)));
  out.push_back(feature(24, p(s0), p(s0l), p(n0)));
  out.push_back(feature(25, p(s0), p(s0r), p(n0)));
  out.push_back(feature(26, p(s0), p(n0), p(n0l)));
  // distance
  out.push_back(feature(27, w(s0), d));
  out.push_back(feature(28, p(s0), d));
  out.push_back(feature(29, w(n0), d));
  out.push_back(feature(30, p(n0), d));
  out.push_back(feature(31, w(s0), w(n0), d));
  out.push_back(feature(32, p(s0), p(n0), d));
  // valency
  out.push_back(feature(33, w(s0), s0vr));
  out.push_back(feature(34, p(s0), s0vr));
  out.push_back(feature(35, w(s0), s0vl));
  out.push_back(feature(36, p(s0), s0vl));
  out.push_back(feature(37, w(n0), n0vl));
  out.push_back(feature(38, p(n0), n0vl));
  // unigrams of the partial tree
  out.push_back(feature(39, w(s0h)));
  out.push_back(feature(40, p(s0h)));
  out.push_back(feature(41, l(s0)));
  out.push_back(feature(42, w(s0l)));
  out.push_back(feature(43, p(s0l)));
  out.push_back(feature(44, l(s0l)));
  out.push_back(feature(45, w(s0r)));
  out.push_back(feature(46, p(s0r)));
  out.push_back(feature(47, l(s0r)));
  out.push_back(feature(48, w(n0l)));
  out.push_back(feature(49, p(n0l)));
  out.push_back(feature(50, l(n0l)));
  // third order
  out.push_back(feature(51, w(s0h2)));
  out.push_back(feature(52, p(s0h2)));
  out.push_back(feature(53, l(s0h)));
  out.push_back(feature(54, w(s0l2)));
  out.push_back(feature(55, p(s0l2)));
  out.push_back(feature(56, l(s0l2)));
  out.push_back(feature(57, w(s0r2)));
  out.push_back(feature(58, p(s0r2)));
  out.push_back(feature(59, l(s0r2)));
  out.push_back(feature(60, w(n0l2)));
  out.push_back(feature(61, p(n0l2)));
  out.push_back(feature(62, l(n0l2)));
  out.push_back(feature(63, p(s0), p(s0l), p(s0l2)));
  out.push_back(feature(64, p(s0), p(s0r), p(s0r2)));
  out.push_back(feature(65, p(s0), p(s0h), p(s0h2)));
  out.push_back(feature(66, p(n0), p(n0l), p(n0l2)));
  // label sets
  out.push_back(feature(67, w(s0), s0sr));
  out.push_back(feature(68, p(s0), s0sr));
  out.push_back(feature(69, w(s0), s0sl));
  out.push_back(feature(70, p(s0), s0sl));
  out.push_back(feature(71, w(n0), n0sl));
  out.push_back(feature(72, p(n0), n0sl));
  // the second stack item
  out.push_back(feature(73, p(s1), p(s0), p(n0)));
  out.push_back(feature(74, w(s1), p(n0)));
  out.push_back(feature(75, p(s1), w(n0)));
}

// Goldberg & Nivre (2012): how many gold arcs a transition makes unreachable (projective gold).
struct Oracle {
  const std::vector<int>& gold_head;   // index 1..n -> 0..n
  const std::vector<int>& gold_label;

  int cost(const State& st, int t) const {
    const int s = st.top(), b = st.buffer;
    auto gh = [&](int i) { return gold_head[static_cast<std::size_t>(i)]; };
    auto headless = [&](int i) { return st.head[static_cast<std::size_t>(i)] < 0; };
    int c = 0;
    if (t == kShift) {
      for (const int k : st.stack) {
        if (gh(b) == k) ++c;
        if (k != 0 && headless(k) && gh(k) == b) ++c;
      }
    } else if (t == kReduce) {
      for (int k = b; k <= st.n; ++k) c += gh(k) == s;
    } else if (is_left(t)) {
      if (gh(s) > b) ++c;
      for (int k = b; k <= st.n; ++k) c += gh(k) == s;
      if (gh(s) == b && gold_label[static_cast<std::size_t>(s)] != label_of(t)) ++c;
    } else {
      if (gh(b) > b) ++c;
      for (const int k : st.stack) {
        if (k != s && gh(b) == k) ++c;
        if (k != 0 && headless(k) && gh(k) == b) ++c;
      }
      if (gh(b) == s && gold_label[static_cast<std::size_t>(b)] != label_of(t)) ++c;
    }
    return c;
  }
};

void shuffle(std::vector<std::size_t>& order, std::mt19937_64& rng) {
  for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
}

int best_valid(const State& st, const std::vector<float>& scores, const std::vector<char>* allowed = nullptr) {
  int best = -1;
  float best_score = -std::numeric_limits<float>::infinity();
  for (int t = 0; t < static_cast<int>(scores.size()); ++t) {
    if (allowed ? !(*allowed)[static_cast<std::size_t>(t)] : !st.valid(t)) continue;
    if (best < 0 || scores[static_cast<std::size_t>(t)] > best_score) {
      best = t;
      best_score = scores[static_cast<std::size_t>(t)];
    }
  }
  return best;
}

}  // namespace

int projectivize(std::vector<int>& heads) {
  const int n = static_cast<int>(heads.size());
  auto head_of = [&](int word) { return heads[static_cast<std::size_t>(word - 1)]; };
  auto dominates = [&](int h, int k) {
    for (int steps = 0; k != 0 && steps <= n; ++steps) {
      if (k == h) return true;
      k = head_of(k);
    }
    return h == 0 || k == h;
  };
  int lifted = 0;
  while (true) {
    int worst = -1, worst_length = n + 1;
    for (int d = 1; d <= n; ++d) {
      const int h = head_of(d);
      if (h == 0) continue;
      const int lo = std::min(h, d), hi = std::max(h, d);
      if (hi - lo >= worst_length) continue;
      for (int k = lo + 1; k < hi; ++k)
        if (!dominates(h, k)) {
          worst = d;
          worst_length = hi - lo;
          break;
        }
    }
    if (worst < 0 || lifted > 4 * n) return lifted;
    heads[static_cast<std::size_t>(worst - 1)] = head_of(head_of(worst));
    ++lifted;
  }
}

void Parser::parse(std::span<Token> sentence) const {
  if (sentence.empty() || labels_.empty()) return;
  const Input in = describe(sentence);
  State st(static_cast<int>(sentence.size()));
  std::vector<std::uint64_t> feats;
  std::vector<float> scores(2 + 2 * labels_.size());
  while (!st.done()) {
    extract(in, st, feats);
    std::fill(scores.begin(), scores.end(), 0.0f);
    weights_.score(feats, scores);
    st.apply(best_valid(st, scores));
  }
  // Words left without a head: the first becomes the root if there is none, the others
  // hang from the root word (punctuation as punct, anything else as parataxis).
  int root = -1;
  for (int i = 1; i <= st.n; ++i)
    if (st.head[static_cast<std::size_t>(i)] == 0) root = i;
  for (int i = 1; i <= st.n; ++i) {
    const auto ii = static_cast<std::size_t>(i);
    Token& token = sentence[ii - 1];
    if (st.head[ii] < 0) {
      if (root < 0) {
        root = i;
        st.head[ii] = 0;
        token.deprel = "root";
      } else {
        st.head[ii] = root;
        token.deprel = token.upos == "PUNCT" ? "punct" : "parataxis";
      }
    } else {
      token.deprel = labels_[static_cast<std::size_t>(st.label[ii])];
    }
    token.head = st.head[ii] - 1;
  }
}

Parser Parser::train(std::span<const std::span<const Token>> sentences, const ParserOptions& options,
                     Reporter& reporter) {
  Parser parser;
  std::map<std::string, std::size_t> counts;
  for (const auto& sentence : sentences)
    for (const Token& token : sentence) ++counts[token.deprel];
  std::vector<std::pair<std::size_t, std::string>> by_count;
  for (const auto& [label, count] : counts) by_count.emplace_back(count, label);
  std::stable_sort(by_count.begin(), by_count.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  if (by_count.size() > 126) by_count.resize(126);  // classes are bytes: 2 + 2 * labels <= 254
  std::map<std::string, int> ids;
  for (const auto& [count, label] : by_count) {
    ids[label] = static_cast<int>(parser.labels_.size());
    parser.labels_.push_back(label);
  }
  auto label_id = [&](const std::string& label) {
    if (const auto it = ids.find(label); it != ids.end()) return it->second;
    if (const auto it = ids.find(std::string(universal_relation(label))); it != ids.end()) return it->second;
    return 0;
  };

  struct Gold {
    std::vector<int> head, label;  // indexed 0..n, [0] unused
  };
  std::vector<Gold> gold(sentences.size());
  int lifted = 0;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    std::vector<int> heads;
    for (const Token& token : sentences[s]) heads.push_back(token.head + 1);
    lifted += projectivize(heads);
    gold[s].head.push_back(-1);
    gold[s].label.push_back(-1);
    for (std::size_t i = 0; i < heads.size(); ++i) {
      gold[s].head.push_back(heads[i]);
      gold[s].label.push_back(label_id(sentences[s][i].deprel));
    }
  }
  reporter.note(fmt::format("parser: {} labels, {} non-projective arcs lifted", parser.labels_.size(), lifted));

  const int classes = 2 + 2 * static_cast<int>(parser.labels_.size());
  PerceptronTrainer trainer(options.bits, classes);
  std::mt19937_64 rng(options.seed);
  std::vector<std::size_t> order(sentences.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<std::uint64_t> feats;
  std::vector<float> scores(static_cast<std::size_t>(classes));
  std::vector<char> zero_cost(static_cast<std::size_t>(classes));
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    shuffle(order, rng);
    std::size_t right = 0, moves = 0;
    for (const std::size_t s : order) {
      const Input in = describe(sentences[s]);
      State st(static_cast<int>(sentences[s].size()));
      const Oracle oracle{gold[s].head, gold[s].label};
      while (!st.done()) {
        extract(in, st, feats);
        std::fill(scores.begin(), scores.end(), 0.0f);
        trainer.score(feats, scores);
        const int guess = best_valid(st, scores);
        bool any = false;
        for (int t = 0; t < classes; ++t) {
          zero_cost[static_cast<std::size_t>(t)] = st.valid(t) && oracle.cost(st, t) == 0;
          any = any || zero_cost[static_cast<std::size_t>(t)];
        }
        if (!any)  // cannot happen with a projective gold tree; be safe anyway
          for (int t = 0; t < classes; ++t) zero_cost[static_cast<std::size_t>(t)] = st.valid(t);
        const int best = best_valid(st, scores, &zero_cost);
        const bool guess_ok = zero_cost[static_cast<std::size_t>(guess)] != 0;
        if (!guess_ok) trainer.update(feats, best, guess);
        trainer.tick();
        right += guess_ok;
        ++moves;
        const bool explore = epoch > 1 && static_cast<double>(rng() >> 11) * 0x1.0p-53 < options.explore;
        st.apply(guess_ok || explore ? guess : best);
      }
    }
    reporter.note(fmt::format("parser epoch {}/{}: {:.2f}% of moves optimal", epoch, options.epochs,
                              100.0 * static_cast<double>(right) / static_cast<double>(moves)));
    if (options.after_epoch && epoch < options.epochs) {
      Parser snapshot;
      snapshot.labels_ = parser.labels_;
      snapshot.weights_ = trainer.average(0.0f);
      snapshot.weights_.prune(options.prune);
      options.after_epoch(epoch, snapshot);
    }
  }
  parser.weights_ = trainer.average(0.0f);
  parser.weights_.prune(options.prune);
  return parser;
}

void Parser::save(const std::filesystem::path& file) const {
  ModelWriter out("parser", kVersion);
  out.u32(static_cast<std::uint32_t>(labels_.size()));
  for (const auto& label : labels_) out.str(label);
  weights_.write(out);
  out.save(file);
}

Parser Parser::load(const std::filesystem::path& file) {
  ModelReader in(file, "parser", kVersion);
  Parser parser;
  const std::uint32_t labels = in.u32();
  if (labels == 0 || labels > 126) in.corrupt("corrupt (label count)");
  for (std::uint32_t i = 0; i < labels; ++i) parser.labels_.push_back(in.str());
  parser.weights_ = HashedWeights::read(in);
  if (parser.weights_.max_class() >= 2 + 2 * labels) in.corrupt("corrupt (class id)");
  parser.weights_.densify(2 + 2 * labels);
  in.finish();
  return parser;
}

}  // namespace chronograph::core
