// Package data holds kg's bundled data, embedded into the binary: the
// gazetteer of actors and places (gazetteer/*.yaml), the extraction
// lexicons (lexicon/*.yaml) and a small sample corpus written for the
// project (samples/), loaded by `kg serve` into an empty store.
package data

import "embed"

// FS is the bundled data. Paths: gazetteer/*.yaml, lexicon/*.yaml, samples/*.
//
//go:embed gazetteer lexicon samples
var FS embed.FS
