package main

import (
	"iter"
	"runtime"
	"sync"

	"github.com/kg-project/kg/loader/document"
)

// extractItem is one element of the sequence `kg extract` works through:
// a document or a problem reading one, with, once a worker is done, what
// the document gave (the encoded output or the error).
type extractItem struct {
	doc    *document.Document
	err    error // a read problem (doc is nil)
	out    []byte
	runErr error         // extracting or encoding doc failed
	done   chan struct{} // closed when the item is ready to emit
}

// orderedPool runs work on the documents of seq on workers goroutines and
// calls emit on every item in the order of seq, never holding more than
// two items per worker in flight (so memory stays bounded however many
// documents there are). Items carrying a read error skip work.
func orderedPool(seq iter.Seq2[*document.Document, error], workers int, work func(*extractItem), emit func(*extractItem)) {
	workers = max(workers, 1)
	jobs := make(chan *extractItem)
	pending := make(chan *extractItem, 2*workers) // input order; its buffer bounds what is in flight
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for it := range jobs {
				work(it)
				close(it.done)
			}
		})
	}
	go func() {
		defer close(pending)
		defer close(jobs)
		for doc, err := range seq {
			it := &extractItem{doc: doc, err: err, done: make(chan struct{})}
			pending <- it
			if err != nil {
				close(it.done)
				continue
			}
			jobs <- it
		}
	}()
	for it := range pending {
		<-it.done
		emit(it)
	}
	wg.Wait()
}

// extractWorkers is how many documents `kg extract` works on at once.
func extractWorkers() int { return runtime.GOMAXPROCS(0) }
