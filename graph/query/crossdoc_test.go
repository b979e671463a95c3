package query_test

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/graph/query"
	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/loader"
	"github.com/kg-project/kg/loader/extract"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/loader/quads"
	"github.com/kg-project/kg/schema"
)

var realPipeline struct {
	once sync.Once
	p    *extract.Pipeline
	gaz  *gazetteer.Gazetteer
	err  error
}

// loadReal loads files one at a time, in order, through the real
// extraction pipeline into a new mem store holding the gazetteer.
func loadReal(t *testing.T, files ...string) (store.Store, *query.Reader) {
	t.Helper()
	realPipeline.once.Do(func() {
		if realPipeline.gaz, realPipeline.err = gazetteer.Default(); realPipeline.err == nil {
			realPipeline.p, realPipeline.err = extract.New(realPipeline.gaz, data.FS)
		}
	})
	if realPipeline.err != nil {
		t.Fatal(realPipeline.err)
	}
	ctx := context.Background()
	st, err := store.Open(ctx, "mem:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	l := &loader.Loader{Store: st, Extract: realPipeline.p.Run, ToQuads: quads.FromResult, Workers: 1}
	if _, err := l.PutCurated(ctx, "gazetteer", quads.GazetteerQuads(realPipeline.gaz)); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if sum, err := l.Load(ctx, []string{f}); err != nil || len(sum.Errors) > 0 {
			t.Fatalf("load %s: %+v %v", f, sum, err)
		}
	}
	return st, query.NewReader(st.QuadStore())
}

// nodesOfClass returns the nodes of class, sorted.
func nodesOfClass(t *testing.T, st store.Store, class quad.IRI) []quad.IRI {
	t.Helper()
	qs := st.QuadStore()
	vals, err := path.StartPath(qs, class).In(schema.Type).Unique().Iterate(context.Background()).AllValues(qs)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]quad.IRI, 0, len(vals))
	for _, v := range vals {
		out = append(out, v.(quad.IRI))
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// derivedFrom returns the sources a trace says its subject derives from.
func derivedFrom(t *testing.T, r *query.Reader, id string) []string {
	t.Helper()
	tr, err := r.Trace(r.WithLoader(context.Background()), id)
	if err != nil {
		t.Fatalf("trace %s: %v", id, err)
	}
	var out []string
	for _, s := range tr.Steps {
		if s.Relation == "derivedFrom" {
			out = append(out, s.ID)
		}
	}
	sort.Strings(out)
	return out
}

// Four invented reports of one summit and of one pledge slot (Norway
// funding something in Kenya, the same commitment node): an earlier report
// of the same plant, a report of a school (same topic, another fact), and
// a later report of the plant.
var fundingReports = map[string]string{
	"plant-claim": "---\ntitle: Fertiliser plan\noutlet: Freedonia Herald\ndate: 2026-03-05\n---\n" +
		"The leaders of Norway and Kenya met at a summit in Nairobi on 1 March 2026.\n\n" +
		"Norway will fund a new fertiliser plant in Kenya, officials said on Thursday.\n",
	"school": "---\ntitle: School plan\noutlet: Ruritania Times\ndate: 2026-03-04\n---\n" +
		"The leaders of Norway and Kenya met at a summit in Nairobi on 1 March 2026.\n\n" +
		"Norway agreed to fund a school in Kenya.\n",
	"plant-earlier": "---\ntitle: Plant pledge\noutlet: Ruritania Times\ndate: 2026-03-01\n---\n" +
		"The leaders of Norway and Kenya met at a summit in Nairobi on 1 March 2026.\n\n" +
		"Norway pledged to fund the fertiliser plant in Kenya.\n",
	"plant-later": "---\ntitle: Plant pledge again\noutlet: Freedonia Herald\ndate: 2026-03-20\n---\n" +
		"The leaders of Norway and Kenya met at a summit in Nairobi on 1 March 2026.\n\n" +
		"Norway confirmed it would fund the fertiliser plant in Kenya.\n",
}

func TestTraceDerivesOnlyFromEarlierSourcesOfTheSameFact(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for _, name := range []string{"school", "plant-earlier", "plant-later", "plant-claim"} {
		p := filepath.Join(dir, name+".md")
		if err := os.WriteFile(p, []byte(fundingReports[name]), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	st, r := loadReal(t, files...)
	qs := st.QuadStore()
	// The four reports' pledges share one node (one summit, one pledge
	// slot): only the trace can tell the school from the plant.
	pledges := nodesOfClass(t, st, schema.ClassCommitment)
	if len(pledges) != 1 {
		t.Fatalf("commitments = %v, want the four reports on one node", pledges)
	}
	docs, err := path.StartPath(qs, pledges[0]).Out(schema.Evidence).Out(schema.DerivedFrom).Unique().Iterate(context.Background()).AllValues(qs)
	if err != nil || len(docs) != 4 {
		t.Fatalf("pledge stated by %v (%v), want all four reports", docs, err)
	}
	var claim string
	for _, c := range nodesOfClass(t, st, schema.ClassClaim) {
		docs, err := path.StartPath(qs, c).Out(schema.Evidence).Out(schema.DerivedFrom).Iterate(context.Background()).AllValues(qs)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			if d == schema.SourceIRI("plant-claim") {
				claim = strings.TrimPrefix(string(c), schema.IDBase)
			}
		}
	}
	if claim == "" {
		t.Fatal("the officials' claim was not extracted")
	}
	got := derivedFrom(t, r, claim)
	if len(got) != 1 || got[0] != "doc:plant-earlier" {
		t.Fatalf("claim derives from %v, want only doc:plant-earlier (not the school report: same topic, other fact; not the later report)", got)
	}
}

// seedCorpus returns ../shared/corpus/*.txt beside the repository, or
// skips the test.
func seedCorpus(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "corpus", "*.txt"))
	if len(files) == 0 {
		t.Skip("shared corpus not found beside the repository (../shared/corpus/*.txt)")
	}
	sort.Strings(files)
	return files
}

