#include "cli/output.h"

#include <algorithm>
#include <cstdio>

#include <fmt/format.h>

#include "core/common/atomic_file.h"
#include "core/common/error.h"

namespace chronograph::cli {

std::string choose_format(const std::optional<std::string>& explicit_format,
                          const std::optional<std::filesystem::path>& output, std::string_view fallback,
                          const std::vector<std::string>& allowed) {
  std::string format = std::string(fallback);
  std::string option;  // the option the format came from, named in the error: "--format", "-o"
  if (explicit_format) format = *explicit_format, option = "--format";
  else if (output && output->has_extension()) format = output->extension().string().substr(1), option = "-o";
  std::transform(format.begin(), format.end(), format.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (std::find(allowed.begin(), allowed.end(), format) != allowed.end()) return format;
  std::string choices;
  for (const auto& name : allowed) choices += (choices.empty() ? "" : ", ") + name;
  throw UsageError(fmt::format("{}: cannot write format '{}'; expected one of: {}", option, format, choices));
}

void write_output(const std::optional<std::filesystem::path>& output, std::string_view content) {
  if (output) {
    write_file_atomically(*output, content);
    return;
  }
  std::fwrite(content.data(), 1, content.size(), stdout);
  std::fflush(stdout);
}

}  // namespace chronograph::cli
