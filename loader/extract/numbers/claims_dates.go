package numbers

import "strings"
import "github.com/kg-project/kg/loader/extract/model"

// dateClaims adds the deadlines and periods the text sets as numeric
// claims with unit "date": a date after a deadline qualifier ("no later
// than June 30, 2025", kept in the value) or cue ("expires on July 9"),
// and a period from one date to another ("from December 2024 to December
// 31, 2027"). Dates that only place an event in time are not claims, nor
// are spans of bare years ("from 2026 to 2030"). index maps value|unit
// keys to claims already made.
func (st ClaimsStage) dateClaims(a *model.Analysis, index map[string]int) {
	for k := 0; k < len(a.Dates); k++ {
		d := a.Dates[k]
		if d.Sent < 0 || d.Sent >= len(a.Sents) || len(d.Period) == 4 {
			continue // a bare year
		}
		s := a.Sents[d.Sent]
		if d.Start < s.Start || d.End > s.End {
			continue
		}
		before := a.Body[s.Start:d.Start]
		start, end := d.Start, d.End
		qualifier := ""
		switch {
		case numAfterMarker(st.Lexicon.deadlineQualifierSeqs, before):
			qualifier = numMarkerText(st.Lexicon.deadlineQualifierSeqs, before)
			start = d.Start - len(qualifier) - numTrailingSpace(before)
		case numAfterMarker(st.Lexicon.deadlineCueSeqs, before):
		case numAfterMarker([][]string{{"from"}}, before) && k+1 < len(a.Dates):
			d2 := a.Dates[k+1]
			if d2.Start < d.End || d2.End > s.End || len(d2.Period) == 4 {
				continue
			}
			if link := strings.ToLower(strings.TrimSpace(a.Body[d.End:d2.Start])); link != "to" && link != "until" && link != "-" && link != "–" {
				continue
			}
			end = d2.End
			k++
		default:
			continue
		}
		value := a.Body[start:end]
		key := strings.ToLower(value) + "|date"
		ev := a.Span(start, end)
		if i, ok := index[key]; ok {
			a.Result.NumericClaims[i].Evidence = append(a.Result.NumericClaims[i].Evidence, ev)
			continue
		}
		body := a.Body[s.Start:s.End]
		vs := start - s.Start
		cs, _ := numClauseBounds(body, vs, vs)
		about := strings.Join(numTrimStop(st.Lexicon, numWordsBefore(body, cs, vs, 8)), " ")
		index[key] = len(a.Result.NumericClaims)
		a.Result.NumericClaims = append(a.Result.NumericClaims, model.NumericClaim{
			ID: numClaimID(a, key), About: about, Value: value, Unit: "date", Qualifier: qualifier, Evidence: []model.Span{ev},
		})
	}
}

// numMarkerText returns the words of the marker of seqs that before ends
// with, as written.
func numMarkerText(seqs [][]string, before string) string {
	trimmed := strings.TrimRight(before, " \t")
	for _, seq := range seqs {
		if numAfterMarker([][]string{seq}, trimmed) {
			n := 0
			for _, w := range seq {
				n += len(w)
			}
			n += len(seq) - 1
			if n <= len(trimmed) {
				return trimmed[len(trimmed)-n:]
			}
		}
	}
	return ""
}

// numTrailingSpace counts the spaces and tabs that end s.
func numTrailingSpace(s string) int {
	return len(s) - len(strings.TrimRight(s, " \t"))
}
