# Owned by the connections work: ProfileStore, CredentialStore, ConnectionDialog.
target_sources(tokendesk_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ProfileStore.cpp ${CMAKE_CURRENT_LIST_DIR}/ProfileStore.h
    ${CMAKE_CURRENT_LIST_DIR}/CredentialStore.cpp ${CMAKE_CURRENT_LIST_DIR}/CredentialStore.h
    ${CMAKE_CURRENT_LIST_DIR}/ConnectionDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ConnectionDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ConnectionDialog.ui
)
