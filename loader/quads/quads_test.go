package quads_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/loader/quads"
	"github.com/kg-project/kg/loader/quads/quadstest"
	"github.com/kg-project/kg/schema"
)

func fixtures(t *testing.T) []quadstest.Fixture {
	t.Helper()
	fs, err := quadstest.Fixtures()
	if err != nil {
		t.Fatal(err)
	}
	return fs
}

func mapAll(t *testing.T) map[string][]quad.Quad {
	t.Helper()
	out := make(map[string][]quad.Quad)
	for _, f := range fixtures(t) {
		qq, err := quads.FromResult(f.Doc, f.Result)
		if err != nil {
			t.Fatalf("FromResult(%s): %v", f.Doc.ID, err)
		}
		out[f.Doc.ID] = qq
	}
	return out
}

func TestFromResultLabelsEveryQuad(t *testing.T) {
	for id, qq := range mapAll(t) {
		if len(qq) == 0 {
			t.Fatalf("%s: no quads", id)
		}
		want := schema.SourceIRI(id)
		for _, q := range qq {
			if q.Label != want {
				t.Errorf("%s: quad %v has label %v, want %v", id, q, q.Label, want)
			}
			if _, ok := q.Subject.(quad.IRI); !ok {
				t.Errorf("%s: subject of %v is not an IRI", id, q)
			}
		}
	}
}

func TestFromResultNoDuplicates(t *testing.T) {
	for id, qq := range mapAll(t) {
		seen := make(map[quad.Quad]bool)
		for _, q := range qq {
			if seen[q] {
				t.Errorf("%s: duplicate quad %v", id, q)
			}
			seen[q] = true
		}
	}
}

func TestFromResultStableAcrossRunsAndDocuments(t *testing.T) {
	a, b := mapAll(t), mapAll(t)
	for id := range a {
		if len(a[id]) != len(b[id]) {
			t.Fatalf("%s: %d quads then %d", id, len(a[id]), len(b[id]))
		}
		for i := range a[id] {
			if a[id][i] != b[id][i] {
				t.Fatalf("%s: quad %d differs between runs: %v vs %v", id, i, a[id][i], b[id][i])
			}
		}
	}
	// The same country in both documents is the same node.
	prt := schema.ID("country:PRT")
	for id, qq := range a {
		if !hasQuad(qq, prt, schema.MentionIn, schema.SourceIRI(id)) {
			t.Errorf("%s: Portugal not linked to its source under the shared IRI", id)
		}
	}
}

func TestFromResultShape(t *testing.T) {
	all := mapAll(t)
	qq := all["fixture-report"]
	src := schema.SourceIRI("fixture-report")
	novak := schema.ID("person:jana-novak")
	checks := []struct {
		name string
		ok   bool
	}{
		{"source typed", hasQuad(qq, src, schema.Type, schema.ClassSource)},
		{"source date as string", hasQuad(qq, src, schema.DatePublished, quad.String("2025-03-04"))},
		{"source publisher", hasQuad(qq, src, schema.Publisher, schema.ID("org:daily-ledger"))},
		{"source kind", hasQuad(qq, src, schema.SourceKind, quad.String("secondary"))},
		{"person typed", hasQuad(qq, novak, schema.Type, schema.ClassPerson)},
		{"person kind", hasQuad(qq, novak, schema.ActorKind, quad.String("PERSON"))},
		{"alias", hasQuad(qq, novak, schema.AlternateName, quad.String("Novak"))},
		{"normalised name without accent", hasQuad(qq, novak, schema.NormName, quad.String("jana novak"))},
		{"role", hasQuad(qq, novak, schema.HoldsRole, quads.RoleIRI("person:jana-novak", "Prime Minister of Portugal"))},
		{"role of", hasQuad(qq, quads.RoleIRI("person:jana-novak", "Prime Minister of Portugal"), schema.RoleOf, schema.ID("country:PRT"))},
		{"bare role label", hasQuad(qq, schema.ID("person:otto-brandt"), schema.HoldsRole, quads.RoleIRI("person:otto-brandt", "Chancellor"))},
		{"event place", hasQuad(qq, schema.ID("event:lisbon-meeting"), schema.Location, schema.ID("place:lisbon"))},
		{"event date", hasQuad(qq, schema.ID("event:lisbon-meeting"), schema.Date, quad.String("2025-03-03"))},
		{"commitment by", hasQuad(qq, schema.ID("commitment:engineers-moldova"), schema.CommittedBy, schema.ID("country:PRT"))},
		{"claim via", hasQuad(qq, schema.ID("claim:novak-engineers"), schema.Via, schema.ID("org:daily-ledger"))},
		{"document ref typed", hasQuad(qq, schema.ID("docref:draft"), schema.Type, schema.ClassDocumentRef)},
		{"number", hasQuad(qq, schema.ID("number:engineers-200"), schema.Value, quad.Float(200))},
	}
	for _, c := range checks {
		if !c.ok {
			t.Errorf("missing: %s", c.name)
		}
	}
}

