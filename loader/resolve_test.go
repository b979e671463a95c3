package loader

import (
	"context"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/loader/extract"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/loader/quads"
	"github.com/kg-project/kg/schema"
)

// Invented reports (real country names, invented outlets and sentences).
const (
	// A dated report of a summit in Geneva and a pledge made there.
	reportDated = "---\ntitle: Leaders meet in Geneva\noutlet: Freedonia Herald\ndate: 2026-03-03\n---\n" +
		"The leaders of Norway, Chile and Kenya met at a summit in Geneva on 3 March 2026 to discuss grain exports.\n\n" +
		"Norway pledged to send 40,000 tonnes of wheat to Kenya, the Norwegian prime minister said.\n"
	// The same summit and pledge, the day left out, the pledge worded otherwise.
	reportUndated = "---\ntitle: Grain summit ends\noutlet: Ruritania Times\ndate: 2026-03-04\n---\n" +
		"At the summit in Geneva, the leaders of Norway, Chile and Kenya discussed grain exports.\n\n" +
		"Norway agreed to send 40,000 tonnes of wheat to Kenya before the harvest.\n"
	// Another summit: another place, other days.
	reportElsewhere = "---\ntitle: Another summit\noutlet: Ruritania Times\ndate: 2026-03-10\n---\n" +
		"The leaders of Norway and Kenya met at a summit in Nairobi.\n"
	// An undated summit in Geneva of other countries.
	reportOthers = "---\ntitle: Fishing summit\noutlet: Freedonia Herald\ndate: 2026-03-05\n---\n" +
		"The leaders of Peru and Japan met at a summit in Geneva to discuss fishing quotas.\n"
)

var pipeline struct {
	once sync.Once
	p    *extract.Pipeline
	gaz  *gazetteer.Gazetteer
	err  error
}

// realLoader returns a loader with the real extraction pipeline over a new
// mem store holding the gazetteer.
func realLoader(t *testing.T) *Loader {
	t.Helper()
	return realLoaderOn(t, backends(t)["mem"]())
}

// realLoaderOn is realLoader over st.
func realLoaderOn(t *testing.T, st store.Store) *Loader {
	t.Helper()
	pipeline.once.Do(func() {
		if pipeline.gaz, pipeline.err = gazetteer.Default(); pipeline.err == nil {
			pipeline.p, pipeline.err = extract.New(pipeline.gaz, data.FS)
		}
	})
	if pipeline.err != nil {
		t.Fatal(pipeline.err)
	}
	l := &Loader{Store: st, Extract: pipeline.p.Run, ToQuads: quads.FromResult, Workers: 1}
	if _, err := l.PutCurated(context.Background(), "gazetteer", quads.GazetteerQuads(pipeline.gaz)); err != nil {
		t.Fatal(err)
	}
	return l
}

// reportFiles writes each report to its own file in a new folder.
func reportFiles(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range reports {
		write(t, filepath.Join(dir, name+".md"), text)
	}
	return dir
}

// loadTexts loads the named reports of dir one at a time, in order (one
// load each: incremental loading).
func loadTexts(t *testing.T, l *Loader, dir string, order ...string) {
	t.Helper()
	for _, name := range order {
		p := filepath.Join(dir, name+".md")
		sum, err := l.Load(context.Background(), []string{p})
		if err != nil || len(sum.Errors) > 0 || sum.Loaded != 1 {
			t.Fatalf("load %s: %+v %v", name, sum, err)
		}
	}
}

