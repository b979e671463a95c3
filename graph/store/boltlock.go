//go:build unix

package store

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// boltLockWait is how long opening a bolt store waits for another process
// to release it before failing with ErrLocked.
const boltLockWait = 3 * time.Second

// waitBoltUnlocked returns when no other process holds the bolt store at
// path, and ErrLocked if one still does after boltLockWait. Cayley opens
// bolt without a timeout, so without this check a second process (a
// `kg load` while `kg serve` runs) would block forever, deaf to signals.
func waitBoltUnlocked(ctx context.Context, path string) error {
	f, err := os.Open(filepath.Join(path, boltFile))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("check bolt lock %s: %w", path, err)
	}
	defer f.Close()
	deadline := time.Now().Add(boltLockWait)
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			return fmt.Errorf("check bolt lock %s: %w", path, err)
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("bolt store %s: %w", path, ErrLocked)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// boltFile is the database file Cayley's bolt backend keeps inside the
// store directory.
const boltFile = "indexes.bolt"
