package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/segmentation"
	"github.com/kg-project/kg/loader/extract/token"
)

// segCorpusDir finds ../shared/corpus beside the repository root (the
// directory holding go.mod); ok is false when it is absent.
func segCorpusDir(t testing.TB) (string, bool) {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatalf("getwd: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
	c := filepath.Join(dir, "..", "shared", "corpus")
	if _, err := os.Stat(c); err != nil {
		return "", false
	}
	return c, true
}

// segCorpusBodies reads the corpus documents, with the date of their leading
// date marker ("" when none).
func segCorpusBodies(t testing.TB) map[string][2]string {
	t.Helper()
	dir, ok := segCorpusDir(t)
	if !ok {
		t.Skip("corpus ../shared/corpus not found beside the repository; skipping corpus test")
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no corpus documents in %s", dir)
	}
	out := map[string][2]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("read %s: %v", f, err)
		}
		body, date := string(b), ""
		if end := token.DateMarkerEnd(body); end > 0 {
			date = strings.Fields(body[:end])[1]
		}
		out[strings.TrimSuffix(filepath.Base(f), ".txt")] = [2]string{body, date}
	}
	return out
}

func TestTextStagesOnCorpus(t *testing.T) {
	dated := 0
	for name, doc := range segCorpusBodies(t) {
		a := numRunStages(t, doc[0], doc[1])
		segCheckInvariants(t, name, a)
		for _, n := range a.Numbers {
			for _, d := range a.Dates {
				if n.Start < d.End && d.Start < n.End {
					t.Errorf("%s: number %q overlaps date %q", name, n.Text, d.Text)
				}
			}
		}
		for _, c := range a.Result.NumericClaims {
			runes := []rune(a.Body)
			for _, ev := range c.Evidence {
				if ev.Start < 0 || ev.End > len(runes) || string(runes[ev.Start:ev.End]) != ev.Text || ev.Sentence < 0 {
					t.Errorf("%s: claim %q has invalid evidence %+v", name, c.Value, ev)
				}
			}
		}
		// Every date of a dated document resolves, and the named ones to
		// the summit day; undated documents resolve once the date is known.
		if doc[1] == "" {
			model.ResolveDates(a, "2026-01-06")
		} else {
			dated++
		}
		for _, d := range a.Dates {
			if d.Date == "" && d.Period == "" {
				t.Errorf("%s: date %q unresolved", name, d.Text)
			}
			switch d.Text {
			case "Jan 6", "January 6", "6 January", "Tuesday 6 January", "6th of January 2026", "Tuesday", "today", "later in the day":
				if d.Date != "2026-01-06" {
					t.Errorf("%s: %q resolved to %q, want 2026-01-06", name, d.Text, d.Date)
				}
			}
		}
	}
	if dated == 0 {
		t.Error("no corpus document carries a date marker")
	}
}

// segCheckInvariants checks spans, order, kinds and links.
func segCheckInvariants(t *testing.T, name string, a *model.Analysis) {
	t.Helper()
	if len(a.Sents) == 0 {
		t.Errorf("%s: no segments", name)
	}
	runes := []rune(a.Body)
	prevEnd := 0
	for i, s := range a.Sents {
		if s.Start < prevEnd || s.End <= s.Start || s.End > len(a.Body) {
			t.Errorf("%s: segment %d span %d-%d invalid after %d", name, i, s.Start, s.End, prevEnd)
			continue
		}
		prevEnd = s.End
		text := a.Body[s.Start:s.End]
		first, _ := utf8.DecodeRuneInString(text)
		last, _ := utf8.DecodeLastRuneInString(text)
		if token.IsSpaceByte(byte(first)) || token.IsSpaceByte(byte(last)) {
			t.Errorf("%s: segment %d %q starts or ends on white space", name, i, text)
		}
		switch s.Kind {
		case segmentation.SegSentence, segmentation.SegHeading:
			if s.Lead != -1 || s.Parent != -1 || s.Item != -1 {
				t.Errorf("%s: %s %d has list links", name, s.Kind, i)
			}
		case segmentation.SegItem:
			if s.Lead >= i || s.Parent >= i || s.Item > i || s.Item < 0 {
				t.Errorf("%s: item %d links lead %d parent %d item %d", name, i, s.Lead, s.Parent, s.Item)
			}
		default:
			t.Errorf("%s: segment %d kind %q", name, i, s.Kind)
		}
		for _, q := range s.Quotes {
			if q[0] < s.Start || q[1] > s.End || q[0] >= q[1] {
				t.Errorf("%s: segment %d quote %v outside %d-%d", name, i, q, s.Start, s.End)
			}
		}
		r := a.Result.Sentences[i]
		if string(runes[r.Start:r.End]) != r.Text || r.Text != text || r.Kind != s.Kind {
			t.Errorf("%s: result sentence %d does not match its segment", name, i)
		}
	}
}

func TestSegmentCorpusStructure(t *testing.T) {
	// The official statement has a five-item numbered list introduced by
	// a lead-in ending with ':'.
	for name, doc := range segCorpusBodies(t) {
		a := numRunStages(t, doc[0], doc[1])
		items := map[int]bool{}
		for _, s := range a.Sents {
			if s.Kind == segmentation.SegItem && s.Lead >= 0 && !strings.HasSuffix(a.SentText(s.Lead), ":") {
				t.Errorf("%s: lead %q does not end with ':'", name, a.SentText(s.Lead))
			}
			if s.Kind == segmentation.SegItem {
				items[s.Item] = true
			}
		}
		if strings.Contains(doc[0], "\n1. **") && len(items) != 5 {
			t.Errorf("%s: %d numbered items, want 5", name, len(items))
		}
	}
}
