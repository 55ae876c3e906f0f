# The learner's core: local store, events, derivation, scoring, review schedule, plans.
target_sources(groundwork_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/clock.h
  ${CMAKE_CURRENT_LIST_DIR}/clock.cpp
  ${CMAKE_CURRENT_LIST_DIR}/event.h
  ${CMAKE_CURRENT_LIST_DIR}/event.cpp
  ${CMAKE_CURRENT_LIST_DIR}/migrations.h
  ${CMAKE_CURRENT_LIST_DIR}/migrations.cpp
  ${CMAKE_CURRENT_LIST_DIR}/learnerstore.h
  ${CMAKE_CURRENT_LIST_DIR}/learnerstore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/judgmentscorer.h
  ${CMAKE_CURRENT_LIST_DIR}/judgmentscorer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/recorder.h
  ${CMAKE_CURRENT_LIST_DIR}/recorder.cpp)
