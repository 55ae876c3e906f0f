# The app on Windows: the resource file (icon, version information, application manifest) and
# an install step that gathers Qt's DLLs, plug-ins and QML modules with windeployqt, so that the
# install folder runs on a machine without Qt:
#   cmake --preset windows && cmake --build --preset windows && cmake --install build/windows --prefix dist
set(GROUNDWORK_WINDOWS_DIR ${CMAKE_CURRENT_LIST_DIR})
configure_file(${GROUNDWORK_WINDOWS_DIR}/groundwork.rc.in ${CMAKE_CURRENT_BINARY_DIR}/groundwork.rc @ONLY)
target_sources(groundwork PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/groundwork.rc)
# A windowed program (no console window behind it); the manifest comes from the .rc file.
set_target_properties(groundwork PROPERTIES WIN32_EXECUTABLE TRUE)
if(MSVC)
  target_link_options(groundwork PRIVATE /MANIFEST:NO)
endif()

install(TARGETS groundwork RUNTIME DESTINATION . COMPONENT app)
install(FILES ${GROUNDWORK_CONTENT_RCC} DESTINATION . COMPONENT app)
# The narration player plugin, loaded on the first listen; windeployqt reads it too, for the Qt
# Multimedia DLLs and plug-ins the app itself does not link.
install(TARGETS groundwork_narration_qtmultimedia LIBRARY
  DESTINATION ${GROUNDWORK_PLUGIN_DIR_FROM_BINARY} COMPONENT app)
find_program(WINDEPLOYQT windeployqt HINTS ${QT6_INSTALL_PREFIX}/bin "${Qt6_DIR}/../../../bin")
if(WINDEPLOYQT)
  install(CODE "execute_process(COMMAND \"${WINDEPLOYQT}\" --qmldir \"${PROJECT_SOURCE_DIR}/qml\"
      \"\${CMAKE_INSTALL_PREFIX}/groundwork.exe\"
      \"\${CMAKE_INSTALL_PREFIX}/${GROUNDWORK_PLUGIN_DIR_FROM_BINARY}/$<TARGET_FILE_NAME:groundwork_narration_qtmultimedia>\"
      COMMAND_ERROR_IS_FATAL ANY)"
    COMPONENT app)
else()
  message(WARNING "windeployqt not found: the installed folder will need Qt on the PATH")
endif()
