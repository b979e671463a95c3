package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// A bolt store held by another process fails to open with ErrLocked within
// the wait, instead of blocking forever.
func TestBoltLockedFailsFast(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "kg.db")
	st, err := Open(context.Background(), "bolt:"+dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	// Hold the lock the way a second process's bolt would.
	f, err := os.Open(filepath.Join(dir, boltFile))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err = Open(context.Background(), "bolt:"+dir)
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("open of a locked store: err = %v, want ErrLocked", err)
	}
	if d := time.Since(start); d > boltLockWait+2*time.Second {
		t.Errorf("open took %v, want about %v", d, boltLockWait)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_UN); err != nil {
		t.Fatal(err)
	}
	st, err = Open(context.Background(), "bolt:"+dir)
	if err != nil {
		t.Fatalf("open after release: %v", err)
	}
	st.Close()
}
