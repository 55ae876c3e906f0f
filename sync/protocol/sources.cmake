target_sources(groundwork_sync PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/protocolversion.h
  ${CMAKE_CURRENT_LIST_DIR}/protocolversion.cpp
  ${CMAKE_CURRENT_LIST_DIR}/limits.h
  ${CMAKE_CURRENT_LIST_DIR}/wireevent.h
  ${CMAKE_CURRENT_LIST_DIR}/wireevent.cpp
  ${CMAKE_CURRENT_LIST_DIR}/wirecodec.h
  ${CMAKE_CURRENT_LIST_DIR}/wirecodec.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bodyencoding.h
  ${CMAKE_CURRENT_LIST_DIR}/bodyencoding.cpp)
find_package(ZLIB REQUIRED)
target_link_libraries(groundwork_sync PRIVATE ZLIB::ZLIB)
