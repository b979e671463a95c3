package segmentation

import "github.com/kg-project/kg/loader/extract/model"
import "github.com/kg-project/kg/loader/extract/token"

// InlineList finds a list run into a sentence: a lead-in ending with ':'
// followed by at least two elements separated by ';' ("This will include:
// A; B; C."). It returns the lead-in (colon excluded) and the elements,
// as byte ranges of Body trimmed of white space, a leading "and"/"or" and
// final punctuation; ok is false when sentence i holds no such list.
// Separators inside quotations and brackets do not count.
func InlineList(a *model.Analysis, i int) (lead [2]int, items [][2]int, ok bool) {
	if i < 0 || i >= len(a.Sents) {
		return lead, nil, false
	}
	s := a.Sents[i]
	colon := -1
	depth := 0
	inQuote := false
	var seps []int
	for k := s.Start; k < s.End; k++ {
		switch a.Body[k] {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		case '"':
			inQuote = !inQuote
		case ':':
			if colon < 0 && depth == 0 && !inQuote {
				colon = k
			}
		case ';':
			if colon >= 0 && depth == 0 && !inQuote {
				seps = append(seps, k)
			}
		}
	}
	if colon < 0 || len(seps) == 0 {
		return lead, nil, false
	}
	lead = clauseTrim(a.Body, s.Start, colon)
	from := colon + 1
	for _, sep := range append(seps, s.End) {
		if r := clauseTrim(a.Body, from, sep); r[1] > r[0] {
			items = append(items, r)
		}
		from = sep + 1
	}
	return lead, items, len(items) >= 2
}

// Clauses returns the clauses of sentence i as byte ranges of Body: for a
// sentence holding an inline list (see InlineList), the lead-in and then
// each element; otherwise the parts between top-level ';' (one range, the
// whole sentence trimmed, when there is none).
func Clauses(a *model.Analysis, i int) [][2]int {
	if i < 0 || i >= len(a.Sents) {
		return nil
	}
	if lead, items, ok := InlineList(a, i); ok {
		return append([][2]int{lead}, items...)
	}
	s := a.Sents[i]
	var out [][2]int
	from, depth, inQuote := s.Start, 0, false
	for k := s.Start; k < s.End; k++ {
		switch a.Body[k] {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		case '"':
			inQuote = !inQuote
		case ';':
			if depth == 0 && !inQuote {
				if r := clauseTrim(a.Body, from, k); r[1] > r[0] {
					out = append(out, r)
				}
				from = k + 1
			}
		}
	}
	if r := clauseTrim(a.Body, from, s.End); r[1] > r[0] {
		out = append(out, r)
	}
	return out
}

// clauseTrim trims white space, emphasis, a leading conjunction and final
// punctuation from body[start:end].
func clauseTrim(body string, start, end int) [2]int {
	for start < end && (token.IsSpaceByte(body[start]) || body[start] == '*' || body[start] == '_') {
		start++
	}
	for _, conj := range []string{"and ", "or "} {
		if end-start > len(conj) && body[start:start+len(conj)] == conj {
			start += len(conj)
			for start < end && token.IsSpaceByte(body[start]) {
				start++
			}
		}
	}
	for end > start {
		c := body[end-1]
		if token.IsSpaceByte(c) || c == '.' || c == ',' || c == '*' || c == '_' || c == ':' {
			end--
			continue
		}
		break
	}
	return [2]int{start, end}
}
