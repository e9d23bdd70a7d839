#include "core/common/data_lines.h"

#include "core/common/atomic_file.h"
#include "core/common/error.h"

namespace chronograph::core {

std::string read_data_file(const std::filesystem::path& path, std::string_view help) {
  try {
    return read_file(path);
  } catch (const InputError& e) {
    throw InputError(e.what(), std::string(help));
  }
}

}  // namespace chronograph::core
