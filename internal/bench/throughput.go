package bench

import (
	"fmt"
	"maps"
	"slices"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/kg-project/kg/loader/document"
)

// Rate is an amount of work done in a time.
type Rate struct {
	Count   int64         // words, quads or requests
	Elapsed time.Duration // wall clock
	CPU     time.Duration // CPU time of the whole process (user + system) meanwhile
}

// PerCPUSecond is Count per second of CPU time: on a machine shared with
// other work, PerCPUSecond times the cores available estimates the rate on
// an otherwise idle machine.
func (r Rate) PerCPUSecond() float64 {
	if r.CPU <= 0 {
		return 0
	}
	return float64(r.Count) / r.CPU.Seconds()
}

// ProcessCPU is the CPU time this process has used so far.
func ProcessCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// PerSecond is Count per second of Elapsed.
func (r Rate) PerSecond() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Count) / r.Elapsed.Seconds()
}

// WordsPerSecond runs run over every document of c with workers
// goroutines, in whole passes over the corpus, until at least minTime has
// passed (at least one pass), and returns the words processed per second.
// Each call gets its own copy of the document, since extraction fills in
// inferred metadata.
func WordsPerSecond(c *Corpus, workers int, minTime time.Duration, run func(*document.Document) error) (Rate, error) {
	if workers < 1 {
		workers = 1
	}
	var total Rate
	start, cpu := time.Now(), ProcessCPU()
	for {
		if err := pass(c.Docs, workers, run); err != nil {
			return Rate{}, err
		}
		total.Count += c.Words
		total.Elapsed = time.Since(start)
		total.CPU = ProcessCPU() - cpu
		if total.Elapsed >= minTime {
			return total, nil
		}
	}
}

// pass runs run once over each document with workers goroutines and
// returns the first error.
func pass(docs []*document.Document, workers int, run func(*document.Document) error) error {
	var (
		next     atomic.Int64
		wg       sync.WaitGroup
		firstErr error
		once     sync.Once
	)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(docs) {
					return
				}
				if err := run(copyDoc(docs[i])); err != nil {
					once.Do(func() { firstErr = fmt.Errorf("document %s: %w", docs[i].ID, err) })
					return
				}
			}
		}()
	}
	wg.Wait()
	return firstErr
}

func copyDoc(d *document.Document) *document.Document {
	c := *d
	c.Authors = slices.Clone(d.Authors)
	c.Explicit = maps.Clone(d.Explicit)
	return &c
}
