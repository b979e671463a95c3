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

func (c *config) bindStore(fs *flag.FlagSet) {
	fs.StringVar(&c.Store, "store", c.Store, "store URL: bolt:PATH, mem:, postgres://... (env KG_STORE)")
}
