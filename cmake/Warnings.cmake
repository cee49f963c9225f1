# Strict warnings on annalist's own targets only; system headers (Boost, ImGui) are -isystem.
# -Wno-restrict: GCC 12 at -O3 warns falsely on `"literal" + std::string` (GCC bug 105329).
# -Wno-maybe-uninitialized under sanitizers: their instrumentation makes GCC 12 warn falsely inside
# libstdc++ (std::regex's std::function states); the Release build keeps the warning.
function(annalist_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror
                         $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>)
  if(ANNALIST_SANITIZE AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(${target} PRIVATE -Wno-maybe-uninitialized)
  endif()
endfunction()
