# Install rules and the two Debian packages, built by CPack (scripts/package.sh runs it):
#   groundwork         the app: binary, content pack, desktop entry, icons, AppStream metadata
#   groundwork-server  the cohort server: binary, systemd unit, default configuration, system user
# Included from the top-level CMakeLists.txt once every target exists. The translations are
# compiled into the app binary (qml/i18n), so they need no files of their own.
include(GNUInstallDirs)

set(app_id org.groundwork.Groundwork)
set(app_dir ${CMAKE_CURRENT_LIST_DIR}/app)
set(server_dir ${CMAKE_CURRENT_LIST_DIR}/server)
set(debian_dir ${CMAKE_CURRENT_LIST_DIR}/debian)
set(package_out ${CMAKE_BINARY_DIR}/packaging)
# Directories as Debian expects them, whatever the umask of whoever builds.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
  OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# Compressed documentation (changelog, man pages), as Debian packages carry it: gzip -n keeps
# the file name and time stamp out, so rebuilding gives the same bytes.
function(groundwork_gzip source output)
  add_custom_command(OUTPUT ${output}
    COMMAND sh -c "gzip -9nc '${source}' > '${output}'"
    DEPENDS ${source} VERBATIM)
endfunction()
file(MAKE_DIRECTORY ${package_out})
groundwork_gzip(${debian_dir}/changelog ${package_out}/changelog.Debian.gz)
groundwork_gzip(${CMAKE_CURRENT_LIST_DIR}/man/groundwork.1 ${package_out}/groundwork.1.gz)
groundwork_gzip(${CMAKE_CURRENT_LIST_DIR}/man/groundwork-server.1 ${package_out}/groundwork-server.1.gz)
set(package_files ${package_out}/changelog.Debian.gz ${package_out}/groundwork.1.gz
  ${package_out}/groundwork-server.1.gz)

# The PNG icon sizes desktops look for, rendered from the SVG.
set(icon_sizes 16 24 32 48 64 128 256 512)
find_program(RSVG_CONVERT rsvg-convert)
if(RSVG_CONVERT)
  foreach(size IN LISTS icon_sizes)
    set(png ${package_out}/icons/${size}/${app_id}.png)
    add_custom_command(OUTPUT ${png}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${package_out}/icons/${size}
      COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} ${app_dir}/${app_id}.svg -o ${png}
      DEPENDS ${app_dir}/${app_id}.svg VERBATIM)
    list(APPEND package_files ${png})
    install(FILES ${png} COMPONENT app
      DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
  endforeach()
else()
  message(STATUS "rsvg-convert not found: the app package gets the SVG icon only "
                 "(bash scripts/deps.sh installs librsvg2-bin)")
endif()
add_custom_target(groundwork_package_files ALL DEPENDS ${package_files})

# The app.
install(TARGETS groundwork RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT app)
# The narration player plugin (Qt Multimedia), loaded on the first listen; dpkg-shlibdeps reads
# its library dependencies too.
install(TARGETS groundwork_narration_qtmultimedia LIBRARY
  DESTINATION ${GROUNDWORK_PLUGIN_INSTALL_DIR} COMPONENT app)
install(FILES ${GROUNDWORK_CONTENT_RCC} DESTINATION ${CMAKE_INSTALL_DATADIR}/groundwork COMPONENT app)
install(FILES ${app_dir}/${app_id}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT app)
install(FILES ${app_dir}/${app_id}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT app)
install(FILES ${app_dir}/${app_id}.svg COMPONENT app
  DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${package_out}/groundwork.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT app)
install(FILES ${debian_dir}/copyright ${package_out}/changelog.Debian.gz COMPONENT app
  DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/groundwork)

# The server. Debian 12 keeps systemd units in /lib (before the /usr merge is finished).
install(TARGETS groundwork-server RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT server)
install(FILES ${server_dir}/groundwork-server.service DESTINATION /lib/systemd/system COMPONENT server)
install(FILES ${server_dir}/server.conf DESTINATION /etc/groundwork-server COMPONENT server
  PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ)
install(FILES ${server_dir}/nginx-groundwork.conf COMPONENT server
  DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/groundwork-server/examples)
install(FILES ${server_dir}/sysusers.conf RENAME groundwork-server.conf COMPONENT server
  DESTINATION lib/sysusers.d)
install(FILES ${server_dir}/tmpfiles.conf RENAME groundwork-server.conf COMPONENT server
  DESTINATION lib/tmpfiles.d)
install(FILES ${package_out}/groundwork-server.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT server)
install(FILES ${debian_dir}/copyright ${package_out}/changelog.Debian.gz COMPONENT server
  DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/groundwork-server)

include(${CMAKE_CURRENT_LIST_DIR}/cpack.cmake)
