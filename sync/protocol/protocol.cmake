# The wire protocol: version, limits, request decoding, error encoding, WireEvent and the
# compressed body. Shared by the client and the server; Qt Core, protobuf, zlib and the UUID
# helper, nothing else.
add_library(groundwork_sync_protocol STATIC
  ${CMAKE_CURRENT_LIST_DIR}/protocolversion.h
  ${CMAKE_CURRENT_LIST_DIR}/protocolversion.cpp
  ${CMAKE_CURRENT_LIST_DIR}/limits.h
  ${CMAKE_CURRENT_LIST_DIR}/wireevent.h
  ${CMAKE_CURRENT_LIST_DIR}/wireevent.cpp
  ${CMAKE_CURRENT_LIST_DIR}/wirecodec.h
  ${CMAKE_CURRENT_LIST_DIR}/wirecodec.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bodyencoding.h
  ${CMAKE_CURRENT_LIST_DIR}/bodyencoding.cpp)
target_include_directories(groundwork_sync_protocol PUBLIC ${CMAKE_CURRENT_LIST_DIR}/..)
find_package(ZLIB REQUIRED)
target_link_libraries(groundwork_sync_protocol PUBLIC groundwork_sync_proto Qt6::Core
  PRIVATE groundwork_ids ZLIB::ZLIB)
