// GLFW + OpenGL 3 platform loop, fonts, PNG capture and the frame benchmark.
#include "app.hpp"

#include <annalist/engine/file_io.hpp>
#include <annalist/engine/json.hpp>

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <stb_image_write.h>  // declarations only: the implementation is Debian's libstb

#include <unistd.h>
#include <algorithm>
#include <cfloat>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <utility>

namespace annalist::viewer {

namespace {

constexpr const char* font_path = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
constexpr const char* bold_font_path = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
constexpr float font_size = 15.0f;  // in layout pixels; rasterised at the interface scale

// DejaVu Sans with the glyphs news text needs: Latin (with Extended-A/B), Greek, Cyrillic,
// dashes, curly quotes, ellipsis, arrows. Without the font, ImGui's built-in one (Latin-1 only).
// The glyphs are rasterised at `scale` times their size and drawn scaled back (FontGlobalScale),
// so that the framebuffer scale magnifies them into sharp text rather than blurred bitmaps.
void load_fonts(float scale) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  io.FontGlobalScale = 1.0f / scale;
  static ImVector<ImWchar> ranges;  // must outlive the atlas build
  if (ranges.empty()) {
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(io.Fonts->GetGlyphRangesDefault());
    builder.AddRanges(io.Fonts->GetGlyphRangesCyrillic());
    static const ImWchar extra[] = {0x0100, 0x024F,  // Latin Extended-A and -B
                                    0x0370, 0x03FF,  // Greek
                                    0x2010, 0x205E,  // dashes, quotes, bullet, ellipsis
                                    0x2190, 0x21FF,  // arrows
                                    0x25A0, 0x25FF,  // geometric shapes
                                    0};
    builder.AddRanges(extra);
    builder.BuildRanges(&ranges);
  }
  if (access(font_path, R_OK) != 0) {
    static bool warned = false;  // once, not at every change of scale
    if (!std::exchange(warned, true))
      std::cerr << "annalist-view: " << font_path
                << " not found (Debian package fonts-dejavu-core); using the built-in Latin-1 font\n";
    ImFontConfig config;
    config.SizePixels = 13.0f * scale;
    io.Fonts->AddFontDefault(&config);
    return;
  }
  io.Fonts->AddFontFromFileTTF(font_path, font_size * scale, nullptr, ranges.Data);
  if (access(bold_font_path, R_OK) == 0)
    io.Fonts->AddFontFromFileTTF(bold_font_path, font_size * scale, nullptr, ranges.Data);
}

// A light theme: timelines are read like charts on paper.
void apply_style() {
  ImGui::StyleColorsLight();
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowRounding = 0.0f;
  style.ChildRounding = 4.0f;
  style.FrameRounding = 4.0f;
  style.PopupRounding = 4.0f;
  style.GrabRounding = 4.0f;
  style.WindowPadding = ImVec2{10.0f, 8.0f};
  style.FramePadding = ImVec2{8.0f, 4.0f};
  style.ItemSpacing = ImVec2{8.0f, 6.0f};
  // Frames are white like the panels they sit in: a thin border keeps an unticked box visible.
  style.FrameBorderSize = 1.0f;
  style.Colors[ImGuiCol_WindowBg] = ImVec4{0.96f, 0.965f, 0.975f, 1.0f};
  style.Colors[ImGuiCol_ChildBg] = ImVec4{1.0f, 1.0f, 1.0f, 1.0f};
  style.Colors[ImGuiCol_PopupBg] = ImVec4{1.0f, 1.0f, 1.0f, 0.98f};
  style.Colors[ImGuiCol_Header] = ImVec4{0.89f, 0.91f, 0.94f, 1.0f};
  style.Colors[ImGuiCol_HeaderHovered] = ImVec4{0.84f, 0.87f, 0.92f, 1.0f};
  style.Colors[ImGuiCol_Border] = ImVec4{0.78f, 0.80f, 0.84f, 1.0f};
}

void init_imgui_context() {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // the layout is fixed; nothing to remember between runs
  apply_style();
  load_fonts(1.0f);
}

// The back buffer as a PNG (rows flipped: OpenGL reads bottom-up).
std::string capture_png(int width, int height) {
  std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * height * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  std::vector<unsigned char> flipped(pixels.size());
  const std::size_t stride = static_cast<std::size_t>(width) * 4;
  for (int y = 0; y < height; ++y)
    std::copy_n(pixels.data() + static_cast<std::size_t>(height - 1 - y) * stride, stride,
                flipped.data() + static_cast<std::size_t>(y) * stride);
  for (std::size_t i = 3; i < flipped.size(); i += 4) flipped[i] = 255;
  std::string png;
  stbi_write_png_to_func(
      [](void* context, void* data, int size) {
        static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<std::size_t>(size));
      },
      &png, width, height, 4, flipped.data(), static_cast<int>(stride));
  return png;
}

double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

}  // namespace

