// Package loader loads documents into the store: it walks files and
// folders, reads and extracts documents in parallel on all cores, and
// hands each document's quads to a single writer that stores them with
// store.PutDocument (unchanged documents skipped, changed ones replaced,
// each committed with its completeness marker), in file order whichever
// worker finishes first (order.go). Before storing, the writer maps the
// document's events and commitments onto the nodes other documents hold
// for the same real-world facts (resolve.go). Channels between the
// stages are bounded, so memory stays flat however large the corpus; a
// file that fails is reported with its path and the rest still loads.
//
// N-Quads files (.nq, such as kg's own export) skip extraction: each graph
// label becomes one document holding that label's quads, mapped back from
// the export's standard RDF (graph/export.ReadNQuads), stored through the
// same writer with the same replace-or-skip semantics.
package loader

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract"
	"github.com/kg-project/kg/schema"
)

// ErrDuplicateID: two documents of one load have the same ID, hence the
// same label; the second is not stored.
var ErrDuplicateID = errors.New("duplicate document id")

// Loader loads documents into Store. Extract and ToQuads are required.
type Loader struct {
	Store   store.Store
	Extract func(*document.Document) (*extract.Result, error)
	ToQuads func(*document.Document, *extract.Result) ([]quad.Quad, error)
	// Workers read and extract in parallel; 0 means GOMAXPROCS.
	Workers int
	// MaxBytes is the largest file read (see document.Options).
	MaxBytes int64
	// Version, when set, is appended to each document's content hash, so
	// that a new extractor version reloads documents whose bytes did not
	// change.
	Version string
	// Progress receives a one-line progress display ("\r" updates) when
	// Terminal is true; see IsTerminal.
	Progress io.Writer
	Terminal bool
}

// job is one document on its way from a worker to the writer.
type job struct {
	doc    *document.Document
	hash   string
	quads  []quad.Quad
	actors []string
	label  quad.IRI // an N-Quads dataset's document (doc is nil)
	from   string   // where that dataset's document was read from
	err    error    // read or extraction failure: doc may be nil
	skip   bool     // a note, not a failure (unsupported file)
	same   bool     // stored with this hash already: nothing to write
	file   int      // index of the file it comes from, in walk order (Load)
	done   bool     // no document: the end of file's jobs (Load)
}

