package segmentation

import "github.com/kg-project/kg/loader/extract/model"

// segUnit is a paragraph, heading or list item before sentence splitting.
type segUnit struct {
	start, end int
	kind       byte // 'h' heading, 'p' paragraph, 'i' item
	indent     int
	lines      int
	marker     byte
	style      byte
	num        int
}

// segListLevel is an open list item while walking a list.
type segListLevel struct {
	indent        int
	marker, style byte
	num           int
	first, last   int // its first and last segment
}

// SegmentBody cuts body into segments (see segment.go for the rules).
func SegmentBody(body string, dst []model.Sent) []model.Sent {
	lines := segSplitLines(body, make([]segLine, 0, len(body)/80+4))
	units := segUnits(body, lines)
	var stack []segListLevel
	listLead := -1
	var spans [][2]int
	for _, u := range units {
		switch u.kind {
		case 'h':
			stack = stack[:0]
			dst = append(dst, model.Sent{Start: u.start, End: u.end, Kind: SegHeading, Lead: -1, Parent: -1, Item: -1})
			dst = segQuotesOver(body, dst, len(dst)-1, u.start, u.end)
		case 'p':
			if len(stack) > 0 && u.indent > stack[0].indent {
				// An indented paragraph under an item belongs to it.
				top := &stack[len(stack)-1]
				first := len(dst)
				sample := dst[top.first]
				spans = segSplitSentences(body, u.start, u.end, spans[:0])
				for _, sp := range spans {
					dst = append(dst, model.Sent{Start: sp[0], End: sp[1], Kind: SegItem, Lead: sample.Lead, Parent: sample.Parent, Item: top.first})
				}
				dst = segQuotesOver(body, dst, first, u.start, u.end)
				top.last = len(dst) - 1
				continue
			}
			stack = stack[:0]
			first := len(dst)
			spans = segSplitSentences(body, u.start, u.end, spans[:0])
			for _, sp := range spans {
				dst = append(dst, model.Sent{Start: sp[0], End: sp[1], Kind: SegSentence, Lead: -1, Parent: -1, Item: -1})
			}
			dst = segQuotesOver(body, dst, first, u.start, u.end)
		case 'i':
			if len(stack) == 0 {
				listLead = -1
				if n := len(dst); n > 0 && segEndsColon(body[dst[n-1].Start:dst[n-1].End]) {
					listLead = n - 1
				}
			}
			for len(stack) > 0 && stack[len(stack)-1].indent > u.indent && !segContinues(stack[len(stack)-1], u) {
				stack = stack[:len(stack)-1]
			}
			if n := len(stack); n > 0 && (stack[n-1].indent == u.indent || segContinues(stack[n-1], u)) {
				stack = stack[:n-1]
			}
			lead, parent := listLead, -1
			if n := len(stack); n > 0 {
				p := stack[n-1]
				parent, lead = p.first, -1
				if segEndsColon(body[dst[p.last].Start:dst[p.last].End]) {
					lead = p.last
				}
			}
			first := len(dst)
			spans = segSplitSentences(body, u.start, u.end, spans[:0])
			for _, sp := range spans {
				dst = append(dst, model.Sent{Start: sp[0], End: sp[1], Kind: SegItem, Lead: lead, Parent: parent, Item: first})
			}
			if len(dst) == first {
				continue
			}
			dst = segQuotesOver(body, dst, first, u.start, u.end)
			stack = append(stack, segListLevel{indent: u.indent, marker: u.marker, style: u.style, num: u.num, first: first, last: len(dst) - 1})
		}
	}
	return dst
}

// segContinues reports whether item u continues the numbering of level l
// (a sibling even if indented differently).
func segContinues(l segListLevel, u segUnit) bool {
	return u.marker != 'b' && u.marker == l.marker && u.style == l.style && u.num == l.num+1
}

// segUnits groups lines into headings, paragraphs and list items.
func segUnits(body string, lines []segLine) []segUnit {
	units := make([]segUnit, 0, len(lines)/2+2)
	for i := 0; i < len(lines); {
		if lines[i].blank || lines[i].rule {
			i++
			continue
		}
		j := i
		for j < len(lines) && !lines[j].blank && !lines[j].rule {
			j++
		}
		units = segBlockUnits(body, lines[i:j], units)
		i = j
	}
	return units
}

// segBlockUnits adds the units of one block (lines between blank lines).
func segBlockUnits(body string, block []segLine, units []segUnit) []segUnit {
	// Hard-wrapped text: most lines end without final punctuation, and
	// they are long (short unpunctuated lines are a header block: a
	// byline, an outlet, a date).
	plain, final, width := 0, 0, 0
	for k := 0; k < len(block)-1; k++ {
		l := block[k]
		text := body[l.start:l.end]
		if l.hashes > 0 || l.marker != 0 || segEmphasisOnly(text) {
			continue
		}
		plain++
		width += len(text)
		if segEndsFinal(text) {
			final++
		}
	}
	wrapped := plain > 0 && final*2 < plain && width >= 40*plain
	blockStart := len(units)
	cur := -1 // unit that a following plain line may extend
	// A block opening in lower case after an unfinished unit continues it
	// (a paragraph cut by a page break or a stray blank line).
	if n := len(units); n > 0 && block[0].hashes == 0 && block[0].marker == 0 && units[n-1].kind != 'h' {
		prev, first := body[units[n-1].start:units[n-1].end], body[block[0].start:block[0].end]
		if segStartsLower(first) && !segEndsFinal(prev) || segSpeechContinues(prev, first) {
			cur = n - 1
		}
	}
	for k, l := range block {
		text := body[l.start:l.end]
		switch {
		case l.hashes > 0 || segEmphasisOnly(text):
			units = append(units, segUnit{start: l.start, end: l.end, kind: 'h', indent: l.indent, lines: 1})
			cur = -1
		case l.marker != 0:
			units = append(units, segUnit{start: l.start, end: l.end, kind: 'i', indent: l.indent, lines: 1, marker: l.marker, style: l.style, num: l.num})
			cur = len(units) - 1
		default:
			if cur >= 0 && segJoins(body, block, k, units[cur], wrapped) {
				units[cur].end = l.end
				units[cur].lines++
				continue
			}
			units = append(units, segUnit{start: l.start, end: l.end, kind: 'p', indent: l.indent, lines: 1})
			cur = len(units) - 1
		}
	}
	for k := blockStart; k < len(units); k++ {
		if u := &units[k]; u.kind == 'p' && u.lines == 1 && segLooksHeading(body[u.start:u.end]) &&
			len(segSplitSentences(body, u.start, u.end, nil)) == 1 {
			u.kind = 'h'
		}
	}
	return units
}

// segJoins reports whether plain line k of block continues unit u.
func segJoins(body string, block []segLine, k int, u segUnit, wrapped bool) bool {
	l := block[k]
	if u.kind == 'i' && l.indent > u.indent {
		return true
	}
	if wrapped {
		return true
	}
	prev, text := body[u.start:u.end], body[l.start:l.end]
	return segStartsLower(text) && !segEndsFinal(prev) || segSpeechContinues(prev, text)
}
