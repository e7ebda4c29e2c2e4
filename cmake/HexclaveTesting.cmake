# hexclave_add_test(<name> SOURCES <files…> [LIBS <targets…>] [LABELS <labels…>] [KEYCHAIN] [TIMEOUT <s>])
#
# One Qt Test executable per tested class, registered with CTest as <name>. Every test runs
# offscreen with private XDG directories; KEYCHAIN tests run inside their own D-Bus session
# with an unlocked GNOME Keyring (tests/keychain-session.sh) for a real QtKeychain round trip.
function(hexclave_add_test name)
    cmake_parse_arguments(ARG "KEYCHAIN" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    set(target tst_${name})
    add_executable(${target} ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE Qt6::Test hexclave_test_support hexclave_compile_settings ${ARG_LIBS})
    if(ARG_KEYCHAIN)
        add_test(NAME ${name} COMMAND ${PROJECT_SOURCE_DIR}/tests/keychain-session.sh $<TARGET_FILE:${target}>)
    else()
        add_test(NAME ${name} COMMAND ${target})
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=hexclave.*.debug=false;LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp"
        ENVIRONMENT_MODIFICATION "HEXCLAVE_FIXTURES_DIR=set:${HEXCLAVE_FIXTURES_DIR}")
endfunction()
