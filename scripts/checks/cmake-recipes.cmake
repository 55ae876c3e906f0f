# Reads the platform CMake files that only other systems' toolchains configure (Android, iOS,
# macOS, Windows), so a syntax error or a broken variable reference shows on Linux too.
#   cmake -DSOURCE_DIR=<checkout> -DWORK_DIR=<scratch dir> -P scripts/checks/cmake-recipes.cmake
# Commands that need real targets are replaced by stand-ins that only check they were given
# arguments; everything else (math, configure_file, find_program, conditions) runs for real.
foreach(command IN ITEMS add_custom_target add_dependencies set_target_properties set_property
    target_sources target_link_libraries target_link_options set_source_files_properties
    enable_language install)
  cmake_language(EVAL CODE "
    function(${command})
      if(ARGC EQUAL 0)
        message(FATAL_ERROR \"${command} called without arguments\")
      endif()
    endfunction()")
endforeach()

set(PROJECT_SOURCE_DIR ${SOURCE_DIR})
set(PROJECT_VERSION 0.1.0)
set(PROJECT_VERSION_MAJOR 0)
set(PROJECT_VERSION_MINOR 1)
set(PROJECT_VERSION_PATCH 0)
set(CMAKE_BINARY_DIR ${WORK_DIR})
set(CMAKE_CURRENT_BINARY_DIR ${WORK_DIR})
set(GROUNDWORK_CONTENT_RCC ${WORK_DIR}/groundwork-content.rcc)

foreach(system IN ITEMS android ios macos windows)
  set(CMAKE_CURRENT_SOURCE_DIR ${SOURCE_DIR}/platforms/${system})
  include(${SOURCE_DIR}/platforms/${system}/CMakeLists.txt)
  include(${SOURCE_DIR}/platforms/${system}/app.cmake)
  message(STATUS "read platforms/${system}/CMakeLists.txt and app.cmake")
endforeach()
