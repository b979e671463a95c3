package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"sort"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/loader"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/loader/quads"
)

// pipelineVersion changes when extraction code changes in a way that should
// reload documents whose bytes did not change; the bundled lexicons and
// gazetteer are hashed in as well (dataVersion).
const pipelineVersion = "1"

// newLoader returns a loader that extracts with the bundled pipeline and
// writes into st.
func newLoader(st store.Store, cfg config, progress io.Writer) (*loader.Loader, error) {
	p, err := newPipeline()
	if err != nil {
		return nil, err
	}
	v, err := dataVersion()
	if err != nil {
		return nil, err
	}
	return &loader.Loader{
		Store:    st,
		Extract:  p.Run,
		ToQuads:  quads.FromResult,
		Workers:  cfg.Workers,
		MaxBytes: cfg.MaxBytes,
		Version:  pipelineVersion + "." + v,
		Progress: progress,
		Terminal: cfg.Progress && loader.IsTerminal(progress),
	}, nil
}

// putGazetteer stores the curated gazetteer under its own label, keeping
// the store's record that the bundled samples were offered (see
// bootstrap); it writes nothing when the stored copy is current.
func putGazetteer(ctx context.Context, l *loader.Loader) error {
	offered, err := samplesOffered(ctx, l.Store)
	if err != nil {
		return err
	}
	return writeGazetteer(ctx, l, offered)
}

// writeGazetteer stores the gazetteer, with the SamplesOffered quad when
// offered is true.
func writeGazetteer(ctx context.Context, l *loader.Loader, offered bool) error {
	gaz, err := gazetteer.Default()
	if err != nil {
		return fmt.Errorf("load gazetteer: %w", err)
	}
	v, err := dataVersion()
	if err != nil {
		return err
	}
	hash := "gazetteer." + pipelineVersion + "." + v
	qs := quads.GazetteerQuads(gaz)
	if offered {
		hash += ".samples-offered"
		qs = append(qs, samplesMarker())
	}
	_, err = l.PutCurated(ctx, hash, qs)
	return err
}

// dataVersion is a short hash of the bundled gazetteer and lexicon files.
func dataVersion() (string, error) {
	h := sha256.New()
	var names []string
	for _, dir := range []string{"gazetteer", "lexicon"} {
		err := fs.WalkDir(data.FS, dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				names = append(names, p)
			}
			return err
		})
		if err != nil {
			return "", fmt.Errorf("hash bundled data: %w", err)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		b, err := fs.ReadFile(data.FS, n)
		if err != nil {
			return "", fmt.Errorf("hash bundled data %s: %w", n, err)
		}
		fmt.Fprintf(h, "%s %d\n", n, len(b))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))[:12], nil
}

// bootstrap prepares a store for serving: the gazetteer is stored (or
// refreshed), and a new store gets the bundled samples, once: a store that
// held documents already, or from which the samples were removed, never
// gets them (the gazetteer records that they were offered). It returns
// what the store then holds.
func bootstrap(ctx context.Context, st store.Store, log io.Writer) (holdings, error) {
	l, err := newLoader(st, defaultConfig(), log)
	if err != nil {
		return holdings{}, err
	}
	offered, err := samplesOffered(ctx, st)
	if err != nil {
		return holdings{}, err
	}
	before, err := holdingsOf(ctx, st)
	if err != nil {
		return holdings{}, err
	}
	if err := writeGazetteer(ctx, l, true); err != nil {
		return holdings{}, err
	}
	if !offered && before.Documents == 0 {
		sum, err := l.LoadFS(ctx, data.FS, samplesDir, samplesPrefix)
		if err != nil {
			return holdings{}, err
		}
		fmt.Fprintf(log, "kg: new store: loaded bundled samples: %d documents (%s)\n", sum.Loaded+sum.Replaced+sum.Unchanged, sum)
		for _, e := range sum.Errors {
			fmt.Fprintf(log, "kg: %v\n", e)
		}
	}
	return holdingsOf(ctx, st)
}
