# Two entry points for a fresh machine: `make demo` and `make test`.
# Both install what is missing first (Debian packages, quiet when all are present).

JOBS ?= $(shell nproc)
# ccache, where installed, makes rebuilds after a pull fast; it is optional.
LAUNCHER := $(if $(shell command -v ccache),-DCMAKE_CXX_COMPILER_LAUNCHER=ccache,)
BUILD ?= build
ASAN_BUILD ?= build-asan
EXAMPLE ?= examples/kz-school-league

.PHONY: deps build demo test test-asan bench clean

deps:
	@sh scripts/install-deps.sh

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(LAUNCHER) > /dev/null
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	@sh scripts/demo.sh $(BUILD)/tab $(EXAMPLE)

test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
	@$(MAKE) --no-print-directory test-asan

# The unit and property tests again under AddressSanitizer and UndefinedBehaviorSanitizer.
test-asan: deps
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Sanitize -DTAB_SANITIZE=ON $(LAUNCHER) > /dev/null
	@cmake --build $(ASAN_BUILD) -j $(JOBS) --target tab_tests
	@cd $(ASAN_BUILD) && ctest --output-on-failure -j $(JOBS) -L asan

bench: build
	@cmake --build $(BUILD) -j $(JOBS) --target benches
	@sh bench/run.sh $(BUILD)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
