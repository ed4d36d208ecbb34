# SPDX-License-Identifier: Apache-2.0
# Test discovery by convention (see tests/README.md):
#   tests/unit/<module>/*_test.cc  -> one Catch2 binary unit-<module>
#   tests/support/tools/*.cc       -> helper programs (mock servers) in bin/
#   tests/cli/<tool>/*.sh          -> one ctest per script
#   testdata/<tool>/golden/<case>/ -> one ctest per case (tests/support/golden.sh)
#   every tools/lead-*.cc          -> a --help smoke test
set(LEADPIPE_SHARED_DIR "${PROJECT_SOURCE_DIR}/../shared" CACHE PATH "The shared data directory (../shared)")
get_filename_component(LEADPIPE_SHARED_DIR "${LEADPIPE_SHARED_DIR}" ABSOLUTE)

find_package(Catch2 REQUIRED)
add_library(leadpipe_catch_main OBJECT ${PROJECT_SOURCE_DIR}/tests/support/catch_main.cc)
target_link_libraries(leadpipe_catch_main PUBLIC Catch2::Catch2 leadpipe_flags)

file(GLOB LEADPIPE_TEST_SUPPORT CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/tests/support/lib/*.cc)
add_library(leadpipe_test_support STATIC ${LEADPIPE_TEST_SUPPORT})
target_include_directories(leadpipe_test_support PUBLIC ${PROJECT_SOURCE_DIR}/tests/support/lib)
target_link_libraries(leadpipe_test_support PUBLIC leadpipe_lib Catch2::Catch2)
target_compile_definitions(leadpipe_test_support PUBLIC
  LEADPIPE_TEST_SHARED="${LEADPIPE_SHARED_DIR}"
  LEADPIPE_TEST_SRC="${PROJECT_SOURCE_DIR}"
  LEADPIPE_TEST_BIN="${CMAKE_BINARY_DIR}/bin")

set(LEADPIPE_TEST_ENV
  "LEADPIPE_BIN=${CMAKE_BINARY_DIR}/bin"
  "LEADPIPE_SRC=${PROJECT_SOURCE_DIR}"
  "LEADPIPE_SHARED=${LEADPIPE_SHARED_DIR}"
  "LEADPIPE_TESTDATA=${PROJECT_SOURCE_DIR}/testdata"
  "PATH=${CMAKE_BINARY_DIR}/bin:$ENV{PATH}")

file(GLOB LEADPIPE_UNIT_DIRS LIST_DIRECTORIES true ${PROJECT_SOURCE_DIR}/tests/unit/*)
foreach(dir ${LEADPIPE_UNIT_DIRS})
  if(IS_DIRECTORY ${dir})
    get_filename_component(module ${dir} NAME)
    file(GLOB srcs CONFIGURE_DEPENDS ${dir}/*_test.cc)
    if(srcs)
      add_executable(unit-${module} ${srcs} $<TARGET_OBJECTS:leadpipe_catch_main>)
      set_target_properties(unit-${module} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
      target_link_libraries(unit-${module} PRIVATE leadpipe_test_support)
      add_test(NAME unit/${module} COMMAND unit-${module})
      set_tests_properties(unit/${module} PROPERTIES ENVIRONMENT "${LEADPIPE_TEST_ENV}")
    endif()
  endif()
endforeach()

file(GLOB LEADPIPE_SUPPORT_TOOLS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/tests/support/tools/*.cc)
foreach(src ${LEADPIPE_SUPPORT_TOOLS})
  get_filename_component(name ${src} NAME_WE)
  add_executable(${name} ${src})
  target_link_libraries(${name} PRIVATE leadpipe_lib)
endforeach()

file(GLOB LEADPIPE_CLI_TESTS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/tests/cli/*/*.sh)
foreach(script ${LEADPIPE_CLI_TESTS})
  get_filename_component(name ${script} NAME_WE)
  get_filename_component(dir ${script} DIRECTORY)
  get_filename_component(group ${dir} NAME)
  add_test(NAME cli/${group}/${name} COMMAND bash ${script})
  set_tests_properties(cli/${group}/${name} PROPERTIES ENVIRONMENT "${LEADPIPE_TEST_ENV}" TIMEOUT 600)
endforeach()

file(GLOB LEADPIPE_GOLDEN_CASES LIST_DIRECTORIES true ${PROJECT_SOURCE_DIR}/testdata/*/golden/*)
foreach(case ${LEADPIPE_GOLDEN_CASES})
  if(IS_DIRECTORY ${case} AND EXISTS ${case}/cmd)
    file(RELATIVE_PATH rel ${PROJECT_SOURCE_DIR}/testdata ${case})
    string(REPLACE "/golden/" "/" rel ${rel})
    add_test(NAME golden/${rel} COMMAND bash ${PROJECT_SOURCE_DIR}/tests/support/golden.sh ${case})
    set_tests_properties(golden/${rel} PROPERTIES ENVIRONMENT "${LEADPIPE_TEST_ENV}")
  endif()
endforeach()

foreach(tool ${LEADPIPE_TOOLS})
  add_test(NAME help/${tool} COMMAND ${tool} --help)
  set_tests_properties(help/${tool} PROPERTIES PASS_REGULAR_EXPRESSION "See ${tool}\\(1\\)")
endforeach()
