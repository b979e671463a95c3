package main

import (
	"encoding/json"
	"path/filepath"
	"runtime"

	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract"
)

// extractJob is one item read by `kg extract`: a document to extract, or
// the error reading it. Workers fill in the outcome and close done; the
// items are reported in the order they were read.
type extractJob struct {
	doc     *document.Document
	readErr error
	out     string // --out directory, "" for JSON Lines
	line    []byte // the JSON line (JSON Lines output)
	runErr  error  // extraction failed
	wErr    error  // writing the output failed
	done    chan struct{}
}

// run extracts the job's document and encodes (or writes) its result.
func (j *extractJob) run(p *extract.Pipeline) {
	defer close(j.done)
	res, err := p.Run(j.doc)
	if err != nil {
		j.runErr = err
		return
	}
	if j.out != "" {
		j.wErr = writeJSON(filepath.Join(j.out, j.doc.ID+".json"), res)
		return
	}
	b, err := json.Marshal(res) // as json.Encoder.Encode writes it
	if err != nil {
		j.wErr = err
		return
	}
	j.line = append(b, '\n')
}

// extractInOrder reads the documents under paths and extracts them on
// GOMAXPROCS workers, yielding every job in reading order once it is done,
// so that output and messages come out as a sequential run gives them.
// At most a few jobs per worker are in flight, which bounds memory.
func extractInOrder(p *extract.Pipeline, paths []string, opts document.Options, out string, report func(*extractJob)) {
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan *extractJob, workers)
	ordered := make(chan *extractJob, 2*workers)
	go func() {
		defer close(jobs)
		defer close(ordered)
		for doc, err := range document.All(paths, opts) {
			j := &extractJob{doc: doc, readErr: err, out: out, done: make(chan struct{})}
			ordered <- j
			if err != nil {
				close(j.done)
				continue
			}
			jobs <- j
		}
	}()
	for range workers {
		go func() {
			for j := range jobs {
				j.run(p)
			}
		}()
	}
	for j := range ordered {
		<-j.done
		report(j)
	}
}
