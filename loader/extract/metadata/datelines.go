package metadata

import (
	"github.com/kg-project/kg/loader/extract/credits"
	"github.com/kg-project/kg/loader/extract/model"
)

// lineDateline is credits.IsDateline of the text of line ln, kept per
// document: the date and the outlet both read the datelines of the first
// lines. The indexes are shared: read them, never write them.
func lineDateline(a *model.Analysis, ln credits.Line) ([]int, bool) {
	memo, _ := model.Cached[*datelineMemo](a, datelineMemoKey{})
	if memo == nil {
		memo = &datelineMemo{}
		a.Cache(datelineMemoKey{}, memo)
	}
	for _, e := range memo.lines {
		if e.ln == ln {
			return e.m, e.ok
		}
	}
	m, ok := credits.IsDateline(a.Body[ln.Start:ln.End])
	memo.lines = append(memo.lines, datelineOfLine{ln: ln, m: m, ok: ok})
	return m, ok
}

// datelineMemo holds the lines whose dateline was read.
type datelineMemo struct{ lines []datelineOfLine }

type datelineOfLine struct {
	ln credits.Line
	m  []int
	ok bool
}

// datelineMemoKey keys the datelineMemo on the Analysis.
type datelineMemoKey struct{}
