# The sandbox is the client's independent oracle: it reads requests and writes replies from the API
# reference with its own code. Were it to use the client's request, response or list types, a member
# misnamed in them would be misnamed on both sides and pass every test. This check fails the suite if
# any sandbox source includes one of those headers.
# Run as: cmake -DSOURCE_DIR=<repo>/src/sandbox -P no-client-codecs.cmake
cmake_minimum_required(VERSION 3.22)
file(GLOB_RECURSE sources "${SOURCE_DIR}/*.cpp" "${SOURCE_DIR}/*.h")
set(codecs "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]*/)?(Token[A-Za-z]*(Request|Response)|TokenListPage|TokenListQuery|ReplyDecoder)\\.h[>\"]")
set(found "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "${codecs}")
    foreach(line IN LISTS lines)
        string(STRIP "${line}" line)
        list(APPEND found "${source}: ${line}")
    endforeach()
endforeach()
list(LENGTH sources count)
if(count EQUAL 0)
    message(FATAL_ERROR "no sources found under ${SOURCE_DIR}")
endif()
if(found)
    list(JOIN found "\n  " text)
    message(FATAL_ERROR "The sandbox uses the client's codecs here:\n  ${text}")
endif()
message(STATUS "${count} sandbox sources checked: none includes a client codec")
