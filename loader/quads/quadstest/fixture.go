// Package quadstest provides a small hand-written extraction fixture (two
// documents in the project's own words, about invented people) and loads
// it into a quad store, so that tests of the quad mapping, the query layer
// and the GraphQL server do not depend on the extractor's quality.
package quadstest

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract"
	"github.com/kg-project/kg/loader/quads"
)

// Fixture is one document with its extraction result.
type Fixture struct {
	Doc    *document.Document
	Result *extract.Result
}

const reportBody = "LISBON, March 3 (Daily Ledger) - Prime Minister Jana Novák of Portugal hosted Chancellor Otto Brandt in Lisbon on Monday.\n" +
	"Novak said Portugal would send 200 engineers to Moldova once a ceasefire holds, according to the Daily Ledger.\n" +
	"A draft seen by the paper mentions 250 engineers."

const statementBody = "Joint statement of Portugal and Germany\n\n" +
	"Portugal and Germany agreed to send engineers to Moldova once a ceasefire holds.\n" +
	"More than 300 experts will take part."

// Fixtures returns the two documents: a report (secondary) and the joint
// statement it anticipates (primary).
func Fixtures() ([]Fixture, error) {
	var missing []string
	out := []Fixture{report(&missing), statement(&missing)}
	if len(missing) > 0 {
		return nil, fmt.Errorf("fixture spans not found in their bodies: %q", missing)
	}
	return out, nil
}

// Load maps every fixture onto quads and writes them to qs.
func Load(qs graph.QuadStore) (int, error) {
	n := 0
	fixtures, err := Fixtures()
	if err != nil {
		return 0, err
	}
	for _, f := range fixtures {
		qq, err := quads.FromResult(f.Doc, f.Result)
		if err != nil {
			return n, err
		}
		if err := qs.ApplyDeltas(deltas(qq), graph.IgnoreOpts{IgnoreDup: true}); err != nil {
			return n, fmt.Errorf("write fixture %s: %w", f.Doc.ID, err)
		}
		n += len(qq)
	}
	return n, nil
}

// deltas turns quads into additions.
func deltas(qq []quad.Quad) []graph.Delta {
	out := make([]graph.Delta, len(qq))
	for i, q := range qq {
		out[i] = graph.Delta{Quad: q, Action: graph.Add}
	}
	return out
}

// text is a body with helpers that find spans in code points.
type text struct {
	body      string
	sentences []extract.Sentence
	missing   *[]string // strings asked for but absent from the body
}

func newText(body string, missing *[]string) *text {
	t := &text{body: body, missing: missing}
	start := 0
	for _, line := range strings.SplitAfter(body, "\n") {
		trimmed := strings.TrimRight(line, "\n")
		if strings.TrimSpace(trimmed) != "" {
			s := utf8.RuneCountInString(body[:start])
			t.sentences = append(t.sentences, extract.Sentence{
				Start: s, End: s + utf8.RuneCountInString(trimmed), Text: trimmed, Kind: "sentence", Lead: -1, Parent: -1,
			})
		}
		start += len(line)
	}
	return t
}

// span returns the nth (0-based) occurrence of s as a span.
func (t *text) span(s string, nth int) extract.Span {
	from := 0
	for {
		i := strings.Index(t.body[from:], s)
		if i < 0 {
			*t.missing = append(*t.missing, s)
			return extract.Span{Start: 0, End: 0, Sentence: -1}
		}
		if nth == 0 {
			start := utf8.RuneCountInString(t.body[:from+i])
			sp := extract.Span{Start: start, End: start + utf8.RuneCountInString(s), Text: s, Sentence: -1}
			for k, st := range t.sentences {
				if sp.Start >= st.Start && sp.End <= st.End {
					sp.Sentence = k
				}
			}
			return sp
		}
		nth--
		from += i + len(s)
	}
}

// spans returns the first occurrence of each string.
func (t *text) spans(ss ...string) []extract.Span {
	out := make([]extract.Span, len(ss))
	for i, s := range ss {
		out[i] = t.span(s, 0)
	}
	return out
}

func ptr[T any](v T) *T { return &v }

