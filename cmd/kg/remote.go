package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/remote"
)

// writeToken is the token that allows writes through a running server:
// `kg serve` accepts writes only when started with one, and `kg load
// --server` / `kg rm --server` send it.
func writeToken() string { return os.Getenv("KG_WRITE_TOKEN") }

// loadRemote sends every file under paths to a running `kg serve`, which
// extracts and stores them in the store it holds.
func loadRemote(ctx context.Context, server string, paths []string, stdout, stderr io.Writer) int {
	c := &remote.Client{Base: server, Token: writeToken()}
	walked := document.Walk(paths)
	total := remote.Result{}
	for _, err := range walked.Errors {
		total.Failed++
		total.Errors = append(total.Errors, err.Error())
	}
	total.Skipped += len(walked.Skipped)
	for _, path := range walked.Files {
		res, err := c.LoadFile(ctx, path)
		if err != nil {
			fmt.Fprintf(stderr, "kg load: %v\n", err)
			total.Failed++
			if ctx.Err() != nil {
				break
			}
			continue
		}
		total.Add(res)
	}
	for _, e := range total.Errors {
		fmt.Fprintf(stderr, "kg load: %s\n", e)
	}
	fmt.Fprintf(stdout, "documents: %d loaded, %d replaced, %d unchanged, %d failed; quads: %d (through %s)\n",
		total.Loaded, total.Replaced, total.Unchanged, total.Failed, total.Quads, server)
	if total.Failed > 0 {
		return 1
	}
	return 0
}

// rmRemote asks a running `kg serve` to remove documents.
func rmRemote(ctx context.Context, server string, ids []string, stdout, stderr io.Writer) int {
	c := &remote.Client{Base: server, Token: writeToken()}
	status := 0
	for _, id := range ids {
		if err := c.Remove(ctx, id); err != nil {
			fmt.Fprintf(stderr, "kg rm: %v\n", err)
			status = 1
			continue
		}
		fmt.Fprintf(stdout, "removed %s\n", id)
	}
	return status
}
