package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/kg-project/kg/graph/server"
	"github.com/kg-project/kg/graph/store"
)

func init() {
	register("loadtest", "drive a GraphQL server with valid, invalid and hostile queries and report", runLoadtest)
}

// loadtestConfig holds the flags of `kg loadtest`.
type loadtestConfig struct {
	addr        string        // base URL of a running server ("" = start one)
	store       string        // store of the in-process server
	pid         int           // PID of a running server, for its RSS
	duration    time.Duration // how long the clients run
	clients     int           // concurrent clients
	slow        int           // slow (slowloris) clients
	maxBody     int64         // the server's body limit
	noIntrospec bool          // the server refuses introspection
	readTimeout time.Duration // in-process server: whole-request read timeout
	headerTO    time.Duration // in-process server: header read timeout
	jsonOut     bool
}

// runLoadtest drives a kg server on the loopback interface for a bounded
// time (--duration, and at least one pass through the request mix) and
// reports what it served; the exit status is 1 when a valid query
// failed, the server answered 5xx or dropped a connection, a hostile
// request got no clear refusal, an error showed internal details, or a
// slow client was not cut off.
func runLoadtest(args []string, stdout, stderr io.Writer) int {
	c := loadtestConfig{store: defaultConfig().Store}
	fs := flag.NewFlagSet("kg loadtest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.addr, "addr", "", "base URL of a running kg serve on 127.0.0.1 (default: start one in-process on --store)")
	fs.StringVar(&c.store, "store", c.store, "store of the in-process server (env KG_STORE)")
	fs.IntVar(&c.pid, "pid", 0, "PID of the server given by --addr, to report its RSS")
	fs.DurationVar(&c.duration, "duration", 60*time.Second, "how long to drive the server")
	fs.IntVar(&c.clients, "clients", 8, "concurrent clients")
	fs.IntVar(&c.slow, "slow", 2, "slow clients (slowloris) held open beside them")
	fs.Int64Var(&c.maxBody, "max-body", server.DefaultConfig().MaxBodyBytes, "the server's request body limit")
	fs.BoolVar(&c.noIntrospec, "no-introspection", false, "the server given by --addr refuses introspection (the in-process one always does)")
	fs.DurationVar(&c.readTimeout, "read-timeout", 30*time.Second, "in-process server: time to read a whole request")
	fs.DurationVar(&c.headerTO, "read-header-timeout", 5*time.Second, "in-process server: time to read request headers")
	fs.BoolVar(&c.jsonOut, "json", false, "print the report as JSON")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: kg loadtest [--addr URL [--pid PID] | --store URL] [--duration 60s] [--clients 8]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 || c.clients < 1 || c.duration <= 0 {
		fs.Usage()
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	target, pid, shutdown, err := loadtestTarget(ctx, &c, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "kg loadtest: %v\n", err)
		return 1
	}
	defer shutdown()
	rep, err := driveServer(ctx, c, target, pid)
	if err != nil {
		fmt.Fprintf(stderr, "kg loadtest: %v\n", err)
		return 1
	}
	if c.jsonOut {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(rep)
	} else {
		rep.print(stdout)
	}
	if len(rep.Failures) > 0 {
		return 1
	}
	return 0
}

// loadtestTarget returns the base URL to drive and the PID whose RSS to
// read: the given --addr (which must be on the loopback interface), or a
// server started in-process on 127.0.0.1:0 over --store with
// introspection off.
func loadtestTarget(ctx context.Context, c *loadtestConfig, log io.Writer) (string, int, func(), error) {
	if c.addr != "" {
		u, err := url.Parse(c.addr)
		if err != nil || u.Host == "" {
			return "", 0, nil, fmt.Errorf("--addr %q: want a URL such as http://127.0.0.1:8080", c.addr)
		}
		ips, err := net.DefaultResolver.LookupIP(ctx, "ip", u.Hostname())
		if err != nil || len(ips) == 0 {
			return "", 0, nil, fmt.Errorf("--addr %q: resolve host: %v", c.addr, err)
		}
		for _, ip := range ips {
			if !ip.IsLoopback() {
				return "", 0, nil, fmt.Errorf("--addr %q: the load test drives loopback servers only", c.addr)
			}
		}
		return strings.TrimSuffix(c.addr, "/"), c.pid, func() {}, nil
	}
	st, err := store.Open(ctx, c.store)
	if err != nil {
		return "", 0, nil, err
	}
	if _, err := bootstrap(ctx, st, log); err != nil {
		st.Close()
		return "", 0, nil, err
	}
	scfg := server.DefaultConfig()
	scfg.Introspection = false
	scfg.MaxBodyBytes = c.maxBody
	scfg.Changes = st
	c.noIntrospec = true
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		st.Close()
		return "", 0, nil, err
	}
	srv := &http.Server{
		Handler:           server.New(st.QuadStore(), scfg),
		ReadHeaderTimeout: c.headerTO,
		ReadTimeout:       c.readTimeout,
		WriteTimeout:      scfg.Timeout + 30*time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          nil,
	}
	go func() { _ = srv.Serve(ln) }()
	shutdown := func() {
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
		st.Close()
	}
	return "http://" + ln.Addr().String(), os.Getpid(), shutdown, nil
}

