# The app as an iOS bundle: Info.plist (with the background-audio mode for the narration), the
# launch screen, the icon's asset catalogue and the content pack. Configure with the "ios"
# preset (CMakePresets.json, Xcode generator), then build or open the generated Xcode project:
#   cmake --preset ios && cmake --build --preset ios
# Signing: set CMAKE_XCODE_ATTRIBUTE_DEVELOPMENT_TEAM to your team id (cache variable).
set(ios_dir ${CMAKE_CURRENT_LIST_DIR})
set_source_files_properties(${GROUNDWORK_CONTENT_RCC} PROPERTIES
  MACOSX_PACKAGE_LOCATION Resources GENERATED TRUE)
target_sources(groundwork PRIVATE ${ios_dir}/Assets.xcassets ${GROUNDWORK_CONTENT_RCC})
set_target_properties(groundwork PROPERTIES
  MACOSX_BUNDLE TRUE
  OUTPUT_NAME Groundwork
  MACOSX_BUNDLE_INFO_PLIST ${ios_dir}/Info.plist.in
  MACOSX_BUNDLE_GUI_IDENTIFIER org.groundwork.Groundwork
  MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
  MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
  QT_IOS_LAUNCH_SCREEN ${ios_dir}/LaunchScreen.storyboard
  XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER org.groundwork.Groundwork
  XCODE_ATTRIBUTE_ASSETCATALOG_COMPILER_APPICON_NAME AppIcon
  XCODE_ATTRIBUTE_TARGETED_DEVICE_FAMILY "1,2")
