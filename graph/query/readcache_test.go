package query_test

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/graph/query"
	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/internal/testenv"
	"github.com/kg-project/kg/loader"
	"github.com/kg-project/kg/loader/extract"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/loader/gen"
	"github.com/kg-project/kg/loader/quads"
	"github.com/kg-project/kg/schema"
)

// The read cache must not change a single answer: a Reader answering from
// it (asked twice: the first pass fills it, the second reads it) says
// exactly what a Reader without it (every read from the store) says, on
// real and generated documents, and after each write.

// realLoader is kg's loader (gazetteer, extraction, quads) writing to st.
func realLoader(t *testing.T, st store.Store) *loader.Loader {
	t.Helper()
	gaz, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	p, err := extract.New(gaz, data.FS)
	if err != nil {
		t.Fatal(err)
	}
	l := &loader.Loader{Store: st, Extract: p.Run, ToQuads: quads.FromResult, Workers: 1}
	if _, err := l.PutCurated(context.Background(), "gazetteer", quads.GazetteerQuads(gaz)); err != nil {
		t.Fatal(err)
	}
	return l
}

func load(t *testing.T, l *loader.Loader, files ...string) {
	t.Helper()
	sum, err := l.Load(context.Background(), files)
	if err != nil || sum.Failed > 0 {
		t.Fatalf("load %d files: %v %v", len(files), err, sum.Errors)
	}
}

// generated writes n generated articles into a temporary folder and
// returns their files, sorted.
func generated(t *testing.T, n int, seed int64) []string {
	t.Helper()
	gaz, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := gen.Write(dir, gen.Config{Docs: n, Seed: seed, Gaz: gaz}); err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, ext := range []string{"*.txt", "*.md", "*.jsonl"} {
		m, _ := filepath.Glob(filepath.Join(dir, ext))
		files = append(files, m...)
	}
	sort.Strings(files)
	return files
}

// sharedCorpus lists ../shared/corpus/*.txt beside the repository, or
// skips the test.
func sharedCorpus(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "corpus", "*.txt"))
	if len(files) == 0 {
		t.Skip("shared corpus not found beside the repository (../shared/corpus/*.txt)")
	}
	return files
}

