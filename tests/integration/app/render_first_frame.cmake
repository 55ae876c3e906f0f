# Runs the app offscreen at phone size, asks it to save its first frame, and checks that the
# frame was written and is a real image (not an empty file).
file(REMOVE ${OUT})
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
    ${APP} --window-size 360x640 --theme light --screenshot ${OUT}
  RESULT_VARIABLE status
  OUTPUT_VARIABLE out ERROR_VARIABLE err
  TIMEOUT 45)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "groundwork exited with ${status}\n${out}\n${err}")
endif()
if(NOT EXISTS ${OUT})
  message(FATAL_ERROR "no screenshot written\n${out}\n${err}")
endif()
file(SIZE ${OUT} size)
file(READ ${OUT} magic LIMIT 8 HEX)
if(NOT magic STREQUAL "89504e470d0a1a0a" OR size LESS 5000)
  message(FATAL_ERROR "screenshot is not a plausible PNG (${size} bytes, magic ${magic})")
endif()
if(err MATCHES "qrc:.*(Error|error|TypeError|ReferenceError|unavailable)")
  message(FATAL_ERROR "QML errors while rendering:\n${err}")
endif()
