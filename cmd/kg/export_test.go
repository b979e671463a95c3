package main

import (
	"bytes"
	"context"
	"encoding/xml"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/export"
	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/graph/store/storetest"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/loader/quads"
	"github.com/kg-project/kg/schema"
)

// fixtureBolt writes the hand-written fixture documents into a new bolt
// store and returns its URL.
func fixtureBolt(t *testing.T) string {
	t.Helper()
	url := "bolt:" + filepath.Join(t.TempDir(), "kg.db")
	ctx := context.Background()
	st, err := store.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := storetest.PutFixtures(ctx, st); err != nil {
		t.Fatal(err)
	}
	return url
}

func TestExportCommand(t *testing.T) {
	url := fixtureBolt(t)
	want := quadCount(t, url)
	out := filepath.Join(t.TempDir(), "kg.nq")
	if code, _, stderr := run(t, "export", "--store", url, "--format", "nquads", "--out", out); code != 0 {
		t.Fatalf("kg export: status %d: %s", code, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	ds, errs := export.ReadNQuads(bytes.NewReader(b), out)
	if len(errs) > 0 {
		t.Fatalf("exported file does not read back: %v", errs)
	}
	n := int64(0)
	for _, l := range ds.Labels {
		n += int64(len(ds.Quads[l]))
	}
	if n != want {
		t.Errorf("exported %d quads, store holds %d", n, want)
	}
	// kg load reads the export back: each document with the same quads.
	fresh := "bolt:" + filepath.Join(t.TempDir(), "fresh.db")
	if code, stdout, stderr := run(t, "load", "--store", fresh, out); code != 0 || !strings.Contains(stdout, "2 loaded") {
		t.Fatalf("kg load of the export: status %d: %s %s", code, stdout, stderr)
	}
	again := filepath.Join(t.TempDir(), "again.nq")
	if code, _, stderr := run(t, "export", "--store", fresh, "--out", again); code != 0 {
		t.Fatalf("kg export of the re-imported store: status %d: %s", code, stderr)
	}
	b2, err := os.ReadFile(again)
	if err != nil {
		t.Fatal(err)
	}
	ds2, errs := export.ReadNQuads(bytes.NewReader(b2), again)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for _, l := range ds.Labels {
		a, b := lines(ds.Quads[l]), lines(ds2.Quads[l])
		if !slices.Equal(a, b) {
			t.Errorf("%s after kg load of its export: %d quads, want %d", l, len(b), len(a))
		}
	}
	if _, err := os.Stat(out + ".partial"); !os.IsNotExist(err) {
		t.Error("temporary file left behind")
	}

	code, stdout, stderr := run(t, "export", "--store", url, "--format", "graphml", "--source", "fixture-report")
	if code != 0 {
		t.Fatalf("kg export graphml: status %d: %s", code, stderr)
	}
	var doc struct {
		Nodes []struct{} `xml:"graph>node"`
		Edges []struct{} `xml:"graph>edge"`
	}
	if err := xml.Unmarshal([]byte(stdout), &doc); err != nil || len(doc.Nodes) == 0 || len(doc.Edges) == 0 {
		t.Errorf("graphml of one source: %d nodes, %d edges, %v", len(doc.Nodes), len(doc.Edges), err)
	}

	if code, _, stderr := run(t, "export", "--store", url, "--source", "no-such-doc"); code != 1 || !strings.Contains(stderr, "no such source") {
		t.Errorf("unknown source: status %d, %q", code, stderr)
	}
	if code, _, _ := run(t, "export", "--store", url, "--format", "turtle"); code != 2 {
		t.Errorf("unknown format: status %d, want 2", code)
	}
}

func lines(qq []quad.Quad) []string {
	out := make([]string, len(qq))
	for i, q := range qq {
		out[i] = q.NQuad()
	}
	slices.Sort(out)
	return out
}

func TestExportAllFlag(t *testing.T) {
	url := fixtureBolt(t)
	ctx := context.Background()
	st, err := store.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	gaz, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.PutDocument(ctx, schema.GazetteerLabel, "gazetteer", quads.GazetteerQuads(gaz)); err != nil {
		t.Fatal(err)
	}
	st.Close()
	count := func(args ...string) (nodes, edges int) {
		t.Helper()
		code, stdout, stderr := run(t, append([]string{"export", "--store", url, "--format", "graphml"}, args...)...)
		if code != 0 {
			t.Fatalf("kg export %v: status %d: %s", args, code, stderr)
		}
		var doc struct {
			Nodes []struct{} `xml:"graph>node"`
			Edges []struct{} `xml:"graph>edge"`
		}
		if err := xml.Unmarshal([]byte(stdout), &doc); err != nil {
			t.Fatalf("kg export %v: %v", args, err)
		}
		return len(doc.Nodes), len(doc.Edges)
	}
	n, e := count()
	allN, allE := count("--all")
	if n == 0 || e == 0 || allN <= n || allE <= e {
		t.Errorf("default %d nodes %d edges; --all %d nodes %d edges: want more with --all", n, e, allN, allE)
	}
	// One source is that source's subgraph, with or without --all.
	n1, e1 := count("--source", "fixture-report")
	n2, e2 := count("--source", "fixture-report", "--all")
	if n1 == 0 || n1 != n2 || e1 != e2 {
		t.Errorf("--source: %d nodes %d edges; with --all %d %d", n1, e1, n2, e2)
	}
}

func TestSearchCommand(t *testing.T) {
	url := fixtureBolt(t)
	code, stdout, stderr := run(t, "search", "--store", url, "--kinds", "person", "novak")
	if code != 0 {
		t.Fatalf("kg search: status %d: %s", code, stderr)
	}
	if first, _, _ := strings.Cut(stdout, "\n"); !strings.Contains(first, "person:jana-novak") {
		t.Errorf("first hit = %q", first)
	}
	if _, err := os.Stat(store.BoltPath(url) + ".search"); err != nil {
		t.Errorf("index not beside the bolt store: %v", err)
	}
	// A second search reuses the index: nothing to re-index.
	if code, stdout, _ := run(t, "search", "--store", url, "Daily Ledger"); code != 0 || !strings.Contains(stdout, "org:daily-ledger") {
		t.Errorf("second search: %d %q", code, stdout)
	}
}
