# cmake --install: the two programs, the parser and engine libraries with their public headers,
# and annalistConfig.cmake so that find_package(annalist) gives annalist::parser and annalist::engine.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(TARGETS annalist_engine annalist_parser EXPORT annalistTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY engine/include/annalist parser/include/annalist
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS annalist RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(TARGET annalist-view)
  install(TARGETS annalist-view RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
install(FILES data/event-triggers.tsv DESTINATION ${CMAKE_INSTALL_DATADIR}/annalist OPTIONAL)

install(EXPORT annalistTargets NAMESPACE annalist::
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/annalist)
configure_package_config_file(cmake/annalistConfig.cmake.in
        ${CMAKE_CURRENT_BINARY_DIR}/annalistConfig.cmake
        INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/annalist)
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/annalistConfigVersion.cmake
        COMPATIBILITY SameMajorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/annalistConfig.cmake
              ${CMAKE_CURRENT_BINARY_DIR}/annalistConfigVersion.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/annalist)
