package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kg-project/kg/graph/server"
	"github.com/kg-project/kg/graph/store"
)

// countsQuery asks for the totals that may only grow while documents are
// added, and the first sources, whose ids are then read back by node(id).
const countsQuery = `{
  sources(first: 3) { totalCount edges { node { id title } } }
  actors(first: 5) { totalCount edges { node { id name kind } } }
}`

const nodeQuery = `query($id: ID!) { node(id: $id) { id ... on Source { title text } } }`

// countsResponse is the part of countsQuery's answer the test reads.
type countsResponse struct {
	Data struct {
		Sources struct {
			TotalCount int
			Edges      []struct{ Node struct{ ID string } }
		}
		Actors struct{ TotalCount int }
	}
	Errors []json.RawMessage
}

// TestQueriesAnswerDuringLoad loads a corpus through the loader (the one
// writer of `kg load`) into a bolt store while several clients query the
// same store through the GraphQL handler: every query answers without
// error, sources and actors counts never go down, a source once listed is
// found by node(id), and the final counts are those of a fresh handler.
func TestQueriesAnswerDuringLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("loads a generated corpus; skipped with -short")
	}
	corpus := inProcessCorpus(t, 60)
	ctx := context.Background()
	st, err := store.Open(ctx, "bolt:"+filepath.Join(t.TempDir(), "kg.db"))
	if err != nil {
		t.Fatal(err)
	}
	deadlocked := false
	defer func() {
		if !deadlocked { // Close would wait for the stuck writer forever
			st.Close()
		}
	}()
	l, err := newLoader(st, defaultConfig(), io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if err := putGazetteer(ctx, l); err != nil {
		t.Fatal(err)
	}
	srv := server.New(st.QuadStore(), server.DefaultConfig())

	loadDone := make(chan struct{})
	var sum fmt.Stringer
	var loadErr error
	go func() {
		defer close(loadDone)
		s, err := l.Load(ctx, []string{corpus})
		sum, loadErr = s, err
	}()

	var progressed atomic.Int64 // when a query last answered
	progressed.Store(time.Now().UnixNano())
	const clients = 4
	type observed struct {
		queries int
		sources []int // sources totalCount of each answer
		last    countsResponse
	}
	results := make([]observed, clients)
	var wg sync.WaitGroup
	errs := make(chan error, clients)
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			obs := &results[c]
			prevSources, prevActors := 0, 0
			for {
				finished := false
				select {
				case <-loadDone:
					finished = true // one more round after the load
				default:
				}
				resp, err := queryCounts(ctx, srv)
				if err != nil {
					errs <- fmt.Errorf("client %d query %d: %w", c, obs.queries, err)
					return
				}
				obs.queries++
				n, a := resp.Data.Sources.TotalCount, resp.Data.Actors.TotalCount
				if n < prevSources || a < prevActors {
					errs <- fmt.Errorf("client %d: counts went down: sources %d -> %d, actors %d -> %d", c, prevSources, n, prevActors, a)
					return
				}
				prevSources, prevActors = n, a
				for _, e := range resp.Data.Sources.Edges {
					if err := nodeExists(ctx, srv, e.Node.ID); err != nil {
						errs <- fmt.Errorf("client %d: %w", c, err)
						return
					}
				}
				obs.last = resp
				obs.sources = append(obs.sources, n)
				progressed.Store(time.Now().UnixNano())
				if finished {
					return
				}
			}
		}()
	}
	clientsDone := make(chan struct{})
	go func() {
		wg.Wait()
		close(clientsDone)
	}()
	if stuck := waitOrDump(clientsDone, &progressed, 2*time.Minute); stuck != "" {
		deadlocked = true
		t.Fatalf("no query answered for 2 minutes while loading: deadlock between the store writer and readers;"+
			" goroutines in bolt:\n%s", stuck)
	}
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	<-loadDone
	if loadErr != nil {
		t.Fatalf("load: %v", loadErr)
	}
	t.Logf("load: %s", sum)

	fresh, err := queryCounts(ctx, server.New(st.QuadStore(), server.DefaultConfig()))
	if err != nil {
		t.Fatal(err)
	}
	docs, err := st.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if fresh.Data.Sources.TotalCount != len(docs)-1 { // every document but the gazetteer
		t.Errorf("after the load: %d sources listed, %d documents stored", fresh.Data.Sources.TotalCount, len(docs)-1)
	}
	total, partial := 0, 0
	for c, obs := range results {
		total += obs.queries
		got := obs.last.Data
		if got.Sources.TotalCount != fresh.Data.Sources.TotalCount || got.Actors.TotalCount != fresh.Data.Actors.TotalCount {
			t.Errorf("client %d ended with sources %d actors %d, a fresh handler sees %d and %d", c,
				got.Sources.TotalCount, got.Actors.TotalCount, fresh.Data.Sources.TotalCount, fresh.Data.Actors.TotalCount)
		}
		for _, n := range obs.sources {
			if n > 0 && n < fresh.Data.Sources.TotalCount {
				partial++
			}
		}
	}
	t.Logf("%d queries by %d clients during the load; %d answers saw a partly loaded store", total, clients, partial)
	if partial == 0 {
		t.Errorf("no query answered while the store was partly loaded: the test did not overlap queries and the load")
	}
}

