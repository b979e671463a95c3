package storetest

import (
	"context"
	"fmt"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/loader/quads"
	"github.com/kg-project/kg/loader/quads/quadstest"
	"github.com/kg-project/kg/schema"
)

// Stores with content, for the tests of what reads a store (exports,
// search, commands).

// PutFixtures writes the hand-written fixture documents of quadstest into
// st, each under its own label with its completeness marker (content hash
// "hash-ID").
func PutFixtures(ctx context.Context, st store.Store) error {
	fixtures, err := quadstest.Fixtures()
	if err != nil {
		return err
	}
	for _, f := range fixtures {
		if err := putResult(ctx, st, f.Doc, f.Result, "hash-"+f.Doc.ID); err != nil {
			return err
		}
	}
	return nil
}

// PutExtracted writes the bundled gazetteer and every document of the
// files at paths, run through the real extraction pipeline, into st, each
// document under its own label.
func PutExtracted(ctx context.Context, st store.Store, paths []string) error {
	gaz, err := gazetteer.Default()
	if err != nil {
		return fmt.Errorf("load gazetteer: %w", err)
	}
	if _, err := st.PutDocument(ctx, schema.GazetteerLabel, "gazetteer", quads.GazetteerQuads(gaz)); err != nil {
		return fmt.Errorf("put gazetteer: %w", err)
	}
	p, err := extract.New(gaz, data.FS)
	if err != nil {
		return fmt.Errorf("build pipeline: %w", err)
	}
	for _, path := range paths {
		docs, errs := document.Read(path, document.Options{})
		if len(errs) > 0 {
			return fmt.Errorf("read %s: %v", path, errs)
		}
		for _, doc := range docs {
			res, err := p.Run(doc)
			if err != nil {
				return fmt.Errorf("extract %s: %w", path, err)
			}
			if err := putResult(ctx, st, doc, res, doc.Hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// putResult maps one extraction result onto quads and puts them under the
// document's label.
func putResult(ctx context.Context, st store.Store, doc *document.Document, res *extract.Result, hash string) error {
	qq, err := quads.FromResult(doc, res)
	if err != nil {
		return fmt.Errorf("map %s to quads: %w", doc.ID, err)
	}
	if _, err := st.PutDocument(ctx, schema.SourceIRI(doc.ID), hash, qq); err != nil {
		return fmt.Errorf("put %s: %w", doc.ID, err)
	}
	return nil
}
