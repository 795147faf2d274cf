# Writes the gzipped manual pages from the templates and the programs' own --help, so that the
# pages list exactly the options the programs accept.
#   cmake -DCLI=... -DGUI=... -DSOURCE_DIR=... -DOUTPUT_DIR=... -DVERSION=... -DSYSCONFDIR=...
#         -P makeman.cmake

# The help of one program (English, whatever the build machine's language; in a sanitizer
# build without the leak report of a program that only printed).
function(help_of program output)
    execute_process(
        COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE= ASAN_OPTIONS=detect_leaks=0
            ${program} ${ARGN} --help
        OUTPUT_VARIABLE text
        RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "${program} ${ARGN} --help failed (${status})")
    endif()
    # Without the "Usage:" line (the synopsis says it) and the description repeated above it.
    string(REGEX REPLACE "^Usage: [^\n]*\n" "" text "${text}")
    set(${output} "${text}" PARENT_SCOPE)
endfunction()

# Help text as roff: verbatim lines, backslashes and leading dots escaped, minus signs as such.
function(roff_block text output)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    string(STRIP "${text}" text)
    set(${output} ".nf\n${text}\n.fi" PARENT_SCOPE)
endfunction()

function(write_page name)
    configure_file(${SOURCE_DIR}/${name}.in ${OUTPUT_DIR}/${name} @ONLY)
    execute_process(COMMAND gzip -9n
        INPUT_FILE ${OUTPUT_DIR}/${name}
        OUTPUT_FILE ${OUTPUT_DIR}/${name}.gz
        COMMAND_ERROR_IS_FATAL ANY)
endfunction()

help_of(${GUI} gui_help)
roff_block("${gui_help}" OPTIONS)
write_page(channelscope.1)

help_of(${CLI} cli_help)
string(REGEX MATCHALL "\n  ([a-z]+)  " command_lines "${cli_help}")
set(COMMANDS "")
foreach(line IN LISTS command_lines)
    string(STRIP "${line}" command)
    help_of(${CLI} command_help ${command})
    roff_block("${command_help}" block)
    string(APPEND COMMANDS ".SS ${command}\n${block}\n")
endforeach()
if(COMMANDS STREQUAL "")
    message(FATAL_ERROR "no commands found in the help of ${CLI}")
endif()
write_page(channelscope-cli.1)
