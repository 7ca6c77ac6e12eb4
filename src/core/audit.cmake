# The audit log (owned by the audit/export work).
target_sources(tokendesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AuditEntry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AuditLog.cpp
)
