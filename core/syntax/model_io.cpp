#include "core/syntax/model_io.h"

#include <fstream>

#include <fmt/format.h>

#include "core/common/atomic_file.h"
#include "core/common/error.h"

namespace chronograph::core {

namespace {
constexpr std::string_view kMagic = "chronograph-model";
constexpr std::string_view kTrailer = "\nend-of-model\n";
}  // namespace

std::string model_rebuild_help(std::string_view name) {
  const std::string what = name == "lemmatizer" ? "tagger" : std::string(name);
  return fmt::format(
      "rebuild it with `make models` or `chronograph train {} --ewt DIR --out models/` "
      "(models/README.md)",
      what);
}

ModelWriter::ModelWriter(std::string_view name, int version) {
  buffer_ = fmt::format("{} {} {}\n", kMagic, name, version);
}

void ModelWriter::str(std::string_view s) {
  u32(static_cast<std::uint32_t>(s.size()));
  raw(s.data(), s.size());
}

void ModelWriter::save(const std::filesystem::path& file) {
  std::string content = buffer_;
  content.append(kTrailer);
  write_file_atomically(file, content);
}

ModelReader::ModelReader(const std::filesystem::path& file, std::string_view name, int version)
    : file_(file), name_(name) {
  std::ifstream in(file, std::ios::binary);
  if (!in)
    throw InputError(fmt::format("cannot read model '{}': no such file", file.string()),
                     model_rebuild_help(name));
  in.seekg(0, std::ios::end);
  const auto size = static_cast<std::size_t>(in.tellg());
  in.seekg(0, std::ios::beg);
  data_.resize(size);
  if (!in.read(data_.data(), static_cast<std::streamsize>(size)))
    throw InputError(fmt::format("cannot read model '{}'", file.string()), model_rebuild_help(name));
  const auto newline = data_.find('\n');
  const std::string header = data_.substr(0, newline == std::string::npos ? 64 : newline);
  const std::string expected = fmt::format("{} {} {}", kMagic, name, version);
  if (newline == std::string::npos || header.rfind(std::string(kMagic) + " ", 0) != 0)
    throw InputError(
        fmt::format("'{}' is not a chronograph model (it does not start with '{}')",
                    file.string(), expected),
        model_rebuild_help(name));
  if (header != expected)
    throw InputError(fmt::format("model '{}' is '{}', this chronograph reads '{}'",
                                 file.string(), header, expected),
                     model_rebuild_help(name));
  pos_ = newline + 1;
  if (data_.size() < pos_ + kTrailer.size() ||
      std::string_view(data_).substr(data_.size() - kTrailer.size()) != kTrailer)
    corrupt("truncated");
  end_ = data_.size() - kTrailer.size();
}

std::string ModelReader::str() {
  const std::uint32_t n = u32();
  need(n);
  std::string s = data_.substr(pos_, n);
  pos_ += n;
  return s;
}

void ModelReader::need(std::uint64_t size) const {
  if (size > end_ - pos_) corrupt("truncated");
}

void ModelReader::finish() {
  if (pos_ != end_) corrupt("longer than its sections");
}

void ModelReader::corrupt(std::string_view what) const {
  throw InputError(fmt::format("model '{}' is {}", file_.string(), what), model_rebuild_help(name_));
}

}  // namespace chronograph::core
