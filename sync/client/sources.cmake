set_target_properties(groundwork_sync PROPERTIES AUTOMOC ON)
target_sources(groundwork_sync PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/outboxsource.h
  ${CMAKE_CURRENT_LIST_DIR}/backoff.h
  ${CMAKE_CURRENT_LIST_DIR}/backoff.cpp
  ${CMAKE_CURRENT_LIST_DIR}/syncengine.h
  ${CMAKE_CURRENT_LIST_DIR}/syncengine.cpp
  ${CMAKE_CURRENT_LIST_DIR}/learneroutbox.h
  ${CMAKE_CURRENT_LIST_DIR}/learneroutbox.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cohortviewmodel.h
  ${CMAKE_CURRENT_LIST_DIR}/cohortviewmodel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cohortrequest.h
  ${CMAKE_CURRENT_LIST_DIR}/cohortrequest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cohortdevices.h
  ${CMAKE_CURRENT_LIST_DIR}/cohortdevices.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sharedprofile.h
  ${CMAKE_CURRENT_LIST_DIR}/sharedprofile.cpp)
