package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/kg-project/kg/internal/bench"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/loader/gen"
)

func init() {
	register("bench", "measure extraction, loading and queries against baselines", runBench)
}

// benchConfig is every setting of `kg bench`; the parent passes it whole
// to each phase it runs as a child process (benchConfig.args).
type benchConfig struct {
	StoreDir      string
	Corpus        string
	Docs          int
	Seed          int64
	Postgres      string
	Duration      time.Duration
	Workers       int
	Clients       int
	BaselineQuads int64
	PGBaseline    int64
	RSSDocs       int
	QueryStore    string
	Phases        string
	JSON          bool
	Keep          bool
	CPUProfile    string
	Compromise    string
	phase         string
}

// benchPhases run in this order, each in its own process so that each
// reports its own peak RSS.
var benchPhases = []string{"extract", "load-bolt", "load-postgres", "write", "query", "load-rss"}

// phaseResult is what a phase process prints on stdout.
type phaseResult struct {
	Phase   string         `json:"phase"`
	Figures []bench.Figure `json:"figures"`
	PeakRSS int64          `json:"peakRSS"`
	// The peaks of the anonymous (heap) and file-backed (bolt's mmap)
	// parts of RSS, sampled every 100 ms.
	PeakAnon int64          `json:"peakRSSAnon"`
	PeakFile int64          `json:"peakRSSFile"`
	Info     map[string]any `json:"info,omitempty"`
}

// benchReport is the output of `kg bench --json`.
type benchReport struct {
	Command    string          `json:"command"`
	Started    time.Time       `json:"started"`
	Conditions map[string]any  `json:"conditions"`
	Phases     []phaseResult   `json:"phases"`
	Figures    []bench.Figure  `json:"figures"`
	Verdicts   []bench.Verdict `json:"targets"`
}

func (c *benchConfig) bind(fs *flag.FlagSet) {
	fs.StringVar(&c.StoreDir, "store-dir", "", "folder for the stores the benchmark builds (default: a temporary folder, removed after)")
	fs.StringVar(&c.Corpus, "corpus", "", "corpus folder written by kg gen (default: generate --docs documents)")
	fs.IntVar(&c.Docs, "docs", 1100, "documents to generate when --corpus is not given (1,100 ≈ 1M quads)")
	fs.Int64Var(&c.Seed, "seed", 1, "seed of the generated corpus")
	fs.StringVar(&c.Postgres, "postgres", "", "PostgreSQL URL (default: env KG_TEST_POSTGRES); the benchmark creates and drops its own databases there")
	fs.DurationVar(&c.Duration, "duration", 10*time.Second, "least time spent on each measurement")
	fs.IntVar(&c.Workers, "workers", runtime.GOMAXPROCS(0), "extraction workers")
	fs.IntVar(&c.Clients, "clients", 8, "concurrent clients of the throughput figures")
	fs.Int64Var(&c.BaselineQuads, "baseline-quads", 20000, "quads written through Cayley's single writer into bolt (0: all; it writes ~300-13,000 quads/s)")
	fs.Int64Var(&c.PGBaseline, "pg-baseline-quads", 20000, "quads written through Cayley's single writer into PostgreSQL (0: all)")
	fs.IntVar(&c.RSSDocs, "rss-docs", 0, "also generate and load this many documents for the peak RSS figure (5000 for the issue's target)")
	fs.StringVar(&c.QueryStore, "query-store", "", "query this store (URL) instead of the one the load phase builds")
	fs.StringVar(&c.Phases, "phases", strings.Join(benchPhases, ","), "phases to run")
	fs.BoolVar(&c.JSON, "json", false, "print the report as JSON")
	fs.BoolVar(&c.Keep, "keep", false, "keep the stores and generated corpus")
	fs.StringVar(&c.CPUProfile, "cpuprofile", "", "write a CPU profile of each phase to FILE.PHASE")
	fs.StringVar(&c.Compromise, "compromise", filepath.Join("internal", "bench", "compromise"), "folder of the compromise (npm) runner the extract phase compares with; skipped with a note when node or its node_modules (npm ci there) is missing")
	fs.StringVar(&c.phase, "phase", "", "run one phase in this process and print its result as JSON (used by kg bench itself)")
}

