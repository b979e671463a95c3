package search

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/blevesearch/bleve/v2"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/kind"
	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/schema"
)

// batchSize bounds the documents of one bleve batch.
const batchSize = 2000

// SyncStats says what Sync did.
type SyncStats struct {
	Indexed   int // documents (re)indexed
	Removed   int // documents dropped from the index
	Unchanged int // documents already indexed with their current hash
	Nodes     int // index entries written or deleted
}

// manifest maps each indexed document label to the content hash indexed.
type manifest map[string]string

func (ix *Index) manifest() (manifest, error) {
	b, err := ix.bleve.GetInternal(keyManifest)
	if err != nil {
		return nil, fmt.Errorf("read search manifest: %w", err)
	}
	m := manifest{}
	if len(b) > 0 {
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, fmt.Errorf("read search manifest: %w", err)
		}
	}
	return m, nil
}

// Indexed returns the content hash indexed for label, and false when the
// label is not indexed.
func (ix *Index) Indexed(label quad.IRI) (string, bool, error) {
	m, err := ix.manifest()
	if err != nil {
		return "", false, err
	}
	h, ok := m[string(label)]
	return h, ok, nil
}

// Sync brings the index in step with the store: documents whose content
// hash is not the one indexed are (re)indexed, documents the store no
// longer holds are dropped. A second Sync with no change in between does
// nothing.
func (ix *Index) Sync(ctx context.Context, st store.Store) (SyncStats, error) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	var stats SyncStats
	m, err := ix.manifest()
	if err != nil {
		return stats, err
	}
	docs, err := st.Documents(ctx)
	if err != nil {
		return stats, fmt.Errorf("sync search index: %w", err)
	}
	inStore := map[string]bool{}
	var changed []quad.IRI
	for _, label := range docs {
		inStore[string(label)] = true
		hash, ok, err := st.DocumentHash(ctx, label)
		if err != nil {
			return stats, fmt.Errorf("sync search index: %w", err)
		}
		if indexed, has := m[string(label)]; ok && has && indexed == hash {
			stats.Unchanged++
			continue
		}
		changed = append(changed, label)
		stats.Indexed++
	}
	for label := range m {
		if !inStore[label] {
			changed = append(changed, quad.IRI(label))
			stats.Removed++
		}
	}
	if len(changed) == 0 {
		return stats, nil
	}
	sort.Slice(changed, func(i, j int) bool { return changed[i] < changed[j] })
	stats.Nodes, err = ix.refresh(ctx, st.QuadStore(), m, changed)
	return stats, err
}

// Refresh re-indexes the named document labels from qs: what the store
// holds under each label is indexed, what it no longer holds is dropped,
// and every node those labels state is rebuilt from all the labels that
// state it. Call it after PutDocument or RemoveDocument (Sync finds the
// same changes by hash).
func (ix *Index) Refresh(ctx context.Context, qs graph.QuadStore, labels ...quad.IRI) error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	m, err := ix.manifest()
	if err != nil {
		return err
	}
	_, err = ix.refresh(ctx, qs, m, labels)
	return err
}

