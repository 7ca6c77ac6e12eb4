# Runs tokendesk-bench at a small size and checks that it prints one JSON object with every key of
# the issue, each a number. Usage: cmake -DBENCH=<path of tokendesk-bench> -P check-json.cmake
set(keys tokens latency_ms concurrency first_page_ms full_load_ms sequential_ms bound_ms max_stall_ms
    filter_ms sort_ms rss_mb bytes_per_token bulk_revoke_ms bulk_revoke_sequential_ms)

execute_process(
    COMMAND ${BENCH} --tokens 2000 --latency-ms 5 --revoke 100
    OUTPUT_VARIABLE output
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "tokendesk-bench exited with ${result}")
endif()
message(STATUS "${output}")

string(JSON type ERROR_VARIABLE error TYPE "${output}")
if(error OR NOT type STREQUAL "OBJECT")
    message(FATAL_ERROR "not a JSON object: ${output}")
endif()
foreach(key IN LISTS keys)
    string(JSON type ERROR_VARIABLE error TYPE "${output}" ${key})
    if(error)
        message(FATAL_ERROR "no ${key} in ${output}")
    endif()
    if(NOT type STREQUAL "NUMBER")
        message(FATAL_ERROR "${key} is ${type}, not a number")
    endif()
endforeach()