// loadReport is what `kg loadtest` prints.
type loadReport struct {
	Target        string           `json:"target"`
	Duration      string           `json:"duration"`
	Clients       int              `json:"clients"`
	Requests      int              `json:"requests"`      // requests sent
	Served        int              `json:"served"`        // requests answered with an HTTP response
	PerSecond     float64          `json:"per_second"`    // served per second
	Valid         int              `json:"valid"`         // valid queries sent
	ValidOK       int              `json:"valid_ok"`      // answered 200 without errors
	P50Millis     float64          `json:"p50_ms"`        // latency of valid queries
	P99Millis     float64          `json:"p99_ms"`        // latency of valid queries
	Status5xx     int              `json:"status_5xx"`    // any request
	DroppedValid  int              `json:"dropped_valid"` // valid queries without a response
	DroppedOther  int              `json:"dropped_other"` // invalid or hostile requests without a response
	Answers       map[string]int   `json:"answers"`       // "kind: answer" -> count
	SlowClients   int              `json:"slow_clients"`  // slowloris connections opened
	SlowCutOff    int              `json:"slow_cut_off"`  // ... that the server cut off in time
	SlowMaxHeldMs float64          `json:"slow_max_held_ms"`
	RSSBeforeKiB  int64            `json:"rss_before_kib"` // server RSS (0: unknown)
	RSSAfterKiB   int64            `json:"rss_after_kib"`
	Failures      []string         `json:"failures"` // why the run failed; empty when it passed
	failureCounts map[string]int   // failure -> occurrences
	latencies     []time.Duration  // valid queries
	mu            sync.Mutex       // guards the fields above while clients run
	samples       map[string]error // first failure of each kind, for the message
}

// driveServer runs the clients against base for c.duration.
func driveServer(ctx context.Context, c loadtestConfig, base string, pid int) (*loadReport, error) {
	rep := &loadReport{Target: base, Clients: c.clients, Answers: map[string]int{},
		failureCounts: map[string]int{}, samples: map[string]error{}}
	rep.RSSBeforeKiB = rssKiB(pid)
	client := &http.Client{
		Timeout:   30 * time.Second,
		Transport: &http.Transport{MaxIdleConnsPerHost: c.clients, MaxConnsPerHost: c.clients + 4},
	}
	mix, err := newRequestMix(ctx, client, base, c)
	if err != nil {
		return nil, err
	}
	runCtx, cancel := context.WithTimeout(ctx, c.duration)
	defer cancel()
	start := time.Now()
	var wg sync.WaitGroup
	var sent atomic.Int64 // the clients walk the mix together
	for range c.clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				n := int(sent.Add(1) - 1)
				if runCtx.Err() != nil && n >= len(mix.table) {
					return // time is up and every kind was sent
				}
				rep.record(mix.send(ctx, client, n))
			}
		}()
	}
	for i := range c.slow {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; runCtx.Err() == nil; n++ {
				rep.recordSlow(slowClient(base, c, (i+n)%2 == 0))
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	client.CloseIdleConnections()
	rep.RSSAfterKiB = rssKiB(pid)
	rep.finish(elapsed)
	return rep, nil
}

// outcome is one request's result.
type outcome struct {
	kind    string // request kind, e.g. "valid: actor by name", "hostile: too deep"
	valid   bool
	status  int    // HTTP status, 0 when no response
	answer  string // short description of the answer
	latency time.Duration
	problem string // non-empty: the answer is a failure of the server
	err     error
}

func (r *loadReport) record(o outcome) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.Requests++
	if o.valid {
		r.Valid++
	}
	if o.status != 0 {
		r.Served++
	}
	if o.status >= 500 {
		r.Status5xx++
	}
	if o.status == 0 {
		if o.valid {
			r.DroppedValid++
		} else {
			r.DroppedOther++
		}
	}
	if o.valid && o.problem == "" {
		r.ValidOK++
		r.latencies = append(r.latencies, o.latency)
	}
	r.Answers[o.kind+": "+o.answer]++
	if o.problem != "" {
		key := o.kind + ": " + o.problem
		r.failureCounts[key]++
		if _, ok := r.samples[key]; !ok {
			r.samples[key] = o.err
		}
	}
}

