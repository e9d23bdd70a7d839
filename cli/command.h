// Subcommands register themselves: each cli/cmd_NAME.cpp defines a setup function and a
// static CommandRegistration, so adding a command never touches main.cpp.
//
//   namespace {
//   void setup_eval(CLI::App& app, chronograph::cli::Context& context) {
//     auto* eval = app.add_subcommand("eval", "score TimeML output against gold");
//     ...
//     eval->callback([&context, options] { context.exit_code = run_eval(*options, context); });
//   }
//   const chronograph::cli::CommandRegistration registration{40, &setup_eval};
//   }  // namespace
#pragma once

#include <filesystem>
#include <optional>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/stderr_reporter.h"

namespace chronograph::cli {

// What every command shares: global flags and the reporter writing to stderr.
struct Context {
  bool quiet = false;
  bool verbose = false;
  std::optional<std::filesystem::path> data_dir;  // --data-dir
  StderrReporter reporter;
  int exit_code = 0;  // set by the command's callback: 0 done, 1 bad input / conflicts found
};

using CommandSetup = void (*)(CLI::App& app, Context& context);

// Commands are added to --help in `order` (build 10, extract 20, annotate 30, eval 40, ...).
struct CommandRegistration {
  CommandRegistration(int order, CommandSetup setup);
};

std::vector<std::pair<int, CommandSetup>>& command_registry();

// Exit codes, documented in --help and README.
inline constexpr int kExitOk = 0;
inline constexpr int kExitBadInput = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitInternal = 3;

}  // namespace chronograph::cli
