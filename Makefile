# Two entry points for a fresh machine: `make demo` and `make test`.
# Both install what is missing first (Debian packages, quiet when all are present).
#   make install PREFIX=/usr/local     install tab, its manual page and documentation
#   make deb                           a Debian package (build/tab_VERSION_ARCH.deb)
#   make fuzz                          fuzz each parser for 60 seconds with libFuzzer (needs clang)
#   make test FUZZ=1                   make test, then make fuzz

JOBS ?= $(shell nproc)
# ccache, where installed, makes rebuilds after a pull fast; it is optional.
LAUNCHER := $(if $(shell command -v ccache),-DCMAKE_CXX_COMPILER_LAUNCHER=ccache,)
# Ninja schedules the compilation of every library at once (make waits for each library's
# dependencies first); a build directory keeps the generator it was made with.
GENERATOR = $(if $(wildcard $(1)/CMakeCache.txt),,-G Ninja)
BUILD ?= build
ASAN_BUILD ?= build-asan
EXAMPLE ?= examples/kz-school-league
PREFIX ?= /usr/local
FUZZ ?= 0

.PHONY: deps fuzz-deps build demo test test-asan fuzz fuzz-build install deb bench bench-big clean

deps:
	@sh scripts/install-deps.sh

# clang and its fuzzer runtime, which only fuzzing needs.
fuzz-deps:
	@sh scripts/install-deps.sh fuzz

build: deps
	@cmake -S . -B $(BUILD) $(call GENERATOR,$(BUILD)) -DCMAKE_BUILD_TYPE=Release $(LAUNCHER) > /dev/null
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	@sh scripts/demo.sh $(BUILD)/tab $(EXAMPLE)

# Every test but the fuzzing; the fuzz harnesses compile with g++ and run over their seed corpora
# in both builds (label replay; asan in the sanitizer build).
test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS) -LE fuzz
	@$(MAKE) --no-print-directory test-asan
ifeq ($(FUZZ),1)
	@$(MAKE) --no-print-directory fuzz
endif

# The unit and property tests, and the fuzz harnesses over their seed corpora, again under
# AddressSanitizer and UndefinedBehaviorSanitizer.
test-asan: deps
	@cmake -S . -B $(ASAN_BUILD) $(call GENERATOR,$(ASAN_BUILD)) -DCMAKE_BUILD_TYPE=Sanitize -DTAB_SANITIZE=ON $(LAUNCHER) > /dev/null
	@cmake --build $(ASAN_BUILD) -j $(JOBS) --target tab_tests debatexml_replay loader_replay
	@cd $(ASAN_BUILD) && ctest --output-on-failure -j $(JOBS) -L asan

# libFuzzer: the harnesses built with clang (tests/fuzz/run.sh, in build/fuzz), each fuzzed for
# 60 seconds (ctest label fuzz).
fuzz: build fuzz-deps
	@cd $(BUILD) && ctest --output-on-failure -L fuzz

# The libFuzzer build only (with clang; skipped with a message without it).
fuzz-build: fuzz-deps
	@FUZZ_BUILD_DIR=$(BUILD)/fuzz JOBS=$(JOBS) CMAKE_CXX_COMPILER_LAUNCHER=$(if $(LAUNCHER),ccache,) \
	  sh tests/fuzz/run.sh --build-only || [ $$? -eq 77 ]

install: build
	@cmake --install $(BUILD) --prefix $(PREFIX)

deb: build
	@cd $(BUILD) && cpack -G DEB

bench: build
	@sh bench/run.sh $(BUILD)

# The tab binary on a generated 4000-team, 9-round tournament: per command wall and user seconds
# and peak memory (docs/performance.md). TEAMS=1000 for a quicker look.
TEAMS ?= 4000
bench-big: build
	@sh bench/run_big.sh $(BUILD) $(TEAMS)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
