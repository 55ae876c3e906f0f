set(GROUNDWORK_TEST_DATA ${CMAKE_CURRENT_LIST_DIR}/data)
set(GROUNDWORK_QML_TEST_MAIN ${CMAKE_CURRENT_LIST_DIR}/qml/quicktest_main.cpp.in)

# groundwork_add_test(<name> LABEL <unit|qml|integration> SOURCES <...> [LIBS <...>])
# A Qt Test executable registered with ctest under its label.
function(groundwork_add_test name)
  cmake_parse_arguments(ARG "" "LABEL;TIMEOUT" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  set_target_properties(${name} PROPERTIES AUTOMOC ON)
  target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
  target_compile_definitions(${name} PRIVATE
    GROUNDWORK_TEST_DATA="${GROUNDWORK_TEST_DATA}"
    GROUNDWORK_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    GROUNDWORK_BINARY_DIR="${PROJECT_BINARY_DIR}")
  add_test(NAME ${name} COMMAND ${name})
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  set_tests_properties(${name} PROPERTIES LABELS ${ARG_LABEL} TIMEOUT ${ARG_TIMEOUT}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endfunction()

# Adds every sub-folder of the calling folder that has a CMakeLists.txt (one folder per area,
# each owned by the area's authors).
function(groundwork_add_area_dirs)
  file(GLOB areas LIST_DIRECTORIES true CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*)
  foreach(area IN LISTS areas)
    if(IS_DIRECTORY ${area} AND EXISTS ${area}/CMakeLists.txt)
      add_subdirectory(${area})
    endif()
  endforeach()
endfunction()

# groundwork_add_qml_test(<name> PLUGINS <plugin targets...> [LIBS <...>])
# A Qt Quick Test runner over the tst_*.qml files of the calling folder, label `qml`. Its main()
# is generated, importing the static QML plugins named (groundwork_qml_<feature>plugin) and
# handing the tests the real view models over fake data (tests/qml/fixture, as `fixture`).
function(groundwork_add_qml_test name)
  cmake_parse_arguments(ARG "" "" "PLUGINS;LIBS" ${ARGN})
  set(GROUNDWORK_PLUGIN_IMPORTS "")
  foreach(plugin IN LISTS ARG_PLUGINS)
    string(REGEX REPLACE "^groundwork_qml_(.*)plugin$" "\\1" feature ${plugin})
    string(SUBSTRING ${feature} 0 1 first)
    string(SUBSTRING ${feature} 1 -1 rest)
    string(TOUPPER ${first} first)
    string(APPEND GROUNDWORK_PLUGIN_IMPORTS "Q_IMPORT_QML_PLUGIN(Groundwork_${first}${rest}Plugin)\n")
  endforeach()
  set(GROUNDWORK_TEST_NAME ${name})
  set(main ${CMAKE_CURRENT_BINARY_DIR}/${name}_main.cpp)
  configure_file(${GROUNDWORK_QML_TEST_MAIN} ${main} @ONLY)
  add_executable(${name} ${main})
  set_target_properties(${name} PROPERTIES AUTOMOC ON)
  target_link_libraries(${name} PRIVATE Qt6::QuickTest Qt6::Quick Qt6::QuickControls2
    groundwork_qml_testfixture ${ARG_PLUGINS} ${ARG_LIBS})
  groundwork_add_translations(${name}) # the English plural forms the fixture installs
  target_compile_definitions(${name} PRIVATE QUICK_TEST_SOURCE_DIR="${CMAKE_CURRENT_SOURCE_DIR}")
  add_test(NAME ${name} COMMAND ${name} -input ${CMAKE_CURRENT_SOURCE_DIR})
  set_tests_properties(${name} PROPERTIES LABELS qml TIMEOUT 120
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_QUICK_CONTROLS_STYLE=Material")
endfunction()
