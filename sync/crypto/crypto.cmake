# End-to-end encryption of the learner's events between their own devices: account keys by
# epoch, sealing events, handing keys to a linked device, device key pairs and the envelopes
# that carry a new epoch after a sign-out. libsodium only; Qt Core, no GUI, no protocol.
# The caller runs sodium_init() once (the app's and the tests' main).
add_library(groundwork_sync_crypto STATIC
  ${CMAKE_CURRENT_LIST_DIR}/secretbytes.h
  ${CMAKE_CURRENT_LIST_DIR}/secretbytes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/typedcode.h
  ${CMAKE_CURRENT_LIST_DIR}/typedcode.cpp
  ${CMAKE_CURRENT_LIST_DIR}/subkeys.h
  ${CMAKE_CURRENT_LIST_DIR}/subkeys.cpp
  ${CMAKE_CURRENT_LIST_DIR}/accountkeyring.h
  ${CMAKE_CURRENT_LIST_DIR}/accountkeyring.cpp
  ${CMAKE_CURRENT_LIST_DIR}/eventsealer.h
  ${CMAKE_CURRENT_LIST_DIR}/eventsealer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/linkkeywrap.h
  ${CMAKE_CURRENT_LIST_DIR}/linkkeywrap.cpp
  ${CMAKE_CURRENT_LIST_DIR}/devicekeypair.h
  ${CMAKE_CURRENT_LIST_DIR}/devicekeypair.cpp
  ${CMAKE_CURRENT_LIST_DIR}/keyenvelope.h
  ${CMAKE_CURRENT_LIST_DIR}/keyenvelope.cpp
  ${CMAKE_CURRENT_LIST_DIR}/recoverykey.h
  ${CMAKE_CURRENT_LIST_DIR}/recoverykey.cpp)
target_include_directories(groundwork_sync_crypto PUBLIC ${CMAKE_CURRENT_LIST_DIR}/..)
target_link_libraries(groundwork_sync_crypto PUBLIC Qt6::Core PkgConfig::SODIUM)
