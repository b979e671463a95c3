package bench

import (
	"fmt"
	"io"
	"math"
	"strings"
	"text/tabwriter"
)

// Figure is one measurement with the baseline measured in the same run.
// Ratio says how many times better kg did than the baseline: kg/baseline
// for rates, baseline/kg for latencies (Lower).
type Figure struct {
	Key      string  `json:"key"`
	Name     string  `json:"name"`
	Unit     string  `json:"unit"`
	Value    float64 `json:"value"`
	Baseline float64 `json:"baseline,omitempty"`
	BaseName string  `json:"baselineName,omitempty"`
	Ratio    float64 `json:"ratio,omitempty"`
	Lower    bool    `json:"lowerIsBetter,omitempty"`
	// Missing explains why a figure could not be measured ("not in
	// schema"); Value is then meaningless.
	Missing string `json:"missing,omitempty"`
	Note    string `json:"note,omitempty"`
}

// NewFigure fills Ratio from value and baseline.
func NewFigure(key, name, unit string, value, baseline float64, baseName string, lower bool) Figure {
	f := Figure{Key: key, Name: name, Unit: unit, Value: value, Baseline: baseline, BaseName: baseName, Lower: lower}
	switch {
	case baseline <= 0 || value <= 0:
	case lower:
		f.Ratio = baseline / value
	default:
		f.Ratio = value / baseline
	}
	return f
}

// Target is a goal of an issue on one figure: its value (or, with
// OnRatio, its ratio to the baseline) at least (or, with AtMost, at
// most) Limit.
type Target struct {
	Key     string  `json:"key"`
	Text    string  `json:"text"`
	Limit   float64 `json:"limit"`
	AtMost  bool    `json:"atMost,omitempty"`
	OnRatio bool    `json:"onRatio,omitempty"`
}

// Verdict is a Target checked against the run.
type Verdict struct {
	Target
	Got    float64 `json:"got"`
	Status string  `json:"status"` // PASS, MISS, or why it was not measured
}

// Check finds the target's figure among figs and says whether it holds.
func (t Target) Check(figs []Figure) Verdict {
	v := Verdict{Target: t, Status: "not measured"}
	for _, f := range figs {
		if f.Key != t.Key {
			continue
		}
		if strings.HasPrefix(f.Missing, "failed") {
			// A query that fails (a timeout, most often) misses its target.
			v.Status = "MISS (" + f.Missing + ")"
			return v
		}
		if f.Missing != "" {
			v.Status = "n/a (" + f.Missing + ")"
			return v
		}
		v.Got = f.Value
		if t.OnRatio {
			v.Got = f.Ratio
		}
		ok := v.Got >= t.Limit
		if t.AtMost {
			ok = v.Got <= t.Limit
		}
		v.Status = "MISS"
		if ok {
			v.Status = "PASS"
		}
		return v
	}
	return v
}

// WriteTable prints the figures and the verdicts as aligned text.
func WriteTable(w io.Writer, figs []Figure, verdicts []Verdict) error {
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "FIGURE\tKG\tBASELINE (same run)\tRATIO\tNOTE")
	for _, f := range figs {
		if f.Missing != "" {
			fmt.Fprintf(tw, "%s\tn/a (%s)\t\t\t%s\n", f.Name, f.Missing, f.Note)
			continue
		}
		base, ratio := "", ""
		if f.BaseName != "" {
			base = fmt.Sprintf("%s %s", Format(f.Baseline, f.Unit), f.BaseName)
			if f.Ratio > 0 {
				ratio = fmt.Sprintf("%.2fx", f.Ratio)
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", f.Name, Format(f.Value, f.Unit), base, ratio, f.Note)
	}
	fmt.Fprintln(tw)
	fmt.Fprintln(tw, "TARGET\tMEASURED\tSTATUS")
	for _, v := range verdicts {
		got := ""
		if v.Status == "PASS" || v.Status == "MISS" {
			got = fmt.Sprintf("%.4g", v.Got)
			if v.OnRatio {
				got = fmt.Sprintf("%.2fx", v.Got)
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", v.Text, got, v.Status)
	}
	return tw.Flush()
}

// Format prints a value with its unit, readably.
func Format(v float64, unit string) string {
	switch unit {
	case "ms":
		return fmt.Sprintf("%.2f ms", v)
	case "MiB":
		return fmt.Sprintf("%.0f MiB", v)
	}
	switch {
	case math.Abs(v) >= 1e6:
		return fmt.Sprintf("%.2fM %s", v/1e6, unit)
	case math.Abs(v) >= 1e4:
		return fmt.Sprintf("%.1fk %s", v/1e3, unit)
	case v == math.Trunc(v):
		return strings.TrimSpace(fmt.Sprintf("%.0f %s", v, unit))
	}
	return fmt.Sprintf("%.1f %s", v, unit)
}

// Targets are the goals of issue 5 (loading and queries) and issue 11
// (extraction speed and memory), keyed to the figures `kg bench` reports.
var Targets = []Target{
	{Key: "extract.words", Text: "extraction >= 500k words/s wall, 2 cores (issue 11)", Limit: 500000},
	{Key: "rss.extract", Text: "peak RSS of extraction <= 100 MiB (issue 11)", Limit: 100, AtMost: true},
	{Key: "load.bolt.write", Text: "bolt load >= 3x Cayley's default writer", Limit: 3, OnRatio: true},
	{Key: "load.postgres.write", Text: "PostgreSQL load >= 5x Cayley's default writer", Limit: 5, OnRatio: true},
	{Key: "query.actor.p99", Text: "actor lookup p99 <= 5 ms (GraphQL, bolt)", Limit: 5, AtMost: true},
	{Key: "query.neighborhood.p99", Text: "neighborhood depth 2 p99 <= 30 ms (GraphQL, bolt)", Limit: 30, AtMost: true},
	{Key: "query.actor.rps", Text: "actor lookups >= 2,000 requests/s (8 clients)", Limit: 2000},
	{Key: "rss.load5000", Text: "peak RSS <= 2 GB loading 5,000 articles", Limit: 2048, AtMost: true},
}
