# cmake -DLUPDATE=... -DMAKE_PROJECT_SCRIPT=... -DPROJECT_CMAKE=... -DTS_FILE=... -DWORK_DIR=...
#       -P check_complete.cmake
# Fails, naming them, when strings in the sources have no translation in TS_FILE.
set(project_json ${WORK_DIR}/lupdate_project.json)
execute_process(
    COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_CMAKE} -DOUT_FILE=${project_json}
        -P ${MAKE_PROJECT_SCRIPT}
    RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "could not describe the sources for lupdate from ${PROJECT_CMAKE}: ${errors}")
endif()
get_filename_component(ts_name ${TS_FILE} NAME)
set(copy ${WORK_DIR}/${ts_name})
configure_file(${TS_FILE} ${copy} COPYONLY)
execute_process(
    COMMAND ${LUPDATE} -project ${project_json} -no-obsolete -locations none -silent -ts ${copy}
    RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed on ${copy}: ${errors}")
endif()
file(READ ${copy} ts)
string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*<translation type=\"unfinished\"" untranslated "${ts}")
list(LENGTH untranslated count)
if(count GREATER 0)
    set(sources "")
    foreach(match IN LISTS untranslated)
        string(REGEX REPLACE "^<source>([^<]*)</source>.*" "\\1" source "${match}")
        string(APPEND sources "\n  ${source}")
    endforeach()
    message(FATAL_ERROR "${count} string(s) in the sources have no translation in ${TS_FILE} "
        "(run the update_translations target, then translate them):${sources}")
endif()
message(STATUS "every string in the sources is translated in ${ts_name}")
