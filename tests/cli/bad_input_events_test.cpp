// Issue 5's bad input through the command itself: another language is warned about, a document
// without events, a 5,000-token sentence and all-caps text give a graph without a crash.
#include <fstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_command.h"

using chronograph::test::run_chronograph;
using chronograph::test::scratch_dir;
using Catch::Matchers::Contains;

namespace {

std::string write_article(const std::string& dir, const std::string& name, const std::string& content) {
  const std::string path = dir + "/" + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

nlohmann::json extract(const std::string& path, const chronograph::test::CommandResult& result) {
  INFO(path << ": " << result.err);
  REQUIRE(result.exit_code == 0);
  return nlohmann::json::parse(result.out);
}

}  // namespace

TEST_CASE("issue 5: text in another language gets a warning that names the file, and no events", "[cli][bad-input]") {
  const std::string dir = scratch_dir("german");
  const std::string article = write_article(dir, "regierung.txt",
                                            "Die Regierung hat am Montag neue Sanktionen gegen das Land beschlossen, "
                                            "teilte ein Sprecher mit. Der Minister reist morgen nach Berlin.\n");
  const auto result = run_chronograph({"extract", article, "--dct", "2022-03-05"});
  CHECK(extract(article, result)["events"].empty());
  CHECK_THAT(result.err, Contains("regierung.txt") && Contains("does not look like English"));
}

TEST_CASE("tester46 E1/E4: Chinese text and short German get the warning, and their words make no events", "[cli][bad-input]") {
  const std::string dir = scratch_dir("tester46-language");
  const auto [name, text] = GENERATE(table<std::string, std::string>({
      {"zh.txt", "山火于周四爆发。周一有3500人被疏散。\n"},
      {"de-one.txt", "Der Waldbrand brach am Donnerstag aus.\n"},
      {"de-two.txt", "Der Waldbrand brach am Donnerstag aus. Am Montag wurden 3.500 Menschen evakuiert, teilte die "
                     "Feuerwehr mit.\n"},
  }));
  const std::string article = write_article(dir, name, text);
  const auto result = run_chronograph({"extract", article, "--dct", "2024-08-12"});
  const auto graph = extract(article, result);
  CHECK(graph["events"].empty());
  CHECK(graph["documents"].size() == 1);
  CHECK_THAT(result.err, Contains(name) && Contains("does not look like English") && Contains("no events were extracted"));
}

TEST_CASE("tester46 E4: a German article beside an English one leaves the English one's events", "[cli][bad-input]") {
  const std::string dir = scratch_dir("tester46-mixed");
  const auto german = write_article(dir, "de.txt", "Der Waldbrand brach am Donnerstag aus.\n");
  const auto english = write_article(dir, "en.txt", "The blaze started on Thursday.\n");
  const auto result = run_chronograph({"extract", german, english, "--dct", "2024-08-12"});
  const auto graph = extract(english, result);
  CHECK(graph["documents"].size() == 2);
  CHECK(graph["events"].size() == 1);
  CHECK_THAT(result.err, Contains("de.txt") && !Contains("en.txt"));
}

TEST_CASE("issue 5: English text gets no language warning", "[cli][bad-input]") {
  const std::string dir = scratch_dir("english");
  const std::string article = write_article(dir, "ferry.txt", "The ferry company cancelled every crossing on Monday.\n");
  const auto result = run_chronograph({"extract", article, "--dct", "2022-03-05"});
  extract(article, result);
  CHECK_THAT(result.err, !Contains("English"));
}

TEST_CASE("issue 5: a document without events, a 5,000-token sentence and all-caps text give graphs", "[cli][bad-input]") {
  const std::string dir = scratch_dir("odd-input");
  std::string long_sentence;
  for (int k = 0; k < 500; ++k) long_sentence += "the farmers sold grain and Ivan Petrov bought the seeds , ";
  const auto none = write_article(dir, "numbers.txt", "42 17 3.5 ; -- !\n");
  const auto longest = write_article(dir, "long.txt", long_sentence + "\n");
  const auto caps = write_article(dir, "caps.txt", "RUSSIA AND UKRAINE WILL HOLD TALKS IN GENEVA ON MONDAY.\n");
  const auto none_result = run_chronograph({"extract", none, "--dct", "2022-03-05"});
  CHECK(extract(none, none_result)["events"].empty());
  CHECK_THAT(none_result.err, Contains("no events were found"));
  const auto long_graph = extract(longest, run_chronograph({"extract", longest, "--dct", "2022-03-05"}));
  std::size_t mentions = 0;  // 500 sales and 500 purchases, merged by title into a few events
  for (const auto& event : long_graph["events"]) mentions += event["mentions"].size();
  CHECK(mentions >= 500);
  CHECK_FALSE(extract(caps, run_chronograph({"extract", caps, "--dct", "2022-03-05"}))["events"].empty());
}

TEST_CASE("a Spanish article without a date is told it is not English, not how to date it", "[cli][bad-input]") {
  const std::string dir = scratch_dir("spanish-undated");
  const std::string spanish = write_article(dir, "vivienda.txt",
                                            "MADRID, 14 de julio de 2024 - El Gobierno aprobó el martes un nuevo plan de "
                                            "vivienda que entrará en vigor el próximo mes. La ministra dijo que las obras "
                                            "comenzarán en otoño.\n");
  const auto result = run_chronograph({"extract", spanish});
  CHECK(extract(spanish, result)["events"].empty());
  CHECK_THAT(result.err, Contains("vivienda.txt") && Contains("does not look like English") &&
                             !Contains("has no document date"));
  // an undated English article is still told how to date it
  const std::string english = write_article(dir, "ferry.txt", "The ferry company cancelled every crossing on Monday.\n");
  CHECK_THAT(run_chronograph({"extract", english}).err, Contains("has no document date"));
}
