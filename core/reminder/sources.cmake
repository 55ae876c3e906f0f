# The gentle reminder: when it may be shown (pure schedule logic; the notification itself is
# platform code behind platforms/include/groundwork/platform/notifier.h).
target_sources(groundwork_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/reminderschedule.h
  ${CMAKE_CURRENT_LIST_DIR}/reminderschedule.cpp)
