package loader

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/export"
	"github.com/kg-project/kg/schema"
)

// actorClasses are the types whose subjects a dataset's summary counts as
// actors.
var actorClasses = map[quad.Value]bool{
	schema.ClassPerson:       true,
	schema.ClassCountry:      true,
	schema.ClassOrganization: true,
	schema.ClassOutlet:       true,
}

// processDataset reads an N-Quads file (kg's own export, or any N-Quads
// whose statements all carry an IRI label) and sends one job per label;
// it returns false when the load was cancelled. The file is streamed, not
// held to MaxBytes: an export of a large store is larger than any document.
func (l *Loader) processDataset(ctx context.Context, path string, send func(job) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return send(job{err: fmt.Errorf("read %s: %w", path, err)})
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && !info.Mode().IsRegular() {
		return send(job{err: fmt.Errorf("read %s: not a regular file", path)})
	}
	return l.datasetJobs(f, path, send) && ctx.Err() == nil
}

// datasetJobs reads an N-Quads dataset named name from r and sends a job
// per label holding its quads in the store's form (export.ReadNQuads), or
// per problem; it stops when send returns false.
func (l *Loader) datasetJobs(r io.Reader, name string, send func(job) bool) bool {
	ds, errs := export.ReadNQuads(r, name)
	for _, err := range errs {
		if !send(job{err: err}) {
			return false
		}
	}
	if ds == nil {
		return true
	}
	for _, label := range ds.Labels {
		j := job{label: label, from: name, hash: ds.Hashes[label]}
		for _, q := range ds.Quads[label] {
			if q.Subject == quad.Value(label) && (q.Predicate == quad.Value(schema.ContentHash) || q.Predicate == quad.Value(schema.Complete)) {
				continue // the store writes its own markers, from the hash
			}
			j.quads = append(j.quads, q)
			if q.Predicate == quad.Value(schema.Type) && actorClasses[q.Object] {
				if iri, ok := q.Subject.(quad.IRI); ok {
					id, ok := schema.LocalID(iri)
					if !ok {
						id = string(iri)
					}
					j.actors = append(j.actors, id)
				}
			}
		}
		if !send(j) {
			return false
		}
	}
	return true
}
