package search_test

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract"
	"github.com/kg-project/kg/loader/quads"
	"github.com/kg-project/kg/schema"
)

// Two short documents written for these tests, about invented people.
const (
	bodyOne = "Foreign Minister Oleksandra Kovalénko of Moldova met Chancellor Otto Brandt in Geneva on Friday.\n" +
		"Kovalenko, known to colleagues as Sasha Kovalenko, said Moldova would host 40 observers once the talks resume."
	bodyTwo = "Otto Brandt flew home from Geneva on Saturday.\n" +
		"Brandt promised a greenhouse subsidy for farmers in the north."
)

// builder makes spans of one body: code point offsets of the first
// occurrence of a text, and the index of the line (sentence) holding it.
type builder struct {
	t    testing.TB
	body string
}

func (b builder) span(text string) extract.Span {
	i := strings.Index(b.body, text)
	if i < 0 {
		b.t.Fatalf("fixture: %q not in body", text)
	}
	start := utf8.RuneCountInString(b.body[:i])
	return extract.Span{Start: start, End: start + utf8.RuneCountInString(text), Text: text,
		Sentence: strings.Count(b.body[:i], "\n")}
}

func (b builder) sentences() []extract.Sentence {
	var out []extract.Sentence
	off := 0
	for _, line := range strings.Split(b.body, "\n") {
		n := utf8.RuneCountInString(line)
		out = append(out, extract.Sentence{Start: off, End: off + n, Text: line, Kind: "sentence", Lead: -1, Parent: -1})
		off += n + 1
	}
	return out
}

func ptr(s string) *string { return &s }

func docOne(t testing.TB) (*document.Document, *extract.Result) {
	b := builder{t, bodyOne}
	doc := &document.Document{ID: "brief-one", Path: "brief-one.txt", Format: "txt", Body: bodyOne, Kind: document.Secondary, Date: "2025-05-02"}
	res := &extract.Result{
		Document:  extract.Meta{ID: "brief-one", Title: ptr("Ministers meet in Geneva"), Kind: "secondary", Date: ptr("2025-05-02")},
		Sentences: b.sentences(),
		Persons: []extract.Entity{
			{ID: "person:oleksandra-kovalenko", Name: "Oleksandra Kovalénko", Kind: "person",
				Mentions: []string{"Oleksandra Kovalénko", "Kovalenko", "Sasha Kovalenko"},
				Evidence: []extract.Span{b.span("Oleksandra Kovalénko"), b.span("Sasha Kovalenko")},
				RoleDetails: []extract.Role{{Label: "Foreign Minister of Moldova", Title: "Foreign Minister", OfID: "country:MDA",
					Evidence: []extract.Span{b.span("Foreign Minister Oleksandra Kovalénko of Moldova")}}}},
			{ID: "person:otto-brandt", Name: "Otto Brandt", Kind: "person", Mentions: []string{"Otto Brandt"},
				Evidence: []extract.Span{b.span("Otto Brandt")}},
		},
		Countries: []extract.Entity{{ID: "country:MDA", Name: "Moldova", Kind: "country", Mentions: []string{"Moldova"},
			Evidence: []extract.Span{b.span("Moldova")}}},
		Places: []extract.Entity{{ID: "place:geneva", Name: "Geneva", Kind: "place", Mentions: []string{"Geneva"},
			Evidence: []extract.Span{b.span("Geneva")}}},
		Events: []extract.Event{{ID: "event:geneva-meeting", Type: "meeting", Date: ptr("2025-05-02"), Place: ptr("Geneva"), PlaceID: "place:geneva",
			Participants: []string{"Oleksandra Kovalénko", "Otto Brandt"}, ParticipantIDs: []string{"person:oleksandra-kovalenko", "person:otto-brandt"},
			Evidence: []extract.Span{b.span("met Chancellor Otto Brandt in Geneva on Friday")}}},
		Commitments: []extract.Commitment{{ID: "commitment:host-observers", By: []string{"Moldova"}, ByIDs: []string{"country:MDA"},
			What: "host 40 observers", Kind: "ceasefire monitoring", Condition: ptr("once the talks resume"), Status: "reported",
			Evidence: []extract.Span{b.span("Moldova would host 40 observers once the talks resume")}}},
		Attributions: []extract.Attribution{{ID: "claim:kovalenko-observers", Claim: "Moldova would host 40 observers",
			Source: "Oleksandra Kovalénko", SourceID: "person:oleksandra-kovalenko", SourceKind: "person",
			Evidence: []extract.Span{b.span("said Moldova would host 40 observers")}}},
	}
	return doc, res
}

func docTwo(t testing.TB, variant string) (*document.Document, *extract.Result) {
	body := bodyTwo + variant
	b := builder{t, body}
	doc := &document.Document{ID: "brief-two", Path: "brief-two.txt", Format: "txt", Body: body, Kind: document.Secondary}
	res := &extract.Result{
		Document:  extract.Meta{ID: "brief-two", Title: ptr("Brandt back home"), Kind: "secondary"},
		Sentences: b.sentences(),
		Persons: []extract.Entity{{ID: "person:otto-brandt", Name: "Otto Brandt", Kind: "person", Mentions: []string{"Otto Brandt", "Brandt"},
			Evidence: []extract.Span{b.span("Otto Brandt")}}},
		Places: []extract.Entity{{ID: "place:geneva", Name: "Geneva", Kind: "place", Mentions: []string{"Geneva"},
			Evidence: []extract.Span{b.span("Geneva")}}},
		Commitments: []extract.Commitment{{ID: "commitment:greenhouse-subsidy", By: []string{"Otto Brandt"}, ByIDs: []string{"person:otto-brandt"},
			What: "greenhouse subsidy for farmers", Kind: "financial support", Status: "reported",
			Evidence: []extract.Span{b.span("promised a greenhouse subsidy for farmers")}}},
	}
	return doc, res
}

// put maps a fixture onto quads and stores it under its label.
func put(t testing.TB, st store.Store, doc *document.Document, res *extract.Result, hash string) {
	t.Helper()
	qq, err := quads.FromResult(doc, res)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.PutDocument(context.Background(), schema.SourceIRI(doc.ID), hash, qq); err != nil {
		t.Fatal(err)
	}
}

// fixtureStore is a mem store holding both documents.
func fixtureStore(t testing.TB) store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), "mem:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	d1, r1 := docOne(t)
	put(t, st, d1, r1, "h1")
	d2, r2 := docTwo(t, "")
	put(t, st, d2, r2, "h2")
	return st
}
