# What `cmake --install` and `cpack -G DEB` ship: the program, its PDF writer
# and raw HTML modules, man page and bash completion, the library with its
# public headers, a CMake package (find_package(mdexport) ->
# mdexport::mdexport) and a pkg-config file.
include(CMakePackageConfigHelpers)

install(TARGETS mdexport RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The program finds its modules here, relative to itself.
install(TARGETS mdexport_pdf mdexport_html LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/mdexport)
install(TARGETS mdexport_shared EXPORT mdexportTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(FILES man/mdexport.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES scripts/completion.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
  RENAME mdexport)

# The public API and the headers it includes, keeping their relative paths.
foreach(header mdexport.hpp convert/conversion.hpp doc/document.hpp doc/metadata.hpp
               util/diagnostics.hpp writer/registry.hpp writer/sink.hpp writer/writer.hpp)
  get_filename_component(dir ${header} DIRECTORY)
  install(FILES src/${header} DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/mdexport/${dir})
endforeach()

install(EXPORT mdexportTargets NAMESPACE mdexport:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/mdexport)
configure_package_config_file(cmake/mdexportConfig.cmake.in ${CMAKE_CURRENT_BINARY_DIR}/mdexportConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/mdexport)
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/mdexportConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/mdexportConfig.cmake ${CMAKE_CURRENT_BINARY_DIR}/mdexportConfigVersion.cmake
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/mdexport)

configure_file(cmake/mdexport.pc.in ${CMAKE_CURRENT_BINARY_DIR}/mdexport.pc @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/mdexport.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

set(CPACK_PACKAGE_NAME mdexport)
set(CPACK_PACKAGE_CONTACT "mdexport developers <mdexport@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Markdown to PDF, EPUB 3 and plain text")
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
include(CPack)
