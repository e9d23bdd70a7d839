#include "core/tlinks/tlink_classifier.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

#include <fmt/format.h>

#include "core/common/error.h"
#include "core/eval/point_algebra.h"
#include "core/tlinks/tlink_features.h"

namespace chronograph::core {

namespace {

constexpr std::string_view kMagic = "chronograph-model tlinks 2";

std::vector<std::string> split(std::string_view line, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= line.size()) {
    const std::size_t end = std::min(line.find(sep, start), line.size());
    if (end > start) out.emplace_back(line.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::optional<TlinkPairKind> kind_named(std::string_view name) {
  for (std::size_t k = 0; k < kTlinkPairKinds; ++k)
    if (to_string(static_cast<TlinkPairKind>(k)) == name) return static_cast<TlinkPairKind>(k);
  return std::nullopt;
}

class ModelReader {
 public:
  ModelReader(std::string_view text, const std::string& path) : text_(text), path_(path) {}

  std::array<TlinkLinearModel, kTlinkPairKinds> read() {
    if (next() != kMagic)
      fail(fmt::format("not a TLINK model (expected a first line '{}')", kMagic),
           "retrain it with `chronograph train-tlinks`");
    std::array<TlinkLinearModel, kTlinkPairKinds> models;
    std::array<bool, kTlinkPairKinds> seen{};
    while (more()) {
      const auto head = split(next(), ' ');
      if (head.size() < 7 || head[0] != "kind" || head[2] != "emit" || head[4] != "shift" || head[6] != "labels")
        fail("expected 'kind NAME emit 0|1|2 shift NUMBER labels L...'");
      const auto kind = kind_named(head[1]);
      if (!kind) fail(fmt::format("unknown candidate kind '{}'", head[1]));
      auto& model = models[static_cast<std::size_t>(*kind)];
      seen[static_cast<std::size_t>(*kind)] = true;
      if (head[3] != "0" && head[3] != "1" && head[3] != "2") fail(fmt::format("emit '{}' is not 0, 1 or 2", head[3]));
      model.emit = static_cast<TlinkLinearModel::Emit>(head[3][0] - '0');
      model.none_shift = number(head[5]);
      model.labels.assign(head.begin() + 7, head.end());
      if (model.labels.empty()) fail("a kind without labels");
      const auto count_line = split(next(), ' ');
      std::size_t count = 0;
      if (count_line.size() != 2 || count_line[0] != "features" ||
          std::from_chars(count_line[1].data(), count_line[1].data() + count_line[1].size(), count).ec != std::errc{})
        fail("expected 'features N'");
      for (std::size_t i = 0; i < count; ++i) read_feature(model);
    }
    for (std::size_t k = 0; k < kTlinkPairKinds; ++k)
      if (!seen[k]) fail(fmt::format("no model for '{}'", to_string(static_cast<TlinkPairKind>(k))));
    return models;
  }

 private:
  bool more() const { return pos_ < text_.size(); }
  std::string_view next() {
    if (!more()) fail("the file ends early");
    const std::size_t end = std::min(text_.find('\n', pos_), text_.size());
    const std::string_view line = text_.substr(pos_, end - pos_);
    pos_ = end + 1;
    ++line_;
    return line;
  }
  void read_feature(TlinkLinearModel& model) {
    const std::string_view line = next();
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) fail("expected 'feature<TAB>weights'");
    const auto fields = split(line.substr(tab + 1), ' ');
    if (fields.size() != model.labels.size())
      fail(fmt::format("{} weights for {} labels", fields.size(), model.labels.size()));
    std::vector<float> weights;
    for (const auto& field : fields) weights.push_back(static_cast<float>(number(field)));
    model.weights.emplace(std::string(line.substr(0, tab)), std::move(weights));
  }
  double number(const std::string& field) const {
    char* end = nullptr;
    const double value = std::strtod(field.c_str(), &end);
    if (end != field.c_str() + field.size() || !std::isfinite(value)) fail(fmt::format("'{}' is not a number", field));
    return value;
  }
  [[noreturn]] void fail(const std::string& message, std::string help = {}) const {
    throw InputError(fmt::format("{}:{}: {}", path_, line_, message),
                     help.empty() ? "retrain it with `chronograph train-tlinks` (models/tlinks/README.md)" : help);
  }

  std::string_view text_;
  const std::string& path_;
  std::size_t pos_ = 0;
  int line_ = 0;
};

}  // namespace

double TlinkLinearModel::confidence(const std::vector<double>& scores, std::size_t label) {
  double sum = 0.0;
  for (double s : scores) sum += std::exp(s - scores[label]);
  return 1.0 / sum;
}

std::vector<TlinkOutput> consistent_links(std::vector<TlinkOutput> links, std::size_t events, std::size_t timexes) {
  auto node = [&](TlinkOutput::Kind kind, std::size_t index) {
    switch (kind) {
      case TlinkOutput::Kind::Event: return index;
      case TlinkOutput::Kind::Timex: return events + index;
      case TlinkOutput::Kind::Dct: break;
    }
    return events + timexes;
  };
  std::vector<std::size_t> surest(links.size());
  for (std::size_t i = 0; i < surest.size(); ++i) surest[i] = i;
  // Rules first: they fire only where they are surer than the models (whose softmax
  // confidences run high); then by confidence.
  auto key = [&](std::size_t i) { return std::pair{links[i].source.starts_with("rule:"), links[i].confidence}; };
  std::stable_sort(surest.begin(), surest.end(), [&](std::size_t a, std::size_t b) { return key(a) > key(b); });
  // Exact for an article; on a book-length part, a bounded search keeps this near linear.
  constexpr std::size_t kSearchLimit = 4096;
  PointAlgebraGraph graph(kSearchLimit);
  std::vector<char> keep(links.size(), 0);
  for (std::size_t i : surest) {
    const auto relation = parse_tlink_relation(links[i].rel_type);
    keep[i] = relation && graph.add(node(links[i].from_kind, links[i].from), node(links[i].to_kind, links[i].to), *relation);
  }
  std::vector<TlinkOutput> out;
  for (std::size_t i = 0; i < links.size(); ++i)
    if (keep[i]) out.push_back(std::move(links[i]));
  return out;
}

std::vector<double> TlinkLinearModel::scores(const std::vector<std::string>& features) const {
  std::vector<double> out(labels.size(), 0.0);
  for (const auto& f : features) {
    const auto it = weights.find(f);
    if (it == weights.end()) continue;
    for (std::size_t l = 0; l < out.size(); ++l) out[l] += it->second[l];
  }
  return out;
}

std::optional<std::size_t> TlinkLinearModel::choose(const std::vector<double>& scores, double none_shift) const {
  if (emit == Emit::Never) return std::nullopt;
  std::optional<std::size_t> best;
  double best_score = 0;
  for (std::size_t l = 0; l < scores.size(); ++l) {
    const bool none = labels[l] == "NONE";
    if (none && emit == Emit::Always) continue;
    const double score = scores[l] + (none ? none_shift : 0.0);
    if (!best || score > best_score) best = l, best_score = score;
  }
  if (best && labels[*best] == "NONE") return std::nullopt;
  return best;
}

TlinkClassifier TlinkClassifier::load(const DataDir& data) { return load_file(data.model("tlinks/tlinks.bin")); }

TlinkClassifier TlinkClassifier::load_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in)
    throw InputError(fmt::format("{}: cannot read the TLINK model", file.string()),
                     "retrain it with `chronograph train-tlinks` (models/tlinks/README.md)");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return parse(buffer.str(), file.string());
}

