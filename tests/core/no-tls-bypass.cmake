# TLS is always verified: the only exception is a CA file of the connection's own. This check fails the
# suite if any source of the product gains a way to ignore certificate errors, for one reply or for all.
# Run as: cmake -DSOURCE_DIR=<repo>/src -P no-tls-bypass.cmake
cmake_minimum_required(VERSION 3.22)
set(bypass "ignoreSslErrors|VerifyNone|QueryPeer|setPeerVerifyMode|QSslConfiguration::setDefaultConfiguration|setDefaultConfiguration")
include(${CMAKE_CURRENT_LIST_DIR}/../common/ForbiddenText.cmake)
tokendesk_forbidden_lines("${SOURCE_DIR}" "${bypass}" found count)
if(found)
    list(JOIN found "\n  " text)
    message(FATAL_ERROR "TLS verification can be bypassed here:\n  ${text}")
endif()
message(STATUS "${count} sources checked: no way to ignore TLS errors")
