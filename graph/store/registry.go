package store

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Backend opens a Store for a URL whose scheme it was registered under.
// The URL is passed whole ("bolt:kg.db", "postgres://host/db").
type Backend func(ctx context.Context, url string) (Store, error)

var registry = struct {
	sync.RWMutex
	backends map[string]Backend
}{backends: map[string]Backend{}}

// Register makes a backend available to Open under scheme (the part of a
// store URL before the first ':'). Registering a scheme twice replaces the
// earlier backend.
func Register(scheme string, b Backend) {
	registry.Lock()
	defer registry.Unlock()
	registry.backends[strings.ToLower(scheme)] = b
}

// Schemes lists the registered URL schemes, sorted.
func Schemes() []string {
	registry.RLock()
	defer registry.RUnlock()
	out := make([]string, 0, len(registry.backends))
	for s := range registry.backends {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// Open opens (creating it if needed) the store named by url: "mem:",
// "bolt:PATH", "postgres://..." or "postgresql://...". An unknown scheme
// fails with ErrUnknownBackend; error messages never repeat the URL, which
// may hold a password.
func Open(ctx context.Context, url string) (Store, error) {
	scheme := Scheme(url)
	registry.RLock()
	b, ok := registry.backends[scheme]
	registry.RUnlock()
	if !ok {
		return nil, fmt.Errorf("open store: scheme %q (known: %s): %w",
			scheme, strings.Join(Schemes(), ", "), ErrUnknownBackend)
	}
	s, err := b(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("open %s store: %w", scheme, err)
	}
	return s, nil
}

// Scheme returns the lower-cased scheme of a store URL ("bolt" for
// "bolt:kg.db"), or "" when the URL has none.
func Scheme(url string) string {
	i := strings.IndexByte(url, ':')
	if i <= 0 {
		return ""
	}
	return strings.ToLower(url[:i])
}

func init() {
	Register("mem", openMem)
	Register("bolt", openBolt)
	Register("postgres", openPostgres)
	Register("postgresql", openPostgres)
}