TlinkClassifier TlinkClassifier::parse(std::string_view text, const std::string& path) {
  return TlinkClassifier(ModelReader(text, path).read());
}

std::string TlinkClassifier::serialize() const {
  std::string out = std::string(kMagic) + "\n";
  for (std::size_t k = 0; k < kTlinkPairKinds; ++k) {
    const auto& model = models_[k];
    out += fmt::format("kind {} emit {} shift {:g} labels {}\n", to_string(static_cast<TlinkPairKind>(k)),
                       static_cast<int>(model.emit), model.none_shift, fmt::join(model.labels, " "));
    const std::map<std::string, std::vector<float>> sorted(model.weights.begin(), model.weights.end());
    out += fmt::format("features {}\n", sorted.size());
    for (const auto& [feature, weights] : sorted) {
      out += feature + "\t";
      for (std::size_t l = 0; l < weights.size(); ++l) out += fmt::format("{}{:.4g}", l ? " " : "", weights[l]);
      out += "\n";
    }
  }
  return out;
}

std::vector<TlinkOutput> TlinkClassifier::classify(const TlinkInput& input) const {
  if (!input.tokens) throw InputError("TLINK classification needs the tokens of the text");
  if (input.tokens->tokens.empty()) return {};
  const TlinkContext context(input);
  // Links between dates first: TempEval-3 reduces a graph in link order, so what they imply
  // is not counted again.
  std::vector<TlinkOutput> out = timex_value_links(context);
  const auto unsure = [&input](TlinkOutput::Kind kind, std::size_t index) {
    return kind == TlinkOutput::Kind::Event && input.events[index].confidence < input.min_event_confidence;
  };
  for (const TlinkCandidate& candidate : tlink_candidates(context)) {
    if (unsure(candidate.from_kind, candidate.from) || unsure(candidate.to_kind, candidate.to)) continue;
    const TlinkLinearModel& m = model(candidate.kind);
    const auto rule = tlink_rule(context, candidate);
    if (!rule && m.emit == TlinkLinearModel::Emit::Never) continue;  // no features to compute
    const auto scores = rule ? std::vector<double>{} : m.scores(tlink_features(context, candidate));
    if (auto link = decide_link(m, candidate, rule, scores, m.none_shift)) out.push_back(std::move(*link));
  }
  return consistent_links(std::move(out), input.events.size(), input.timexes.size());
}

}  // namespace chronograph::core
