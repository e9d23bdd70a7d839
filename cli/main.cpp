// The chronograph command: parses arguments, runs one subcommand, and is the one place that
// turns errors into messages and exit codes (0 done, 1 bad input, 2 bad usage, 3 a bug).
#include <algorithm>
#include <cstdio>
#include <string>

#include <fmt/format.h>

#include "cli/command.h"
#include "core/common/error.h"
#include "core/common/parse_errors.h"

namespace chronograph::cli {

std::vector<std::pair<int, CommandSetup>>& command_registry() {
  static std::vector<std::pair<int, CommandSetup>> registry;
  return registry;
}

CommandRegistration::CommandRegistration(int order, CommandSetup setup) {
  command_registry().emplace_back(order, setup);
}

namespace {

constexpr const char* kFooter = R"(
Examples:
  chronograph build article.txt -o timeline.svg       draw a timeline
  chronograph extract article.txt --format json       events, dates and links as JSON
  chronograph eval --gold GOLD_DIR --system OUT_DIR   TempEval-3 scores
  chronograph COMMAND --help                          each command's options, with examples

Exit codes: 0 done; 1 the input was bad (nothing written) or `check` found problems;
2 bad usage; 3 internal error (please report it).)";

void print_diagnostic(const ParseError& error) {
  fmt::print(stderr, "{}: error: {}{}\n", error.where().to_string(), error.message(),
             error.hint().empty() ? "" : "; " + error.hint());
  if (!error.source_line().empty() && error.where().line > 0) {
    const std::string number = std::to_string(error.where().line);
    fmt::print(stderr, " {} | {}\n", number, error.source_line());
    const int column = std::max(1, error.where().column);
    fmt::print(stderr, " {} | {}{}\n", std::string(number.size(), ' '),
               std::string(static_cast<std::size_t>(column - 1), ' '),
               "^" + std::string(static_cast<std::size_t>(error.caret_width() - 1), '~'));
  }
  if (!error.help().empty()) fmt::print(stderr, "   help: {}\n", error.help());
}

// CLI11 says "The following arguments were not expected: --lane"; we add what was meant.
std::string suggest_flag(const CLI::App& app, const std::string& message) {
  const auto colon = message.rfind(": ");
  if (colon == std::string::npos) return {};
  const std::string wanted = message.substr(colon + 2);
  const CLI::App* scope = &app;
  for (const auto* sub : app.get_subcommands()) scope = sub;
  std::vector<std::string> names;
  // The command's own options, and the global ones (--quiet) it hands on to chronograph.
  for (const CLI::App* owner : {scope, &app})
    for (const auto* option : owner->get_options())
      for (const auto& name : option->get_lnames()) names.push_back("--" + name);
  return did_you_mean(wanted.substr(0, wanted.find(' ')), names);
}

int run(int argc, char** argv) {
  Context context;
  CLI::App app{"chronograph: turns news text into a dated event graph and draws it", "chronograph"};
  app.footer(kFooter);
  app.set_version_flag("--version", std::string("chronograph ") + CHRONOGRAPH_VERSION);
  app.add_flag("-q,--quiet", context.quiet, "no progress line and no notes on stderr (warnings and errors still show)");
  app.add_flag("-v,--verbose", context.verbose, "more detail on stderr (timings)");
  app.add_option("--data-dir", context.data_dir,
                 "folder with data/ and models/ (default: $CHRONOGRAPH_DATA_DIR, else "
                 "share/chronograph beside the binary or one folder up)");
  app.require_subcommand(1);
  // Subcommands hand the options they do not know to chronograph itself, so the global flags
  // work on either side of the command: `chronograph -q extract a.txt` = `chronograph extract a.txt -q`.
  app.fallthrough();
  auto& registry = command_registry();
  std::sort(registry.begin(), registry.end());
  for (const auto& [order, setup] : registry) setup(app, context);
  app.parse_complete_callback([&context] { context.reporter.set_quiet(context.quiet); });

  if (argc <= 1) {
    fmt::print(stderr, "{}", app.help());
    return kExitUsage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    fmt::print(stderr, "chronograph: error: {}\n", e.what());
    if (const auto hint = suggest_flag(app, e.what()); !hint.empty())
      fmt::print(stderr, "   help: {}\n", hint);
    fmt::print(stderr, "   help: run `chronograph --help` or `chronograph COMMAND --help`\n");
    return kExitUsage;
  }
  context.reporter.clear_progress();
  return context.exit_code;
}

}  // namespace
}  // namespace chronograph::cli

int main(int argc, char** argv) {
  using namespace chronograph;
  try {
    return cli::run(argc, argv);
  } catch (const ParseErrors& errors) {
    for (const auto& error : errors.all()) cli::print_diagnostic(error);
    if (errors.all().size() > 1)
      fmt::print(stderr, "chronograph: {} errors in {}; nothing was applied or written\n", errors.all().size(),
                 errors.where().path);
    return cli::kExitBadInput;
  } catch (const ParseError& error) {
    cli::print_diagnostic(error);
    return cli::kExitBadInput;
  } catch (const InputError& error) {
    fmt::print(stderr, "chronograph: error: {}\n", error.what());
    if (!error.help().empty()) fmt::print(stderr, "   help: {}\n", error.help());
    return cli::kExitBadInput;
  } catch (const UsageError& error) {
    fmt::print(stderr, "chronograph: error: {}\n   help: run `chronograph --help`\n", error.what());
    return cli::kExitUsage;
  } catch (const std::exception& error) {
    fmt::print(stderr, "chronograph: internal error: {}; please report it\n", error.what());
    return cli::kExitInternal;
  }
}
