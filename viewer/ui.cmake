# The Dear ImGui + GLFW + OpenGL 3 front end and the annalist-view program. ImGui, GLFW and GL
# come from Debian (libimgui-dev links libstb for PNG writing); imported targets' headers are
# system headers, so -Werror does not apply to them.
add_library(annalist_viewer_ui STATIC
  src/ui/model.cpp
  src/ui/view.cpp
  src/ui/app.cpp
)
target_include_directories(annalist_viewer_ui PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/src/ui)
target_link_libraries(annalist_viewer_ui PUBLIC annalist_viewer annalist_parser annalist_engine
                      PkgConfig::IMGUI PkgConfig::GLFW OpenGL::GL)
annalist_warnings(annalist_viewer_ui)

add_executable(annalist-view app/main.cpp ${PROJECT_SOURCE_DIR}/cli/args.cpp)
target_include_directories(annalist-view PRIVATE ${PROJECT_SOURCE_DIR}/cli)
target_link_libraries(annalist-view PRIVATE annalist_viewer_ui)
annalist_warnings(annalist-view)