// drawable lists the nodes of the graph views in qs: actors first (all of
// them), then every third other node, at most limit in all.
func drawable(t *testing.T, qs graph.QuadStore, limit int) (ids, names []string) {
	t.Helper()
	ctx := context.Background()
	r := query.NewReader(qs)
	actors, err := r.Actors(ctx, nil, nil, intp(query.MaxPageSize), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range actors.Edges {
		ids, names = append(ids, e.Node.ID), append(names, e.Node.Name)
	}
	seen := map[string]bool{}
	it := qs.QuadIterator(quad.Predicate, qs.ValueOf(schema.Type))
	defer it.Close()
	var others []string
	for it.Next(ctx) {
		q := qs.Quad(it.Result())
		local, _ := schema.LocalID(q.Subject.(quad.IRI))
		switch q.Object {
		case schema.ClassSource, schema.ClassEvent, schema.ClassCommitment, schema.ClassClaim,
			schema.ClassNumericClaim, schema.ClassPlace, schema.ClassUnnamedSource, schema.ClassDocumentRef:
			if !seen[local] {
				seen[local] = true
				others = append(others, local)
			}
		}
	}
	sort.Strings(others)
	for i := 0; i < len(others) && len(ids) < limit; i += 3 {
		ids = append(ids, others[i])
	}
	return ids, names
}

// ask collects what r answers about ids and names: neighborhoods (depth 1
// and 2, default and small limits, actors only), the node, a subgraph, paths
// between neighbours in the list, actors by name and by surname, and the
// evidence of every edge drawn.
func ask(t *testing.T, r *query.Reader, ids, names []string) map[string]any {
	t.Helper()
	out := map[string]any{}
	note := func(key string, v any, err error) {
		switch {
		case query.IsUserError(err): // a node that is gone: the message is the answer
			out[key] = err.Error()
		case err != nil:
			t.Fatalf("%s: %v", key, err)
		default:
			out[key] = v
		}
	}
	for i, id := range ids {
		ctx := r.WithLoader(context.Background())
		for _, c := range []struct {
			depth, limit int
			kinds        []string
		}{{1, 200, nil}, {2, 200, nil}, {2, 10, nil}, {2, 50, []string{"ACTOR"}}} {
			g, err := r.Neighborhood(ctx, id, intp(c.depth), c.kinds, intp(c.limit))
			note(fmt.Sprintf("neighborhood %s %v", id, c), g, err)
			if g != nil && c.depth == 1 {
				for _, e := range g.Edges {
					evs, err := r.EdgeEvidence(ctx, e, nil, nil)
					note("evidence "+e.ID, evs, err)
				}
			}
		}
		n, err := r.Node(ctx, id)
		note("node "+id, n, err)
		if i > 0 && i < 30 {
			p, err := r.Path(ctx, ids[i-1], id, nil)
			note("path "+ids[i-1]+" "+id, p, err)
		}
	}
	g, err := r.Subgraph(context.Background(), ids[:min(len(ids), 60)])
	note("subgraph", g, err)
	for _, name := range names {
		for _, asked := range []string{name, strings.ToUpper(name), name[strings.LastIndexByte(name, ' ')+1:]} {
			a, err := r.ActorByName(r.WithLoader(context.Background()), asked)
			note("actor "+asked, a, err)
		}
	}
	return out
}

// sameAnswers reports the questions whose answers differ.
func sameAnswers(t *testing.T, what string, got, want map[string]any) {
	t.Helper()
	bad := 0
	for k, w := range want {
		if g, ok := got[k]; !ok || !reflect.DeepEqual(g, w) {
			if bad++; bad <= 5 {
				t.Errorf("%s: %s differs from the store's answer (asked: %v)", what, k, ok)
			}
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			if bad++; bad <= 5 {
				t.Errorf("%s: %s asked, but not of the store", what, k)
			}
		}
	}
	if bad > 0 {
		t.Fatalf("%s: %d of %d answers differ", what, bad, len(want))
	}
}

// checkCached asks a Reader following st twice and one reading the store
// each time, and compares.
func checkCached(t *testing.T, what string, cached *query.Reader, st store.Store, ids, names []string) map[string]any {
	t.Helper()
	plain := query.NewReader(st.QuadStore())
	plain.SetCacheSize(0)
	want := ask(t, plain, ids, names)
	sameAnswers(t, what+" (filling the cache)", ask(t, cached, ids, names), want)
	sameAnswers(t, what+" (from the cache)", ask(t, cached, ids, names), want)
	return want
}

func following(st store.Store) *query.Reader {
	r := query.NewReader(st.QuadStore())
	r.Follow(st)
	return r
}

func TestReadCacheAnswersAsTheStore(t *testing.T) {
	for _, c := range []struct {
		name  string
		files func(t *testing.T) []string
	}{
		{"corpus", sharedCorpus},
		{"generated", func(t *testing.T) []string { return generated(t, 20, 3) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			files := c.files(t)
			st, err := store.Open(context.Background(), "mem:")
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			load(t, realLoader(t, st), files...)
			ids, names := drawable(t, st.QuadStore(), 90)
			checkCached(t, c.name, following(st), st, ids, names)
		})
	}
}

// TestReadCacheFollowsWrites loads a document into a store whose Reader
// has its cache full, then removes it: after each write the cached Reader
// answers as the store does, sees the new document, then no longer does.
// On PostgreSQL the writes come from another store on the same database,
// as another process would make them.
func TestReadCacheFollowsWrites(t *testing.T) {
	files := generated(t, 15, 5)
	backends := []struct {
		name string
		open func(t *testing.T) (reader, writer store.Store)
		ids  int // nodes asked about (PostgreSQL reads are slow)
	}{
		{"mem", func(t *testing.T) (store.Store, store.Store) { s := openStore(t, "mem:"); return s, s }, 60},
		{"bolt", func(t *testing.T) (store.Store, store.Store) {
			s := openStore(t, "bolt:"+filepath.Join(t.TempDir(), "kg.db"))
			return s, s
		}, 30},
		{"postgres", postgresPair, 8},
	}
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			st, wst := b.open(t)
			l := realLoader(t, wst)
			last := files[len(files)-1]
			for strings.HasSuffix(last, ".jsonl") {
				files, last = files[:len(files)-1], files[len(files)-2]
			}
			load(t, l, files[:len(files)-1]...)
			before, err := st.Documents(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			r := following(st)
			ids, names := drawable(t, st.QuadStore(), b.ids)
			ids, names = ids[:min(len(ids), b.ids)], names[:min(len(names), b.ids)]
			checkCached(t, "before", r, st, ids, names)

			load(t, l, last)
			doc := addedDocument(t, st, before)
			actor := mentionedActor(t, st, doc)
			added := checkCached(t, "after adding "+doc, r, st, append(ids, doc, actor), names)
			if added["node "+doc] == nil || !draws(added, actor, doc) {
				t.Fatalf("the new document %s is not drawn beside %s", doc, actor)
			}

			if err := l.Remove(context.Background(), strings.TrimPrefix(doc, schema.PrefixSource)); err != nil {
				t.Fatal(err)
			}
			removed := checkCached(t, "after removing "+doc, r, st, append(ids, doc, actor), names)
			if removed["node "+doc] != query.Node(nil) || draws(removed, actor, doc) {
				t.Fatalf("the removed document %s is still drawn", doc)
			}
		})
	}
}

