// The platform side of annalist-view: GLFW window, OpenGL 3 rendering, fonts, screenshots and the
// frame-time benchmark. The window content is View's.
#pragma once

#include "view.hpp"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace annalist::viewer {

struct AppOptions {
  std::vector<std::filesystem::path> files;         // timeline JSON or text files
  std::optional<std::filesystem::path> screenshot;  // render a few frames, write this PNG, exit
  int width = 1600;
  int height = 900;
  std::optional<float> scale;  // --scale: the interface scale, fixed; otherwise interface_scale()
  ViewSettings view;
};

// How large the interface is drawn, in framebuffer pixels per layout pixel (fonts, marks, panels
// alike): the display's content scale (HiDPI), times how far the window exceeds 1920x1080 at that
// scale (a 2560x1440 window gets 4/3, at most 2), that factor in steps of 1/6 so that resizing
// rebuilds the fonts only now and then. At or below 1920x1080 it is the content scale: a small
// window keeps its text readable rather than shrinking it.
float interface_scale(int framebuffer_width, int framebuffer_height, float content_scale);

// Opens the window (or renders the screenshot). Returns the process exit code: 0, or 1 when a
// file could not be loaded or the screenshot could not be written.
int run_app(const AppOptions& options);

// A Dear ImGui context with the viewer's style and fonts and no renderer: frames are built but not
// drawn. For the benchmark and for tests that script input. One at a time.
class HeadlessImGui {
 public:
  HeadlessImGui(int width, int height);
  ~HeadlessImGui();
  HeadlessImGui(const HeadlessImGui&) = delete;
  HeadlessImGui& operator=(const HeadlessImGui&) = delete;
};

// Generates `events` synthetic events, times loading them back from a timeline JSON file, then
// times `frames` scripted zoom/pan frames (ImGui frame build + our drawing, no GL) at the given
// size, and prints "median X ms, p99 Y ms". Needs no display.
int run_bench(std::size_t events, int width, int height, int frames = 400);

}  // namespace annalist::viewer
