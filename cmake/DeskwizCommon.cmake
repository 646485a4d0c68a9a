# deskwiz_common: the compile options every deskwiz target shares.
add_library(deskwiz_common INTERFACE)
target_compile_definitions(deskwiz_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    DESKWIZ_VERSION="${PROJECT_VERSION}")
if(MSVC)
    target_compile_options(deskwiz_common INTERFACE /W4 /permissive- /utf-8)
    if(DESKWIZ_WERROR)
        target_compile_options(deskwiz_common INTERFACE /WX)
    endif()
else()
    target_compile_options(deskwiz_common INTERFACE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Woverloaded-virtual)
    if(DESKWIZ_WERROR)
        target_compile_options(deskwiz_common INTERFACE -Werror)
    endif()
endif()
target_include_directories(deskwiz_common INTERFACE ${PROJECT_SOURCE_DIR})

# deskwiz_add_test(NAME SOURCES a.cpp ... LIBS target ...)
# One QtTest executable per class, run offscreen in a home of its own, with the shared test data
# beside the project.
function(deskwiz_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE deskwiz_common Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        DESKWIZ_TESTDATA_DIR="${DESKWIZ_SHARED_DIR}/testdata"
        DESKWIZ_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    # Each test has a home of its own in the build folder, so that nothing it saves (settings,
    # templates, Qt's file dialog state) reaches the real home or another test.
    set(home "${CMAKE_CURRENT_BINARY_DIR}/home/${name}")
    file(MAKE_DIRECTORY "${home}")
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false;HOME=${home};\
XDG_CONFIG_HOME=${home}/.config;XDG_DATA_HOME=${home}/.local/share;\
XDG_CACHE_HOME=${home}/.cache;XDG_STATE_HOME=${home}/.local/state"
        TIMEOUT 300)
endfunction()

# ../shared sits beside the project root (see README.md).
set(DESKWIZ_SHARED_DIR "${PROJECT_SOURCE_DIR}/../shared" CACHE PATH "The shared folder with testdata/")
get_filename_component(DESKWIZ_SHARED_DIR "${DESKWIZ_SHARED_DIR}" ABSOLUTE)
