# The app's side of sync: the engine (Qt Network), the outbox over the learner store, and the
# cohort view models the QML uses.
add_library(groundwork_sync_client STATIC
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
set_target_properties(groundwork_sync_client PROPERTIES AUTOMOC ON)
target_link_libraries(groundwork_sync_client PUBLIC groundwork_sync_protocol groundwork_core
  Qt6::Network)
