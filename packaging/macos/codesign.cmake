# CPACK_PRE_BUILD_SCRIPTS hook: signs the staged bundle ad hoc after macdeployqt has rewritten it
# and before DragNDrop puts it into the DMG. A Developer ID signature and notarization replace
# this once the project has an Apple certificate.
file(GLOB bundles LIST_DIRECTORIES true "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.app")
if(NOT bundles)
    message(FATAL_ERROR "no .app bundle in ${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
endif()
foreach(bundle IN LISTS bundles)
    execute_process(COMMAND codesign --force --deep --sign - "${bundle}" COMMAND_ERROR_IS_FATAL ANY)
    execute_process(COMMAND codesign --verify --deep --strict "${bundle}" COMMAND_ERROR_IS_FATAL ANY)
endforeach()
