package main

import (
	"context"
	"fmt"

	"github.com/kg-project/kg/graph/search"
	"github.com/kg-project/kg/graph/store"
)

// syncSearchIndex brings the full-text index that lives beside a bolt store
// in step after a load or a removal. Stores without an on-disk index (mem:,
// postgres) are indexed by `kg serve` at start, so there is nothing to do.
func syncSearchIndex(ctx context.Context, url string, st store.Store) error {
	if search.Dir(url) == "" {
		return nil
	}
	ix, err := search.OpenFor(url)
	if err != nil {
		return fmt.Errorf("open search index: %w", err)
	}
	defer ix.Close()
	if _, err := ix.Sync(ctx, st); err != nil {
		return fmt.Errorf("update search index: %w", err)
	}
	return nil
}