float interface_scale(int framebuffer_width, int framebuffer_height, float content_scale) {
  constexpr float steps = 6.0f;
  const float content =
      std::isfinite(content_scale) && content_scale > 0.0f ? std::clamp(content_scale, 0.5f, 4.0f) : 1.0f;
  const float width = static_cast<float>(framebuffer_width) / content;
  const float height = static_cast<float>(framebuffer_height) / content;
  const float by_size = std::clamp(std::min(width / 1920.0f, height / 1080.0f), 1.0f, 2.0f);
  return content * std::round(by_size * steps) / steps;
}

HeadlessImGui::HeadlessImGui(int width, int height) {
  init_imgui_context();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2{static_cast<float>(width), static_cast<float>(height)};
  io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;  // as the OpenGL 3 renderer declares
  unsigned char* pixels = nullptr;
  int tex_width = 0, tex_height = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &tex_width, &tex_height);  // builds the atlas; no GPU upload
}

HeadlessImGui::~HeadlessImGui() { ImGui::DestroyContext(); }

int run_app(const AppOptions& options) {
  glfwSetErrorCallback(
      [](int code, const char* text) { std::cerr << "annalist-view: GLFW error " << code << ": " << text << '\n'; });
  if (!glfwInit()) {
    std::cerr << "annalist-view: cannot open a display. Without one, render to a file:\n"
                 "  xvfb-run -a -s \"-screen 0 1600x900x24\" annalist-view FILE --screenshot OUT.png\n";
    return 1;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  if (options.screenshot) glfwWindowHint(GLFW_RESIZABLE, GLFW_FALSE);
  std::string title = "annalist-view";
  for (const auto& f : options.files) title += " \u2014 " + f.filename().string();
  GLFWwindow* window = glfwCreateWindow(options.width, options.height, title.c_str(), nullptr, nullptr);
  if (!window) {
    std::cerr << "annalist-view: cannot create an OpenGL 3.3 window\n";
    glfwTerminate();
    return 1;
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(options.screenshot ? 0 : 1);
  init_imgui_context();
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init("#version 330 core");

  Model model;
  model.load(options.files);
  View view(model, options.view);
  ImGuiIO& io = ImGui::GetIO();

  int exit_code = model.errors().empty() ? 0 : 1;
  constexpr int screenshot_frames = 6;  // layout, scripted hover, tooltip sizing, settle
  int frame = 0;
  int settle = 3;      // frames still to draw after the last input before waiting again
  float scale = 1.0f;  // the fonts loaded so far are for this interface scale
  std::optional<std::string> pending_png;
  while (!glfwWindowShouldClose(window)) {
    if (options.screenshot || settle > 0 || view.busy()) {
      glfwPollEvents();
    } else {
      glfwWaitEventsTimeout(30.0);  // nothing changes on screen until some input arrives
      settle = 3;
    }
    --settle;
    // The interface scale: fonts rebuilt when it changes (a move to a HiDPI monitor, a resize).
    int fb_width = 0, fb_height = 0, window_width = 0, window_height = 0;
    glfwGetFramebufferSize(window, &fb_width, &fb_height);
    glfwGetWindowSize(window, &window_width, &window_height);
    float content_x = 1.0f, content_y = 1.0f;
    glfwGetWindowContentScale(window, &content_x, &content_y);
    const float wanted = options.scale.value_or(interface_scale(fb_width, fb_height, std::max(content_x, content_y)));
    if (fb_width > 0 && fb_height > 0 && wanted != scale) {
      scale = wanted;
      load_fonts(scale);
      ImGui_ImplOpenGL3_DestroyFontsTexture();
      if (frame > 0) ImGui_ImplOpenGL3_CreateFontsTexture();  // else the first NewFrame creates it
      settle = 3;
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    // Lay out in layout pixels (the window's size over the scale); the renderer magnifies by the
    // scale, so marks, panels and the sharp fonts grow together.
    if (window_width > 0 && window_height > 0 && fb_width > 0) {
      const float window_per_layout = scale * static_cast<float>(window_width) / static_cast<float>(fb_width);
      io.DisplaySize = ImVec2{static_cast<float>(window_width) / window_per_layout,
                              static_cast<float>(window_height) / window_per_layout};
      io.DisplayFramebufferScale = ImVec2{scale, scale};
      if (io.MousePos.x > -FLT_MAX / 2)
        io.MousePos = ImVec2{io.MousePos.x / window_per_layout, io.MousePos.y / window_per_layout};
    }
    if (const auto mouse = view.scripted_mouse())
      io.MousePos = *mouse;
    else if (options.screenshot)  // the X pointer sits mid-screen: it would hover an event and draw its tooltip
      io.MousePos = ImVec2{-FLT_MAX, -FLT_MAX};
    ImGui::NewFrame();
    view.frame();
    ImGui::Render();
    glViewport(0, 0, fb_width, fb_height);
    glClearColor(0.96f, 0.965f, 0.975f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ++frame;
    if (pending_png) {
      try {
        write_file_atomically(*pending_png, capture_png(fb_width, fb_height));
        view.report("Wrote the view to " + *pending_png, false);
      } catch (const std::exception& e) {
        view.report(e.what(), true);
      }
      pending_png.reset();
    }
    pending_png = view.take_png_request();  // captured after the next frame, without the popup
    if (options.screenshot && frame >= screenshot_frames) {
      if (fb_width != options.width || fb_height != options.height)
        std::cerr << "annalist-view: the display gave a " << fb_width << "x" << fb_height << " window instead of "
                  << options.width << "x" << options.height << " (is the X screen large enough?)\n";
      try {
        if (view.scripted_hover_undrawn())
          std::cerr << "annalist-view: --hover: event \"" << options.view.hover_event
                    << "\" is not drawn on its own in this view (folded into a count, or no row left for it): "
                       "no tooltip; zoom in on it with --range\n";
        write_file_atomically(*options.screenshot, capture_png(fb_width, fb_height));
        // Where things are in the picture (its pixels), for tests and scripts that check it.
        const TimeAxis& axis = view.axis();
        std::printf(
            "wrote %s %dx%d: days %.3f..%.3f at x %.2f..%.2f, lanes y %.1f..%.1f, %zu events shown, scale %.3g\n",
            options.screenshot->c_str(), fb_width, fb_height, axis.first_day, axis.last_day, axis.x_left * scale,
            axis.x_right * scale, view.lanes_top() * scale, view.lanes_bottom() * scale, model.shown().size(), scale);
      } catch (const std::exception& e) {
        std::cerr << "annalist-view: " << e.what() << '\n';
        exit_code = 1;
      }
      break;
    }
    glfwSwapBuffers(window);
  }
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();
  return exit_code;
}

int run_bench(std::size_t events, int width, int height, int frames) {
  using clock = std::chrono::steady_clock;
  const auto seconds_since = [](clock::time_point t) {
    return std::chrono::duration<double>(clock::now() - t).count();
  };

  auto t = clock::now();
  const Timeline generated = synthetic_timeline(events);
  std::cout << "generated " << events << " synthetic events in " << seconds_since(t) << " s\n";
  const auto json_path =
      std::filesystem::temp_directory_path() / ("annalist-view-bench-" + std::to_string(getpid()) + ".json");
  write_timeline(json_path, generated);
  const auto json_bytes = std::filesystem::file_size(json_path);
  // Opening a file = the engine's read_timeline (parse, validate) + the viewer's index and lanes.
  Model model;
  t = clock::now();
  double cpu = thread_cpu_ms();
  Timeline loaded = read_timeline(json_path);
  const double read_cpu = (thread_cpu_ms() - cpu) / 1e3;
  cpu = thread_cpu_ms();
  model.set_timeline(std::move(loaded));
  const double index_cpu = (thread_cpu_ms() - cpu) / 1e3;
  const double load_wall = seconds_since(t);
  std::filesystem::remove(json_path);
  std::printf(
      "load %zu events from a %.0f MB timeline JSON: %.2f s wall, %.2f s CPU (read_timeline %.2f s, "
      "viewer index and lanes %.2f s)\n",
      model.timeline().events().size(), static_cast<double>(json_bytes) / 1e6, load_wall, read_cpu + index_cpu,
      read_cpu, index_cpu);

  const HeadlessImGui context(width, height);
  ImGuiIO& io = ImGui::GetIO();
  View view(model, ViewSettings{});

  // The script: hover, zoom in around a point (80 wheel steps), drag to pan, zoom out, drag back.
  const float x = static_cast<float>(width) * 0.45f, y = static_cast<float>(height) * 0.45f;
  std::vector<double> times;
  float drag_x = x;
  for (int f = 0; f < frames + 5; ++f) {
    const int phase = f % 400;
    io.DeltaTime = 1.0f / 60.0f;
    io.MouseWheel = 0.0f;
    io.MouseDown[0] = false;
    if (phase >= 10 && phase < 90) io.MouseWheel = 0.5f;
    if (phase >= 210 && phase < 290) io.MouseWheel = -0.5f;
    if ((phase >= 90 && phase < 209) || (phase >= 290 && phase < 399)) {
      io.MouseDown[0] = true;
      drag_x += phase < 209 ? -10.0f : 10.0f;
    } else {
      drag_x = x;
    }
    io.MousePos = ImVec2{drag_x, y};
    const double c0 = thread_cpu_ms();
    ImGui::NewFrame();
    view.frame();
    ImGui::Render();
    const double c1 = thread_cpu_ms();
    if (f >= 5) times.push_back(c1 - c0);  // the first frames build caches
  }
  std::sort(times.begin(), times.end());
  const double median = times[times.size() / 2];
  const double p99 = times[std::min(times.size() - 1, times.size() * 99 / 100)];
  std::printf("%d scripted zoom/pan frames at %dx%d, %zu events, lanes by type (CPU time per frame):\n", frames, width,
              height, events);
  std::printf("median %.2f ms, p99 %.2f ms\n", median, p99);
  return 0;
}

}  // namespace annalist::viewer
