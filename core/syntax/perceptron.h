// Averaged perceptron over hashed features: the linear model under the tagger and the
// parser. A feature is a 64-bit hash of (template, values); its low `bits` pick a bucket,
// and a bucket holds a short sparse list of (class, weight). Training and prediction see
// the same buckets, so collisions are learned around; the table size bounds the model size
// (DESIGN.md: all models together <= 25 MB).
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace chronograph::core {

class ModelReader;
class ModelWriter;

inline std::uint64_t mix64(std::uint64_t x) {  // splitmix64's finaliser
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

inline std::uint64_t feature(std::uint64_t a, std::uint64_t b) {
  return mix64(a * 0x9e3779b97f4a7c15ULL + b + 0x632be59bd9b4e019ULL);
}
inline std::uint64_t feature(std::uint64_t a, std::uint64_t b, std::uint64_t c) {
  return feature(feature(a, b), c);
}
inline std::uint64_t feature(std::uint64_t a, std::uint64_t b, std::uint64_t c, std::uint64_t d) {
  return feature(feature(feature(a, b), c), d);
}

std::uint64_t hash_text(std::string_view text);  // FNV-1a, stable across platforms

// The trained weights, immutable; score() adds each feature's class weights to `scores`.
class HashedWeights {
 public:
  HashedWeights() = default;
  // Adds the weights in units of scale(): only the argmax matters, and integer sums are exact.
  // The buckets are random accesses into megabytes: fetch them all first, then add, so the
  // memory loads overlap instead of waiting one after another. A bucket holding every class
  // in order (see densify) is added as a row, which the compiler vectorises.
  void score(std::span<const std::uint64_t> features, std::span<float> scores) const {
    constexpr std::size_t kBatch = 128;
    std::uint32_t begin[kBatch], end[kBatch];
    std::int32_t sums[256] = {};
    for (std::size_t start = 0; start < features.size(); start += kBatch) {
      const std::size_t n = std::min(kBatch, features.size() - start);
      for (std::size_t k = 0; k < n; ++k) __builtin_prefetch(&offsets_[features[start + k] & mask_]);
      for (std::size_t k = 0; k < n; ++k) {
        const std::uint64_t b = features[start + k] & mask_;
        begin[k] = offsets_[b];
        end[k] = offsets_[b + 1];
        __builtin_prefetch(&weights_[begin[k]]);
        __builtin_prefetch(&classes_[begin[k]]);
      }
      for (std::size_t k = 0; k < n; ++k) {
        const std::int16_t* weights = weights_.data() + begin[k];
        const std::uint8_t* classes = classes_.data() + begin[k];
        const std::uint32_t size = end[k] - begin[k];
        if (size == dense_classes_) {
          for (std::uint32_t c = 0; c < size; ++c) sums[c] += weights[c];
        } else {
          for (std::uint32_t i = 0; i < size; ++i) sums[classes[i]] += weights[i];
        }
      }
    }
    for (std::size_t c = 0; c < scores.size() && c < 256; ++c) scores[c] += static_cast<float>(sums[c]);
  }
  std::size_t nonzero() const { return weights_.size(); }
  bool empty() const { return offsets_.empty(); }
  float scale() const { return scale_; }
  // The largest class id stored (0 when empty); loaders check it against their classes.
  unsigned max_class() const;
  // Drops the weights smaller than `min_units` quantisation steps (smaller, faster models).
  void prune(int min_units);
  // Rewrites each bucket holding at least a quarter of the `classes` as a full row of them
  // (zeros included), in memory only: score() adds such rows with vector instructions,
  // about three times faster than class by class. Loaders call it last.
  void densify(unsigned classes);
  void write(ModelWriter& out) const;
  static HashedWeights read(ModelReader& in);

 private:
  friend class PerceptronTrainer;
  int bits_ = 0;
  std::uint64_t mask_ = 0;
  std::vector<std::uint32_t> offsets_;  // 2^bits + 1
  // The entries of bucket b are [offsets_[b], offsets_[b + 1]) of these two arrays.
  std::vector<std::int16_t> weights_;  // quantised: the averaged weight / scale_
  std::vector<std::uint8_t> classes_;
  float scale_ = 1.0f;
  std::uint32_t dense_classes_ = 0;  // a bucket of exactly this many entries is a full row
};

class PerceptronTrainer {
 public:
  PerceptronTrainer(int bits, int classes);
  void score(std::span<const std::uint64_t> features, std::span<float> scores) const;
  // Moves the weights towards `truth` and away from `guess` (nothing when equal).
  void update(std::span<const std::uint64_t> features, int truth, int guess);
  void tick() { ++step_; }  // one training instance seen
  // The averaged weights; those with |w| < prune are dropped, and each bucket keeps at
  // most `max_per_bucket` (the largest).
  HashedWeights average(float prune, std::size_t max_per_bucket = 255) const;
  // The mean of the averaged weights of perceptrons trained on the same problem from
  // different shuffles (same bits and classes): less dependent on any one order.
  static HashedWeights average(std::span<const PerceptronTrainer* const> members, float prune,
                               std::size_t max_per_bucket = 255);

 private:
  struct Entry {
    std::uint8_t cls;
    float w;
    double total;
    std::uint64_t stamp;
  };
  void add(std::uint64_t f, int cls, float delta);
  int bits_;
  int classes_;
  std::uint64_t mask_;
  std::uint64_t step_ = 1;
  std::vector<std::vector<Entry>> buckets_;
};

}  // namespace chronograph::core
