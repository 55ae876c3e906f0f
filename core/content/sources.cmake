# Reading the content pack: the pack itself, a lesson's content, narration files and positions,
# and the shuffled order options are shown in.
set(content_files
  contentpack.h contentpack.cpp
  lazyitems.h
  packsplit.h packsplit.cpp
  lessoncontent.h lessoncontent.cpp
  narrationfiles.h narrationfiles.cpp
  narrationpositions.h narrationpositions.cpp
  shownorder.h shownorder.cpp)
list(TRANSFORM content_files PREPEND ${CMAKE_CURRENT_LIST_DIR}/)
target_sources(groundwork_core PRIVATE ${content_files})
