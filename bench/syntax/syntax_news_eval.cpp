// syntax_news_eval --list SPLIT.txt [--data-root DIR] [--models DIR] [--data-dir DIR] [--errors]
//
// A news-domain figure for the tagger, which is trained on web text (EWT): TimeBank's
// annotators gave each EVENT a part of speech (MAKEINSTANCE pos: VERB, NOUN, ADJECTIVE,
// PREPOSITION, OTHER). The documents of a TBAQ split list (TimeBank files only, the AQUAINT
// ones have no such layer worth reading) are tokenized by our tokenizer and tagged, and the
// UPOS of each event's word is compared with it: VERB = VERB or AUX (a copula is AUX in UD),
// NOUN = NOUN or PROPN, ADJECTIVE = ADJ, PREPOSITION = ADP; OTHER is not scored. The event's
// word is the last token inside its span (the head of "cease-fire" split in two). --errors
// prints each disagreement with its sentence (use it on the train list only).
#include <cstdio>
#include <map>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "core/common/data_dir.h"
#include "core/common/error.h"
#include "core/syntax/morphosyntax.h"
#include "core/text/tokenizer.h"
#include "core/timeml/split_list.h"
#include "core/timeml/timeml_reader.h"

using namespace chronograph;
using namespace chronograph::core;

namespace {

// The UPOS values that agree with a TimeML part of speech; empty when it is not scored.
std::vector<std::string> agreeing_upos(const std::string& timeml_pos) {
  if (timeml_pos == "VERB") return {"VERB", "AUX"};
  if (timeml_pos == "NOUN") return {"NOUN", "PROPN"};
  if (timeml_pos == "ADJECTIVE") return {"ADJ"};
  if (timeml_pos == "PREPOSITION") return {"ADP"};
  return {};
}

struct Tally {
  std::size_t right = 0, total = 0;
  double percent() const { return total ? 100.0 * static_cast<double>(right) / static_cast<double>(total) : 0.0; }
};

// The index of the last token inside `span`, or -1.
int last_token_in(const TokenizedText& text, Span span) {
  int found = -1;
  for (std::size_t i = 0; i < text.tokens.size(); ++i) {
    const Span t = text.tokens[i].span;
    if (t.begin >= span.end) break;
    if (t.end > span.begin) found = static_cast<int>(i);
  }
  return found;
}

std::string sentence_of(const TokenizedText& text, std::size_t token, std::size_t marked) {
  for (const Sentence& s : text.sentences) {
    if (token < s.first_token || token >= s.first_token + s.token_count) continue;
    std::string out;
    for (std::size_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
      const Token& t = text.tokens[i];
      out += (out.empty() ? "" : " ") + (i == marked ? "[[" + t.text + "]]" : t.text) + "/" + t.xpos;
    }
    return out;
  }
  return {};
}

int run(int argc, char** argv) {
  std::string list, models = "models";
  std::filesystem::path data_root = "../shared/data";
  std::optional<std::filesystem::path> data_dir;
  bool errors = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--errors") errors = true;
    else if (arg == "--list" && i + 1 < argc) list = argv[++i];
    else if (arg == "--data-root" && i + 1 < argc) data_root = argv[++i];
    else if (arg == "--models" && i + 1 < argc) models = argv[++i];
    else if (arg == "--data-dir" && i + 1 < argc) data_dir = argv[++i];
    else list.clear(), i = argc;
  }
  if (list.empty()) {
    std::fprintf(stderr,
                 "usage: syntax_news_eval --list SPLIT.txt [--data-root DIR] [--models DIR] [--data-dir DIR] "
                 "[--errors]\n");
    return 2;
  }
  const Tokenizer tokenizer = Tokenizer::load(DataDir::locate(data_dir));
  const MorphoSyntax syntax = MorphoSyntax::load_from(models);
  std::map<std::string, Tally> by_pos;
  std::map<std::pair<std::string, std::string>, std::size_t> confusions;
  Tally all;
  std::size_t documents = 0;
  for (const auto& path : read_split_list(list, data_root)) {
    if (path.string().find("/TimeBank/") == std::string::npos) continue;
    ++documents;
    const TimemlFile file = read_timeml(path);
    TokenizedText text = tokenizer.tokenize(file.text);
    syntax.tag(text);
    std::map<std::string, std::string> pos_of_event;
    for (const InstanceAnnotation& instance : file.annotations.instances) pos_of_event[instance.event_id] = instance.pos;
    for (const EventAnnotation& event : file.annotations.events) {
      const auto pos = pos_of_event.find(event.eid);
      if (pos == pos_of_event.end()) continue;
      const auto agreeing = agreeing_upos(pos->second);
      const int token = last_token_in(text, event.span);
      if (agreeing.empty() || token < 0) continue;
      const Token& t = text.tokens[static_cast<std::size_t>(token)];
      const bool right = std::find(agreeing.begin(), agreeing.end(), t.upos) != agreeing.end();
      for (Tally* tally : {&all, &by_pos[pos->second]}) {
        tally->right += right;
        ++tally->total;
      }
      if (!right) {
        ++confusions[{pos->second, t.upos}];
        if (errors)
          fmt::print("{} {} -> {}: {}\n", path.filename().string(), pos->second, t.upos,
                     sentence_of(text, static_cast<std::size_t>(token), static_cast<std::size_t>(token)));
      }
    }
  }
  fmt::print("{}: {} TimeBank documents, {} scored events\n", list, documents, all.total);
  fmt::print("  UPOS agreeing with TimeML pos: {:.2f}%", all.percent());
  for (const auto& [pos, tally] : by_pos) fmt::print("  {} {:.2f} ({})", pos, tally.percent(), tally.total);
  fmt::print("\n  disagreements:");
  for (const auto& [pair, count] : confusions) fmt::print("  {}->{} {}", pair.first, pair.second, count);
  fmt::print("\n");
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const Error& error) {
    std::fprintf(stderr, "syntax_news_eval: error: %s\n", error.what());
    return 1;
  }
}
