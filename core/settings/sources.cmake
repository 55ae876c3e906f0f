# Device-local preferences (appearance, narration speed, language, reminder, first-run choices).
target_sources(groundwork_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/preferences.h
  ${CMAKE_CURRENT_LIST_DIR}/preferences.cpp)
