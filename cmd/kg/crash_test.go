package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/schema"
)

// The crash tests run the real kg binary on a generated corpus, kill it
// with SIGKILL part-way through a load or a removal, rerun the command and
// prove that the store then equals a clean one: the same quads (hence the
// same count), every label a complete document, no duplicate.
//
// KG_CRASH_DOCS sets the corpus size (default crashDocs).
const crashDocs = 80

// TestCrashSafety builds kg, generates a corpus, loads it cleanly into a
// reference store, then crashes loads and removals against copies.
func TestCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("crash tests build kg and load a corpus several times; skipped with -short")
	}
	bin := buildKG(t)
	docs := crashDocs
	if s := os.Getenv("KG_CRASH_DOCS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 10 {
			t.Fatalf("KG_CRASH_DOCS=%q: want a number >= 10", s)
		}
		docs = n
	}
	corpus := generateCorpus(t, bin, docs)
	work := t.TempDir()

	clean := filepath.Join(work, "clean")
	start := time.Now()
	if code, out, errs := runKG(t, bin, "load", "--store", "bolt:"+clean, corpus); code != 0 {
		t.Fatalf("clean load: status %d\n%s\n%s", code, out, errs)
	}
	cleanTime := time.Since(start)
	want := snapshotStore(t, "bolt:"+clean)
	want.mustBeConsistent(t, "clean load")
	if len(want.docs) < docs/2 {
		t.Fatalf("clean load stored %d documents for a corpus of %d", len(want.docs), docs)
	}
	t.Logf("clean load: %d documents, %d quads in %s", len(want.docs), want.count, cleanTime.Round(time.Millisecond))

	t.Run("KillLoad", func(t *testing.T) {
		// The kill must land while documents are still being stored; the
		// machine's speed varies, so a kill that came too late is retried
		// sooner, on a fresh store.
		var dir string
		var mid snapshot
		for attempt, delay := 0, cleanTime/2; ; attempt, delay = attempt+1, delay/2 {
			dir = filepath.Join(work, fmt.Sprintf("killed-load-%d", attempt))
			killLoadPartWay(t, bin, dir, corpus, delay)
			mid = snapshotStore(t, "bolt:"+dir)
			t.Logf("SIGKILL after %s: %d of %d documents complete, %d incomplete labels, %d quads",
				delay.Round(time.Millisecond), len(mid.docs), len(want.docs), len(mid.incomplete), mid.count)
			if len(mid.docs) < len(want.docs) {
				break
			}
			if attempt == 4 {
				t.Fatalf("every kill came after the load had stored every document: the test proves nothing")
			}
		}
		if code, out, errs := runKG(t, bin, "load", "--store", "bolt:"+dir, corpus); code != 0 {
			t.Fatalf("load after the crash: status %d\n%s\n%s", code, out, errs)
		}
		got := snapshotStore(t, "bolt:"+dir)
		got.mustBeConsistent(t, "load after the crash")
		got.mustEqual(t, want)
	})

	t.Run("KillRemove", func(t *testing.T) {
		dir := filepath.Join(work, "killed-rm")
		copyStore(t, clean, dir)
		var victims []string
		for i, d := range want.docs {
			if i%3 != 0 && d != string(schema.GazetteerLabel) {
				victims = append(victims, d)
			}
		}
		removed := killRemovePartWay(t, bin, dir, victims)
		mid := snapshotStore(t, "bolt:"+dir)
		t.Logf("after SIGKILL: %d of %d documents removed according to kg rm, %d documents complete, %d incomplete labels",
			removed, len(victims), len(mid.docs), len(mid.incomplete))

		// Rerun the removal: documents already gone are "not found", and
		// that is the only failure allowed.
		code, out, errs := runKG(t, bin, append([]string{"rm", "--store", "bolt:" + dir}, victims...)...)
		for _, line := range strings.Split(strings.TrimSpace(errs), "\n") {
			if line != "" && !strings.Contains(line, store.ErrNotFound.Error()) {
				t.Fatalf("rm after the crash (status %d): unexpected error %q\n%s", code, line, out)
			}
		}
		got := snapshotStore(t, "bolt:"+dir)
		got.mustBeConsistent(t, "rm after the crash")
		got.mustEqual(t, want.without(victims))

		// Loading the corpus again restores exactly the clean store.
		if code, out, errs := runKG(t, bin, "load", "--store", "bolt:"+dir, corpus); code != 0 {
			t.Fatalf("reload after rm: status %d\n%s\n%s", code, out, errs)
		}
		got = snapshotStore(t, "bolt:"+dir)
		got.mustBeConsistent(t, "reload after rm")
		got.mustEqual(t, want)
	})

	t.Run("IncompleteDocumentsRepaired", func(t *testing.T) {
		// The exact state a kill leaves between the transactions of
		// RemoveDocument or of a multi-batch PutDocument: documents whose
		// completeness marker is gone and only part of whose quads remain.
		dir := filepath.Join(work, "incomplete")
		copyStore(t, clean, dir)
		broken := breakDocuments(t, "bolt:"+dir, want.docs[:min(5, len(want.docs))])
		mid := snapshotStore(t, "bolt:"+dir)
		if len(mid.incomplete) != len(broken) {
			t.Fatalf("incomplete labels %v, want %v", mid.incomplete, broken)
		}
		if code, out, errs := runKG(t, bin, "load", "--store", "bolt:"+dir, corpus); code != 0 {
			t.Fatalf("load over incomplete documents: status %d\n%s\n%s", code, out, errs)
		}
		got := snapshotStore(t, "bolt:"+dir)
		got.mustBeConsistent(t, "load over incomplete documents")
		got.mustEqual(t, want)
	})
}

