# The cohort lead's rules, free of Qt GUI, HTTP and storage, so the server, the app and the
# tests share them: stalled members (days without activity; a goal plan too once the server
# knows one), group figures that protect individuals, and the exports (CSV through libcsv, xAPI 1.0.3 statements).
find_library(GROUNDWORK_LIBCSV csv REQUIRED)
find_path(GROUNDWORK_LIBCSV_INCLUDE csv.h REQUIRED)
add_library(groundwork_sync_lead STATIC
  ${CMAKE_CURRENT_LIST_DIR}/activitykinds.h
  ${CMAKE_CURRENT_LIST_DIR}/activitykinds.cpp
  ${CMAKE_CURRENT_LIST_DIR}/stallrule.h
  ${CMAKE_CURRENT_LIST_DIR}/stallrule.cpp
  ${CMAKE_CURRENT_LIST_DIR}/groupfigure.h
  ${CMAKE_CURRENT_LIST_DIR}/groupfigure.cpp
  ${CMAKE_CURRENT_LIST_DIR}/leadexport.h
  ${CMAKE_CURRENT_LIST_DIR}/leadexport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cohortrole.h
  ${CMAKE_CURRENT_LIST_DIR}/cohortrole.cpp
  ${CMAKE_CURRENT_LIST_DIR}/leadtrack.h
  ${CMAKE_CURRENT_LIST_DIR}/leadtrack.cpp)
target_include_directories(groundwork_sync_lead PUBLIC ${CMAKE_CURRENT_LIST_DIR}/.. PRIVATE ${GROUNDWORK_LIBCSV_INCLUDE})
target_link_libraries(groundwork_sync_lead PUBLIC groundwork_sync_proto Qt6::Core PRIVATE ${GROUNDWORK_LIBCSV})
