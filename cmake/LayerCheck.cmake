# cmake -P cmake/LayerCheck.cmake: fails when a layer includes what is above it or what it
# must not see (architecture.md): models/ and ui/ never include nlohmann/json.hpp, api/ and
# models/ never include QtWidgets, api/ never includes models/ or ui/ headers.
get_filename_component(root "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
set(rules
    "models|#include <nlohmann/json.hpp>"
    "ui|#include <nlohmann/json.hpp>"
    "app|#include <nlohmann/json.hpp>"
    "models|#include <QtWidgets"
    "models|#include <QWidget>"
    "models|#include <QApplication>"
    "api|#include <QtWidgets"
    "api|#include <QWidget>"
    "api|#include <QApplication>"
    "api|#include \"UsersModel.h\""
    "api|#include \"MainWindow.h\"")
set(failures "")
foreach(rule IN LISTS rules)
    string(REPLACE "|" ";" parts "${rule}")
    list(GET parts 0 folder)
    list(GET parts 1 needle)
    file(GLOB_RECURSE files "${root}/${folder}/*.h" "${root}/${folder}/*.cpp")
    foreach(file IN LISTS files)
        file(READ "${file}" text)
        string(FIND "${text}" "${needle}" at)
        if(NOT at EQUAL -1)
            file(RELATIVE_PATH shown "${root}" "${file}")
            string(APPEND failures "  ${shown}: ${needle}\n")
        endif()
    endforeach()
endforeach()
if(failures)
    message(FATAL_ERROR "Layering broken:\n${failures}")
endif()
message(STATUS "Layering: every layer includes only what is below it")
