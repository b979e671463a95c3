package main

import (
	"bufio"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// startServe runs `kg serve` on a free loopback port with the given
// environment and returns its base URL; the server is killed at cleanup.
func startServe(t *testing.T, bin string, env []string, args ...string) string {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)...)
	cmd.Env = append(os.Environ(), env...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	sc := bufio.NewScanner(stdout)
	for sc.Scan() {
		if _, rest, ok := strings.Cut(sc.Text(), "http://"); ok {
			addr, _, _ := strings.Cut(rest, "/")
			go func() { _, _ = io.Copy(io.Discard, stdout) }()
			return "http://" + addr
		}
	}
	t.Fatal("kg serve printed no address")
	return ""
}

// With kg serve holding a bolt store, a direct load fails fast with a clear
// message, a load through the server with the write token is stored and
// queryable, and one without the right token is refused.
func TestLoadThroughRunningServer(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs kg; skipped with -short")
	}
	bin := buildKG(t)
	db := "bolt:" + filepath.Join(t.TempDir(), "kg.db")
	base := startServe(t, bin, []string{"KG_WRITE_TOKEN=test-token"}, "--store", db)

	doc := filepath.Join(t.TempDir(), "note.md")
	text := "---\ntitle: A note on talks\ndate: 2026-03-02\n---\nPolish Prime Minister Donald Tusk met Finnish President Alexander Stubb in Warsaw on Monday.\n"
	if err := os.WriteFile(doc, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}

	code, _, errs := runKG(t, bin, "load", "--store", db, doc)
	if code != 1 || !strings.Contains(errs, "in use by another process") {
		t.Errorf("direct load on a served store: status %d, stderr %q; want a clear refusal", code, errs)
	}

	t.Setenv("KG_WRITE_TOKEN", "wrong")
	code, _, errs = runKG(t, bin, "load", "--server", base, doc)
	if code != 1 || !strings.Contains(errs, "write token") {
		t.Errorf("load with a wrong token: status %d, stderr %q; want a refusal naming the token", code, errs)
	}

	t.Setenv("KG_WRITE_TOKEN", "test-token")
	code, out, errs := runKG(t, bin, "load", "--server", base, doc)
	if code != 0 || !strings.Contains(out, "1 loaded") {
		t.Fatalf("load through the server: status %d\n%s\n%s", code, out, errs)
	}
	resp, err := http.Post(base+"/graphql", "application/json",
		strings.NewReader(`{"query":"{ actor(name: \"stubb\") { name } sources(kind: SECONDARY) { totalCount } }"}`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), "Alexander Stubb") {
		t.Errorf("the document loaded through the server is not queryable: %s", body)
	}

	if code, out, errs := runKG(t, bin, "rm", "--server", base, "note"); code != 0 || !strings.Contains(out, "removed note") {
		t.Errorf("rm through the server: status %d\n%s\n%s", code, out, errs)
	}
}

// A server started without a write token refuses writes.
func TestServerWithoutTokenIsReadOnly(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs kg; skipped with -short")
	}
	bin := buildKG(t)
	base := startServe(t, bin, []string{"KG_WRITE_TOKEN="}, "--store", "bolt:"+filepath.Join(t.TempDir(), "kg.db"))
	doc := filepath.Join(t.TempDir(), "n.txt")
	if err := os.WriteFile(doc, []byte("A short note about nothing in particular."), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("KG_WRITE_TOKEN", "anything")
	code, _, errs := runKG(t, bin, "load", "--server", base, doc)
	if code != 1 || !strings.Contains(errs, "accepts no writes") {
		t.Errorf("load into a read-only server: status %d, stderr %q", code, errs)
	}
}
