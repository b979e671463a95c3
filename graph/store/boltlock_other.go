//go:build !unix

package store

import "context"

// waitBoltUnlocked cannot probe the lock on this platform; bolt's own open
// then waits for the other process.
func waitBoltUnlocked(context.Context, string) error { return nil }
