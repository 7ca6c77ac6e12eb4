# The sandbox is the client's independent oracle: it reads requests and writes replies from the API
# reference with its own code. Were it to use the client's request, response or list types, a member
# misnamed in them would be misnamed on both sides and pass every test. This check fails the suite if
# any sandbox source includes one of those headers.
# Run as: cmake -DSOURCE_DIR=<repo>/src/sandbox -P no-client-codecs.cmake
cmake_minimum_required(VERSION 3.22)
set(codecs "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]*/)?(Token[A-Za-z]*(Request|Response)|TokenListPage|TokenListQuery|ReplyDecoder)\\.h[>\"]")
include(${CMAKE_CURRENT_LIST_DIR}/../common/ForbiddenText.cmake)
tokendesk_forbidden_lines("${SOURCE_DIR}" "${codecs}" found count)
if(found)
    list(JOIN found "\n  " text)
    message(FATAL_ERROR "The sandbox uses the client's codecs here:\n  ${text}")
endif()
message(STATUS "${count} sandbox sources checked: none includes a client codec")
