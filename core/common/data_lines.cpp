#include "core/common/data_lines.h"

#include "core/common/atomic_file.h"
#include "core/common/error.h"

namespace chronograph::core {

std::string read_data_file(const std::filesystem::path& path) {
  try {
    return read_file(path);
  } catch (const InputError& e) {
    throw InputError(e.what(), "chronograph's data is incomplete: rebuild with `make`, or pass --data-dir DIR "
                               "(the share/chronograph folder of a build or an install)");
  }
}

}  // namespace chronograph::core
