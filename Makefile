# DocSchema: build, test and measure.
#   make run           extract the seed pages (the default input) and print the result
#   make test          unit, reference and command-line tests
#   make corpus-check  broken and hostile pages through every command; whole-corpus figures, when ../shared/corpus exists
#   make bench         time the pipeline against the bare markdown parser
#   make generate      refresh Generated/ (from seeds/) and Tests/AdversarialModels/
#   make example       build Examples/NotesClient with the build-tool plugin, change a page, rebuild
#   make fuzz          build the libFuzzer target and fuzz Read…Reconcile for SECONDS (default 60)

SWIFT        ?= swift
CORPUS       ?= ../shared/corpus
SEEDS        := $(sort $(wildcard seeds/*.txt))
APT_PACKAGES := pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev cmark-gfm libmimalloc-dev
PYTHON_PACKAGES := python3 python3-jsonschema bc
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE_BIN  := .build/release
RUNS         ?= 5

.PHONY: all deps build release run test generate example corpus-check bench fuzz clean

all: test

# Installs the C libraries when pkg-config cannot find them (a fresh machine or CI); mimalloc
# has no pkg-config file, so its shared library is looked for instead, in either folder (`ls`
# alone fails when one of them does not exist, which reinstalled everything on every run).
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libcmark-gfm \
		|| ! ls /usr/lib/*/libmimalloc.so /usr/lib/libmimalloc.so 2>/dev/null | grep -q .; then \
		echo "Installing $(APT_PACKAGES)"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $(APT_PACKAGES) >/dev/null; \
	fi
	@if ! python3 -c 'import jsonschema' >/dev/null 2>&1 || ! command -v bc >/dev/null 2>&1; then \
		echo "Installing $(PYTHON_PACKAGES) (the SARIF test validates with jsonschema)"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $(PYTHON_PACKAGES) >/dev/null; \
	fi

build: deps
	$(SWIFT) build

# The Swift runtime and Foundation are linked in statically: calls into the runtime, retain and
# release above all, then skip the dynamic linker's tables, and a run starts in half the time
# (en-2021-07 extract: 13 % less wall time). The binary also runs where Swift is not installed.
# It is about 100 MB, so the linker writes a build ID into it, which --incremental reads to
# tell builds apart instead of hashing the whole file.
RELEASE_FLAGS := $(if $(filter Linux,$(shell uname -s)),--static-swift-stdlib -Xlinker --build-id=sha1)

# The static Foundation library's use of mktemp makes the linker warn on every link; the
# warning is about Foundation's code, not ours, and is left out of the output.
release: deps
	@mkdir -p .build; echo "$(SWIFT) build -c release $(RELEASE_FLAGS)"; \
	{ $(SWIFT) build -c release $(RELEASE_FLAGS) 2>&1; echo $$? > .build/release-status; } \
		| grep -v -e 'is dangerous, better use' -e 'libFoundationEssentials.a(Data+Writing.swift.o)'; \
	exit $$(cat .build/release-status)

run: release
	$(RELEASE_BIN)/docschema extract $(SEEDS) --format json

test: deps
	$(SWIFT) test

# The committed generated folders; a test fails when they are stale.
ADVERSARIAL := Tests/DocSchemaTests/Fixtures/adversarial-names.md

generate: deps
	$(SWIFT) build --product docschema
	.build/debug/docschema generate $(SEEDS) -o Generated --diagnostics none
	.build/debug/docschema generate $(ADVERSARIAL) -o Tests/AdversarialModels --diagnostics none

example: deps
	.ci/plugin-example

SCORER   := $(CORPUS)/../eval/score.py
METADATA := $(CORPUS)/csdl/v1.0-2021-07-13.xml
SARIF_SCHEMA := $(CORPUS)/../eval/sarif-schema-2.1.0.json

corpus-check: release
	@start=$$(date +%s); \
	echo "## bad input: extract, check and generate over broken and hostile pages (exit 0, 1 or 2; only diagnostics on stderr)"; \
	.ci/bad-inputs $(RELEASE_BIN)/docschema || exit $$?; \
	if [ ! -d "$(CORPUS)" ]; then echo "corpus-check: $(CORPUS) not found; corpus steps skipped"; exit 0; fi; \
	echo; \
	$(RELEASE_BIN)/docschema-corpus-check "$(CORPUS)/" || exit $$?; \
	scratch=$$(mktemp -d); \
	for set in en-2021-07 ru-sxs-2021-08; do \
		locale=en-US; [ $$set = ru-sxs-2021-08 ] && locale=ru-RU; \
		$(RELEASE_BIN)/docschema extract "$(CORPUS)/$$set/v1.0" --format csdl --api-version v1.0 --locale $$locale \
			--diagnostics none --fail-on never -o "$$scratch/$$set.xml" || exit 2; \
		echo; echo "## CSDL score: $$set v1.0 against csdl/v1.0-2021-07-13.xml"; \
		python3 "$(SCORER)" "$$scratch/$$set.xml" "$(METADATA)" --docs "$(CORPUS)/$$set/v1.0" || exit 2; \
	done; \
	rm -rf "$$scratch"; \
	for set in en-2021-07 ru-sxs-2021-08; do \
		echo; echo "## docschema check: $$set (findings per rule)"; \
		.ci/corpus-check-rules $(RELEASE_BIN)/docschema "$(CORPUS)/$$set" "$(SARIF_SCHEMA)" || exit $$?; \
	done; \
	echo; echo "## extract, check and generate over the sets the steps above leave out (exit 0, 1 or 2; nothing on stderr)"; \
	.ci/corpus-commands $(RELEASE_BIN)/docschema "$(CORPUS)" || exit $$?; \
	echo; echo "## docschema diff: each consecutive pair of revisions in revisions/* (findings per rule, all levels)"; \
	.ci/corpus-check-diffs $(RELEASE_BIN)/docschema "$(CORPUS)/revisions" || exit $$?; \
	echo; echo "## Swift models generated from en-2021-07 and compiled (Swift 6 mode, zero warnings required)"; \
	.ci/corpus-models $(RELEASE_BIN)/docschema "$(CORPUS)/en-2021-07/v1.0" v1.0 || exit $$?; \
	.ci/corpus-models $(RELEASE_BIN)/docschema "$(CORPUS)/en-2021-07/beta" beta || exit $$?; \
	echo; echo "corpus-check took $$(( $$(date +%s) - start )) s"

bench: release
	@if [ ! -d "$(CORPUS)/en-2021-07" ]; then echo "bench: $(CORPUS)/en-2021-07 not found; skipped"; exit 0; fi; \
	.ci/bench $(RELEASE_BIN)/docschema "$(CORPUS)" --runs $(RUNS)

# libFuzzer drives docschema-fuzz (Sources/DocSchemaFuzz) with ASan and coverage, built in a
# folder of its own so the normal build never sees the sanitizers. SwiftPM names an executable's
# entry point itself, so the target keeps its own main and links libFuzzer's no-main runtime.
SECONDS      ?= 60
FUZZ_BUILD   := .build-fuzz
FUZZ_DIR     := .fuzz
FUZZ_RUNTIME := $(shell $(SWIFT)c -print-target-info 2>/dev/null | sed -n 's/.*"runtimeResourcePath": "\(.*\)".*/\1/p')/clang/lib/linux/libclang_rt.fuzzer_no_main-$(shell uname -m).a
FUZZ_FLAGS   := -Xswiftc -DDOCSCHEMA_LIBFUZZER -Xswiftc -sanitize=address \
	-Xswiftc -sanitize-coverage=edge,indirect-calls,trace-cmp,inline-8bit-counters,pc-table \
	-Xlinker $(FUZZ_RUNTIME) -Xlinker -lstdc++

fuzz: deps
	@test -f "$(FUZZ_RUNTIME)" || { echo "fuzz: $(FUZZ_RUNTIME) not found (the toolchain has no libFuzzer)"; exit 2; }
	@echo "Building docschema-fuzz with libFuzzer and ASan in $(FUZZ_BUILD)"
	@mkdir -p $(FUZZ_DIR); \
	$(SWIFT) build -c release --scratch-path $(FUZZ_BUILD) --product docschema-fuzz $(FUZZ_FLAGS) >$(FUZZ_DIR)/build.log 2>&1; \
	status=$$?; grep -v -e 'Cannot export local symbol' $(FUZZ_DIR)/build.log; exit $$status
	.ci/fuzz $(FUZZ_BUILD)/release/docschema-fuzz $(FUZZ_DIR) $(SECONDS) seeds $(CORPUS)

clean:
	rm -rf .build $(FUZZ_BUILD) $(FUZZ_DIR)
