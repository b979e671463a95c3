package credits

import "github.com/kg-project/kg/loader/extract/model"

// ContentLinesOf is ContentLines(a.Body), computed once per document for
// the stages that read the lines several times. The slice is shared: read
// it, never write it.
func ContentLinesOf(a *model.Analysis) []Line {
	lines, ok := model.Cached[[]Line](a, contentLinesKey{})
	if !ok {
		lines = ContentLines(a.Body)
		a.Cache(contentLinesKey{}, lines)
	}
	return lines[:len(lines):len(lines)]
}

// QuotedRangesOf is QuotedRanges(a.Body), computed once per document. The
// slice is shared: read it, never write it.
func QuotedRangesOf(a *model.Analysis) [][2]int {
	quoted, ok := model.Cached[[][2]int](a, quotedRangesKey{})
	if !ok {
		quoted = QuotedRanges(a.Body)
		a.Cache(quotedRangesKey{}, quoted)
	}
	return quoted[:len(quoted):len(quoted)]
}

// contentLinesKey and quotedRangesKey key the per-document values on the
// Analysis.
type (
	contentLinesKey struct{}
	quotedRangesKey struct{}
)
