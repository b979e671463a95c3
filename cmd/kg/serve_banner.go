package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"

	"github.com/kg-project/kg/graph/store"
)

// sampleQuery is an operation that answers on the bundled samples, shown
// when kg serve starts; the README's default-store examples are tested
// the same way (readme_examples_test.go).
const sampleQuery = `{ commitments(first: 3) { totalCount edges { node { kind status what } } } }`

// printStartup says which store kg serve serves, what it holds, how to
// load one's own documents, and a query to try.
func printStartup(w io.Writer, storeURL, addr string, h holdings) {
	name := storeName(storeURL)
	fmt.Fprintf(w, "kg: store %s holds %s\n", name, h)
	fmt.Fprintf(w, "kg: load your own documents with kg load --store %s PATH... (kg serve stopped), or kg load --server http://%s PATH... (KG_WRITE_TOKEN set for both)\n", name, addr)
	if h.Samples > 0 {
		fmt.Fprintf(w, "kg: remove the bundled samples with kg rm --store %s --samples (they are not loaded again)\n", name)
	}
	body, _ := json.Marshal(map[string]string{"query": sampleQuery})
	fmt.Fprintf(w, "kg: try: curl -s http://%s/graphql -H 'Content-Type: application/json' -d '%s'\n", addr, body)
}

// storeName is the store URL for messages, a password in it hidden.
func storeName(storeURL string) string {
	switch store.Scheme(storeURL) {
	case "bolt", "mem":
		return storeURL
	}
	u, err := url.Parse(storeURL)
	if err != nil {
		return store.Scheme(storeURL) + ":…"
	}
	return u.Redacted()
}
