#include "core/syntax/perceptron.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "core/syntax/model_io.h"

namespace chronograph::core {

std::uint64_t hash_text(std::string_view text) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (const unsigned char c : text) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

unsigned HashedWeights::max_class() const {
  unsigned m = 0;
  for (const std::uint8_t cls : classes_) m = std::max<unsigned>(m, cls);
  return m;
}

void HashedWeights::prune(int min_units) {
  std::size_t kept = 0;
  std::uint32_t begin = 0;
  for (std::size_t b = 0; b + 1 < offsets_.size(); ++b) {
    const std::uint32_t end = offsets_[b + 1];
    offsets_[b] = static_cast<std::uint32_t>(kept);
    for (std::uint32_t i = begin; i < end; ++i)
      if (std::abs(static_cast<int>(weights_[i])) >= min_units) {
        weights_[kept] = weights_[i];
        classes_[kept++] = classes_[i];
      }
    begin = end;
  }
  offsets_.back() = static_cast<std::uint32_t>(kept);
  weights_.resize(kept);
  classes_.resize(kept);
}

void HashedWeights::densify(unsigned classes) {
  if (offsets_.empty() || classes == 0 || classes > 255) return;
  std::vector<std::int16_t> weights;
  std::vector<std::uint8_t> kinds;
  weights.reserve(weights_.size());
  kinds.reserve(classes_.size());
  std::uint32_t begin = 0;
  for (std::size_t b = 0; b + 1 < offsets_.size(); ++b) {
    const std::uint32_t end = offsets_[b + 1];
    offsets_[b] = static_cast<std::uint32_t>(weights.size());
    if ((end - begin) * 4 >= classes) {
      const std::size_t row = weights.size();
      weights.resize(row + classes, 0);
      for (unsigned c = 0; c < classes; ++c) kinds.push_back(static_cast<std::uint8_t>(c));
      for (std::uint32_t i = begin; i < end; ++i)
        if (classes_[i] < classes) weights[row + classes_[i]] = weights_[i];
    } else {
      weights.insert(weights.end(), weights_.begin() + begin, weights_.begin() + end);
      kinds.insert(kinds.end(), classes_.begin() + begin, classes_.begin() + end);
    }
    begin = end;
  }
  offsets_.back() = static_cast<std::uint32_t>(weights.size());
  weights_ = std::move(weights);
  classes_ = std::move(kinds);
  dense_classes_ = classes;
}

// On disk: bits, per-bucket counts (u8), classes, weights quantised to int16 with one scale.
// Zero weights (of rows filled by densify) are not written.
void HashedWeights::write(ModelWriter& out) const {
  out.u32(static_cast<std::uint32_t>(bits_));
  std::vector<std::uint8_t> counts(offsets_.size() - 1, 0);
  std::vector<std::uint8_t> classes;
  std::vector<std::int16_t> quantised;
  for (std::size_t b = 0; b + 1 < offsets_.size(); ++b)
    for (std::uint32_t i = offsets_[b]; i < offsets_[b + 1]; ++i) {
      if (weights_[i] == 0) continue;
      ++counts[b];
      classes.push_back(classes_[i]);
      quantised.push_back(weights_[i]);
    }
  out.f32(scale_);
  out.array(counts);
  out.array(classes);
  out.array(quantised);
}

HashedWeights HashedWeights::read(ModelReader& in) {
  HashedWeights weights;
  weights.bits_ = static_cast<int>(in.u32());
  if (weights.bits_ < 1 || weights.bits_ > 30) in.corrupt("corrupt (bad table size)");
  weights.mask_ = (std::uint64_t{1} << weights.bits_) - 1;
  weights.scale_ = in.f32();
  const auto counts = in.array<std::uint8_t>();
  const auto classes = in.array<std::uint8_t>();
  const auto quantised = in.array<std::int16_t>();
  if (counts.size() != (std::size_t{1} << weights.bits_) || classes.size() != quantised.size())
    in.corrupt("corrupt (section sizes disagree)");
  weights.offsets_.resize(counts.size() + 1);
  std::uint32_t total = 0;
  for (std::size_t b = 0; b < counts.size(); ++b) {
    weights.offsets_[b] = total;
    total += counts[b];
  }
  weights.offsets_.back() = total;
  if (total != quantised.size()) in.corrupt("corrupt (bucket counts disagree)");
  weights.weights_ = quantised;
  weights.classes_ = classes;
  return weights;
}

PerceptronTrainer::PerceptronTrainer(int bits, int classes)
    : bits_(bits), classes_(classes), mask_((std::uint64_t{1} << bits) - 1),
      buckets_(std::size_t{1} << bits) {}

void PerceptronTrainer::score(std::span<const std::uint64_t> features,
                              std::span<float> scores) const {
  for (const std::uint64_t f : features)
    for (const Entry& e : buckets_[f & mask_]) scores[e.cls] += e.w;
}

void PerceptronTrainer::add(std::uint64_t f, int cls, float delta) {
  auto& bucket = buckets_[f & mask_];
  for (Entry& e : bucket) {
    if (e.cls != cls) continue;
    e.total += static_cast<double>(e.w) * static_cast<double>(step_ - e.stamp);
    e.stamp = step_;
    e.w += delta;
    return;
  }
  bucket.push_back({static_cast<std::uint8_t>(cls), delta, 0.0, step_});
}

void PerceptronTrainer::update(std::span<const std::uint64_t> features, int truth, int guess) {
  if (truth == guess) return;
  for (const std::uint64_t f : features) {
    add(f, truth, 1.0f);
    add(f, guess, -1.0f);
  }
}

HashedWeights PerceptronTrainer::average(float prune, std::size_t max_per_bucket) const {
  const PerceptronTrainer* self = this;
  return average(std::span(&self, 1), prune, max_per_bucket);
}

HashedWeights PerceptronTrainer::average(std::span<const PerceptronTrainer* const> members, float prune,
                                         std::size_t max_per_bucket) {
  const PerceptronTrainer& first = *members.front();
  HashedWeights out;
  out.bits_ = first.bits_;
  out.mask_ = first.mask_;
  out.offsets_.resize(first.buckets_.size() + 1);
  std::vector<double> sums(static_cast<std::size_t>(first.classes_), 0.0);
  std::vector<std::uint8_t> touched;
  std::vector<char> seen(sums.size(), 0);
  std::vector<std::pair<float, std::uint8_t>> kept, all;
  for (std::size_t b = 0; b < first.buckets_.size(); ++b) {
    out.offsets_[b] = static_cast<std::uint32_t>(all.size());
    kept.clear();
    touched.clear();
    for (const PerceptronTrainer* member : members) {
      const double steps = static_cast<double>(member->step_);
      for (const Entry& e : member->buckets_[b]) {
        const double total = e.total + static_cast<double>(e.w) * static_cast<double>(member->step_ - e.stamp);
        if (!seen[e.cls]) touched.push_back(e.cls), seen[e.cls] = 1;
        sums[e.cls] += total / steps;
      }
    }
    std::sort(touched.begin(), touched.end());
    for (const std::uint8_t cls : touched) {
      const float avg = static_cast<float>(sums[cls] / static_cast<double>(members.size()));
      sums[cls] = 0.0;
      seen[cls] = 0;
      if (std::fabs(avg) >= prune && avg != 0.0f) kept.emplace_back(avg, cls);
    }
    if (kept.size() > max_per_bucket) {
      std::sort(kept.begin(), kept.end(), [](const auto& x, const auto& y) {
        return std::fabs(x.first) > std::fabs(y.first) ||
               (std::fabs(x.first) == std::fabs(y.first) && x.second < y.second);
      });
      kept.resize(max_per_bucket);
    }
    std::sort(kept.begin(), kept.end(), [](const auto& x, const auto& y) { return x.second < y.second; });
    all.insert(all.end(), kept.begin(), kept.end());
  }
  out.offsets_.back() = static_cast<std::uint32_t>(all.size());
  float max_abs = 0;
  for (const auto& [w, cls] : all) max_abs = std::max(max_abs, std::fabs(w));
  out.scale_ = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  out.weights_.reserve(all.size());
  out.classes_.reserve(all.size());
  for (const auto& [w, cls] : all) {
    out.weights_.push_back(static_cast<std::int16_t>(std::lround(w / out.scale_)));
    out.classes_.push_back(cls);
  }
  return out;
}

}  // namespace chronograph::core
