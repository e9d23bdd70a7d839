# The two commands of the README's first screen, and a few more for developers.
#   make demo   installs what is missing, builds, draws the sample article's timeline
#   make test   installs what is missing, builds, runs every test
MAKEFLAGS += --no-print-directory
BUILD   ?= build
JOBS    ?= $(shell nproc)
SHARED  ?= $(abspath ../shared)
SAMPLE  := samples/ukraine-call.txt
OUT     := samples/out

.PHONY: all setup configure build demo test update-golden tbaq-dev models clean

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

# TempEval-3 figures on the TBAQ dev split (entities and links from our own extraction).
tbaq-dev: build
	@rm -rf $(BUILD)/tbaq-dev && mkdir -p $(BUILD)/tbaq-dev/gold $(BUILD)/tbaq-dev/system
	@sed 's|^|$(SHARED)/data/|' $(SHARED)/data/splits/tbaq-dev.txt | xargs -I{} ln -s {} $(BUILD)/tbaq-dev/gold/
	@$(BUILD)/chronograph -q annotate $(BUILD)/tbaq-dev/gold/*.tml -o $(BUILD)/tbaq-dev/system
	@$(BUILD)/chronograph eval --gold $(BUILD)/tbaq-dev/gold --system $(BUILD)/tbaq-dev/system

# Retrains every committed model from ../shared/data (minutes; never run in CI).
models: build
	$(BUILD)/chronograph train all --ewt $(SHARED)/data/ud-ewt --out models
	$(BUILD)/chronograph train-events --tbaq-list $(SHARED)/data/splits/tbaq-train.txt --data-root $(SHARED)/data -o models/events/trigger.model
	$(BUILD)/chronograph train-tlinks --tbaq-list $(SHARED)/data/splits/tbaq-train.txt --data-root $(SHARED)/data -o models/tlinks/tlinks.bin

clean:
	rm -rf $(BUILD)
