# Runs one QML module's qmllint target (which writes <target>_qmllint.json in the build folder)
# and checks its report with groundwork_qmllint_check. See CMakeLists.txt here.
#   cmake -DBUILD_DIR=<build> -DTARGET=<module target> -DCHECK=<checker> [-DALLOW=<regex;...>] -P run_qmllint.cmake
set(report "${BUILD_DIR}/${TARGET}_qmllint.json")
file(REMOVE "${report}")
# qmllint exits non-zero on warnings; the report says which, so the exit status is not used.
execute_process(COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --target ${TARGET}_qmllint_json
  OUTPUT_QUIET ERROR_QUIET)
set(allow_args)
foreach(pattern IN LISTS ALLOW)
  list(APPEND allow_args --allow "${pattern}")
endforeach()
execute_process(COMMAND "${CHECK}" "${report}" ${allow_args} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "qmllint: ${TARGET} has warnings (listed above)")
endif()
