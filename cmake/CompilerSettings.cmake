# Shared compile settings: every target of the project links hexclave_compile_settings.
add_library(hexclave_compile_settings INTERFACE)
target_compile_features(hexclave_compile_settings INTERFACE cxx_std_20)
target_compile_definitions(hexclave_compile_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400  # Qt 6.4 reads this one
    QT_DISABLE_DEPRECATED_UP_TO=0x060400   # Qt 6.5 and later this one
    HEXCLAVE_VERSION="${HEXCLAVE_VERSION}")
if(MSVC)
    target_compile_options(hexclave_compile_settings INTERFACE /W4 /permissive- /utf-8)
    if(HEXCLAVE_WERROR)
        target_compile_options(hexclave_compile_settings INTERFACE /WX)
    endif()
else()
    target_compile_options(hexclave_compile_settings INTERFACE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor
        $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
        $<$<CXX_COMPILER_ID:Clang,AppleClang>:-Wshadow-uncaptured-local>)
    if(HEXCLAVE_WERROR)
        target_compile_options(hexclave_compile_settings INTERFACE -Werror)
    endif()
endif()

find_program(HEXCLAVE_CCACHE ccache)
if(HEXCLAVE_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${HEXCLAVE_CCACHE}")
endif()
