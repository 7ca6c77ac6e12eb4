# Audit log viewer and token export (owned by the audit/export work).
target_sources(tokendesk_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/TokenExport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AuditLogDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/AuditLogDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/AuditLogDialog.ui
)