// buildKG builds the kg binary of this package into a temporary folder.
func buildKG(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "kg")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// runKG runs the kg binary and returns its status and output.
func runKG(t *testing.T, bin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb strings.Builder
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if err != nil {
		if _, ok := err.(*exec.ExitError); !ok {
			t.Fatalf("run kg %s: %v", strings.Join(args, " "), err)
		}
	}
	return cmd.ProcessState.ExitCode(), out.String(), errb.String()
}

// generateCorpus writes n documents with `kg gen`; if the generator fails
// it falls back to ownCorpus, so the crash tests do not depend on it.
func generateCorpus(t *testing.T, bin string, n int) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "corpus")
	code, out, errs := runKG(t, bin, "gen", "--docs", strconv.Itoa(n), "--seed", "6", dir)
	if code == 0 {
		t.Logf("%s", strings.TrimSpace(out))
		return dir
	}
	t.Logf("kg gen failed (status %d: %s); writing a simple corpus instead", code, strings.TrimSpace(errs))
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	if err := ownCorpus(dir, n, 6); err != nil {
		t.Fatal(err)
	}
	return dir
}

// ownCorpus writes n short news-like documents of our own wording, built
// from a few well-known actors, as .txt, .md and one .jsonl file.
func ownCorpus(dir string, n int, seed int64) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("make corpus dir: %w", err)
	}
	r := rand.New(rand.NewSource(seed))
	people := []string{"Emmanuel Macron", "Friedrich Merz", "Donald Tusk", "Keir Starmer", "Mark Rutte", "Ursula von der Leyen"}
	countries := []string{"France", "Germany", "Poland", "Ukraine", "Italy", "Spain", "Canada"}
	cities := []string{"Paris", "Berlin", "Warsaw", "Rome", "Madrid", "Brussels"}
	article := func(i int) string {
		p1, p2 := people[r.Intn(len(people))], people[r.Intn(len(people))]
		c1, c2 := countries[r.Intn(len(countries))], countries[r.Intn(len(countries))]
		city := cities[r.Intn(len(cities))]
		day := 1 + r.Intn(28)
		var b strings.Builder
		fmt.Fprintf(&b, "%s, March %d (Testwire) - %s met %s in %s on Tuesday to discuss support for %s.\n\n",
			strings.ToUpper(city), day, p1, p2, city, c2)
		fmt.Fprintf(&b, "%s will provide %d million euros in financial support to %s, the ministry said.\n\n", c1, 10+r.Intn(900), c2)
		fmt.Fprintf(&b, "About %d countries took part in the talks, according to officials cited by Testwire.\n", 5+r.Intn(30))
		fmt.Fprintf(&b, "\nReport number %d of the test corpus.\n", i)
		return b.String()
	}
	var jsonl strings.Builder
	for i := 1; i <= n; i++ {
		name := filepath.Join(dir, fmt.Sprintf("doc-%05d", i))
		var err error
		switch i % 10 {
		case 0:
			fmt.Fprintf(&jsonl, "{\"id\":\"rec-%05d\",\"date\":\"2026-03-%02d\",\"text\":%q}\n", i, 1+i%28, article(i))
		case 1:
			err = os.WriteFile(name+".md", []byte(fmt.Sprintf("---\ntitle: Test report %d\ndate: 2026-03-%02d\n---\n%s", i, 1+i%28, article(i))), 0o644)
		default:
			err = os.WriteFile(name+".txt", []byte(article(i)), 0o644)
		}
		if err != nil {
			return fmt.Errorf("write corpus document %d: %w", i, err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "records.jsonl"), []byte(jsonl.String()), 0o644); err != nil {
		return fmt.Errorf("write corpus records: %w", err)
	}
	return nil
}

