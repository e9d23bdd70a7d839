#include "core/tlinks/analysis_tlinks.h"

#include <algorithm>

#include <catch2/catch.hpp>

#include "core/common/data_dir.h"
#include "core/syntax/morphosyntax.h"
#include "core/text/tokenizer.h"

using namespace chronograph;
using namespace chronograph::core;
using namespace date;

TEST_CASE("tlinks_for names events, timexes and the DCT as to_timeml does", "[tlinks]") {
  const DataDir data = DataDir::locate();
  const auto tokenizer = Tokenizer::load(data);
  const auto syntax = MorphoSyntax::load(data);
  const auto classifier = TlinkClassifier::load(data);
  DocumentAnalysis analysis;
  analysis.document.text = "She resigned before the vote on Friday.";
  analysis.document.dct = sys_days{2021_y / dec / 4};
  analysis.tokens = tokenizer.tokenize(analysis.document.text);
  syntax.annotate(analysis.tokens);
  auto mention = [&](std::size_t token, std::string tense, std::string pos) {
    EventMention e;
    e.token = token;
    e.span = analysis.tokens.tokens[token].span;
    e.event_class = "OCCURRENCE";
    e.tense = std::move(tense);
    e.aspect = "NONE";
    e.polarity = "POS";
    e.pos = std::move(pos);
    e.confidence = 0.9;
    return e;
  };
  analysis.events.events = {mention(1, "PAST", "VERB"), mention(4, "NONE", "NOUN")};
  Timex friday;
  friday.span = analysis.tokens.tokens[6].span;
  friday.type = "DATE";
  friday.value = "2021-12-03";
  analysis.timexes = {friday};
  const auto links = tlinks_for(analysis, classifier);
  auto has = [&](const std::string& from, const std::string& rel, const std::string& to) {
    return std::find(links.begin(), links.end(), TlinkAnnotation{"", rel, from, to}) != links.end() ||
           std::any_of(links.begin(), links.end(), [&](const TlinkAnnotation& l) {
             return l.from == from && l.rel_type == rel && l.to == to;
           });
  };
  for (const auto& l : links) UNSCOPED_INFO(l.from << " " << l.rel_type << " " << l.to);
  CHECK(has("ei1", "BEFORE", "ei2"));
  CHECK(has("ei2", "IS_INCLUDED", "t1"));
  CHECK(has("t1", "BEFORE", "t0"));  // Friday before the Saturday DCT, by their values
  for (const auto& l : links)
    for (const auto& id : {l.from, l.to}) CHECK((id == "ei1" || id == "ei2" || id == "t1" || id == "t0"));
  for (std::size_t i = 0; i < links.size(); ++i) CHECK(links[i].lid == fmt::format("l{}", i + 1));
  // An event only the trigger model's recall bias made one is kept, but not linked.
  analysis.events.events[1].confidence = 0.4;
  for (const auto& l : tlinks_for(analysis, classifier)) CHECK((l.from != "ei2" && l.to != "ei2"));
}