// commitmentsBy groups commitment nodes by kind and who commits (ids,
// sorted).
func commitmentsBy(t *testing.T, st store.Store, r *query.Reader, nodes []quad.IRI) map[string][]*query.Commitment {
	t.Helper()
	ctx := r.WithLoader(context.Background())
	qs := st.QuadStore()
	out := map[string][]*query.Commitment{}
	for _, n := range nodes {
		node, err := r.Node(ctx, strings.TrimPrefix(string(n), schema.IDBase))
		if err != nil {
			t.Fatal(err)
		}
		c, ok := node.(*query.Commitment)
		if !ok {
			t.Fatalf("%s is a %T, not a commitment", n, node)
		}
		vals, err := path.StartPath(qs, n).Out(schema.CommittedBy).Unique().Iterate(ctx).AllValues(qs)
		if err != nil {
			t.Fatal(err)
		}
		var by []string
		for _, v := range vals {
			by = append(by, strings.TrimPrefix(string(v.(quad.IRI)), schema.IDBase))
		}
		sort.Strings(by)
		key := c.Kind + " by " + strings.Join(by, ", ")
		out[key] = append(out[key], c)
	}
	return out
}

// The five seed articles all report one summit (Paris, 6 January 2026),
// one of them without the day; several report the same commitments in
// other words, a draft's "proposed" and the final statement's "agreed".
func TestSeedCorpusOneNodePerRealFact(t *testing.T) {
	files := seedCorpus(t)
	for _, order := range []string{"forward", "reverse"} {
		t.Run(order, func(t *testing.T) {
			fs := append([]string(nil), files...)
			if order == "reverse" {
				sort.Sort(sort.Reverse(sort.StringSlice(fs)))
			}
			st, r := loadReal(t, fs...)
			qs := st.QuadStore()
			ctx := context.Background()
			summits, err := path.StartPath(qs, quad.String("summit")).In(schema.EventType).Unique().Iterate(ctx).AllValues(qs)
			if err != nil {
				t.Fatal(err)
			}
			if len(summits) != 1 {
				t.Fatalf("summit nodes = %v, want one", summits)
			}
			docs, err := path.StartPath(qs, summits[0]).Out(schema.Evidence).Out(schema.DerivedFrom).Unique().Iterate(ctx).AllValues(qs)
			if err != nil {
				t.Fatal(err)
			}
			if len(docs) != len(files) {
				t.Errorf("the summit has evidence from %d articles, want all %d", len(docs), len(files))
			}

			// Each article states one commitment of these kinds by these
			// parties: one node each, whatever the wording or condition.
			groups := commitmentsBy(t, st, r, nodesOfClass(t, st, schema.ClassCommitment))
			for _, key := range []string{
				"multinational force by org:coalition-of-the-willing",
				"binding commitment after attack by org:coalition-of-the-willing",
				"ceasefire monitoring by country:USA",
				"financial support by org:coalition-of-the-willing",
				"defence cooperation by org:coalition-of-the-willing",
			} {
				if n := len(groups[key]); n != 1 {
					t.Errorf("%s: %d nodes, want 1 (groups: %v)", key, n, groupKeys(groups))
				}
			}
			// The coalition's force: proposed in reports, agreed in the
			// final statement, which outranks them.
			if cs := groups["multinational force by org:coalition-of-the-willing"]; len(cs) == 1 {
				if cs[0].Status == nil || *cs[0].Status != query.CommitmentStatus("AGREED") {
					t.Errorf("merged force status = %v, want AGREED", cs[0].Status)
				}
			}
		})
	}
}

// Trace on the seed corpus: a claim derives only from sources with
// evidence of a commitment told in its sentences, and not from every
// source of such a commitment (the same topic is not the same fact).
func TestSeedCorpusTraceLinksFewerThanTopic(t *testing.T) {
	st, r := loadReal(t, seedCorpus(t)...)
	qs := st.QuadStore()
	ctx := context.Background()
	linked, topical := 0, 0
	for _, c := range nodesOfClass(t, st, schema.ClassClaim) {
		commitments, err := path.StartPath(qs, c).Out(schema.Evidence).Out(schema.HasSentence).
			In(schema.HasSentence).In(schema.Evidence).Has(schema.Type, schema.ClassCommitment).Unique().
			Iterate(ctx).AllValues(qs)
		if err != nil {
			t.Fatal(err)
		}
		sources := map[string]bool{}
		for _, cm := range commitments {
			docs, err := path.StartPath(qs, cm).Out(schema.Evidence).Out(schema.DerivedFrom).Unique().Iterate(ctx).AllValues(qs)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range docs {
				sources[strings.TrimPrefix(string(d.(quad.IRI)), schema.IDBase)] = true
			}
		}
		topical += len(sources)
		for _, d := range derivedFrom(t, r, strings.TrimPrefix(string(c), schema.IDBase)) {
			if !sources[d] {
				t.Errorf("claim %s derives from %s, which states none of the commitments told with it", c, d)
			}
			linked++
		}
	}
	if linked == 0 || linked*2 > topical {
		t.Errorf("trace links %d claim sources of %d sources of co-stated commitments: want some, and at most half", linked, topical)
	}
}

func groupKeys(groups map[string][]*query.Commitment) []string {
	var out []string
	for k, cs := range groups {
		out = append(out, k+" ×"+string(rune('0'+len(cs))))
	}
	sort.Strings(out)
	return out
}
