# CPack: a .deb on Linux (scripts/package-deb builds and checks it), an NSIS
# installer on Windows, a drag-and-drop disk image on macOS. The install
# rules are in app/CMakeLists.txt (the program, and the Qt deployment on
# Windows and macOS) and packaging/CMakeLists.txt (Linux desktop files).
# docs/PACKAGING.md says how each package is built and what is tested.

set(CPACK_PACKAGE_VENDOR "The Back Pain Hub team")
set(CPACK_PACKAGE_CONTACT "The Back Pain Hub team <maintainers@backpainhub.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Back Pain Hub")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

if(WIN32)
    # NSIS (makensis must be on PATH; the workflow installs it). A WiX .msi
    # also works with `cpack -G WIX` given WiX 3 and CPACK_WIX_UPGRADE_GUID.
    set(CPACK_GENERATOR NSIS)
    set(CPACK_PACKAGE_FILE_NAME "BackPainHub-${PROJECT_VERSION}-windows-x64")
    # The Start menu entry: the executable's name (without .exe) and its label.
    set(CPACK_PACKAGE_EXECUTABLES backpainhub "Back Pain Hub")
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
    set(CPACK_NSIS_PACKAGE_NAME "Back Pain Hub")
    set(CPACK_NSIS_DISPLAY_NAME "Back Pain Hub")
    set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/backpainhub.ico")
    set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/packaging/windows/backpainhub.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\backpainhub.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_CONTACT "maintainers@backpainhub.org")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_PACKAGE_FILE_NAME "BackPainHub-${PROJECT_VERSION}-macos")
    set(CPACK_DMG_VOLUME_NAME "Back Pain Hub")
    set(CPACK_PACKAGE_ICON "${PROJECT_SOURCE_DIR}/packaging/macos/backpainhub.icns")
else()
    set(CPACK_GENERATOR DEB)
    set(CPACK_DEBIAN_PACKAGE_NAME backpainhub)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # backpainhub_<version>_<arch>.deb
    set(CPACK_DEBIAN_PACKAGE_SECTION education)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    # The first line is CPACK_PACKAGE_DESCRIPTION_SUMMARY. CPack indents
    # these lines but does not wrap them: Debian wants 80 columns at most.
    string(JOIN "\n" CPACK_DEBIAN_PACKAGE_DESCRIPTION
        "Back Pain Hub teaches patients about back pain in plain English and"
        "Spanish: how inflammation, sensitised nerves, discs, sleep, stress and"
        "movement shape pain, what to do in a flare, how to prepare for an"
        "appointment, and when a symptom needs medical help. A red-flag"
        "checklist says calmly whether to get emergency care, an urgent visit"
        "or a routine appointment."
        ""
        "Everything works offline, and nothing the reader does is collected."
        "It is for learning: it cannot diagnose.")
    # Libraries come from dpkg-shlibdeps; plugins are loaded at run time, so
    # it cannot see them: SQLite (the content), a windowing platform, speech.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-speech-speechd-plugin | qt6-speech-flite-plugin, qt6-wayland")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
endif()

include(CPack)