// killLoadPartWay starts `kg load` into a new bolt store at dir and kills
// it with SIGKILL after the given time (the store cannot be watched: bolt
// locks its file while kg load holds it).
func killLoadPartWay(t *testing.T, bin, dir, corpus string, after time.Duration) {
	t.Helper()
	cmd := exec.Command(bin, "load", "--store", "bolt:"+dir, corpus)
	cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatalf("start kg load: %v", err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case err := <-exited:
		t.Fatalf("kg load finished (%v) before it was killed: raise KG_CRASH_DOCS", err)
	case <-time.After(after):
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatalf("kill kg load: %v", err)
	}
	<-exited
}

// killRemovePartWay runs `kg rm` on ids and kills it with SIGKILL once it
// has reported a third of them removed; it returns how many it reported.
func killRemovePartWay(t *testing.T, bin, dir string, ids []string) int {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"rm", "--store", "bolt:" + dir}, ids...)...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatalf("start kg rm: %v", err)
	}
	removed := 0
	sc := bufio.NewScanner(stdout)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "removed ") {
			removed++
		}
		if removed >= len(ids)/3 {
			break
		}
	}
	time.Sleep(3 * time.Millisecond) // land inside the next removal, with luck
	if err := cmd.Process.Kill(); err != nil {
		t.Fatalf("kill kg rm: %v", err)
	}
	_, _ = io.Copy(io.Discard, stdout)
	_ = cmd.Wait()
	if removed >= len(ids) {
		t.Fatalf("kg rm finished before it was killed")
	}
	return removed
}

// breakDocuments puts documents into the state a crash leaves: the
// completeness marker deleted and half of the other quads too. It returns
// the labels broken.
func breakDocuments(t *testing.T, url string, labels []string) []string {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	qs := st.QuadStore()
	var broken []string
	for _, l := range labels {
		ref := qs.ValueOf(quad.IRI(l))
		if ref == nil {
			t.Fatalf("label %s not in store", l)
		}
		it := qs.QuadIterator(quad.Label, ref)
		var quads []quad.Quad
		for it.Next(ctx) {
			quads = append(quads, qs.Quad(it.Result()))
		}
		it.Close()
		var drop []quad.Quad
		for i, q := range quads {
			if q.Predicate == quad.Value(schema.Complete) || i%2 == 0 {
				drop = append(drop, q)
			}
		}
		if len(drop) == len(quads) {
			continue // a document of one quad cannot be half-removed
		}
		deltas := make([]graph.Delta, 0, len(drop))
		for _, q := range drop {
			deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Delete})
		}
		if err := qs.ApplyDeltas(deltas, graph.IgnoreOpts{}); err != nil {
			t.Fatalf("break %s: %v", l, err)
		}
		broken = append(broken, l)
	}
	sort.Strings(broken)
	return broken
}

