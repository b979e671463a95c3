package query

import (
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// A cursor finds its item again whatever the key holds: evidence keys join
// the source and the offset with a NUL.
func TestCursorRoundTrip(t *testing.T) {
	for _, it := range []item{
		{key: "", iri: "urn:kg:commitment:a"},
		{key: "2026-01-06", iri: "urn:kg:event:b"},
		{key: offsetKey(quad.IRI("urn:kg:doc:x"), 42), iri: "urn:kg:ev:x:42-50:abc"},
		{key: "2026-01-06\x000\x00urn:kg:doc:y\x00000001", iri: "urn:kg:doc:y"},
	} {
		got, err := parseCursor(cursorOf(it))
		if err != nil || got != it {
			t.Errorf("cursor of %+v: parsed %+v, %v", it, got, err)
		}
	}
	for _, bad := range []string{"not a cursor!", "bm8tbnVs"} {
		if _, err := parseCursor(bad); err == nil || !IsUserError(err) {
			t.Errorf("parseCursor(%q) = %v, want a user error", bad, err)
		}
	}
}

// Paging evidence (keyed by source and offset) goes on from the cursor.
func TestPaginateEvidenceAfterCursor(t *testing.T) {
	last := schema.ID(schema.PrefixEvidence + "doc-b:5-9:ccc")
	items := evidenceItems([]quad.IRI{
		schema.ID(schema.PrefixEvidence + "doc-a:10-20:aaa"), schema.ID(schema.PrefixEvidence + "doc-a:30-40:bbb"), last,
	})
	two := 2
	w, err := paginate(items, &two, nil)
	if err != nil || len(w.items) != 2 || !w.info.HasNextPage {
		t.Fatalf("first page: %+v, %v", w, err)
	}
	w, err = paginate(items, &two, w.info.EndCursor)
	if err != nil || len(w.items) != 1 || w.items[0].iri != last || w.info.HasNextPage || !w.info.HasPreviousPage {
		t.Fatalf("second page: %+v, %v", w, err)
	}
}
