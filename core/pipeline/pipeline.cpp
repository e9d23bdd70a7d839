#include "core/pipeline/pipeline.h"

#include "core/timex/age_dates.h"
#include "core/tlinks/analysis_tlinks.h"

namespace chronograph::core {

Pipeline::Pipeline(Tokenizer tokenizer, MorphoSyntax syntax, TimexTagger timex, EventExtractor events, CueLinker linker,
                   TlinkClassifier tlinks)
    : tokenizer_(std::move(tokenizer)),
      syntax_(std::move(syntax)),
      timex_(std::move(timex)),
      events_(std::move(events)),
      linker_(std::move(linker)),
      tlinks_(std::move(tlinks)) {}

Pipeline Pipeline::load(const DataDir& data) {
  return Pipeline(Tokenizer::load(data), MorphoSyntax::load(data), TimexTagger::load(data), EventExtractor::load(data),
                  CueLinker::load(data), TlinkClassifier::load(data));
}

DocumentAnalysis Pipeline::analyse(Document document) const {
  DocumentAnalysis analysis;
  analysis.tokens = tokenizer_.tokenize(document.text, document.sentence_ends);
  syntax_.annotate(analysis.tokens);
  analysis.timexes = timex_.tag(document.text, &analysis.tokens, document.dct);
  add_age_dates(document.text, analysis.tokens, analysis.timexes);
  analysis.events = events_.extract(document.text, analysis.tokens, analysis.timexes, document.dct);
  analysis.links = linker_.link(analysis.tokens, analysis.events);
  analysis.document = std::move(document);
  analysis.tlinks = tlinks_.classify(tlink_input_for(analysis));
  return analysis;
}

namespace {

// The end of the part that starts at `begin`: the first paragraph break after `begin + size`,
// else the first line break, else the first space; never inside a UTF-8 character.
std::size_t part_end(std::string_view text, std::size_t begin, std::size_t size) {
  const std::size_t target = begin + size;
  if (target >= text.size()) return text.size();
  for (const std::string_view separator : {"\n\n", "\n", " "}) {
    const std::size_t found = text.find(separator, target);
    if (found != std::string_view::npos && found - target < size) return found + separator.size();
  }
  std::size_t end = target;
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  return end;
}

}  // namespace

void Pipeline::analyse_in_parts(const Document& document, std::size_t part_bytes,
                                const std::function<void(DocumentAnalysis&&)>& sink) const {
  if (document.text.size() <= part_bytes) {
    sink(analyse(document));
    return;
  }
  PartOffset offset;
  const std::string_view text = document.text;
  for (std::size_t begin = 0; begin < text.size();) {
    const std::size_t end = part_end(text, begin, part_bytes);
    Document part;  // everything but the text and the gold annotations, which cover the whole
    part.id = document.id;
    part.path = document.path;
    part.title = document.title;
    part.format = document.format;
    part.text = std::string(text.substr(begin, end - begin));
    part.body_offset = document.body_offset + begin;
    part.dct = document.dct;
    part.dct_source = document.dct_source;
    auto analysis = analyse(std::move(part));
    analysis.part = offset;
    offset.bytes = end;
    offset.sentences += static_cast<int>(analysis.tokens.sentences.size());
    offset.timexes += analysis.timexes.size();
    sink(std::move(analysis));
    begin = end;
  }
}

}  // namespace chronograph::core