// queryCounts runs countsQuery through the handler and fails on any error.
func queryCounts(ctx context.Context, srv *server.Server) (countsResponse, error) {
	var resp countsResponse
	res, err := srv.Execute(ctx, countsQuery, nil)
	if err != nil {
		return resp, err
	}
	if err := json.Unmarshal(res.JSON, &resp); err != nil {
		return resp, fmt.Errorf("decode %s: %w", res.JSON, err)
	}
	if res.HasErrors || len(resp.Errors) > 0 {
		return resp, fmt.Errorf("query answered with errors: %s", res.JSON)
	}
	return resp, nil
}

// nodeExists reads a source by id and fails if it is missing or empty.
func nodeExists(ctx context.Context, srv *server.Server, id string) error {
	res, err := srv.Execute(ctx, nodeQuery, map[string]any{"id": id})
	if err != nil {
		return err
	}
	var resp struct {
		Data struct {
			Node *struct{ ID, Text string }
		}
	}
	if err := json.Unmarshal(res.JSON, &resp); err != nil {
		return fmt.Errorf("decode %s: %w", res.JSON, err)
	}
	if res.HasErrors || resp.Data.Node == nil || resp.Data.Node.Text == "" {
		return fmt.Errorf("node(%s) after it was listed: %s", id, res.JSON)
	}
	return nil
}

// inProcessCorpus writes a corpus of n documents with the generator (kg
// gen run in-process), or with ownCorpus if the generator fails.
func inProcessCorpus(t *testing.T, n int) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "corpus")
	code, _, errs := run(t, "gen", "--docs", strconv.Itoa(n), "--seed", "11", dir)
	if code == 0 {
		return dir
	}
	t.Logf("kg gen failed (status %d: %s); writing a simple corpus instead", code, strings.TrimSpace(errs))
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	if err := ownCorpus(dir, n, 11); err != nil {
		t.Fatal(err)
	}
	return dir
}

// waitOrDump waits for done and returns "". If no query has answered for
// stall, the load and the queries are deadlocked: it returns the stacks of
// the goroutines inside bolt.
func waitOrDump(done <-chan struct{}, progressed *atomic.Int64, stall time.Duration) string {
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		select {
		case <-done:
			return ""
		case <-tick.C:
		}
		if time.Since(time.Unix(0, progressed.Load())) > stall {
			var dump strings.Builder
			_ = pprof.Lookup("goroutine").WriteTo(&dump, 1)
			var held []string
			for _, g := range strings.Split(dump.String(), "\n\n") {
				if strings.Contains(g, "bolt.") {
					held = append(held, g)
				}
			}
			return strings.Join(held, "\n\n")
		}
	}
}

// TestSecondProcessOnBoltStoreFailsFast: bolt lets one process open a
// store. While `kg serve` holds it, `kg load` on the same store must stop
// at once with a message, not wait forever for the file lock.
func TestSecondProcessOnBoltStoreFailsFast(t *testing.T) {
	if testing.Short() {
		t.Skip("builds kg and starts kg serve; skipped with -short")
	}
	bin := buildKG(t)
	url := "bolt:" + filepath.Join(t.TempDir(), "kg.db")
	serve := exec.Command(bin, "serve", "--store", url, "--addr", "127.0.0.1:0")
	stdout, err := serve.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	serve.Stderr = io.Discard
	if err := serve.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		_ = serve.Process.Kill()
		_ = serve.Wait()
	}()
	if !bufio.NewScanner(stdout).Scan() { // the "serving" line: the store is open
		t.Fatal("kg serve printed nothing")
	}
	go func() { _, _ = io.Copy(io.Discard, stdout) }()

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var errb strings.Builder
	load := exec.CommandContext(ctx, bin, "load", "--store", url, t.TempDir())
	load.Stderr = &errb
	start := time.Now()
	err = load.Run()
	took := time.Since(start)
	if ctx.Err() != nil {
		t.Fatalf("kg load on a store held by kg serve still waiting after %s (bolt's file lock, no timeout)", took.Round(time.Second))
	}
	if err == nil || !strings.Contains(errb.String(), "kg load") {
		t.Errorf("kg load on a store held by kg serve: %v, stderr %q; want a failure that says why", err, errb.String())
	}
	t.Logf("kg load refused after %s: %s", took.Round(time.Millisecond), strings.TrimSpace(errb.String()))
}
