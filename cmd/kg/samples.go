package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/loader"
	"github.com/kg-project/kg/schema"
)

// The bundled samples are data.FS's samples/ folder, loaded as data/samples/...
const (
	samplesDir    = "samples"
	samplesPrefix = "data"
)

// samplesMarker is the quad, kept with the gazetteer, that says the store
// was offered the bundled samples once.
func samplesMarker() quad.Quad {
	return quad.Quad{Subject: schema.GazetteerLabel, Predicate: schema.SamplesOffered, Object: quad.Bool(true), Label: schema.GazetteerLabel}
}

// samplesOffered says whether the store holds samplesMarker.
func samplesOffered(ctx context.Context, st store.Store) (bool, error) {
	qs := st.QuadStore()
	ref := qs.ValueOf(schema.GazetteerLabel)
	if ref == nil {
		return false, nil
	}
	it := qs.QuadIterator(quad.Subject, ref)
	defer it.Close()
	want := samplesMarker()
	for it.Next(ctx) {
		q := qs.Quad(it.Result())
		if q.Predicate == want.Predicate && q.Label == want.Label {
			return true, nil
		}
	}
	if err := it.Err(); err != nil {
		return false, fmt.Errorf("read the samples marker: %w", err)
	}
	return false, ctx.Err()
}

// sampleLabels are the labels of the bundled sample documents.
func sampleLabels() ([]quad.IRI, error) {
	return loader.LabelsFS(data.FS, samplesDir, samplesPrefix)
}

// holdings is what a store holds, for messages.
type holdings struct {
	Documents int // complete documents, the gazetteer left out
	Samples   int // of which bundled samples
}

// String says it in words: "3 documents, all bundled samples".
func (h holdings) String() string {
	n := plural(h.Documents, "document")
	switch {
	case h.Documents == 0:
		return "no documents"
	case h.Samples == h.Documents:
		return n + ", all bundled samples"
	case h.Samples > 0:
		return fmt.Sprintf("%s, %d of them bundled samples", n, h.Samples)
	}
	return n + ", none of them bundled samples"
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// holdingsOf counts the documents of st and the bundled samples among them.
func holdingsOf(ctx context.Context, st store.Store) (holdings, error) {
	docs, err := st.Documents(ctx)
	if err != nil {
		return holdings{}, fmt.Errorf("list documents: %w", err)
	}
	labels, err := sampleLabels()
	if err != nil {
		return holdings{}, err
	}
	sample := make(map[quad.IRI]bool, len(labels))
	for _, l := range labels {
		sample[l] = true
	}
	var h holdings
	for _, d := range docs {
		if d == schema.GazetteerLabel {
			continue
		}
		h.Documents++
		if sample[d] {
			h.Samples++
		}
	}
	return h, nil
}

// removeSamples deletes the bundled sample documents the store holds and
// records that the samples were offered, so that kg serve does not load
// them again. It returns the labels removed.
func removeSamples(ctx context.Context, l *loader.Loader) ([]quad.IRI, error) {
	labels, err := sampleLabels()
	if err != nil {
		return nil, err
	}
	var removed []quad.IRI
	for _, label := range labels {
		err := l.Store.RemoveDocument(ctx, label)
		switch {
		case errors.Is(err, store.ErrNotFound):
		case err != nil:
			return removed, fmt.Errorf("remove bundled sample %s: %w", label, err)
		default:
			removed = append(removed, label)
		}
	}
	if err := writeGazetteer(ctx, l, true); err != nil {
		return removed, err
	}
	return removed, nil
}
