# Create/update dialogs and the new-values dialog (owned by the dialogs work).
# Each dialog's form sits beside its class; the widgets below are shared by the create and update dialogs
# and promoted in their forms.
target_sources(tokendesk_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CreateTokenDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/CreateTokenDialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/UpdateTokenDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/UpdateTokenDialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/NewTokenValuesDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/NewTokenValuesDialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/EncodingSelector.cpp ${CMAKE_CURRENT_LIST_DIR}/EncodingSelector.h
    ${CMAKE_CURRENT_LIST_DIR}/FieldError.cpp ${CMAKE_CURRENT_LIST_DIR}/FieldError.h
    ${CMAKE_CURRENT_LIST_DIR}/PropertiesEditor.cpp ${CMAKE_CURRENT_LIST_DIR}/PropertiesEditor.h
    ${CMAKE_CURRENT_LIST_DIR}/ScopesEditor.cpp ${CMAKE_CURRENT_LIST_DIR}/ScopesEditor.h
)