func openStore(t *testing.T, url string) store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// addedDocument is the local id of the one document st holds that was
// not among before.
func addedDocument(t *testing.T, st store.Store, before []quad.IRI) string {
	t.Helper()
	after, err := st.Documents(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	had := map[quad.IRI]bool{}
	for _, d := range before {
		had[d] = true
	}
	for _, d := range after {
		if !had[d] {
			local, _ := schema.LocalID(d)
			return local
		}
	}
	t.Fatal("loading a document added none")
	return ""
}

// mentionedActor is an actor the document mentions.
func mentionedActor(t *testing.T, st store.Store, doc string) string {
	t.Helper()
	srcs, err := query.NewReader(st.QuadStore()).SourceActors(context.Background(), doc, nil, nil)
	if err != nil || len(srcs.Edges) == 0 {
		t.Fatalf("the document %s mentions no actor: %v", doc, err)
	}
	return srcs.Edges[0].Node.ID
}

// draws says whether the depth-1 neighborhood of id in answers holds node.
func draws(answers map[string]any, id, node string) bool {
	for k, v := range answers {
		if !strings.HasPrefix(k, "neighborhood "+id+" {1 ") {
			continue
		}
		for _, n := range v.(*query.Graph).Nodes {
			if n.ID == node {
				return true
			}
		}
	}
	return false
}

// postgresPair opens two stores on one fresh PostgreSQL schema (one to
// read, one to write, as two processes would), or skips.
func postgresPair(t *testing.T) (store.Store, store.Store) {
	t.Helper()
	url := postgresSchema(t, testenv.PostgresURL(t))
	return openStore(t, url), openStore(t, url)
}

// TestReadCacheSeesNewNamesAndLinks writes a document that gives a new
// name to a node and links a fact to a node it says nothing else about:
// the name index (steps from a name literal) and the steps into that node,
// both cached before the write, must see the change, and its undoing.
func TestReadCacheSeesNewNamesAndLinks(t *testing.T) {
	ctx := context.Background()
	st := openStore(t, "mem:")
	r := following(st)
	label := schema.SourceIRI("renaming")
	person, country, event := schema.ID("person:zed-quill"), schema.ID("country:ZQL"), schema.ID("event:zq-summit")
	ev := schema.ID(schema.PrefixEvidence + "renaming:0-4:aaaaaaaaaaaa")
	base := []quad.Quad{
		{Subject: country, Predicate: schema.Type, Object: schema.ClassCountry, Label: schema.GazetteerLabel},
		{Subject: country, Predicate: schema.Name, Object: quad.String("Zedland"), Label: schema.GazetteerLabel},
	}
	if _, err := st.PutDocument(ctx, schema.GazetteerLabel, "g", base); err != nil {
		t.Fatal(err)
	}
	events := func() int {
		c, err := r.ActorEvents(r.WithLoader(ctx), "country:ZQL", nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		return c.TotalCount
	}
	found := func() bool {
		a, err := r.ActorByName(r.WithLoader(ctx), "Zed Quill")
		if err != nil {
			t.Fatal(err)
		}
		return a != nil
	}
	if found() || events() != 0 {
		t.Fatal("found before the document")
	}
	doc := []quad.Quad{
		{Subject: person, Predicate: schema.Type, Object: schema.ClassPerson, Label: label},
		{Subject: person, Predicate: schema.Name, Object: quad.String("Zed Quill"), Label: label},
		{Subject: person, Predicate: schema.NormName, Object: quad.String("zed quill"), Label: label},
		{Subject: event, Predicate: schema.Type, Object: schema.ClassEvent, Label: label},
		{Subject: event, Predicate: schema.Participant, Object: country, Label: label},
		{Subject: event, Predicate: schema.Evidence, Object: ev, Label: label},
		{Subject: ev, Predicate: schema.DerivedFrom, Object: label, Label: label},
	}
	if _, err := st.PutDocument(ctx, label, "h", doc); err != nil {
		t.Fatal(err)
	}
	if !found() || events() != 1 {
		t.Fatalf("after the document: name found %v, %d events", found(), events())
	}
	if err := st.RemoveDocument(ctx, label); err != nil {
		t.Fatal(err)
	}
	if found() || events() != 0 {
		t.Fatalf("after removing the document: name found %v, %d events", found(), events())
	}
}

// TestReadCacheConcurrentWrites reads while documents are loaded and
// removed: reads that raced a write must not stay in the cache, so once
// the writes stop the cached Reader answers as the store does. Each round
// loads a different document: re-adding a document just removed while
// reads run trips a race in Cayley's kv value cache (a reader can put a
// deleted node's id back into it), which is not the read cache's to test.
func TestReadCacheConcurrentWrites(t *testing.T) {
	var files []string
	for _, f := range generated(t, 14, 9) {
		if !strings.HasSuffix(f, ".jsonl") {
			files = append(files, f)
		}
	}
	base, extras := files[:len(files)-4], files[len(files)-4:]
	st := openStore(t, "bolt:"+filepath.Join(t.TempDir(), "kg.db"))
	l := realLoader(t, st)
	load(t, l, base...)
	r := following(st)
	ids, names := drawable(t, st.QuadStore(), 25)

	done := make(chan struct{})
	readers := make(chan error, 3)
	stopped := false
	stop := func() {
		if stopped {
			return
		}
		stopped = true
		close(done)
		for w := 0; w < 3; w++ {
			if err := <-readers; err != nil {
				t.Error(err)
			}
		}
	}
	defer stop() // before the store is closed, whatever happens
	for w := 0; w < 3; w++ {
		go func() {
			for i := w; ; i++ {
				select {
				case <-done:
					readers <- nil
					return
				default:
				}
				ctx := r.WithLoader(context.Background())
				if _, err := r.Neighborhood(ctx, ids[i%len(ids)], intp(2), nil, intp(50)); err != nil && !query.IsUserError(err) {
					readers <- err
					return
				}
				if _, err := r.ActorByName(ctx, names[i%len(names)]); err != nil {
					readers <- err
					return
				}
			}
		}()
	}
	var doc string
	for _, extra := range extras {
		before, err := st.Documents(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		load(t, l, extra)
		doc = addedDocument(t, st, before)
		if extra == extras[len(extras)-1] {
			break // the last one stays
		}
		if err := l.Remove(context.Background(), strings.TrimPrefix(doc, schema.PrefixSource)); err != nil {
			t.Fatal(err)
		}
	}
	stop()
	if t.Failed() {
		return
	}
	checkCached(t, "after concurrent writes", r, st, append(ids, doc), names)
}