// copyStore copies a (closed) bolt store directory.
func copyStore(t *testing.T, from, to string) {
	t.Helper()
	if err := os.MkdirAll(to, 0o700); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(from, "indexes.bolt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(to, "indexes.bolt"), b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// snapshot is everything the crash tests compare between two stores.
type snapshot struct {
	count      int64             // the store's own quad count
	quads      map[string]string // every quad, as N-Quads -> its label
	iterated   int               // quads seen by a full scan (duplicates included)
	unlabelled int               // quads without an IRI label
	labels     map[string]int    // label -> quads
	docs       []string          // complete documents (store.Documents), sorted
	incomplete []string          // labels without a completeness marker, sorted
}

// snapshotStore opens url, reads every quad and closes it.
func snapshotStore(t *testing.T, url string) snapshot {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, url)
	if err != nil {
		t.Fatalf("open %s: %v", url, err)
	}
	defer st.Close()
	s := snapshot{quads: map[string]string{}, labels: map[string]int{}}
	if s.count, err = st.Count(ctx); err != nil {
		t.Fatal(err)
	}
	qs := st.QuadStore()
	it := qs.QuadsAllIterator()
	for it.Next(ctx) {
		q := qs.Quad(it.Result())
		s.iterated++
		l, ok := q.Label.(quad.IRI)
		s.quads[q.NQuad()] = string(l)
		if ok {
			s.labels[string(l)]++
		} else {
			s.unlabelled++
		}
	}
	if err := it.Err(); err != nil {
		t.Fatalf("scan %s: %v", url, err)
	}
	it.Close()
	docs, err := st.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	complete := map[string]bool{}
	for _, d := range docs {
		s.docs = append(s.docs, string(d))
		complete[string(d)] = true
	}
	sort.Strings(s.docs)
	for l := range s.labels {
		if _, ok, err := st.DocumentHash(ctx, quad.IRI(l)); err != nil {
			t.Fatal(err)
		} else if !ok || !complete[l] {
			s.incomplete = append(s.incomplete, l)
		}
	}
	sort.Strings(s.incomplete)
	return s
}

// mustBeConsistent: the count matches a full scan, no quad is listed
// twice, every quad is labelled, and every label is a complete document.
func (s snapshot) mustBeConsistent(t *testing.T, when string) {
	t.Helper()
	if s.iterated != len(s.quads) {
		t.Errorf("%s: a full scan lists %d quads, %d distinct: duplicates", when, s.iterated, len(s.quads))
	}
	if s.count != int64(len(s.quads)) {
		t.Errorf("%s: the store counts %d quads, a full scan finds %d", when, s.count, len(s.quads))
	}
	if s.unlabelled > 0 {
		t.Errorf("%s: %d quads carry no document label", when, s.unlabelled)
	}
	if len(s.incomplete) > 0 {
		t.Errorf("%s: %d labels have quads but no completeness marker: %v", when, len(s.incomplete), firstN(s.incomplete, 5))
	}
}

// mustEqual: the same documents and the same quads as want.
func (s snapshot) mustEqual(t *testing.T, want snapshot) {
	t.Helper()
	if s.count != want.count {
		t.Errorf("quad count %d, clean store %d", s.count, want.count)
	}
	if strings.Join(s.docs, " ") != strings.Join(want.docs, " ") {
		t.Errorf("%d complete documents, clean store %d (missing %v, extra %v)", len(s.docs), len(want.docs),
			firstN(minus(want.docs, s.docs), 5), firstN(minus(s.docs, want.docs), 5))
	}
	var missing, extra []string
	for q := range want.quads {
		if _, ok := s.quads[q]; !ok {
			missing = append(missing, q)
		}
	}
	for q := range s.quads {
		if _, ok := want.quads[q]; !ok {
			extra = append(extra, q)
		}
	}
	if len(missing)+len(extra) > 0 {
		sort.Strings(missing)
		sort.Strings(extra)
		t.Errorf("quads differ from the clean store: %d missing %v, %d extra %v",
			len(missing), firstN(missing, 3), len(extra), firstN(extra, 3))
	}
}

// without is the snapshot of the same store with the given documents
// removed.
func (s snapshot) without(labels []string) snapshot {
	gone := map[string]bool{}
	for _, l := range labels {
		gone[l] = true
	}
	out := snapshot{quads: map[string]string{}, labels: map[string]int{}}
	for q, l := range s.quads {
		if !gone[l] {
			out.quads[q] = l
		}
	}
	out.count = int64(len(out.quads))
	out.iterated = len(out.quads)
	for l, n := range s.labels {
		if !gone[l] {
			out.labels[l] = n
		}
	}
	out.docs = minus(s.docs, labels)
	return out
}

func minus(a, b []string) []string {
	drop := map[string]bool{}
	for _, x := range b {
		drop[x] = true
	}
	var out []string
	for _, x := range a {
		if !drop[x] {
			out = append(out, x)
		}
	}
	return out
}

func firstN(list []string, n int) []string {
	return list[:min(n, len(list))]
}
