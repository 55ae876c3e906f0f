# View models: QObjects the QML screens bind to. No QML here; screens stay thin.
target_sources(groundwork_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/learnersession.h
  ${CMAKE_CURRENT_LIST_DIR}/learnersession.cpp)
target_sources(groundwork_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/drillsession.h
  ${CMAKE_CURRENT_LIST_DIR}/drillsession.cpp)
include(${CMAKE_CURRENT_LIST_DIR}/feature_sources.cmake)
