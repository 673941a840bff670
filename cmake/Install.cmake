# Install rules (GNUInstallDirs) and the Debian package (`make deb`, CPack).
#   cmake --install build --prefix /usr/local    or    make install PREFIX=/usr/local

install(TARGETS tab RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES man/tab.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# Shell completions, once the repository has them.
install(FILES completions/tab.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME tab OPTIONAL)
install(FILES completions/_tab DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions OPTIONAL)
install(FILES README.md LICENSE docs/formats.md docs/kazakh-terms.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY examples DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_PACKAGE_NAME tab)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION "A command-line tabulation engine for debate tournaments (British Parliamentary \
and two-team formats): draws, adjudicator allocation, ballots, standings, the break, elimination rounds and \
awards, with output in English, Kazakh and Russian.")
set(CPACK_PACKAGE_CONTACT "tab maintainers <maintainers@users.noreply.r-seed-fd684ec0.example>")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_FILE_NAME "tab_${PROJECT_VERSION}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
# Depends computed by dpkg-shlibdeps from the libraries the binary links (fmt, pugixml, toml++, libstdc++).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
# The package installs under /usr; its documentation under /usr/share/doc/tab.
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
include(CPack)
