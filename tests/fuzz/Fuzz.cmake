# SPDX-License-Identifier: Apache-2.0
# libFuzzer targets: tests/fuzz/<name>_fuzz.cc -> <build>/fuzz/<name>_fuzz.
# Each is also a ctest that replays its seed corpus and every saved crasher
# (tests/fuzz/corpus/<target>/, tests/fuzz/crashers/<target>/).
file(GLOB LEADPIPE_FUZZ_SOURCES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/tests/fuzz/*_fuzz.cc)
foreach(src ${LEADPIPE_FUZZ_SOURCES})
  get_filename_component(name ${src} NAME_WE)
  add_executable(${name} ${src})
  set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/fuzz)
  target_link_libraries(${name} PRIVATE leadpipe_lib)
  target_link_options(${name} PRIVATE -fsanitize=fuzzer)
  set(corpus ${PROJECT_SOURCE_DIR}/tests/fuzz/corpus/${name})
  set(crashers ${PROJECT_SOURCE_DIR}/tests/fuzz/crashers/${name})
  file(MAKE_DIRECTORY ${corpus} ${crashers})
  add_test(NAME fuzz/${name} COMMAND ${name} -runs=0 ${corpus} ${crashers})
endforeach()
