# The learner's core: local store, events, derivation, scoring, review schedule, plans.
set(learner_files
  clock.h clock.cpp
  # events and their payloads
  event.h event.cpp
  eventid.h eventid.cpp
  payload.h payloadencode.cpp payloaddecode.cpp payloadreader.h
  stringpool.h stringpool.cpp
  # the store and what writes to it
  migrations.h migrations.cpp
  learnerstore.h learnerstore.cpp
  eventrows.h eventrows.cpp
  storefile.h storefile.cpp
  judgmentscorer.h judgmentscorer.cpp
  recorder.h recorder.cpp
  trackcompletion.h trackcompletion.cpp
  # what is derived from the events
  fsrs.h fsrs.cpp
  estimate.h estimate.cpp
  calibration.h calibration.cpp
  retiredkeys.h retiredkeys.cpp
  derivation.h derivation.cpp
  derivationfold.h derivationfold.cpp foldorder.cpp derivationsnapshot.cpp
  learnerstate.cpp
  today.h today.cpp
  weeklygoal.h weeklygoal.cpp
  readiness.h readiness.cpp
  cohortrole.h cohortrole.cpp
  assessmentdrills.h assessment.h assessment.cpp)
list(TRANSFORM learner_files PREPEND ${CMAKE_CURRENT_LIST_DIR}/)
target_sources(groundwork_core PRIVATE ${learner_files})
