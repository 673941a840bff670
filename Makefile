# Two entry points for a fresh machine: `make demo` and `make test`.
# Both install what is missing first (Debian packages, quiet when all are present).

JOBS ?= $(shell nproc)
BUILD ?= build
ASAN_BUILD ?= build-asan
EXAMPLE ?= examples/kz-school-league

.PHONY: deps build demo test test-asan bench clean

deps:
	@sh scripts/install-deps.sh

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release > /dev/null
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	@sh scripts/demo.sh $(BUILD)/tab $(EXAMPLE)

test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS) --label-exclude asan
	@$(MAKE) --no-print-directory test-asan

# The unit tests again under AddressSanitizer and UndefinedBehaviorSanitizer.
test-asan: deps
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DTAB_SANITIZE=ON > /dev/null
	@cmake --build $(ASAN_BUILD) -j $(JOBS) --target tab_tests tab
	@cd $(ASAN_BUILD) && ctest --output-on-failure -j $(JOBS) -L asan

bench: build
	@cmake --build $(BUILD) -j $(JOBS) --target benches
	@sh bench/run.sh $(BUILD)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
