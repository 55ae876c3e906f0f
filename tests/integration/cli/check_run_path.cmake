# Fails when a program names a run path (RPATH or RUNPATH): the programs load only the system's
# libraries, and an empty entry there (as CMake's build tree once wrote) makes the dynamic loader
# search the current directory for every library.
# cmake -DREADELF=<readelf> -DPROGRAMS=<file;file...> -P check_run_path.cmake
foreach(program IN LISTS PROGRAMS)
  execute_process(COMMAND ${READELF} -d ${program} OUTPUT_VARIABLE dynamic RESULT_VARIABLE code)
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "${READELF} -d ${program} failed (${code})")
  endif()
  if(NOT dynamic MATCHES "NEEDED")
    message(FATAL_ERROR "${program}: no dynamic section read")
  endif()
  string(REGEX MATCH "\\((RPATH|RUNPATH)\\)[^\n]*" path "${dynamic}")
  if(path)
    message(FATAL_ERROR "${program} names a run path: ${path}")
  endif()
  message(STATUS "${program}: no run path")
endforeach()
