# The app as an Android package (APK/AAB), with Qt's Android support (androiddeployqt):
# the manifest, icons and Java sources in package/, and the content pack as an asset.
# Configure with the "android" preset (CMakePresets.json); build the apk target:
#   cmake --preset android && cmake --build --preset android --target apk
set(android_package ${CMAKE_CURRENT_LIST_DIR}/package)
# A version code must grow with every release: major * 1000000 + minor * 1000 + patch (+100,
# so that 0.1.0 is not below a first test upload).
math(EXPR groundwork_version_code
  "${PROJECT_VERSION_MAJOR} * 1000000 + ${PROJECT_VERSION_MINOR} * 1000 + ${PROJECT_VERSION_PATCH} + 100")
set_target_properties(groundwork PROPERTIES
  QT_ANDROID_MIN_SDK_VERSION 23
  QT_ANDROID_TARGET_SDK_VERSION 33
  QT_ANDROID_VERSION_NAME ${PROJECT_VERSION}
  QT_ANDROID_VERSION_CODE ${groundwork_version_code})

# The content pack goes into the APK's assets (read as assets:/groundwork-content.rcc, see
# platforms/android/shippedfiles_android.cpp). The package folder is generated in the build
# tree so the source tree stays clean: package/ is copied, then the pack added beside it.
set(android_package_build ${CMAKE_BINARY_DIR}/android-package)
add_custom_target(groundwork_android_package
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${android_package} ${android_package_build}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${android_package_build}/assets
  COMMAND ${CMAKE_COMMAND} -E copy ${GROUNDWORK_CONTENT_RCC} ${android_package_build}/assets/
  DEPENDS groundwork_content
  COMMENT "Preparing the Android package sources with the content pack")
set_target_properties(groundwork PROPERTIES QT_ANDROID_PACKAGE_SOURCE_DIR ${android_package_build})
# Qt Creator shows the package sources from here.
set_property(TARGET groundwork APPEND PROPERTY SOURCES ${android_package}/AndroidManifest.xml)
add_dependencies(groundwork groundwork_android_package)
