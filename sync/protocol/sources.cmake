target_sources(groundwork_sync PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/protocolversion.h
  ${CMAKE_CURRENT_LIST_DIR}/protocolversion.cpp
  ${CMAKE_CURRENT_LIST_DIR}/limits.h
  ${CMAKE_CURRENT_LIST_DIR}/wireevent.h
  ${CMAKE_CURRENT_LIST_DIR}/wireevent.cpp
  ${CMAKE_CURRENT_LIST_DIR}/wirecodec.h
  ${CMAKE_CURRENT_LIST_DIR}/wirecodec.cpp)
