# The two commands of the README's first screen, and a few more for developers.
#   make demo   installs what is missing, builds, draws the sample article's timeline
#   make test   installs what is missing, builds, runs every test
BUILD   ?= build
JOBS    ?= $(shell nproc)
SHARED  ?= $(abspath ../shared)
SAMPLE  := samples/ukraine-call.txt
OUT     := samples/out

.PHONY: all setup configure build demo test update-golden bench models clean

all: build

setup:
	@.ci/install-deps

configure: setup
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DCHRONOGRAPH_SHARED_DIR=$(SHARED) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	@mkdir -p $(OUT)
	@for format in svg html png; do \
	  $(BUILD)/chronograph build $(SAMPLE) -o $(OUT)/ukraine-call.$$format || exit 1; \
	  echo "wrote $(OUT)/ukraine-call.$$format"; \
	done

test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# Rewrites tests/golden/ from the current code; review `git diff tests/golden` like code.
update-golden: build
	@CHRONOGRAPH_UPDATE_GOLDEN=1 $(MAKE) --no-print-directory test

clean:
	rm -rf $(BUILD)
