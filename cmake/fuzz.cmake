# libFuzzer targets: fuzz/*_fuzzer.cc -> one binary each (clang only; preset "fuzz").
file(GLOB fuzz_sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/fuzz/*_fuzzer.cc)
foreach(src ${fuzz_sources})
  get_filename_component(name ${src} NAME_WE)
  add_executable(${name} ${src})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(${name} PRIVATE sitrep_pipeline)
  target_link_options(${name} PRIVATE -fsanitize=fuzzer)
endforeach()