func (r *loadReport) recordSlow(cutOff bool, held time.Duration, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.SlowClients++
	r.SlowMaxHeldMs = max(r.SlowMaxHeldMs, float64(held.Milliseconds()))
	if cutOff {
		r.SlowCutOff++
		return
	}
	key := "slow client: not cut off by the server"
	r.failureCounts[key]++
	if _, ok := r.samples[key]; !ok {
		r.samples[key] = err
	}
}

// finish computes rates and percentiles and lists the failures.
func (r *loadReport) finish(elapsed time.Duration) {
	r.Duration = elapsed.Round(time.Millisecond).String()
	r.PerSecond = float64(r.Served) / elapsed.Seconds()
	sort.Slice(r.latencies, func(i, j int) bool { return r.latencies[i] < r.latencies[j] })
	r.P50Millis = percentileMillis(r.latencies, 0.50)
	r.P99Millis = percentileMillis(r.latencies, 0.99)
	for key, n := range r.failureCounts {
		msg := fmt.Sprintf("%s (%d times)", key, n)
		if err := r.samples[key]; err != nil {
			msg += fmt.Sprintf(": %v", err)
		}
		r.Failures = append(r.Failures, msg)
	}
	sort.Strings(r.Failures)
	if r.Requests == 0 {
		r.Failures = append(r.Failures, "no request was sent")
	}
}

func percentileMillis(sorted []time.Duration, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	i := min(int(float64(len(sorted))*p), len(sorted)-1)
	return float64(sorted[i].Microseconds()) / 1000
}

// print writes the report as a table.
func (r *loadReport) print(w io.Writer) {
	fmt.Fprintf(w, "kg loadtest: %s for %s with %d clients (+%d slow)\n", r.Target, r.Duration, r.Clients, r.SlowClients)
	fmt.Fprintf(w, "requests %d, served %d (%.0f/s), 5xx %d, dropped: %d valid, %d other\n",
		r.Requests, r.Served, r.PerSecond, r.Status5xx, r.DroppedValid, r.DroppedOther)
	fmt.Fprintf(w, "valid queries %d, answered without error %d, latency p50 %.2f ms, p99 %.2f ms\n",
		r.Valid, r.ValidOK, r.P50Millis, r.P99Millis)
	fmt.Fprintf(w, "slow clients %d, cut off by the server %d (longest held %.0f ms)\n", r.SlowClients, r.SlowCutOff, r.SlowMaxHeldMs)
	fmt.Fprintf(w, "server RSS: %s before, %s after\n", kib(r.RSSBeforeKiB), kib(r.RSSAfterKiB))
	keys := make([]string, 0, len(r.Answers))
	for k := range r.Answers {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Fprintln(w, "answers by request kind:")
	for _, k := range keys {
		fmt.Fprintf(w, "  %7d  %s\n", r.Answers[k], k)
	}
	if len(r.Failures) == 0 {
		fmt.Fprintln(w, "PASS: no 5xx, no dropped valid query, every hostile request refused clearly")
		return
	}
	fmt.Fprintln(w, "FAIL:")
	for _, f := range r.Failures {
		fmt.Fprintf(w, "  %s\n", f)
	}
}

func kib(n int64) string {
	if n <= 0 {
		return "unknown"
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/1024)
}

// rssKiB reads VmRSS of a process from /proc (0 when unknown).
func rssKiB(pid int) int64 {
	if pid <= 0 {
		return 0
	}
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return n
		}
	}
	return 0
}
