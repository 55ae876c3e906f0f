# The learner's data as the app uses it: the derived state kept in step with every record, and
# the calls that record what the learner does. Screens reach it through their view models.
target_sources(groundwork_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/learnerdata.h
  ${CMAKE_CURRENT_LIST_DIR}/learnerdata.cpp)
# The role the learner's cohort trains for, as sync brought it, and what the learner has seen of it.
target_sources(groundwork_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/cohortrolebook.h
  ${CMAKE_CURRENT_LIST_DIR}/cohortrolebook.cpp)
