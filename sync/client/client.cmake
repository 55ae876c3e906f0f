# The app's side of sync, without QML: the engine (Qt Network) and when it runs, the outbox over
# the learner store, the stored credential, and the rules of sharing a profile. The cohort
# screen's view models are in qml/cohort.
add_library(groundwork_sync_client STATIC
  ${CMAKE_CURRENT_LIST_DIR}/outboxsource.h
  ${CMAKE_CURRENT_LIST_DIR}/backoff.h
  ${CMAKE_CURRENT_LIST_DIR}/backoff.cpp
  ${CMAKE_CURRENT_LIST_DIR}/syncengine.h
  ${CMAKE_CURRENT_LIST_DIR}/syncengine.cpp
  ${CMAKE_CURRENT_LIST_DIR}/syncscheduler.h
  ${CMAKE_CURRENT_LIST_DIR}/syncscheduler.cpp
  ${CMAKE_CURRENT_LIST_DIR}/learneroutbox.h
  ${CMAKE_CURRENT_LIST_DIR}/learneroutbox.cpp
  ${CMAKE_CURRENT_LIST_DIR}/keyringstore.h
  ${CMAKE_CURRENT_LIST_DIR}/keyringstore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sealedoutbox.h
  ${CMAKE_CURRENT_LIST_DIR}/sealedoutbox.cpp
  ${CMAKE_CURRENT_LIST_DIR}/keyrotation.h
  ${CMAKE_CURRENT_LIST_DIR}/keyrotation.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cohortcredentials.h
  ${CMAKE_CURRENT_LIST_DIR}/cohortcredentials.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cohortrequest.h
  ${CMAKE_CURRENT_LIST_DIR}/cohortrequest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cohortconnection.h
  ${CMAKE_CURRENT_LIST_DIR}/cohortconnection.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cohortdeparture.h
  ${CMAKE_CURRENT_LIST_DIR}/cohortdeparture.cpp
  ${CMAKE_CURRENT_LIST_DIR}/profilesharechoice.h
  ${CMAKE_CURRENT_LIST_DIR}/profilesharechoice.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sharedprofile.h
  ${CMAKE_CURRENT_LIST_DIR}/sharedprofile.cpp
  ${CMAKE_CURRENT_LIST_DIR}/secretstore.h
  ${CMAKE_CURRENT_LIST_DIR}/secretstore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/keychainsecretstore.h
  ${CMAKE_CURRENT_LIST_DIR}/keychainsecretstore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pendingrequests.h
  ${CMAKE_CURRENT_LIST_DIR}/pendingrequests.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cohortrolewire.h
  ${CMAKE_CURRENT_LIST_DIR}/cohortrolewire.cpp)
set_target_properties(groundwork_sync_client PROPERTIES AUTOMOC ON)
# The system keychain (Secret Service, macOS/iOS Keychain, Windows Credential Manager) for the
# device credential.
find_package(Qt6Keychain REQUIRED)
target_link_libraries(groundwork_sync_client PUBLIC groundwork_sync_protocol groundwork_sync_crypto
  groundwork_core Qt6::Network Qt6::Sql PRIVATE qt6keychain)
