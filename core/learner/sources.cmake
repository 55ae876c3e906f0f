# The learner's core: local store, events, derivation, scoring, review schedule, plans.
target_sources(groundwork_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/clock.h
  ${CMAKE_CURRENT_LIST_DIR}/clock.cpp
  ${CMAKE_CURRENT_LIST_DIR}/event.h
  ${CMAKE_CURRENT_LIST_DIR}/eventid.h
  ${CMAKE_CURRENT_LIST_DIR}/eventid.cpp
  ${CMAKE_CURRENT_LIST_DIR}/event.cpp
  ${CMAKE_CURRENT_LIST_DIR}/migrations.h
  ${CMAKE_CURRENT_LIST_DIR}/migrations.cpp
  ${CMAKE_CURRENT_LIST_DIR}/learnerstore.h
  ${CMAKE_CURRENT_LIST_DIR}/learnerstore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/judgmentscorer.h
  ${CMAKE_CURRENT_LIST_DIR}/judgmentscorer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/recorder.h
  ${CMAKE_CURRENT_LIST_DIR}/recorder.cpp)
target_sources(groundwork_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/fsrs.h
  ${CMAKE_CURRENT_LIST_DIR}/fsrs.cpp
  ${CMAKE_CURRENT_LIST_DIR}/estimate.h
  ${CMAKE_CURRENT_LIST_DIR}/estimate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/calibration.h
  ${CMAKE_CURRENT_LIST_DIR}/calibration.cpp
  ${CMAKE_CURRENT_LIST_DIR}/retiredkeys.h
  ${CMAKE_CURRENT_LIST_DIR}/retiredkeys.cpp
  ${CMAKE_CURRENT_LIST_DIR}/derivation.h
  ${CMAKE_CURRENT_LIST_DIR}/derivation.cpp
  ${CMAKE_CURRENT_LIST_DIR}/today.h
  ${CMAKE_CURRENT_LIST_DIR}/today.cpp
  ${CMAKE_CURRENT_LIST_DIR}/weeklygoal.h
  ${CMAKE_CURRENT_LIST_DIR}/weeklygoal.cpp
  ${CMAKE_CURRENT_LIST_DIR}/readiness.h
  ${CMAKE_CURRENT_LIST_DIR}/readiness.cpp)
