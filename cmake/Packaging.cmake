# Install rules and CPack: .deb, .rpm and .tar.gz on Linux, an NSIS installer and a ZIP on Windows,
# a DMG on macOS. Included after add_subdirectory(src), so the targets exist.
# packaging/linux/check.sh verifies the .deb end to end; .github/workflows/package.yml builds them all.
include(GNUInstallDirs)

get_target_property(TOKENDESK_APP_ID tokendesk MACOSX_BUNDLE_GUI_IDENTIFIER)
set(linux_dir ${PROJECT_SOURCE_DIR}/packaging/linux)

# The version lives in project(VERSION) only; the release notes that repeat it must keep up.
# Both files list the newest release first.
file(READ ${linux_dir}/${TOKENDESK_APP_ID}.metainfo.xml metainfo)
string(REGEX MATCH "<release version=\"([^\"]+)\"" _ "${metainfo}")
set(metainfo_version "${CMAKE_MATCH_1}")
file(STRINGS ${linux_dir}/changelog changelog_head LIMIT_COUNT 1)
string(REGEX MATCH "^tokendesk \\(([^)]+)\\)" _ "${changelog_head}")
if(NOT metainfo_version STREQUAL PROJECT_VERSION OR NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
    message(FATAL_ERROR "project(VERSION ${PROJECT_VERSION}) must be the newest release in "
                        "packaging/linux/changelog and packaging/linux/${TOKENDESK_APP_ID}.metainfo.xml.")
endif()

if(WIN32)
    install(TARGETS tokendesk tokendesk-cli tokendesk-sandbox RUNTIME DESTINATION bin)
elseif(APPLE)
    # The app only: DragNDrop puts what is installed at the root of the DMG, next to the
    # Applications link. The sandbox is a developer tool, built from source on macOS.
    install(TARGETS tokendesk BUNDLE DESTINATION .)
    # tokendesk-cli beside the app's executable inside the bundle, where it finds the bundle's Qt.
    install(TARGETS tokendesk-cli RUNTIME DESTINATION TokenDesk.app/Contents/MacOS)
else()
    install(TARGETS tokendesk tokendesk-cli tokendesk-sandbox RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    # qt_standard_project_setup() adds $ORIGIN to the install RPATH for relocatable installs; the
    # Linux packages use the system's Qt, and rpmlint rejects an RPATH.
    set_target_properties(tokendesk tokendesk-cli tokendesk-sandbox PROPERTIES INSTALL_RPATH "")

    install(FILES ${linux_dir}/${TOKENDESK_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${linux_dir}/${TOKENDESK_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/tokendesk.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${TOKENDESK_APP_ID}.svg)
    # Rendered from the same SVG by packaging/icons/generate.sh, for menus that want bitmaps.
    foreach(size 16 24 32 48 64 128 256 512)
        install(FILES ${PROJECT_SOURCE_DIR}/packaging/icons/hicolor/${size}x${size}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME ${TOKENDESK_APP_ID}.png)
    endforeach()

    # Debian policy wants man pages and the changelog gzipped with -9n (no name, no timestamp:
    # reproducible). Done at configure time, so building needs nothing beyond gzip.
    find_program(GZIP_EXECUTABLE gzip REQUIRED)
    set(gz_dir ${CMAKE_CURRENT_BINARY_DIR}/packaging)
    foreach(page tokendesk tokendesk-cli tokendesk-sandbox)
        configure_file(${linux_dir}/${page}.1.in ${gz_dir}/${page}.1 @ONLY)
        execute_process(COMMAND ${GZIP_EXECUTABLE} -9nf ${gz_dir}/${page}.1 COMMAND_ERROR_IS_FATAL ANY)
        install(FILES ${gz_dir}/${page}.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endforeach()
    # Shell completion where bash-completion and zsh look for it by the command's name.
    install(FILES ${linux_dir}/completion/tokendesk-cli.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
            RENAME tokendesk-cli)
    install(FILES ${linux_dir}/completion/_tokendesk-cli DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
    # The package version has no Debian revision, so the changelog is changelog.gz, not changelog.Debian.gz.
    configure_file(${linux_dir}/changelog ${gz_dir}/changelog COPYONLY)
    execute_process(COMMAND ${GZIP_EXECUTABLE} -9nf ${gz_dir}/changelog COMMAND_ERROR_IS_FATAL ANY)
    # Named after the package, not CMAKE_INSTALL_DOCDIR's project name (TokenDesk).
    install(FILES ${gz_dir}/changelog.gz ${linux_dir}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/tokendesk)
endif()

# Windows and macOS: copy Qt's libraries and plugins into the install tree (windeployqt,
# macdeployqt). Linux packages depend on the distribution's Qt instead.
if(WIN32 OR APPLE)
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET tokendesk OUTPUT_SCRIPT deploy_script)
    else()
        qt_generate_deploy_app_script(TARGET tokendesk FILENAME_VARIABLE deploy_script)
    endif()
    install(SCRIPT ${deploy_script})
endif()

# The MSVC runtime DLLs, for machines without the Visual C++ redistributable.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)

set(CPACK_PACKAGE_NAME tokendesk)
set(CPACK_PACKAGE_VENDOR "The TokenDesk developers")
set(CPACK_PACKAGE_CONTACT "The TokenDesk developers <tokendesk@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY TokenDesk)
set(CPACK_PACKAGE_EXECUTABLES tokendesk TokenDesk)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(long_description # lines under 80 characters, as Debian policy asks
    "TokenDesk browses, finds and revokes the OAuth access tokens that an Authlete
service has issued. Administrators browse a service's tokens; help-desk staff
look up a user's tokens across clients and act on them: create, update, revoke
and delete, with an audit log. Credentials stay in the system keychain.
tokendesk-sandbox, a local emulator of Authlete's token API, is included for
demos and tests.")

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
    set(CPACK_PACKAGE_FILE_NAME "TokenDesk-${PROJECT_VERSION}-win64")
    set(CPACK_NSIS_PACKAGE_NAME TokenDesk)
    set(CPACK_NSIS_DISPLAY_NAME TokenDesk)
    set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/packaging/windows/tokendesk.ico)
    set(CPACK_NSIS_MUI_UNIICON ${PROJECT_SOURCE_DIR}/packaging/windows/tokendesk.ico)
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\tokendesk.exe) # Add/Remove Programs shows the exe's icon
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}/issues")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN tokendesk.exe)
    set(CPACK_CREATE_DESKTOP_LINKS tokendesk) # the Start-menu entry comes from CPACK_PACKAGE_EXECUTABLES
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_PACKAGE_FILE_NAME "TokenDesk-${PROJECT_VERSION}-macOS")
    set(CPACK_DMG_VOLUME_NAME TokenDesk)
    set(CPACK_DMG_FORMAT UDBZ)
    # macdeployqt rewrites the binaries, which breaks their signature; Apple Silicon refuses to run
    # unsigned code, so the bundle is signed ad hoc before it goes into the DMG.
    set(CPACK_PRE_BUILD_SCRIPTS ${PROJECT_SOURCE_DIR}/packaging/macos/codesign.cmake)
else()
    set(CPACK_GENERATOR DEB RPM TGZ)

    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION net)
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${long_description}")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # What dpkg-shlibdeps cannot see because Qt and QtKeychain load it at run time: the SVG icon
    # engine and image plugin (the app's icons), and libsecret (the Secret Service keychain).
    # The TLS and xcb/offscreen plugins come with libqt6network6 and libqt6gui6.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libsecret-1-0")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, gnome-keyring | kwalletmanager")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

    set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
    set(CPACK_RPM_PACKAGE_LICENSE MIT)
    set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
    set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_RPM_PACKAGE_DESCRIPTION "${long_description}")
    set(CPACK_RPM_SPEC_MORE_DEFINE "%define packager ${CPACK_PACKAGE_CONTACT}")
    # The same run-time needs as the .deb's: the SVG plugins under Fedora's package name, and
    # libsecret by its soname, which every RPM distribution provides. Untested: no RPM distribution here.
    set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtsvg, libsecret-1.so.0()(64bit)")
    # These directories belong to the filesystem and hicolor-icon-theme packages, not to us.
    set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
        /usr/share/bash-completion /usr/share/bash-completion/completions /usr/share/zsh
        /usr/share/zsh/vendor-completions
        /usr/share/icons /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable
        /usr/share/icons/hicolor/scalable/apps)
    foreach(size 16 24 32 48 64 128 256 512)
        list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
             /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
    endforeach()
endif()

include(CPack)
