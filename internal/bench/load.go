package bench

import (
	"context"
	"fmt"
	"time"

	"github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/writer" // registers the "single" writer
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/store"
)

// Document is one document's label, content hash and quads, ready to
// write.
type Document struct {
	Label quad.IRI
	Hash  string
	Quads []quad.Quad
}

// QuadCount is the number of quads of docs.
func QuadCount(docs []Document) int64 {
	var n int64
	for _, d := range docs {
		n += int64(len(d.Quads))
	}
	return n
}

// PutDocuments writes docs into st through kg's document writer
// (store.PutDocument: bounded batches, completeness marker) and returns
// the rate over all of them, and the rate over the documents that hold the
// first prefix quads (prefix > 0): the same quads a baseline limited to
// prefix quads writes, into a store as empty as the baseline's.
func PutDocuments(ctx context.Context, st store.Store, docs []Document, prefix int64) (all, first Rate, err error) {
	start, cpu := time.Now(), ProcessCPU()
	var n int64
	for _, d := range docs {
		if _, err := st.PutDocument(ctx, d.Label, d.Hash, d.Quads); err != nil {
			return Rate{}, Rate{}, fmt.Errorf("bench put: %w", err)
		}
		n += int64(len(d.Quads))
		if prefix > 0 && first.Count == 0 && n >= prefix {
			first = Rate{Count: n, Elapsed: time.Since(start), CPU: ProcessCPU() - cpu}
		}
	}
	return Rate{Count: n, Elapsed: time.Since(start), CPU: ProcessCPU() - cpu}, first, nil
}

// CayleySingle writes the quads of docs, at most limit of them (all when
// limit <= 0), into qs through Cayley's default writer ("single", the one
// `cayley load` and Cayley's HTTP write API use), one AddQuad per quad,
// and returns the quads written per second: the baseline of the load
// figures.
func CayleySingle(qs graph.QuadStore, docs []Document, limit int64) (Rate, error) {
	w, err := graph.NewQuadWriter("single", qs, graph.Options{"ignore_duplicate": true, "ignore_missing": true})
	if err != nil {
		return Rate{}, fmt.Errorf("bench cayley writer: %w", err)
	}
	start, cpu := time.Now(), ProcessCPU()
	var n int64
	for _, d := range docs {
		for _, q := range d.Quads {
			if limit > 0 && n >= limit {
				break
			}
			if err := w.AddQuad(q); err != nil {
				w.Close()
				return Rate{}, fmt.Errorf("bench cayley writer: add quad %d: %w", n, err)
			}
			n++
		}
	}
	if err := w.Close(); err != nil {
		return Rate{}, fmt.Errorf("bench cayley writer: close: %w", err)
	}
	return Rate{Count: n, Elapsed: time.Since(start), CPU: ProcessCPU() - cpu}, nil
}
