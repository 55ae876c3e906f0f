# CPack settings for the two Debian packages (see packaging.cmake for what goes in them).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME groundwork)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Groundwork team")
set(CPACK_PACKAGE_CONTACT "The Groundwork team <team@groundwork.invalid>")
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/packages)
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL app server)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # library dependencies from dpkg-shlibdeps
# 0755 maintainer scripts and 0644 control files, whatever the source files' modes.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_APP_PACKAGE_NAME groundwork)
set(CPACK_DEBIAN_APP_PACKAGE_SECTION education)
# What dpkg-shlibdeps cannot see: the QML modules, the SQLite driver and the platform plugins
# are loaded at run time.
set(CPACK_DEBIAN_APP_PACKAGE_DEPENDS
  "qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-layouts, \
qml6-module-qtquick-window, qml6-module-qtquick-templates, qml6-module-qtqml-workerscript, \
qml6-module-qtqml-models, qml6-module-qtquick-shapes, qml6-module-qtmultimedia, \
qml6-module-qtquick-dialogs, qml6-module-qt-labs-folderlistmodel, \
qt6-qpa-plugins, libqt6sql6-sqlite")
# Narration is MP3, which GStreamer decodes with the good plug-ins (mpg123).
set(CPACK_DEBIAN_APP_PACKAGE_RECOMMENDS "gstreamer1.0-plugins-good, qt6-wayland")
set(CPACK_DEBIAN_APP_DESCRIPTION "practise the judgment calls of managing
Groundwork helps individual contributors find out whether management is for
them, and practise its judgment calls before a promotion: a five-minute daily
session of a short narrated lesson and a branching judgment drill, scored per
judgment dimension against an expert key. It works offline and syncs with a
cohort server when the learner joins a cohort.")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME groundwork-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
# systemd-sysusers and systemd-tmpfiles run in postinst.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, systemd")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "libqt6sql6-psql")
set(CPACK_DEBIAN_SERVER_DESCRIPTION "cohort server for the Groundwork app
Keeps the answers of a cohort's learners in sync between their devices, and
shows the cohort lead what learners choose to share. Runs as the
groundwork-server systemd service on SQLite or PostgreSQL.")
set(server_scripts ${CMAKE_CURRENT_LIST_DIR}/server/debian)
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
  ${server_scripts}/postinst ${server_scripts}/prerm ${server_scripts}/postrm
  ${server_scripts}/conffiles)

include(CPack)
