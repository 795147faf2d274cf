# cmake -DLUPDATE=... -DTS_FILES=a.ts;b.ts -DSOURCES_LIST=file -DINCLUDE_DIRS=... -DWORK_DIR=...
#       -P checktranslations.cmake
# Fails when a .ts file has unfinished entries, or when lupdate run on a copy of it finds source
# strings that are not in it yet.

# The <source> texts of the unfinished messages of a .ts file's contents, one per line.
function(unfinished_sources contents out_var)
    set(result "")
    string(REPLACE ";" "\\;" contents "${contents}")
    string(REGEX MATCHALL "<message[^>]*>[^<]*(<location[^>]*>[^<]*)*<source>[^<]*</source>[^<]*(<oldsource>[^<]*</oldsource>[^<]*)?(<comment>[^<]*</comment>[^<]*)?(<extracomment>[^<]*</extracomment>[^<]*)?<translation[^>]*type=\"unfinished\""
        messages "${contents}")
    foreach(message IN LISTS messages)
        string(REGEX MATCH "<source>([^<]*)</source>" source "${message}")
        string(APPEND result "    ${CMAKE_MATCH_1}\n")
    endforeach()
    set(${out_var} "${result}" PARENT_SCOPE)
endfunction()

set(failed FALSE)
file(MAKE_DIRECTORY "${WORK_DIR}")
# ENCODING UTF-8: without it file(STRINGS) splits a path at its first non-ASCII byte.
file(STRINGS "${SOURCES_LIST}" sources ENCODING UTF-8)
set(include_args "")
foreach(dir IN LISTS INCLUDE_DIRS)
    list(APPEND include_args "-I${dir}")
endforeach()

foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    file(READ "${ts}" contents)
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${contents}")
    list(LENGTH unfinished unfinished_count)
    string(REGEX MATCHALL "<message[ >]" messages "${contents}")
    list(LENGTH messages message_count)
    if(message_count EQUAL 0)
        message(SEND_ERROR "${name}: no messages at all")
        set(failed TRUE)
    endif()
    if(unfinished_count GREATER 0)
        unfinished_sources("${contents}" list)
        message(SEND_ERROR "${name}: ${unfinished_count} unfinished translation(s):\n${list}")
        set(failed TRUE)
    endif()

    # lupdate on a copy: anything it adds is a source string without translation. The sources
    # are arguments, not an @list file: lupdate splits such a file at blanks in paths.
    set(copy "${WORK_DIR}/${name}")
    file(COPY_FILE "${ts}" "${copy}")
    execute_process(
        COMMAND "${LUPDATE}" -silent -no-obsolete -locations none ${include_args} ${sources}
            -ts "${copy}"
        RESULT_VARIABLE lupdate_result
        OUTPUT_VARIABLE lupdate_output
        ERROR_VARIABLE lupdate_output)
    if(NOT lupdate_result EQUAL 0)
        message(SEND_ERROR "lupdate failed (${lupdate_result}):\n${lupdate_output}")
        set(failed TRUE)
        continue()
    endif()
    file(READ "${copy}" updated)
    string(REGEX MATCHALL "type=\"unfinished\"" fresh "${updated}")
    list(LENGTH fresh fresh_count)
    if(fresh_count GREATER unfinished_count)
        unfinished_sources("${updated}" list)
        message(SEND_ERROR "${name}: the sources have untranslated strings that are not in the "
            "file yet; run `cmake --build <build> --target update_translations` and translate:\n"
            "${list}")
        set(failed TRUE)
    endif()
    string(REGEX MATCHALL "<message[ >]" updated_messages "${updated}")
    list(LENGTH updated_messages updated_count)
    if(updated_count LESS message_count)
        math(EXPR stale "${message_count} - ${updated_count}")
        message(WARNING "${name}: ${stale} translation(s) for strings no longer in the sources")
    endif()
    message(STATUS "${name}: ${message_count} messages, ${unfinished_count} unfinished, "
        "lupdate found ${fresh_count} untranslated")
endforeach()

if(failed)
    message(FATAL_ERROR "translations are incomplete")
endif()
