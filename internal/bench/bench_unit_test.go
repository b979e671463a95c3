package bench

import (
	"bytes"
	"runtime/debug"
	"strings"
	"testing"
	"time"
)

func TestSummarizePercentiles(t *testing.T) {
	var ds []time.Duration
	for i := 100; i >= 1; i-- {
		ds = append(ds, time.Duration(i)*time.Millisecond)
	}
	l := Summarize(ds)
	if l.N != 100 || l.P50 != 50*time.Millisecond || l.P99 != 99*time.Millisecond || l.Max != 100*time.Millisecond {
		t.Fatalf("Summarize = %+v, want n=100 p50=50ms p99=99ms max=100ms", l)
	}
	if got := Summarize(nil); got.N != 0 {
		t.Fatalf("Summarize(nil) = %+v", got)
	}
}

func TestRatioDirection(t *testing.T) {
	if f := NewFigure("k", "rate", "quads/s", 300, 100, "base", false); f.Ratio != 3 {
		t.Errorf("rate ratio = %v, want 3", f.Ratio)
	}
	if f := NewFigure("k", "latency", "ms", 2, 10, "base", true); f.Ratio != 5 {
		t.Errorf("latency ratio = %v, want 5 (baseline/kg)", f.Ratio)
	}
	if f := NewFigure("k", "latency", "ms", 2, 0, "", true); f.Ratio != 0 {
		t.Errorf("ratio without baseline = %v, want 0", f.Ratio)
	}
}

func TestTargetCheck(t *testing.T) {
	figs := []Figure{
		NewFigure("load", "load", "quads/s", 250, 100, "base", false),
		{Key: "p99", Value: 7, Unit: "ms", Lower: true},
		{Key: "gone", Missing: "not in schema"},
		{Key: "slow", Missing: "failed: time limit exceeded"},
	}
	cases := []struct {
		target Target
		want   string
	}{
		{Target{Key: "load", Limit: 3, OnRatio: true}, "MISS"},
		{Target{Key: "load", Limit: 2, OnRatio: true}, "PASS"},
		{Target{Key: "p99", Limit: 5, AtMost: true}, "MISS"},
		{Target{Key: "p99", Limit: 10, AtMost: true}, "PASS"},
		{Target{Key: "gone", Limit: 1}, "n/a (not in schema)"},
		{Target{Key: "slow", Limit: 30, AtMost: true}, "MISS (failed: time limit exceeded)"},
		{Target{Key: "absent", Limit: 1}, "not measured"},
	}
	for _, c := range cases {
		if got := c.target.Check(figs).Status; got != c.want {
			t.Errorf("%+v: status %q, want %q", c.target, got, c.want)
		}
	}
}

func TestWriteTableShowsMissingAndVerdicts(t *testing.T) {
	var b bytes.Buffer
	figs := []Figure{NewFigure("x", "extraction", "words/s", 150000, 3e6, "splitter", false), {Key: "s", Name: "search p99", Missing: "not in schema"}}
	if err := WriteTable(&b, figs, []Verdict{Targets[0].Check(figs)}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"150.0k words/s", "3.00M words/s splitter", "0.05x", "n/a (not in schema)", "not measured"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}

func TestReadMemoryAndResetPeak(t *testing.T) {
	m, err := ReadMemory()
	if err != nil {
		t.Skipf("no /proc/self/status here: %v", err)
	}
	if m.RSS <= 0 || m.PeakRSS < m.RSS {
		t.Fatalf("memory %+v: want 0 < RSS <= PeakRSS", m)
	}
	big := make([]byte, 64<<20)
	for i := range big {
		big[i] = 1
	}
	high, _ := ReadMemory()
	big = nil
	debug.FreeOSMemory() // RSS drops; the peak stays until ResetPeak
	if high.PeakRSS < m.PeakRSS+32<<20 {
		t.Fatalf("peak %d did not grow by the 64 MiB touched (was %d)", high.PeakRSS, m.PeakRSS)
	}
	if err := ResetPeak(); err != nil {
		t.Skipf("clear_refs not writable here: %v", err)
	}
	after, _ := ReadMemory()
	if after.PeakRSS > high.PeakRSS-32<<20 {
		t.Fatalf("peak after reset %d MiB, before %d MiB: the 64 MiB freed should be gone from it", after.PeakRSS>>20, high.PeakRSS>>20)
	}
}
