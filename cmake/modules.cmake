# chronograph_module(NAME DEPS ...): a static library made of the .cpp files of the
# current folder. One library per concept folder keeps builds incremental and keeps a
# broken file in one module from stopping the others.
function(chronograph_module name)
  cmake_parse_arguments(M "" "" "DEPS;PRIVATE_DEPS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
  if(NOT sources)  # headers only, so far
    add_library(${name} INTERFACE)
    target_include_directories(${name} INTERFACE ${PROJECT_SOURCE_DIR})
    target_link_libraries(${name} INTERFACE ${M_DEPS} ${M_PRIVATE_DEPS})
    return()
  endif()
  add_library(${name} STATIC ${sources})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(${name} PUBLIC ${M_DEPS} PRIVATE ${M_PRIVATE_DEPS})
  target_compile_options(${name} PRIVATE -Wall -Wextra)
  target_compile_definitions(${name} PRIVATE
    CHRONOGRAPH_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    CHRONOGRAPH_VERSION="${PROJECT_VERSION}")
endfunction()

# chronograph_test(NAME DEPS ...): a Catch2 executable of the .cpp files of the current
# folder, registered with CTest. Tests run from the source tree, so they find fixtures.
function(chronograph_test name)
  cmake_parse_arguments(T "" "" "DEPS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
  add_executable(${name} ${sources})
  target_link_libraries(${name} PRIVATE ${T_DEPS} chronograph_catch_main Catch2::Catch2)
  target_compile_options(${name} PRIVATE -Wall -Wextra)
  target_compile_definitions(${name} PRIVATE
    CHRONOGRAPH_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    CHRONOGRAPH_BINARY_DIR="${PROJECT_BINARY_DIR}"
    CHRONOGRAPH_SHARED_DIR="${CHRONOGRAPH_SHARED_DIR}")
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR})
  add_dependencies(${name} stage_data)
  # --warn NoTests: a test whose name the filter cannot match (a ';' in it, say) fails
  # instead of passing without running.
  catch_discover_tests(${name} WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} EXTRA_ARGS --warn NoTests
    PROPERTIES ENVIRONMENT "CHRONOGRAPH_DATA_DIR=${PROJECT_BINARY_DIR}/share/chronograph")
endfunction()