// Load walks paths, extracts every document and stores it. Per-file
// problems are counted in the Summary and listed in Summary.Errors; the
// error is non-nil only when the load as a whole stopped (context
// cancelled).
func (l *Loader) Load(ctx context.Context, paths []string) (Summary, error) {
	if l.Store == nil || l.Extract == nil || l.ToQuads == nil {
		return Summary{}, fmt.Errorf("load: Loader needs Store, Extract and ToQuads")
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	walked := document.Walk(paths)
	sum := Summary{}
	for _, err := range walked.Errors {
		sum.fail(err)
	}
	for _, err := range walked.Skipped {
		sum.skip(err)
	}

	workers := l.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type file struct {
		index int
		path  string
	}
	files := make(chan file)
	jobs := make(chan job, workers)
	// slots bounds the files in flight, so that the jobs the writer holds
	// back to write in file order (order.go) stay few.
	slots := make(chan struct{}, 4*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range files {
				send := func(j job) bool {
					j.file = f.index
					select {
					case jobs <- j:
						return true
					case <-ctx.Done():
						return false
					}
				}
				if !l.process(ctx, f.path, send) || !send(job{done: true}) {
					return
				}
			}
		}()
	}
	go func() {
		defer close(files)
		for i, path := range walked.Files {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case files <- file{i, path}:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(jobs)
	}()

	p := newProgress(l.Progress, l.Terminal, len(walked.Files))
	w := writer{store: l.Store, seen: map[string]string{}, actors: map[string]bool{}}
	order := newReorder()
	for j := range jobs {
		if ctx.Err() != nil {
			continue // drain so the workers can finish
		}
		for _, r := range order.push(j) {
			if r.done {
				<-slots
				continue
			}
			w.write(ctx, r, &sum)
			p.update(&sum)
		}
	}
	p.done(&sum)
	sum.Actors = len(w.actors)
	if err := ctx.Err(); err != nil {
		return sum, fmt.Errorf("load: %w", err)
	}
	return sum, nil
}

// process reads one file and sends a job per document (or problem); it
// returns false when the load was cancelled.
func (l *Loader) process(ctx context.Context, path string, send func(job) bool) bool {
	if format, _ := document.FormatOf(path); format == document.NQuads {
		return l.processDataset(ctx, path, send)
	}
	docs, errs := document.Read(path, document.Options{MaxBytes: l.MaxBytes})
	for _, err := range errs {
		if !send(job{err: err, skip: document.IsSkip(err)}) {
			return false
		}
	}
	for _, doc := range docs {
		if !send(l.prepare(ctx, doc)) {
			return false
		}
	}
	return true
}

// prepare extracts one document and maps it to quads, unless the store
// already holds it with the same hash.
func (l *Loader) prepare(ctx context.Context, doc *document.Document) job {
	j := job{doc: doc, hash: doc.Hash}
	if l.Version != "" {
		j.hash += "+" + l.Version
	}
	if stored, ok, err := l.Store.DocumentHash(ctx, schema.SourceIRI(doc.ID)); err == nil && ok && stored == j.hash {
		j.same = true
		return j
	}
	res, err := l.Extract(doc)
	if err != nil {
		j.err = fmt.Errorf("extract %s: %w", where(doc), err)
		return j
	}
	j.quads, err = l.ToQuads(doc, res)
	if err != nil {
		j.err = fmt.Errorf("map %s: %w", where(doc), err)
		return j
	}
	for _, group := range [][]extract.Entity{res.Persons, res.Countries, res.Organizations} {
		for _, e := range group {
			j.actors = append(j.actors, e.ID)
		}
	}
	return j
}

// where names a document for messages: its path, and line for JSON Lines.
func where(doc *document.Document) string {
	if doc.Line > 0 {
		return fmt.Sprintf("%s:%d", doc.Path, doc.Line)
	}
	return doc.Path
}

// target is the label a job's quads go under, the id it is reported by
// and where it was read from.
func (j job) target() (label quad.IRI, id, from string) {
	if j.doc == nil {
		return j.label, string(j.label), j.from
	}
	return schema.SourceIRI(j.doc.ID), j.doc.ID, where(j.doc)
}

// writer is the single goroutine that writes to the store.
type writer struct {
	store  store.Store
	seen   map[string]string // document label -> where it was loaded from
	actors map[string]bool
}

func (w *writer) write(ctx context.Context, j job, sum *Summary) {
	switch {
	case j.skip:
		sum.skip(j.err)
		return
	case j.err != nil:
		sum.fail(j.err)
		return
	}
	label, id, from := j.target()
	if first, dup := w.seen[string(label)]; dup {
		sum.fail(fmt.Errorf("load %s: %w %q (also in %s)", from, ErrDuplicateID, id, first))
		return
	}
	w.seen[string(label)] = from
	if j.same {
		sum.Unchanged++
		return
	}
	quads := j.quads
	if j.doc != nil { // a dataset (an export) is stored as it was resolved
		var err error
		if quads, err = resolveFacts(ctx, w.store.QuadStore(), label, j.quads); err != nil {
			sum.fail(fmt.Errorf("resolve %s: %w", from, err))
			return
		}
	}
	out, err := w.store.PutDocument(ctx, label, j.hash, quads)
	if err != nil {
		sum.fail(fmt.Errorf("store %s: %w", from, err))
		return
	}
	switch out {
	case store.Unchanged:
		sum.Unchanged++
		return
	case store.Replaced:
		sum.Replaced++
	default:
		sum.Loaded++
	}
	sum.Quads += int64(len(j.quads))
	for _, id := range j.actors {
		w.actors[id] = true
	}
}

// Remove deletes one document from the store: docID is a document ID
// ("reuters-2026-01-06") or its source IRI.
func (l *Loader) Remove(ctx context.Context, docID string) error {
	label := quad.IRI(docID)
	if !strings.HasPrefix(docID, schema.IDBase) {
		label = schema.SourceIRI(docID)
	}
	if err := l.Store.RemoveDocument(ctx, label); err != nil {
		return fmt.Errorf("remove %s: %w", docID, err)
	}
	return nil
}

// PutCurated stores the gazetteer's quads (labelled schema.GazetteerLabel)
// with the same replace-or-skip semantics as a document.
func (l *Loader) PutCurated(ctx context.Context, hash string, quads []quad.Quad) (store.Outcome, error) {
	out, err := l.Store.PutDocument(ctx, schema.GazetteerLabel, hash, quads)
	if err != nil {
		return out, fmt.Errorf("store gazetteer: %w", err)
	}
	return out, nil
}