func report(missing *[]string) Fixture {
	t := newText(reportBody, missing)
	doc := &document.Document{ID: "fixture-report", Path: "fixtures/fixture-report.txt", Format: "txt",
		Body: reportBody, Kind: document.Secondary, Hash: "h1"}
	res := &extract.Result{
		Document: extract.Meta{ID: doc.ID, Title: ptr("Novak hosts Brandt"), Outlet: ptr("Daily Ledger"),
			Date: ptr("2025-03-04"), Kind: "secondary",
			Evidence: map[string]extract.Span{"outlet": t.span("Daily Ledger", 0)}},
		Persons: []extract.Entity{
			{ID: "person:jana-novak", Name: "Jana Novák", Kind: "person", Mentions: []string{"Jana Novák", "Novak"},
				RoleLabels: []string{"Prime Minister of Portugal"},
				RoleDetails: []extract.Role{{Label: "Prime Minister of Portugal", Title: "Prime Minister", OfID: "country:PRT",
					OfName: "Portugal", Evidence: t.spans("Prime Minister Jana Novák of Portugal")}},
				Evidence: t.spans("Jana Novák", "Novak")},
			{ID: "person:otto-brandt", Name: "Otto Brandt", Kind: "person", Mentions: []string{"Otto Brandt"},
				RoleLabels: []string{"Chancellor"}, Evidence: t.spans("Otto Brandt")},
		},
		Countries: []extract.Entity{
			{ID: "country:PRT", Name: "Portugal", Kind: "country", Mentions: []string{"Portugal"},
				Evidence: []extract.Span{t.span("Portugal", 0), t.span("Portugal", 1)}},
			{ID: "country:MDA", Name: "Moldova", Kind: "country", Mentions: []string{"Moldova"}, Evidence: t.spans("Moldova")},
		},
		Organizations: []extract.Entity{
			{ID: "org:daily-ledger", Name: "Daily Ledger", Kind: "outlet", Mentions: []string{"Daily Ledger"},
				Evidence: []extract.Span{t.span("Daily Ledger", 0), t.span("Daily Ledger", 1)}},
		},
		Places: []extract.Entity{
			{ID: "place:lisbon", Name: "Lisbon", Kind: "place", Mentions: []string{"LISBON", "Lisbon"},
				Evidence: t.spans("LISBON", "Lisbon")},
		},
		Events: []extract.Event{{ID: "event:lisbon-meeting", Type: "meeting", Date: ptr("2025-03-03"), Place: ptr("Lisbon"),
			PlaceID: "place:lisbon", Participants: []string{"Jana Novák", "Otto Brandt"},
			ParticipantIDs: []string{"person:jana-novak", "person:otto-brandt"},
			Evidence:       t.spans("hosted Chancellor Otto Brandt in Lisbon on Monday")}},
		Commitments: []extract.Commitment{{ID: "commitment:engineers-moldova", By: []string{"Portugal"},
			ByIDs: []string{"country:PRT"}, To: ptr("Moldova"), ToID: "country:MDA", What: "send engineers",
			Kind: "troop deployment", Condition: ptr("once a ceasefire holds"), Status: "reported",
			Modality: []string{"would"}, Evidence: t.spans("Portugal would send 200 engineers to Moldova once a ceasefire holds")}},
		NumericClaims: []extract.NumericClaim{
			{ID: "number:engineers-200", About: "engineers sent to Moldova", Value: "200", Unit: "engineers",
				Number: ptr(200.0), Evidence: t.spans("200 engineers")},
			{ID: "number:engineers-250", About: "engineers sent to Moldova", Value: "250", Unit: "engineers",
				Number: ptr(250.0), Evidence: t.spans("250 engineers")},
		},
		Attributions: []extract.Attribution{
			{ID: "claim:novak-engineers", Claim: "Portugal would send 200 engineers to Moldova", Source: "Jana Novák",
				SourceID: "person:jana-novak", SourceKind: "person", Via: ptr("Daily Ledger"), ViaID: "org:daily-ledger",
				Evidence: t.spans("Novak said Portugal would send 200 engineers to Moldova")},
			{ID: "claim:draft-engineers", Claim: "250 engineers", Source: "draft", SourceKind: "document",
				Evidence: t.spans("A draft seen by the paper mentions 250 engineers")},
		},
		Sentences: t.sentences,
	}
	return Fixture{Doc: doc, Result: res}
}

func statement(missing *[]string) Fixture {
	t := newText(statementBody, missing)
	doc := &document.Document{ID: "fixture-statement", Path: "fixtures/fixture-statement.md", Format: "md",
		Body: statementBody, Kind: document.Primary, Date: "2025-03-05", Hash: "h2"}
	res := &extract.Result{
		Document: extract.Meta{ID: doc.ID, Title: ptr("Joint statement of Portugal and Germany"), Date: ptr("2025-03-05"),
			Kind: "primary"},
		Countries: []extract.Entity{
			{ID: "country:PRT", Name: "Portugal", Kind: "country", Mentions: []string{"Portugal"},
				Evidence: []extract.Span{t.span("Portugal", 0), t.span("Portugal", 1)}},
			{ID: "country:DEU", Name: "Germany", Kind: "country", Mentions: []string{"Germany"},
				Evidence: []extract.Span{t.span("Germany", 0), t.span("Germany", 1)}},
			{ID: "country:MDA", Name: "Moldova", Kind: "country", Mentions: []string{"Moldova"}, Evidence: t.spans("Moldova")},
		},
		Commitments: []extract.Commitment{{ID: "commitment:engineers-moldova", By: []string{"Portugal", "Germany"},
			ByIDs: []string{"country:PRT", "country:DEU"}, To: ptr("Moldova"), ToID: "country:MDA", What: "send engineers",
			Kind: "troop deployment", Condition: ptr("once a ceasefire holds"), Status: "agreed",
			Evidence: t.spans("Portugal and Germany agreed to send engineers to Moldova once a ceasefire holds")}},
		NumericClaims: []extract.NumericClaim{{ID: "number:experts-300", About: "experts taking part",
			Value: "More than 300", Unit: "experts", Number: ptr(300.0), Qualifier: "more than",
			Evidence: t.spans("More than 300 experts")}},
		Sentences: t.sentences,
	}
	return Fixture{Doc: doc, Result: res}
}
