package bench

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"time"
)

// Latency summarises the durations of repeated requests.
type Latency struct {
	N   int
	P50 time.Duration
	P99 time.Duration
	Max time.Duration
}

// Summarize computes the percentiles of ds (which it sorts).
func Summarize(ds []time.Duration) Latency {
	if len(ds) == 0 {
		return Latency{}
	}
	slices.Sort(ds)
	at := func(p float64) time.Duration {
		i := int(p*float64(len(ds))+0.5) - 1
		return ds[max(0, min(i, len(ds)-1))]
	}
	return Latency{N: len(ds), P50: at(0.50), P99: at(0.99), Max: ds[len(ds)-1]}
}

// Sequential calls request, one call at a time, at least minN times and
// until minTime has passed (at most maxN times when maxN > 0), and
// summarises the latencies. Any error stops the run.
func Sequential(ctx context.Context, minN, maxN int, minTime time.Duration, request func(ctx context.Context, i int) error) (Latency, error) {
	var ds []time.Duration
	start := time.Now()
	for i := 0; (i < minN || time.Since(start) < minTime) && (maxN <= 0 || i < maxN); i++ {
		t := time.Now()
		if err := request(ctx, i); err != nil {
			return Latency{}, fmt.Errorf("request %d: %w", i, err)
		}
		ds = append(ds, time.Since(t))
	}
	return Summarize(ds), nil
}

// Concurrent runs clients goroutines calling request back to back for d
// and returns the successful requests per second with their latencies,
// the number of failed requests and the first failure.
func Concurrent(ctx context.Context, clients int, d time.Duration, request func(ctx context.Context, i int) error) (Rate, Latency, int, error) {
	var (
		mu       sync.Mutex
		all      []time.Duration
		failed   int
		firstErr error
		wg       sync.WaitGroup
	)
	start := time.Now()
	deadline := start.Add(d)
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var ds []time.Duration
			bad := 0
			for i := c; time.Now().Before(deadline) && ctx.Err() == nil; i += clients {
				t := time.Now()
				if err := request(ctx, i); err != nil {
					bad++
					mu.Lock()
					if firstErr == nil {
						firstErr = fmt.Errorf("client %d request %d: %w", c, i, err)
					}
					mu.Unlock()
					continue
				}
				ds = append(ds, time.Since(t))
			}
			mu.Lock()
			all = append(all, ds...)
			failed += bad
			mu.Unlock()
		}()
	}
	wg.Wait()
	return Rate{Count: int64(len(all)), Elapsed: time.Since(start)}, Summarize(all), failed, firstErr
}