// TestFromResultEvidence checks every evidence node: linked to its source,
// its text equal to the body between its offsets, and a commitment's
// evidence carrying the status its source gives.
func TestFromResultEvidence(t *testing.T) {
	fs := fixtures(t)
	for _, f := range fs {
		qq, _ := quads.FromResult(f.Doc, f.Result)
		body := []rune(f.Doc.Body)
		props := make(map[quad.Value]map[quad.IRI]quad.Value)
		for _, q := range qq {
			if props[q.Subject] == nil {
				props[q.Subject] = make(map[quad.IRI]quad.Value)
			}
			props[q.Subject][q.Predicate.(quad.IRI)] = q.Object
		}
		n := 0
		for node, p := range props {
			if p[schema.Type] != schema.ClassEvidence {
				continue
			}
			n++
			if p[schema.DerivedFrom] != schema.SourceIRI(f.Doc.ID) {
				t.Errorf("%v: derived from %v", node, p[schema.DerivedFrom])
			}
			start, end := int(p[schema.Start].(quad.Int)), int(p[schema.End].(quad.Int))
			if got, want := string(body[start:end]), string(p[schema.Text].(quad.String)); got != want {
				t.Errorf("%v: body[%d:%d] = %q, text %q", node, start, end, got, want)
			}
			if p[schema.HasSentence] == nil {
				t.Errorf("%v: no sentence", node)
			}
		}
		if n < 5 {
			t.Errorf("%s: only %d evidence nodes", f.Doc.ID, n)
		}
		want := quad.String(f.Result.Commitments[0].Status)
		for _, q := range qq {
			if q.Subject == schema.ID("commitment:engineers-moldova") && q.Predicate == schema.Evidence {
				if got := props[q.Object][schema.Status]; got != want {
					t.Errorf("%s: commitment evidence status %v, want %v", f.Doc.ID, got, want)
				}
			}
		}
	}
}

func TestFromResultRejectsMissingID(t *testing.T) {
	fs := fixtures(t)
	doc := *fs[0].Doc
	doc.ID = ""
	if _, err := quads.FromResult(&doc, fs[0].Result); err == nil {
		t.Fatal("FromResult accepted a document without id")
	}
}

func TestNormalizeName(t *testing.T) {
	for in, want := range map[string]string{
		"Élysée Palace": "elysee palace",
		"ZELENSKIY":     "zelenskiy",
		"Jana  Novák":   "jana novak",
	} {
		if got := quads.NormalizeName(in); got != want {
			t.Errorf("NormalizeName(%q) = %q, want %q", in, got, want)
		}
	}
	if got := quads.Slug("Élysée Palace"); got != "elysee-palace" {
		t.Errorf("Slug = %q", got)
	}
}

func TestEvidenceIRIDistinguishesFacts(t *testing.T) {
	a := quads.EvidenceIRI("d", 1, 5, "commitment:a")
	b := quads.EvidenceIRI("d", 1, 5, "claim:b")
	if a == b {
		t.Fatal("the same span of two facts shares one evidence node")
	}
	if a != quads.EvidenceIRI("d", 1, 5, "commitment:a") {
		t.Fatal("evidence IRI is not stable")
	}
	if !strings.HasPrefix(string(a), string(schema.ID(schema.PrefixEvidence))) || !utf8.ValidString(string(a)) {
		t.Fatalf("evidence IRI %s outside the evidence id space", a)
	}
}

func TestGazetteerQuads(t *testing.T) {
	g, err := gazetteer.New([]gazetteer.Entry{
		{ID: "PRT", Kind: gazetteer.Country, Name: "Portugal", Type: "un-member", Official: "Portuguese Republic", ISO2: "PT", ISO3: "PRT",
			Wikidata: "Q45", Demonyms: []string{"Portuguese"}},
		{ID: "jana-novak", Kind: gazetteer.Person, Name: "Jana Novák", Aliases: []string{"Jana Novak"},
			Offices: []gazetteer.Office{{Title: "Prime Minister", Country: "PRT", From: "2024-01-01", Checked: "2025-03-01"}}},
		{ID: "ledger", Kind: gazetteer.Outlet, Name: "Daily Ledger", Type: "outlet"},
		{ID: "alliance", Kind: gazetteer.Organization, Name: "Test Alliance", Type: "alliance", Members: []string{"PRT"}},
	})
	if err != nil {
		t.Fatalf("gazetteer.New rejects the test entries: %v", err)
	}
	qq := quads.GazetteerQuads(g)
	seen := make(map[quad.Quad]bool)
	for _, q := range qq {
		if q.Label != schema.GazetteerLabel {
			t.Errorf("quad %v not labelled with the gazetteer", q)
		}
		if seen[q] {
			t.Errorf("duplicate %v", q)
		}
		seen[q] = true
	}
	role := quads.RoleIRI("person:jana-novak", "Prime Minister of Portugal")
	prt := schema.ID("country:PRT")
	for name, ok := range map[string]bool{
		"iso3":          hasQuad(qq, prt, schema.ISO3, quad.String("PRT")),
		"wikidata":      hasQuad(qq, prt, schema.SameAs, quad.IRI(schema.WD+"Q45")),
		"official norm": hasQuad(qq, prt, schema.NormName, quad.String("portuguese republic")),
		"office":        hasQuad(qq, schema.ID("person:jana-novak"), schema.HoldsRole, role),
		"office of":     hasQuad(qq, role, schema.RoleOf, prt),
		"office from":   hasQuad(qq, role, schema.StartDate, quad.String("2024-01-01")),
		"checked":       hasQuad(qq, role, schema.CheckedDate, quad.String("2025-03-01")),
		"outlet kind":   hasQuad(qq, schema.ID("org:ledger"), schema.ActorKind, quad.String("ORGANIZATION")),
		"member":        hasQuad(qq, prt, schema.MemberOf, schema.ID("org:alliance")),
	} {
		if !ok {
			t.Errorf("missing %s", name)
		}
	}
}

func hasQuad(qq []quad.Quad, s quad.Value, p quad.IRI, o quad.Value) bool {
	for _, q := range qq {
		if q.Subject == s && q.Predicate == p && q.Object == o {
			return true
		}
	}
	return false
}