// args is the command line that gives a phase process this configuration.
func (c *benchConfig) args(phase string) []string {
	return []string{"bench", "--phase", phase,
		"--store-dir", c.StoreDir, "--corpus", c.Corpus, "--postgres", c.Postgres,
		"--duration", c.Duration.String(), "--workers", fmt.Sprint(c.Workers), "--clients", fmt.Sprint(c.Clients),
		"--baseline-quads", fmt.Sprint(c.BaselineQuads), "--pg-baseline-quads", fmt.Sprint(c.PGBaseline),
		"--rss-docs", fmt.Sprint(c.RSSDocs), "--seed", fmt.Sprint(c.Seed), "--query-store", c.QueryStore,
		"--cpuprofile", c.CPUProfile, "--compromise", c.Compromise}
}

// runBench measures kg against baselines measured in the same run and
// prints a table (or JSON) with issue 5's targets.
func runBench(args []string, stdout, stderr io.Writer) int {
	var c benchConfig
	fs := flag.NewFlagSet("kg bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	c.bind(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: kg bench [--store-dir DIR] [--corpus DIR | --docs N] [--postgres URL] [--duration D] [--rss-docs N] [--json]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return 2
	}
	if c.Postgres == "" && c.phase == "" {
		c.Postgres = os.Getenv("KG_TEST_POSTGRES")
	}
	ctx := context.Background()
	if c.phase != "" {
		if c.CPUProfile != "" {
			stop, err := startProfile(c.CPUProfile + "." + c.phase)
			if err != nil {
				fmt.Fprintf(stderr, "kg bench %s: %v\n", c.phase, err)
				return 1
			}
			defer stop()
		}
		res, err := runPhase(ctx, &c, stderr)
		if err != nil {
			fmt.Fprintf(stderr, "kg bench %s: %v\n", c.phase, err)
			return 1
		}
		if err := json.NewEncoder(stdout).Encode(res); err != nil {
			fmt.Fprintf(stderr, "kg bench %s: %v\n", c.phase, err)
			return 1
		}
		return 0
	}
	rep, err := benchAll(ctx, &c, args, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "kg bench: %v\n", err)
		return 1
	}
	if c.JSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			fmt.Fprintf(stderr, "kg bench: %v\n", err)
			return 1
		}
		return 0
	}
	printBench(stdout, rep)
	return 0
}

// benchAll prepares the corpus and stores, runs each phase as a child
// process and gathers the figures.
func benchAll(ctx context.Context, c *benchConfig, args []string, log io.Writer) (*benchReport, error) {
	rep := &benchReport{Command: "kg bench " + strings.Join(args, " "), Started: time.Now().UTC()}
	rep.Conditions = machineConditions()
	if c.StoreDir == "" {
		dir, err := os.MkdirTemp("", "kg-bench-")
		if err != nil {
			return nil, fmt.Errorf("bench: %w", err)
		}
		c.StoreDir = dir
		if !c.Keep {
			defer os.RemoveAll(dir)
		}
	} else if err := os.MkdirAll(c.StoreDir, 0o755); err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	if c.Corpus == "" {
		c.Corpus = filepath.Join(c.StoreDir, fmt.Sprintf("corpus-%d-%d", c.Docs, c.Seed))
		if err := benchCorpus(c.Corpus, c.Docs, c.Seed, log); err != nil {
			return nil, err
		}
	}
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("bench: find own executable: %w", err)
	}
	want := map[string]bool{}
	for _, p := range strings.Split(c.Phases, ",") {
		want[strings.TrimSpace(p)] = true
	}
	for _, phase := range benchPhases {
		if !want[phase] || skipPhase(c, phase, log) {
			continue
		}
		fmt.Fprintf(log, "kg bench: phase %s ...\n", phase)
		start := time.Now()
		var out bytes.Buffer
		cmd := exec.CommandContext(ctx, exe, c.args(phase)...)
		cmd.Stdout, cmd.Stderr = &out, log
		if err := cmd.Run(); err != nil {
			return nil, fmt.Errorf("bench phase %s: %w", phase, err)
		}
		var res phaseResult
		if err := json.Unmarshal(out.Bytes(), &res); err != nil {
			return nil, fmt.Errorf("bench phase %s: read result: %w", phase, err)
		}
		fmt.Fprintf(log, "kg bench: phase %s done in %s, peak RSS %.0f MiB\n", phase, time.Since(start).Round(time.Second), bench.MiB(res.PeakRSS))
		rep.Phases = append(rep.Phases, res)
		rep.Figures = append(rep.Figures, res.Figures...)
		rep.Figures = append(rep.Figures, bench.Figure{Key: "rss." + phase, Name: "peak RSS, phase " + phase, Unit: "MiB", Value: bench.MiB(res.PeakRSS), Lower: true,
			Note: fmt.Sprintf("sampled peaks: heap (RssAnon) %.0f MiB, mapped files (RssFile) %.0f MiB", bench.MiB(res.PeakAnon), bench.MiB(res.PeakFile))})
	}
	crossBaselines(rep.Figures)
	for _, t := range bench.Targets {
		rep.Verdicts = append(rep.Verdicts, t.Check(rep.Figures))
	}
	rep.Conditions["loadavgAfter"] = loadAverage()
	rep.Conditions["storeDir"] = c.StoreDir
	rep.Conditions["corpus"] = c.Corpus
	return rep, nil
}

