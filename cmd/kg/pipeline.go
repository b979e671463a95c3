package main

import (
	"fmt"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/extract"
	"github.com/kg-project/kg/loader/gazetteer"
)

// newPipeline builds the extraction pipeline from the bundled gazetteer
// and lexicons.
func newPipeline() (*extract.Pipeline, error) {
	gaz, err := gazetteer.Default()
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	p, err := extract.New(gaz, data.FS)
	if err != nil {
		return nil, fmt.Errorf("build extraction pipeline: %w", err)
	}
	return p, nil
}
