# The app as a macOS bundle, Groundwork.app: Info.plist, the icon (Groundwork.icns, rendered
# from the SVG by scripts/platform-icons.sh) and the content pack in Contents/Resources. The
# install step runs macdeployqt, which copies Qt's frameworks and QML modules into the bundle:
#   cmake --preset macos && cmake --build --preset macos && cmake --install build/macos --prefix dist
set(macos_dir ${CMAKE_CURRENT_LIST_DIR})
set_source_files_properties(${macos_dir}/Groundwork.icns PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
set_source_files_properties(${GROUNDWORK_CONTENT_RCC} PROPERTIES
  MACOSX_PACKAGE_LOCATION Resources GENERATED TRUE)
target_sources(groundwork PRIVATE ${macos_dir}/Groundwork.icns ${GROUNDWORK_CONTENT_RCC})
set_target_properties(groundwork PROPERTIES
  MACOSX_BUNDLE TRUE
  OUTPUT_NAME Groundwork
  MACOSX_BUNDLE_INFO_PLIST ${macos_dir}/Info.plist.in
  MACOSX_BUNDLE_GUI_IDENTIFIER org.groundwork.Groundwork
  MACOSX_BUNDLE_ICON_FILE Groundwork.icns
  MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
  MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
  MACOSX_BUNDLE_COPYRIGHT "The Groundwork team")

install(TARGETS groundwork BUNDLE DESTINATION . COMPONENT app)
# The narration player plugin, loaded on the first listen (GROUNDWORK_PLUGIN_DIR_FROM_BINARY);
# macdeployqt is told of it so that it deploys Qt Multimedia, which the app does not link.
set(narration_plugin Groundwork.app/Contents/PlugIns/groundwork)
install(TARGETS groundwork_narration_qtmultimedia LIBRARY DESTINATION ${narration_plugin}
  COMPONENT app)
find_program(MACDEPLOYQT macdeployqt HINTS ${QT6_INSTALL_PREFIX}/bin "${Qt6_DIR}/../../../bin")
if(MACDEPLOYQT)
  install(CODE "execute_process(COMMAND \"${MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/Groundwork.app\"
      -qmldir=\"${PROJECT_SOURCE_DIR}/qml\" -always-overwrite
      \"-executable=\${CMAKE_INSTALL_PREFIX}/${narration_plugin}/$<TARGET_FILE_NAME:groundwork_narration_qtmultimedia>\"
      COMMAND_ERROR_IS_FATAL ANY)"
    COMPONENT app)
else()
  message(WARNING "macdeployqt not found: the installed bundle will need Qt from the system")
endif()
