package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph/store"
)

func openTestStore(t *testing.T, url string) store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func mustBootstrap(t *testing.T, st store.Store) (holdings, string) {
	t.Helper()
	var log bytes.Buffer
	h, err := bootstrap(context.Background(), st, &log)
	if err != nil {
		t.Fatal(err)
	}
	return h, log.String()
}

func mustOffered(t *testing.T, st store.Store, want bool) {
	t.Helper()
	got, err := samplesOffered(context.Background(), st)
	if err != nil || got != want {
		t.Fatalf("samplesOffered = %v, %v; want %v", got, err, want)
	}
}

// A new store gets the bundled samples once, reported as such; once
// removed they do not come back, and refreshing the gazetteer (kg load)
// keeps that record.
func TestSamplesLoadedOnceIntoANewStore(t *testing.T) {
	ctx := context.Background()
	labels, err := sampleLabels()
	if err != nil || len(labels) < 2 {
		t.Fatalf("sample labels %v, %v", labels, err)
	}
	st := openTestStore(t, "mem:")
	mustOffered(t, st, false)

	h, log := mustBootstrap(t, st)
	want := holdings{Documents: len(labels), Samples: len(labels)}
	if h != want {
		t.Fatalf("new store holds %+v, want %+v", h, want)
	}
	if !strings.Contains(log, "loaded bundled samples: "+plural(len(labels), "document")) {
		t.Errorf("log %q does not report the samples", log)
	}
	mustOffered(t, st, true)

	if h, log := mustBootstrap(t, st); h != want || strings.Contains(log, "loaded") {
		t.Errorf("second start: %+v, log %q", h, log)
	}

	l, err := newLoader(st, defaultConfig(), &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	removed, err := removeSamples(ctx, l)
	if err != nil || len(removed) != len(labels) {
		t.Fatalf("removed %v, %v; want %d", removed, err, len(labels))
	}
	if err := putGazetteer(ctx, l); err != nil {
		t.Fatal(err)
	}
	mustOffered(t, st, true)
	if h, log := mustBootstrap(t, st); h != (holdings{}) || strings.Contains(log, "loaded") {
		t.Errorf("after kg rm --samples: %+v, log %q", h, log)
	}
	if removed, err := removeSamples(ctx, l); err != nil || len(removed) != 0 {
		t.Errorf("removing again: %v, %v", removed, err)
	}
}

// A store that holds documents before its first kg serve never gets the
// samples, not even once its documents are removed.
func TestStoreWithDocumentsGetsNoSamples(t *testing.T) {
	ctx := context.Background()
	st := openTestStore(t, "mem:")
	l, err := newLoader(st, defaultConfig(), &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	if err := putGazetteer(ctx, l); err != nil {
		t.Fatal(err)
	}
	text := "LISBON, 2 March 2026 - The mayor of a small invented town said on Monday that its bridge would reopen in May.\n"
	if sum, err := l.LoadBytes(ctx, "own-note.txt", []byte(text)); err != nil || sum.Loaded != 1 {
		t.Fatalf("load own note: %s, %v", sum, err)
	}
	mustOffered(t, st, false)
	if h, log := mustBootstrap(t, st); h != (holdings{Documents: 1}) || strings.Contains(log, "loaded") {
		t.Fatalf("store with a document: %+v, log %q", h, log)
	}
	mustOffered(t, st, true)
	if err := l.Remove(ctx, "own-note"); err != nil {
		t.Fatal(err)
	}
	if h, log := mustBootstrap(t, st); h != (holdings{}) || strings.Contains(log, "loaded") {
		t.Errorf("emptied store: %+v, log %q", h, log)
	}
}

// kg rm --samples removes the samples from a store on disk and says so;
// kg rm with neither ids nor --samples is a usage error.
func TestRmSamplesCommand(t *testing.T) {
	url := "bolt:" + filepath.Join(t.TempDir(), "kg.db")
	st, err := store.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	h, _ := mustBootstrap(t, st)
	st.Close()
	if h.Samples == 0 {
		t.Fatalf("no samples loaded: %+v", h)
	}

	code, out, errb := run(t, "rm", "--store", url, "--samples")
	if code != 0 || !strings.Contains(out, "removed bundled samples: "+plural(h.Samples, "document")) {
		t.Fatalf("kg rm --samples: %d %q %q", code, out, errb)
	}
	code, out, _ = run(t, "rm", "--store", url, "--samples")
	if code != 0 || !strings.Contains(out, "no bundled samples in the store") {
		t.Errorf("second kg rm --samples: %d %q", code, out)
	}
	if code, _, _ := run(t, "rm", "--store", url); code != 2 {
		t.Errorf("kg rm without ids: status %d, want 2", code)
	}
	if code, _, errb := run(t, "rm", "--server", "http://127.0.0.1:1", "--samples"); code != 1 || !strings.Contains(errb, "--store") {
		t.Errorf("kg rm --server --samples: %d %q", code, errb)
	}
	st = openTestStore(t, url)
	if h, log := mustBootstrap(t, st); h != (holdings{}) || strings.Contains(log, "loaded") {
		t.Errorf("after kg rm --samples, kg serve's start gives %+v, log %q", h, log)
	}
}

// kg serve's first lines name the store, what it holds, how to load
// documents and a query; a password in the URL is not shown.
func TestStartupMessage(t *testing.T) {
	var b bytes.Buffer
	printStartup(&b, "bolt:kg.db", "127.0.0.1:8080", holdings{Documents: 4, Samples: 4})
	for _, want := range []string{
		"store bolt:kg.db holds 4 documents, all bundled samples",
		"kg load --store bolt:kg.db PATH",
		"kg load --server http://127.0.0.1:8080 PATH",
		"kg rm --store bolt:kg.db --samples",
		"curl -s http://127.0.0.1:8080/graphql",
		`"query":"` + sampleQuery + `"`,
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("startup message lacks %q:\n%s", want, b.String())
		}
	}
	b.Reset()
	printStartup(&b, "postgres://kg:secret@127.0.0.1:5432/kg", "127.0.0.1:8080", holdings{Documents: 2})
	if strings.Contains(b.String(), "secret") || !strings.Contains(b.String(), "holds 2 documents, none of them bundled samples") || strings.Contains(b.String(), "--samples") {
		t.Errorf("startup message on PostgreSQL:\n%s", b.String())
	}
}
