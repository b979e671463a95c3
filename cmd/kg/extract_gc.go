package main

import (
	"os"
	"runtime/debug"
)

// Extraction allocates many short-lived values over a small live heap
// (gazetteer and lexicons, a few documents in flight): with Go's default
// GOGC of 100 the collector runs every few documents and takes about a
// quarter of the CPU. Extraction therefore lets the heap grow to five
// times the live data between collections, under a soft limit that
// keeps the process within its memory budget. GOGC or GOMEMLIMIT set in
// the environment win.
const (
	extractGCPercent   = 400
	extractMemoryLimit = 64 << 20 // bytes of Go memory; the mapped binary adds ~20 MiB of RSS
)

// tuneGCForExtraction applies the settings above to this process.
func tuneGCForExtraction() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(extractGCPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(extractMemoryLimit)
	}
}
