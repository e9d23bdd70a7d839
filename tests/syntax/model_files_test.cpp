// A model file that is missing, truncated or of another version is refused by name, with
// the command that rebuilds it.
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "core/common/atomic_file.h"
#include "core/common/data_dir.h"
#include "core/common/error.h"
#include "core/syntax/morphosyntax.h"
#include "core/syntax/tagger.h"
#include "syntax_test_support.h"

using namespace chronograph;
using namespace chronograph::core;
namespace fs = std::filesystem;

namespace {

fs::path scratch_dir() {
  const fs::path dir = fs::temp_directory_path() / "chronograph-syntax-test";
  fs::create_directories(dir);
  return dir;
}

void write(const fs::path& file, const std::string& content) {
  std::ofstream out(file, std::ios::binary);
  out << content;
}

std::string failure(const auto& load) {
  try {
    load();
  } catch (const InputError& error) {
    return std::string(error.what()) + " | " + error.help();
  }
  return "no error";
}

}  // namespace

TEST_CASE("a missing model file is named with the command that rebuilds it", "[syntax][models]") {
  const fs::path dir = scratch_dir() / "empty";
  fs::create_directories(dir);
  CHECK(failure([&] { MorphoSyntax::load_from(dir); }) ==
        fmt::format("cannot read model '{}': no such file | rebuild it with `make models` or `chronograph train "
                    "tagger --ewt DIR --out models/` (models/README.md)",
                    (dir / "tagger.bin").string()));
}

TEST_CASE("a model file of another version is refused", "[syntax][models]") {
  const fs::path file = scratch_dir() / "parser-v2.bin";
  write(file, "chronograph-model parser 2\nweights\nend-of-model\n");
  CHECK(failure([&] { Parser::load(file); }) ==
        fmt::format("model '{}' is 'chronograph-model parser 2', this chronograph reads 'chronograph-model parser 1' "
                    "| rebuild it with `make models` or `chronograph train parser --ewt DIR --out models/` "
                    "(models/README.md)",
                    file.string()));
}

TEST_CASE("a tagger or lemmatizer of the previous format is refused, not misread", "[syntax][models]") {
  const fs::path tagger = scratch_dir() / "tagger-v1.bin";
  write(tagger, "chronograph-model tagger 1\nweights\nend-of-model\n");
  CHECK(failure([&] { Tagger::load(tagger); }) ==
        fmt::format("model '{}' is 'chronograph-model tagger 1', this chronograph reads 'chronograph-model tagger {}' "
                    "| rebuild it with `make models` or `chronograph train tagger --ewt DIR --out models/` "
                    "(models/README.md)",
                    tagger.string(), Tagger::kVersion));
  const fs::path lemmatizer = scratch_dir() / "lemmatizer-v1.bin";
  write(lemmatizer, "chronograph-model lemmatizer 1\nforms\nend-of-model\n");
  CHECK(failure([&] { Lemmatizer::load(lemmatizer); }).starts_with(
      fmt::format("model '{}' is 'chronograph-model lemmatizer 1', this chronograph reads 'chronograph-model lemmatizer {}'",
                  lemmatizer.string(), Lemmatizer::kVersion)));
}

TEST_CASE("a file that is not a model at all is refused", "[syntax][models]") {
  const fs::path file = scratch_dir() / "notes.bin";
  write(file, "just some notes\n");
  CHECK(failure([&] { Lemmatizer::load(file); }).starts_with(
      fmt::format("'{}' is not a chronograph model (it does not start with 'chronograph-model lemmatizer {}')",
                  file.string(), Lemmatizer::kVersion)));
}

TEST_CASE("a truncated model file is refused", "[syntax][models]") {
  const fs::path real = DataDir::locate().model("tagger.bin");
  const std::string content = read_file(real);
  const fs::path file = scratch_dir() / "tagger-cut.bin";
  for (const std::size_t keep : {content.size() / 2, content.size() - 1, std::size_t{40}}) {
    write(file, content.substr(0, keep));
    CAPTURE(keep);
    CHECK(failure([&] { Tagger::load(file); }).starts_with(fmt::format("model '{}' is truncated | rebuild", file.string())));
  }
}

TEST_CASE("a model whose sections lie about their sizes is refused, not read past its end", "[syntax][models]") {
  const fs::path file = scratch_dir() / "tagger-lies.bin";
  std::string content = fmt::format("chronograph-model tagger {}\n", Tagger::kVersion);
  content += std::string("\xff\xff\xff\x00", 4);  // 16 million labels
  content += "\nend-of-model\n";
  write(file, content);
  CHECK(failure([&] { Tagger::load(file); }).starts_with(fmt::format("model '{}' is corrupt", file.string())));
}