// refresh does Refresh with the lock held; it returns how many index
// entries it wrote or deleted.
func (ix *Index) refresh(ctx context.Context, qs graph.QuadStore, m manifest, labels []quad.IRI) (int, error) {
	touched := map[quad.IRI]bool{}
	for _, label := range labels {
		old, err := ix.nodesOf(ctx, label)
		if err != nil {
			return 0, err
		}
		for _, n := range old {
			touched[n] = true
		}
		current, hash, err := labelNodes(ctx, qs, label)
		if err != nil {
			return 0, err
		}
		for _, n := range current {
			touched[n] = true
		}
		if hash != "" {
			m[string(label)] = hash
		} else {
			delete(m, string(label))
		}
	}
	nodes := make([]quad.IRI, 0, len(touched))
	for n := range touched {
		nodes = append(nodes, n)
	}
	sort.Slice(nodes, func(i, j int) bool { return nodes[i] < nodes[j] })

	r := newReader(qs)
	b := ix.bleve.NewBatch()
	for _, n := range nodes {
		id, ok := schema.LocalID(n)
		if !ok {
			continue
		}
		d, keep, err := r.document(ctx, n)
		if err != nil {
			return 0, fmt.Errorf("index %s: %w", id, err)
		}
		if keep {
			if err := b.Index(id, d); err != nil {
				return 0, fmt.Errorf("index %s: %w", id, err)
			}
		} else {
			b.Delete(id)
		}
		if b.Size() >= batchSize {
			if err := ix.bleve.Batch(b); err != nil {
				return 0, fmt.Errorf("write search index: %w", err)
			}
			b.Reset()
		}
	}
	raw, err := json.Marshal(m)
	if err != nil {
		return 0, fmt.Errorf("write search manifest: %w", err)
	}
	// The manifest goes with the last batch: an interrupted refresh leaves
	// the old hashes, so the next Sync redoes it.
	b.SetInternal(keyManifest, raw)
	if err := ix.bleve.Batch(b); err != nil {
		return 0, fmt.Errorf("write search index: %w", err)
	}
	return len(nodes), nil
}

// labelNodes lists the searchable nodes the store types under label, and
// the label's content hash when it is a complete document.
func labelNodes(ctx context.Context, qs graph.QuadStore, label quad.IRI) ([]quad.IRI, string, error) {
	ref := qs.ValueOf(label)
	if ref == nil {
		return nil, "", nil
	}
	it := qs.QuadIterator(quad.Label, ref)
	defer it.Close()
	var (
		nodes    []quad.IRI
		hash     string
		complete bool
	)
	for it.Next(ctx) {
		q := qs.Quad(it.Result())
		if q.Label != quad.Value(label) {
			continue
		}
		switch q.Predicate {
		case quad.Value(schema.Type):
			class, _ := q.Object.(quad.IRI)
			if _, ok := kind.OfClass(class); ok {
				if s, ok := q.Subject.(quad.IRI); ok {
					nodes = append(nodes, s)
				}
			}
		case quad.Value(schema.ContentHash):
			if q.Subject == quad.Value(label) {
				if s, ok := q.Object.(quad.String); ok {
					hash = string(s)
				}
			}
		case quad.Value(schema.Complete):
			complete = q.Subject == quad.Value(label)
		}
	}
	if err := it.Err(); err != nil {
		return nil, "", fmt.Errorf("read %s: %w", label, err)
	}
	if !complete {
		hash = ""
	}
	return nodes, hash, nil
}

// nodesOf lists the nodes the index holds as stated under label.
func (ix *Index) nodesOf(ctx context.Context, label quad.IRI) ([]quad.IRI, error) {
	q := bleve.NewTermQuery(string(label))
	q.SetField(fieldLabels)
	var out []quad.IRI
	const page = 5000
	for from := 0; ; from += page {
		req := bleve.NewSearchRequestOptions(q, page, from, false)
		req.SortBy([]string{"_id"})
		res, err := ix.bleve.SearchInContext(ctx, req)
		if err != nil {
			return nil, fmt.Errorf("list indexed nodes of %s: %w", label, err)
		}
		for _, h := range res.Hits {
			out = append(out, schema.ID(h.ID))
		}
		if len(res.Hits) < page {
			return out, nil
		}
	}
}

// Hook returns the function to call after each PutDocument or
// RemoveDocument of the store whose quads qs reads: it re-indexes that one
// label. For a bulk load, one Sync at the end does less work (a node
// stated by many documents is rebuilt once, not once per document).
func (ix *Index) Hook(qs graph.QuadStore) func(ctx context.Context, label quad.IRI) error {
	return func(ctx context.Context, label quad.IRI) error {
		return ix.Refresh(ctx, qs, label)
	}
}
