# sitrep_stage(NAME DEPS ...): a static library sitrep_NAME from src/NAME/*.cc.
# Headers are included as "NAME/file.h" from src/.
function(sitrep_stage name)
  cmake_parse_arguments(ARG "" "" "DEPS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/${name}/*.cc)
  if(NOT sources)
    # A stage whose code has not landed yet: headers only.
    add_library(sitrep_${name} INTERFACE)
    target_include_directories(sitrep_${name} INTERFACE ${PROJECT_SOURCE_DIR}/src)
    target_link_libraries(sitrep_${name} INTERFACE ${ARG_DEPS})
    return()
  endif()
  add_library(sitrep_${name} STATIC ${sources})
  target_include_directories(sitrep_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(sitrep_${name} PUBLIC ${ARG_DEPS})
  target_compile_definitions(sitrep_${name} PUBLIC
    SITREP_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    SITREP_DATA_DIR="${PROJECT_SOURCE_DIR}/data")
endfunction()
