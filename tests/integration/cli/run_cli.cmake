# Runs PROGRAM with ARGS (a ;-list) and no display, and checks its exit code is EXPECT_EXIT and
# that its output (stdout then stderr, stripped) matches every regular expression in EXPECT.
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM
    ${PROGRAM} ${ARGS}
  RESULT_VARIABLE status
  OUTPUT_VARIABLE out ERROR_VARIABLE err
  TIMEOUT 20)
if(NOT status STREQUAL "${EXPECT_EXIT}")
  message(FATAL_ERROR "${PROGRAM} ${ARGS} exited with ${status}, not ${EXPECT_EXIT}\n${out}${err}")
endif()
# Stripped, so that ^ and $ in a pattern stand for the whole output.
string(STRIP "${out}${err}" output)
foreach(pattern IN LISTS EXPECT)
  if(NOT output MATCHES "${pattern}")
    message(FATAL_ERROR "${PROGRAM} ${ARGS}: output does not match '${pattern}':\n${out}${err}")
  endif()
endforeach()
message(STATUS "${PROGRAM} ${ARGS}: exit ${status}, ${out}${err}")
