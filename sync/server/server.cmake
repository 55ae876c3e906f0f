# The cohort server: a library (so tests can run it in-process) and the groundwork-server tool.
# It links the protocol only; no client or learner code may end up in it.
find_package(Qt6 6.4 REQUIRED COMPONENTS HttpServer Sql)
# The SQLite that Qt's QSQLITE driver is linked with (Debian's): the hot event INSERT binds
# through its C API on the driver's own connection (sqliteeventwriter.h).
find_package(SQLite3 REQUIRED)
# The libpq that Qt's QPSQL driver is linked with: an upload's statements run through it on the
# driver's own connection (postgresstatements.h).
pkg_check_modules(LIBPQ REQUIRED IMPORTED_TARGET libpq)

add_library(groundwork_sync_server STATIC
  ${CMAKE_CURRENT_LIST_DIR}/clock.h
  ${CMAKE_CURRENT_LIST_DIR}/credentials.h
  ${CMAKE_CURRENT_LIST_DIR}/credentials.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ratelimiter.h
  ${CMAKE_CURRENT_LIST_DIR}/ratelimiter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/store.h
  ${CMAKE_CURRENT_LIST_DIR}/migrations.h
  ${CMAKE_CURRENT_LIST_DIR}/migrations.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sqlstore.h
  ${CMAKE_CURRENT_LIST_DIR}/sqlvalues.h
  ${CMAKE_CURRENT_LIST_DIR}/sqlstore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sqlstoreevents.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sqliteeventwriter.h
  ${CMAKE_CURRENT_LIST_DIR}/sqliteeventwriter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/postgresstatements.h
  ${CMAKE_CURRENT_LIST_DIR}/postgresstatements.cpp
  ${CMAKE_CURRENT_LIST_DIR}/walcheckpointer.h
  ${CMAKE_CURRENT_LIST_DIR}/walcheckpointer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/walsyncer.h
  ${CMAKE_CURRENT_LIST_DIR}/walsyncer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sqlstoreupkeep.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sqlstoreaccounts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sqlstorerecovery.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sqlstorelead.cpp
  ${CMAKE_CURRENT_LIST_DIR}/leadreports.h
  ${CMAKE_CURRENT_LIST_DIR}/leadreports.cpp
  ${CMAKE_CURRENT_LIST_DIR}/leadendpoints.cpp
  ${CMAKE_CURRENT_LIST_DIR}/accountexport.h
  ${CMAKE_CURRENT_LIST_DIR}/accountexport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/storefactory.h
  ${CMAKE_CURRENT_LIST_DIR}/storefactory.cpp
  ${CMAKE_CURRENT_LIST_DIR}/provisioning.h
  ${CMAKE_CURRENT_LIST_DIR}/provisioning.cpp
  ${CMAKE_CURRENT_LIST_DIR}/syncservice.h
  ${CMAKE_CURRENT_LIST_DIR}/syncservice.cpp
  ${CMAKE_CURRENT_LIST_DIR}/groupcommit.h
  ${CMAKE_CURRENT_LIST_DIR}/groupcommit.cpp
  ${CMAKE_CURRENT_LIST_DIR}/servicereplies.h
  ${CMAKE_CURRENT_LIST_DIR}/identityendpoints.cpp
  ${CMAKE_CURRENT_LIST_DIR}/connectionguard.h
  ${CMAKE_CURRENT_LIST_DIR}/connectionguard.cpp
  ${CMAKE_CURRENT_LIST_DIR}/accesslog.h
  ${CMAKE_CURRENT_LIST_DIR}/accesslog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/servicestack.h
  ${CMAKE_CURRENT_LIST_DIR}/storeshard.h
  ${CMAKE_CURRENT_LIST_DIR}/storeshard.cpp
  ${CMAKE_CURRENT_LIST_DIR}/frontendthread.h
  ${CMAKE_CURRENT_LIST_DIR}/frontendthread.cpp
  ${CMAKE_CURRENT_LIST_DIR}/httpfrontend.h
  ${CMAKE_CURRENT_LIST_DIR}/httpfrontend.cpp
  ${CMAKE_CURRENT_LIST_DIR}/serversettings.h
  ${CMAKE_CURRENT_LIST_DIR}/serversettings.cpp
  ${CMAKE_CURRENT_LIST_DIR}/unixsignals.h
  ${CMAKE_CURRENT_LIST_DIR}/unixsignals.cpp
  ${CMAKE_CURRENT_LIST_DIR}/backup.h
  ${CMAKE_CURRENT_LIST_DIR}/backup.cpp
  ${CMAKE_CURRENT_LIST_DIR}/servecommand.h
  ${CMAKE_CURRENT_LIST_DIR}/servecommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/servercli.h
  ${CMAKE_CURRENT_LIST_DIR}/servercli.cpp)
set_target_properties(groundwork_sync_server PROPERTIES AUTOMOC ON)
target_link_libraries(groundwork_sync_server PUBLIC groundwork_sync_protocol groundwork_sync_lead Qt6::Network Qt6::HttpServer Qt6::Sql
  PRIVATE PkgConfig::SODIUM SQLite::SQLite3 PkgConfig::LIBPQ)

add_executable(groundwork-server ${CMAKE_CURRENT_LIST_DIR}/main.cpp)
target_link_libraries(groundwork-server PRIVATE groundwork_sync_server)
target_compile_definitions(groundwork-server PRIVATE GROUNDWORK_VERSION="${PROJECT_VERSION}")

# A development TLS certificate in the build tree, for tests and local runs; never committed.
set(GROUNDWORK_SYNC_DEV_CERT_DIR ${CMAKE_BINARY_DIR}/sync-dev-cert CACHE INTERNAL "")
add_custom_command(
  OUTPUT ${GROUNDWORK_SYNC_DEV_CERT_DIR}/server.crt ${GROUNDWORK_SYNC_DEV_CERT_DIR}/server.key
  COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/dev-cert.sh ${GROUNDWORK_SYNC_DEV_CERT_DIR}
  DEPENDS ${CMAKE_CURRENT_LIST_DIR}/dev-cert.sh
  COMMENT "Development TLS certificate for groundwork-server"
  VERBATIM)
add_custom_target(groundwork_sync_dev_cert ALL
  DEPENDS ${GROUNDWORK_SYNC_DEV_CERT_DIR}/server.crt ${GROUNDWORK_SYNC_DEV_CERT_DIR}/server.key)
