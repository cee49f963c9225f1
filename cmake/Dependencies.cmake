# Every dependency is a Debian package; a missing one stops configuration with its name.
# scripts/setup installs all of them.
function(annalist_require found package)
  if(NOT ${found})
    message(FATAL_ERROR "annalist: missing dependency. Install the Debian package '${package}' "
                        "(or run scripts/setup, which installs everything annalist needs).")
  endif()
endfunction()

find_package(Threads REQUIRED)

find_package(date CONFIG QUIET)
annalist_require(date_FOUND libhowardhinnant-date-dev)

find_package(nlohmann_json 3 CONFIG QUIET)
annalist_require(nlohmann_json_FOUND nlohmann-json3-dev)

# Reads timeline JSON about 8 times faster than nlohmann's parser (bench/json_bench).
find_package(simdjson CONFIG QUIET)
annalist_require(simdjson_FOUND libsimdjson-dev)

find_package(Boost 1.74 QUIET)
annalist_require(Boost_FOUND libboost-dev)
find_path(ANNALIST_SPIRIT_X3 boost/spirit/home/x3.hpp HINTS ${Boost_INCLUDE_DIRS})
annalist_require(ANNALIST_SPIRIT_X3 libboost-dev)

if(ANNALIST_BUILD_TESTS)
  find_package(doctest CONFIG QUIET)
  annalist_require(doctest_FOUND doctest-dev)
endif()

if(ANNALIST_BUILD_VIEWER)
  find_package(PkgConfig QUIET)
  annalist_require(PkgConfig_FOUND pkg-config)
  pkg_check_modules(IMGUI QUIET IMPORTED_TARGET imgui)
  annalist_require(IMGUI_FOUND libimgui-dev)
  pkg_check_modules(GLFW QUIET IMPORTED_TARGET glfw3)
  annalist_require(GLFW_FOUND libglfw3-dev)
  find_package(OpenGL QUIET)
  annalist_require(OpenGL_FOUND libgl-dev)
endif()
