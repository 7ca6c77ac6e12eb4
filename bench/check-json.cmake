# Runs tokendesk-bench at a small size and checks that it prints one JSON object with every key of
# the issue, each a number. Usage: cmake -DBENCH=<path of tokendesk-bench> [-DWINDOW=ON] -P check-json.cmake
# With WINDOW, the real window is driven (--window): its keys are those of a person's actions.
if(WINDOW)
    set(arguments --window --tokens 2000 --latency-ms 2 --revoke 100)
    set(keys tokens latency_ms accessible first_page_ms load_all_ms bound_ms load_all_max_stall_ms
        bytes_per_token keystrokes rows_matching_subject keystroke_median_ms keystroke_p90_ms
        keystroke_worst_ms sort_ms sorted select_all_ms revoked bulk_revoke_ms bulk_revoke_max_stall_ms
        scroll_step_median_ms scroll_step_p90_ms scroll_step_worst_ms scroll_max_stall_ms rss_mb)
else()
    set(arguments --tokens 2000 --latency-ms 5 --revoke 100)
    set(keys tokens latency_ms concurrency first_page_ms full_load_ms sequential_ms bound_ms max_stall_ms
        filter_ms sort_ms rss_mb bytes_per_token bulk_revoke_ms bulk_revoke_sequential_ms)
endif()

execute_process(
    COMMAND ${BENCH} ${arguments}
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
if(WINDOW)
    # What the run did, not how fast: the header click sorted, the whole selection was revoked.
    string(JSON sorted GET "${output}" sorted)
    string(JSON revoked GET "${output}" revoked)
    if(NOT sorted EQUAL 1 OR NOT revoked EQUAL 100)
        message(FATAL_ERROR "the window run did not sort (${sorted}) or revoke 100 (${revoked})")
    endif()
endif()
