# How the app is packaged on each platform other than Linux (whose Debian packages are in
# linux/packaging.cmake): bundle settings, icons, and the deployment step. Included from the
# top-level CMakeLists.txt once every target exists.
if(ANDROID)
  include(${CMAKE_CURRENT_LIST_DIR}/android/app.cmake)
elseif(CMAKE_SYSTEM_NAME STREQUAL "iOS")
  include(${CMAKE_CURRENT_LIST_DIR}/ios/app.cmake)
elseif(APPLE)
  include(${CMAKE_CURRENT_LIST_DIR}/macos/app.cmake)
elseif(WIN32)
  include(${CMAKE_CURRENT_LIST_DIR}/windows/app.cmake)
endif()
