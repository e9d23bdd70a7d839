// The binary model files of core/syntax: a first line "chronograph-model NAME VERSION\n",
// then little-endian sections written by ModelWriter and read back by ModelReader. A file
// that is missing, truncated or of another name/version is an InputError that names the
// file and says how to rebuild it.
#pragma once

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace chronograph::core {

// "rebuild it with `make models` or `chronograph train NAME --ewt DIR`"
std::string model_rebuild_help(std::string_view name);

class ModelWriter {
 public:
  ModelWriter(std::string_view name, int version);
  void u8(std::uint8_t v) { raw(&v, 1); }
  void u32(std::uint32_t v) { raw(&v, 4); }
  void u64(std::uint64_t v) { raw(&v, 8); }
  void f32(float v) { raw(&v, 4); }
  void str(std::string_view s);
  template <class T>
  void array(const std::vector<T>& values) {
    u64(values.size());
    raw(values.data(), values.size() * sizeof(T));
  }
  void raw(const void* data, std::size_t size) {
    buffer_.append(static_cast<const char*>(data), size);
  }
  // Ends with a trailer so that a truncated file is recognised; writes atomically.
  void save(const std::filesystem::path& file);

 private:
  std::string buffer_;
};

class ModelReader {
 public:
  // Reads the whole file and checks the header line; throws InputError.
  ModelReader(const std::filesystem::path& file, std::string_view name, int version);
  std::uint8_t u8() { std::uint8_t v; raw(&v, 1); return v; }
  std::uint32_t u32() { std::uint32_t v; raw(&v, 4); return v; }
  std::uint64_t u64() { std::uint64_t v; raw(&v, 8); return v; }
  float f32() { float v; raw(&v, 4); return v; }
  std::string str();
  template <class T>
  std::vector<T> array() {
    const std::uint64_t n = u64();
    need(n * sizeof(T));
    std::vector<T> values(n);
    raw(values.data(), n * sizeof(T));
    return values;
  }
  void raw(void* out, std::size_t size) {
    need(size);
    std::memcpy(out, data_.data() + pos_, size);
    pos_ += size;
  }
  // Checks the trailer; call after the last section.
  void finish();
  [[noreturn]] void corrupt(std::string_view what) const;

 private:
  void need(std::uint64_t size) const;
  std::filesystem::path file_;
  std::string name_;
  std::string data_;
  std::size_t pos_ = 0;
  std::size_t end_ = 0;  // before the trailer
};

}  // namespace chronograph::core