// nodesOf returns the nodes of class whose eventType or commitmentKind is
// kind.
func nodesOf(t *testing.T, s store.Store, class quad.IRI, pred quad.IRI, kind string) []quad.IRI {
	t.Helper()
	qs := s.QuadStore()
	vals, err := path.StartPath(qs, class).In(schema.Type).Has(pred, quad.String(kind)).Unique().
		Iterate(context.Background()).AllValues(qs)
	if err != nil {
		t.Fatal(err)
	}
	var out []quad.IRI
	for _, v := range vals {
		out = append(out, v.(quad.IRI))
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// objects returns the objects of node's pred, each once, as strings.
func objects(t *testing.T, s store.Store, node quad.IRI, pred quad.IRI) []string {
	t.Helper()
	qs := s.QuadStore()
	vals, err := path.StartPath(qs, node).Out(pred).Unique().Iterate(context.Background()).AllValues(qs)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, v := range vals {
		out = append(out, quad.ToString(v))
	}
	sort.Strings(out)
	return out
}

// evidenceDocs returns the documents the evidence of node comes from.
func evidenceDocs(t *testing.T, s store.Store, node quad.IRI) []string {
	t.Helper()
	qs := s.QuadStore()
	vals, err := path.StartPath(qs, node).Out(schema.Evidence).Out(schema.DerivedFrom).Unique().
		Iterate(context.Background()).AllValues(qs)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, v := range vals {
		out = append(out, string(v.(quad.IRI)))
	}
	sort.Strings(out)
	return out
}

var reports = map[string]string{"dated": reportDated, "undated": reportUndated,
	"elsewhere": reportElsewhere, "others": reportOthers}

func TestResolveDatedAndUndatedSummitInBothOrders(t *testing.T) {
	for _, name := range []string{"mem", "bolt", "postgres"} {
		for _, order := range [][]string{{"dated", "undated"}, {"undated", "dated"}} {
			t.Run(name+"/"+order[0]+"-first", func(t *testing.T) {
				var st store.Store
				if name == "postgres" {
					st = postgresStore(t)
				} else {
					st = backends(t)[name]()
				}
				testDatedAndUndated(t, realLoaderOn(t, st), order)
			})
		}
	}
}

func testDatedAndUndated(t *testing.T, l *Loader, order []string) {
	loadTexts(t, l, reportFiles(t), order...)
	summits := nodesOf(t, l.Store, schema.ClassEvent, schema.EventType, "summit")
	if len(summits) != 1 {
		t.Fatalf("summits = %v, want one node for the Geneva summit", summits)
	}
	if got := objects(t, l.Store, summits[0], schema.Date); len(got) != 1 || got[0] != "2026-03-03" {
		t.Errorf("summit dates = %v, want the day the dated report gives", got)
	}
	if got := evidenceDocs(t, l.Store, summits[0]); len(got) != 2 {
		t.Errorf("summit evidence from %v, want both reports", got)
	}
	pledges := nodesOf(t, l.Store, schema.ClassCommitment, schema.CommitmentKind, "other")
	if len(pledges) != 1 {
		t.Fatalf("commitments = %v, want one node for the wheat pledge", pledges)
	}
	if got := evidenceDocs(t, l.Store, pledges[0]); len(got) != 2 {
		t.Errorf("pledge evidence from %v, want both reports", got)
	}
}

// One load of both reports, extracted in parallel, also keeps one node:
// the writer resolves each document against those written before it.
func TestResolveWithinOneParallelLoad(t *testing.T) {
	l := realLoader(t)
	l.Workers = 2
	dir := reportFiles(t)
	sum, err := l.Load(context.Background(), []string{filepath.Join(dir, "dated.md"), filepath.Join(dir, "undated.md")})
	if err != nil || sum.Loaded != 2 {
		t.Fatalf("load: %+v %v", sum, err)
	}
	if summits := nodesOf(t, l.Store, schema.ClassEvent, schema.EventType, "summit"); len(summits) != 1 {
		t.Fatalf("summits = %v, want one", summits)
	}
}

func TestResolveKeepsOtherSummitsApart(t *testing.T) {
	l := realLoader(t)
	loadTexts(t, l, reportFiles(t), "dated", "elsewhere", "others")
	summits := nodesOf(t, l.Store, schema.ClassEvent, schema.EventType, "summit")
	if len(summits) != 3 {
		t.Fatalf("summits = %v, want three: Geneva, Nairobi (other place), Geneva of Peru and Japan (no shared participant)", summits)
	}
	for _, s := range summits {
		if got := evidenceDocs(t, l.Store, s); len(got) != 1 {
			t.Errorf("summit %s has evidence from %v, want one report", s, got)
		}
	}
}

func TestResolveRemoveLeavesTheOtherReport(t *testing.T) {
	ctx := context.Background()
	// Removing the later report leaves exactly what the first one stored.
	dir := reportFiles(t)
	alone := realLoader(t)
	loadTexts(t, alone, dir, "dated")
	both := realLoader(t)
	loadTexts(t, both, dir, "dated", "undated")
	later := string(schema.SourceIRI("undated"))
	if err := both.Remove(ctx, later); err != nil {
		t.Fatal(err)
	}
	a, b := storeLines(t, alone.Store), storeLines(t, both.Store)
	if len(a) != len(b) {
		t.Fatalf("after removing the second report: %d quads, want %d (the first report's alone)", len(b), len(a))
	}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("after removing the second report, quad %d = %s, want %s", i, b[i], a[i])
		}
	}

	// Removing the first report leaves the merged nodes with the second's
	// statements only.
	first := realLoader(t)
	loadTexts(t, first, dir, "dated", "undated")
	dated := schema.SourceIRI("dated")
	if err := first.Remove(ctx, string(dated)); err != nil {
		t.Fatal(err)
	}
	summits := nodesOf(t, first.Store, schema.ClassEvent, schema.EventType, "summit")
	if len(summits) != 1 {
		t.Fatalf("summits after removing the dated report = %v, want the merged node", summits)
	}
	if got := objects(t, first.Store, summits[0], schema.Date); len(got) != 0 {
		t.Errorf("summit still dated %v after removing the only report giving the day", got)
	}
	if got := evidenceDocs(t, first.Store, summits[0]); len(got) != 1 || got[0] == string(dated) {
		t.Errorf("summit evidence from %v after removing %s", got, dated)
	}
	if got := objects(t, first.Store, summits[0], schema.Location); len(got) != 1 {
		t.Errorf("summit place = %v, want the undated report's Geneva", got)
	}
}

// Reloading a changed report resolves it again without its old self: the
// summit stays one node and the old version's statements are gone.
func TestResolveReloadOfAChangedReport(t *testing.T) {
	l := realLoader(t)
	dir := reportFiles(t)
	loadTexts(t, l, dir, "dated", "undated")
	changed := strings.Replace(reportUndated, "discussed grain exports", "discussed grain exports and fertiliser prices", 1)
	write(t, filepath.Join(dir, "undated.md"), changed)
	sum, err := l.Load(context.Background(), []string{filepath.Join(dir, "undated.md")})
	if err != nil || sum.Replaced != 1 {
		t.Fatalf("reload: %+v %v", sum, err)
	}
	summits := nodesOf(t, l.Store, schema.ClassEvent, schema.EventType, "summit")
	if len(summits) != 1 {
		t.Fatalf("summits after the reload = %v, want one", summits)
	}
	if got := evidenceDocs(t, l.Store, summits[0]); len(got) != 2 {
		t.Errorf("summit evidence from %v, want both reports", got)
	}
	for _, line := range storeLines(t, l.Store) {
		if strings.Contains(line, "discussed grain exports.") {
			t.Fatalf("the old version's text is still stored: %s", line)
		}
	}
}