// skipPhase says (and logs why) a phase cannot run with this configuration.
func skipPhase(c *benchConfig, phase string, log io.Writer) bool {
	switch {
	case strings.HasSuffix(phase, "-postgres") && c.Postgres == "":
		fmt.Fprintf(log, "kg bench: phase %s skipped: no --postgres URL (or KG_TEST_POSTGRES)\n", phase)
		return true
	case phase == "load-rss" && c.RSSDocs <= 0:
		return true
	}
	return false
}

// crossBaselines gives the end-to-end load figures the baseline of the
// write-only figure of the same backend (Cayley's writer adding the same
// quads), measured in the write phase.
func crossBaselines(figs []bench.Figure) {
	byKey := map[string]*bench.Figure{}
	for i := range figs {
		byKey[figs[i].Key] = &figs[i]
	}
	for _, backend := range []string{"bolt", "postgres"} {
		e2e, w := byKey["load."+backend+".e2e"], byKey["load."+backend+".write"]
		if e2e == nil || w == nil || w.Baseline <= 0 {
			continue
		}
		*e2e = bench.NewFigure(e2e.Key, e2e.Name, e2e.Unit, e2e.Value, w.Baseline, w.BaseName, false)
		e2e.Note = "extraction included; baseline from the write phase"
	}
}

func benchCorpus(dir string, docs int, seed int64, log io.Writer) error {
	if _, err := os.Stat(dir); err == nil {
		fmt.Fprintf(log, "kg bench: using the corpus already generated in %s\n", dir)
		return nil
	}
	gaz, err := gazetteer.Default()
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	fmt.Fprintf(log, "kg bench: generating %d documents into %s\n", docs, dir)
	if _, err := gen.Write(dir, gen.Config{Docs: docs, Seed: seed, Gaz: gaz}); err != nil {
		return fmt.Errorf("bench: generate corpus: %w", err)
	}
	return nil
}

// printBench writes the report as a table.
func printBench(w io.Writer, rep *benchReport) {
	fmt.Fprintf(w, "kg bench, %s\n", rep.Started.Format(time.RFC3339))
	fmt.Fprintf(w, "machine: %v cores (GOMAXPROCS %v), load average %v before, %v after; %v\n",
		rep.Conditions["cpus"], rep.Conditions["gomaxprocs"], rep.Conditions["loadavgBefore"], rep.Conditions["loadavgAfter"], rep.Conditions["go"])
	fmt.Fprintf(w, "corpus: %v\n\n", rep.Conditions["corpus"])
	for _, p := range rep.Phases {
		if len(p.Info) > 0 {
			b, _ := json.Marshal(p.Info)
			fmt.Fprintf(w, "%s: %s\n", p.Phase, b)
		}
	}
	fmt.Fprintln(w, "\nRATIO = how many times better kg does than the baseline (rates: kg/baseline; latencies: baseline/kg).")
	_ = bench.WriteTable(w, rep.Figures, rep.Verdicts)
}

func machineConditions() map[string]any {
	return map[string]any{
		"cpus":          runtime.NumCPU(),
		"gomaxprocs":    runtime.GOMAXPROCS(0),
		"go":            runtime.Version(),
		"loadavgBefore": loadAverage(),
	}
}

// loadAverage is the first three fields of /proc/loadavg.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

// startProfile writes a CPU profile to path until the returned function
// is called.
func startProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile %s: %w", path, err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}
