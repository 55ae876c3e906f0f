# View models of the Profile, Tracks, Settings and First-run screens.
target_sources(groundwork_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/preferences.h
  ${CMAKE_CURRENT_LIST_DIR}/preferences.cpp
  ${CMAKE_CURRENT_LIST_DIR}/mydata.h
  ${CMAKE_CURRENT_LIST_DIR}/mydata.cpp
  ${CMAKE_CURRENT_LIST_DIR}/profileviewmodel.h
  ${CMAKE_CURRENT_LIST_DIR}/profileviewmodel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tracksviewmodel.h
  ${CMAKE_CURRENT_LIST_DIR}/tracksviewmodel.cpp)
