#include "core/events/lexicon.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include "core/common/data_dir.h"
#include "core/common/error.h"
#include "core/events/word_forms.h"

using namespace chronograph::core;

TEST_CASE("slugs are lower-case words joined by dashes", "[events][ids]") {
  CHECK(slugify("Joe Biden") == "joe-biden");
  CHECK(slugify("U.S. intelligence officials") == "us-intelligence-officials");
  CHECK(slugify("  Kremlin's  statement ") == "kremlins-statement");
  CHECK(slugify("AT&T cuts jobs") == "att-cuts-jobs");  // "&" inside a word joins it
  CHECK(slugify("Procter & Gamble") == "procter-gamble");
}

TEST_CASE("titles use the third person of the lemma", "[events][titles]") {
  CHECK(third_person("hold") == "holds");
  CHECK(third_person("go") == "goes");
  CHECK(third_person("try") == "tries");
  CHECK(third_person("be") == "is");
}

TEST_CASE("WordNet classes are read per word and part of speech", "[events][lexicon]") {
  const auto folder = std::filesystem::temp_directory_path() / "chronograph-lexicon-wordnet-test";
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  const auto staged = chronograph::DataDir::locate().data("events");
  for (const auto& file : std::filesystem::directory_iterator(staged))
    std::filesystem::copy_file(file.path(), folder / file.path().filename());
  {
    std::ofstream wordnet(folder / "wordnet_classes.tsv", std::ios::trunc);
    wordnet << "# test\nblorp\tn.event\nblorp\tv.motion\nzint\tv.perception\n";
  }
  const EventLexicon lexicon = EventLexicon::load_folder(folder);
  CHECK(lexicon.wordnet_classes("blorp") == std::vector<std::string>{"n.event", "v.motion"});
  CHECK(lexicon.wordnet_classes("zint") == std::vector<std::string>{"v.perception"});
  CHECK(lexicon.wordnet_classes("walk").empty());
  {
    std::ofstream wordnet(folder / "wordnet_classes.tsv", std::ios::trunc);
    wordnet << "blorp\tevent\n";
  }
  CHECK_THROWS_AS(EventLexicon::load_folder(folder), chronograph::ParseError);
  std::filesystem::remove_all(folder);
}

TEST_CASE("the shipped WordNet classes know eventive nouns and perception verbs", "[events][lexicon]") {
  const EventLexicon lexicon = EventLexicon::load(chronograph::DataDir::locate());
  const auto& war = lexicon.wordnet_classes("war");
  CHECK(std::find(war.begin(), war.end(), "n.act") != war.end());
  const auto& see = lexicon.wordnet_classes("see");
  CHECK(std::find(see.begin(), see.end(), "v.perception") != see.end());
}

TEST_CASE("the shipped WordNet classes know complement frames and nouns made from verbs", "[events][lexicon]") {
  const EventLexicon lexicon = EventLexicon::load(chronograph::DataDir::locate());
  auto has = [&lexicon](const char* word, const char* cls) {
    const auto& classes = lexicon.wordnet_classes(word);
    return std::find(classes.begin(), classes.end(), cls) != classes.end();
  };
  CHECK(has("announce", "v.takes-that"));  // "announced that the plant would close"
  CHECK(has("attempt", "v.takes-to"));     // "attempted to flee"
  CHECK(has("begin", "v.takes-ing"));      // "began talking"
  CHECK_FALSE(has("arrive", "v.takes-that"));
  CHECK(has("investigation", "n.from-verb"));
  CHECK(lexicon.source_verbs("finding") == std::vector<std::string>{"find"});
  CHECK(lexicon.source_verbs("investigation") == std::vector<std::string>{"investigate"});
  CHECK(lexicon.source_verbs("harbour").empty());
  CHECK(has("announcement", "n.from-communication"));
  CHECK_FALSE(has("river", "n.from-verb"));
}
