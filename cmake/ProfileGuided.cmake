# Profile-guided optimisation (GCC) of Release builds. Tagging paragraphs is bound by code layout,
# not by instructions (speed28: 11% more instruction-cache misses and 18% more mispredicted branches
# than one string at nearly the same instructions a byte); with the counts of a training run GCC
# splits hot from cold code, orders blocks and inlines by measured frequency (pgo33: paragraphs
# +8%, tags unchanged; docs/evaluation.md). Since then the grammar grew and the profile stopped
# paying (pgo70: 8-10% fewer instructions, 14% more mispredicted branches, slower than plain on
# news whatever the training text), so `ANNALIST_PGO=ON scripts/build` runs both stages only
# when asked; ANNALIST_PGO says which one this build tree is:
#   generate  instrumented: writes .gcda counts to ANNALIST_PGO_DIR when the programs run
#   use       optimised with the counts in ANNALIST_PGO_DIR
#   empty     neither (plain cmake, ANNALIST_PGO=OFF scripts/build); Debug and sanitizer builds
#             never take it
set(ANNALIST_PGO "" CACHE STRING "Profile-guided optimisation stage: generate, use or empty")
set(ANNALIST_PGO_DIR "" CACHE PATH "Directory of the profile (.gcda files) written and read")

if(ANNALIST_PGO AND (NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU" OR NOT CMAKE_BUILD_TYPE STREQUAL "Release"
                     OR ANNALIST_SANITIZE))
  message(STATUS "annalist: ANNALIST_PGO=${ANNALIST_PGO} ignored (GCC Release builds without sanitizers only)")
elseif(ANNALIST_PGO STREQUAL "generate")
  # The profile's file names are the objects' paths below the build tree
  # (-fprofile-prefix-path), so the instrumented tree and the optimised one find the same names.
  # Training runs one thread: single (non-atomic) counter updates are exact and cheaper.
  add_compile_options(-fprofile-generate=${ANNALIST_PGO_DIR} -fprofile-update=single
                      -fprofile-prefix-path=${CMAKE_BINARY_DIR})
  add_link_options(-fprofile-generate=${ANNALIST_PGO_DIR})
elseif(ANNALIST_PGO STREQUAL "use")
  # -fprofile-partial-training: code the bundled text never reaches (rules for text it lacks) is
  # optimised as without a profile, not for size as cold.
  # -Wno-missing-profile: programs the training does not run (tests, benchmarks, the viewer) and
  # objects annalist does not link have no profile; they are built as without PGO.
  # -Wno-error=coverage-mismatch: an incremental build after a source edit reads the profile of
  # the last scripts/build; GCC warns and estimates the counts of the functions that changed
  # (the warning is an error by default). scripts/build trains again, so its builds never warn.
  add_compile_options(-fprofile-use=${ANNALIST_PGO_DIR} -fprofile-partial-training
                      -fprofile-prefix-path=${CMAKE_BINARY_DIR} -Wno-missing-profile
                      -Wno-error=coverage-mismatch)
elseif(ANNALIST_PGO)
  message(FATAL_ERROR "annalist: ANNALIST_PGO must be generate, use or empty, not '${ANNALIST_PGO}'")
endif()
