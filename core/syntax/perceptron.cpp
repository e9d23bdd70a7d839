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
  for (const Entry& e : entries_) m = std::max<unsigned>(m, e.cls);
  return m;
}

void HashedWeights::prune(int min_units) {
  std::vector<Entry> kept;
  kept.reserve(entries_.size());
  std::uint32_t begin = 0;
  for (std::size_t b = 0; b + 1 < offsets_.size(); ++b) {
    const std::uint32_t end = offsets_[b + 1];
    offsets_[b] = static_cast<std::uint32_t>(kept.size());
    for (std::uint32_t i = begin; i < end; ++i)
      if (std::abs(static_cast<int>(entries_[i].weight)) >= min_units) kept.push_back(entries_[i]);
    begin = end;
  }
  offsets_.back() = static_cast<std::uint32_t>(kept.size());
  entries_ = std::move(kept);
}

// On disk: bits, per-bucket counts (u8), classes, weights quantised to int16 with one scale.
void HashedWeights::write(ModelWriter& out) const {
  out.u32(static_cast<std::uint32_t>(bits_));
  std::vector<std::uint8_t> counts(offsets_.size() - 1);
  for (std::size_t b = 0; b + 1 < offsets_.size(); ++b)
    counts[b] = static_cast<std::uint8_t>(offsets_[b + 1] - offsets_[b]);
  std::vector<std::uint8_t> classes(entries_.size());
  std::vector<std::int16_t> quantised(entries_.size());
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    classes[i] = entries_[i].cls;
    quantised[i] = entries_[i].weight;
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
  weights.entries_.resize(quantised.size());
  for (std::size_t i = 0; i < quantised.size(); ++i) weights.entries_[i] = {quantised[i], classes[i]};
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
  HashedWeights out;
  out.bits_ = bits_;
  out.mask_ = mask_;
  out.offsets_.resize(buckets_.size() + 1);
  std::vector<std::pair<float, std::uint8_t>> kept, all;
  for (std::size_t b = 0; b < buckets_.size(); ++b) {
    out.offsets_[b] = static_cast<std::uint32_t>(all.size());
    kept.clear();
    for (const Entry& e : buckets_[b]) {
      const double total = e.total + static_cast<double>(e.w) * static_cast<double>(step_ - e.stamp);
      const float avg = static_cast<float>(total / static_cast<double>(step_));
      if (std::fabs(avg) >= prune && avg != 0.0f) kept.emplace_back(avg, e.cls);
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
  out.entries_.reserve(all.size());
  for (const auto& [w, cls] : all)
    out.entries_.push_back({static_cast<std::int16_t>(std::lround(w / out.scale_)), cls});
  return out;
}

}  // namespace chronograph::core
