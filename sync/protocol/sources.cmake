target_sources(groundwork_sync PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/protocolversion.h
  ${CMAKE_CURRENT_LIST_DIR}/protocolversion.cpp)
