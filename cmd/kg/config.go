package main

import (
	"flag"
	"os"
	"runtime"
	"time"

	"github.com/kg-project/kg/graph/store"
)

// config is every setting of every subcommand, with its default; each
// subcommand binds the flags it uses.
type config struct {
	Store    string        // store URL: bolt:PATH, mem:, postgres://...
	Addr     string        // serve: listen address
	Workers  int           // load: extraction workers
	MaxBytes int64         // load: largest file read
	Timeout  time.Duration // serve and query: per-operation time limit
	Vars     string        // query: variables as JSON
	Out      string        // extract: output folder
	Progress bool          // load: progress line on a terminal
	Server   string        // load, rm: write through this running kg serve instead of opening the store
}

func defaultConfig() config {
	c := config{
		Store:    store.DefaultURL,
		Addr:     "127.0.0.1:8080",
		Workers:  runtime.GOMAXPROCS(0),
		MaxBytes: 20 << 20,
		Timeout:  10 * time.Second,
	}
	if s := os.Getenv("KG_STORE"); s != "" {
		c.Store = s
	}
	return c
}

// bindServer binds --server, for commands that can write through a running
// `kg serve` (which holds an embedded store) instead of opening the store.
func (c *config) bindServer(fs *flag.FlagSet) {
	fs.StringVar(&c.Server, "server", c.Server, "write through the kg serve at this `URL` (e.g. http://127.0.0.1:8080; token in KG_WRITE_TOKEN) instead of opening the store")
}

func (c *config) bindStore(fs *flag.FlagSet) {
	fs.StringVar(&c.Store, "store", c.Store, "store URL: bolt:PATH, mem:, postgres://... (env KG_STORE)")
}
