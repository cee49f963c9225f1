# Strict warnings on annalist's own targets only; system headers (Boost, ImGui) are -isystem.
# -Wno-restrict: GCC 12 at -O3 warns falsely on `"literal" + std::string` (GCC bug 105329).
function(annalist_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror
                         $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>)
endfunction()
