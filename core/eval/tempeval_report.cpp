#include "core/eval/tempeval_report.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace chronograph::core {
namespace {

using Json = nlohmann::ordered_json;  // te3score's key order

double accuracy(std::size_t correct, std::size_t aligned) {
  return aligned ? 100 * static_cast<double>(correct) / static_cast<double>(aligned) : 0.0;
}

Json prf_json(const Prf& m) {
  return Json{{"precision", m.precision}, {"recall", m.recall}, {"f1", m.f1}};
}

Json extent_json(const ExtentCounts& c) {
  Json out;
  out["gold"] = c.gold;
  out["system"] = c.system;
  Json strict{{"matched", c.strict}};
  strict.update(prf_json(prf(c.strict, c.system, c.strict, c.gold)));
  out["strict"] = strict;
  Json relaxed{{"matched", c.relaxed}};
  relaxed.update(prf_json(prf(c.relaxed, c.system, c.relaxed, c.gold)));
  out["relaxed"] = relaxed;
  for (const auto& attribute : c.attributes) {
    Json a{{"correct", attribute.correct}, {"accuracy", accuracy(attribute.correct, c.relaxed)}};
    a.update(prf_json(prf(attribute.correct, c.system, attribute.correct, c.gold)));
    out[attribute.name] = a;
  }
  return out;
}

Json awareness_json(const AwarenessCounts& c) {
  Json out{{"precision_verified", c.precision_verified},
           {"system_reduced", c.system_reduced},
           {"recall_verified", c.recall_verified},
           {"gold_reduced", c.gold_reduced}};
  // TempEval-3 scores 0 when neither side has a link (extents score 100 then).
  out.update(prf_json(prf(c.precision_verified, c.system_reduced, c.recall_verified,
                          c.gold_reduced, 0.0)));
  return out;
}

void add_counts(Json& out, const TempevalCounts& counts) {
  out["timex3"] = extent_json(counts.timex3);
  out["event"] = extent_json(counts.event);
  out["tlink"] = awareness_json(counts.tlink);
}

std::string row(std::string_view name, const Prf& m, const std::string& counts) {
  return fmt::format("{:28}{:8.2f}{:8.2f}{:8.2f}   {}\n", name, m.precision, m.recall, m.f1, counts);
}

}  // namespace

std::string tempeval_title(std::size_t documents) {
  return fmt::format("TempEval-3 scores over {} documents (micro-averaged, percent)", documents);
}

std::string format_tempeval_table(const TempevalCounts& counts, const std::string& title) {
  std::string out = title + "\n\n" + fmt::format("{:28}{:>8}{:>8}{:>8}   counts\n", "", "P", "R", "F1");
  const std::pair<const ExtentCounts*, std::string_view> kinds[] = {{&counts.timex3, "TIMEX3"},
                                                                    {&counts.event, "EVENT"}};
  for (const auto& [c, label] : kinds) {
    const std::string sizes = fmt::format("gold {}, system {}", c->gold, c->system);
    out += row(fmt::format("{} extent strict", label), prf(c->strict, c->system, c->strict, c->gold),
               fmt::format("{} matched; {}", c->strict, sizes));
    out += row(fmt::format("{} extent relaxed", label),
               prf(c->relaxed, c->system, c->relaxed, c->gold), fmt::format("{} matched", c->relaxed));
    // te3score lists value before type.
    for (const std::string_view name : {"value", "type", "class"})
      for (const auto& attribute : c->attributes)
        if (attribute.name == name)
          out += row(fmt::format("{} {}", label, name),
                     prf(attribute.correct, c->system, attribute.correct, c->gold),
                     fmt::format("{} correct, accuracy {:.2f}", attribute.correct,
                                 accuracy(attribute.correct, c->relaxed)));
  }
  const auto& t = counts.tlink;
  out += row("TLINK temporal awareness",
             prf(t.precision_verified, t.system_reduced, t.recall_verified, t.gold_reduced, 0.0),
             fmt::format("verified {}/{} system, {}/{} gold (reduced graphs)", t.precision_verified,
                         t.system_reduced, t.recall_verified, t.gold_reduced));
  return out;
}

std::string tempeval_json(const EvalResult& result, const std::string& gold_label,
                          const std::string& system_label, bool per_document) {
  Json out;
  out["gold"] = gold_label;
  out["system"] = system_label;
  out["documents"] = result.documents.size();
  out["unscored"] = 0;  // te3score's --skip-errors count; chronograph stops at the first error
  add_counts(out, result.total);
  if (per_document) {
    Json documents = Json::object();
    for (const auto& document : result.documents) {
      Json one;
      add_counts(one, document.counts);
      documents[document.name] = one;
    }
    out["per_document"] = documents;
  }
  return out.dump(2) + "\n";
}

}  // namespace chronograph::core
