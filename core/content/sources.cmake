target_sources(groundwork_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/contentpack.h
  ${CMAKE_CURRENT_LIST_DIR}/contentpack.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lessoncontent.h
  ${CMAKE_CURRENT_LIST_DIR}/lessoncontent.cpp)
target_sources(groundwork_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/narrationfiles.h
  ${CMAKE_CURRENT_LIST_DIR}/narrationfiles.cpp)
target_sources(groundwork_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/narrationpositions.h
  ${CMAKE_CURRENT_LIST_DIR}/narrationpositions.cpp)
target_sources(groundwork_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/shownorder.h
  ${CMAKE_CURRENT_LIST_DIR}/shownorder.cpp)
