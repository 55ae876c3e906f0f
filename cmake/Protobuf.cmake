# groundwork_add_proto_library(<target> PROTO_ROOT <dir> PROTOS <files...>)
# Generates C++ from .proto files with protoc and wraps it in a static library.
function(groundwork_add_proto_library target)
  cmake_parse_arguments(ARG "" "PROTO_ROOT" "PROTOS" ${ARGN})
  set(out_dir ${CMAKE_CURRENT_BINARY_DIR}/proto)
  set(sources)
  foreach(proto IN LISTS ARG_PROTOS)
    file(RELATIVE_PATH rel ${ARG_PROTO_ROOT} ${proto})
    string(REGEX REPLACE "\\.proto$" "" stem ${rel})
    set(cc ${out_dir}/${stem}.pb.cc)
    set(h ${out_dir}/${stem}.pb.h)
    add_custom_command(
      OUTPUT ${cc} ${h}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${out_dir}
      COMMAND protobuf::protoc --cpp_out=${out_dir} -I ${ARG_PROTO_ROOT} ${proto}
      DEPENDS ${proto} protobuf::protoc
      COMMENT "protoc ${rel}"
      VERBATIM)
    list(APPEND sources ${cc} ${h})
  endforeach()
  add_library(${target} STATIC ${sources})
  target_include_directories(${target} SYSTEM PUBLIC ${out_dir})
  target_link_libraries(${target} PUBLIC protobuf::libprotobuf-lite)
  set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
  target_compile_options(${target} PRIVATE -w)
endfunction()
