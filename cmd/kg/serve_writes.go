package main

import (
	"context"
	"fmt"
	"io"

	"github.com/kg-project/kg/graph/search"
	"github.com/kg-project/kg/graph/server"
	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/loader/remote"
)

// mountWrites lets `kg load --server` and `kg rm --server` write through the
// running server, when it was started with a write token (KG_WRITE_TOKEN).
// Without one the server stays read-only and the endpoints refuse writes.
// ix, when not nil, is brought in step after every change.
func mountWrites(api *server.Server, st store.Store, cfg config, ix *search.Index, log io.Writer) error {
	token := writeToken()
	h := &remote.Handler{Token: token}
	if token != "" {
		if store.Scheme(cfg.Store) == "mem" {
			return fmt.Errorf("writes through the server need a bolt or postgres store: a mem: store cannot be read and written at once")
		}
		l, err := newLoader(st, cfg, io.Discard)
		if err != nil {
			return err
		}
		h.Loader = l
		if ix != nil {
			h.After = func(ctx context.Context) error {
				_, err := ix.Sync(ctx, st)
				return err
			}
		}
		fmt.Fprintln(log, "kg: writes enabled at "+remote.LoadPath+" and "+remote.RemovePath+" for holders of the write token")
	}
	for _, p := range []string{remote.LoadPath, remote.RemovePath} {
		if err := api.Handle(p, h); err != nil {
			return fmt.Errorf("mount %s: %w", p, err)
		}
	}
	return nil
}
