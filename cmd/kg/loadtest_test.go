package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// TestLoadtestHoldsAgainstServer runs `kg loadtest` for a few seconds
// against an in-process server over the bundled samples: no 5xx, no
// dropped connection, every valid query answered, every invalid and
// hostile kind sent and refused clearly, slow clients cut off.
func TestLoadtestHoldsAgainstServer(t *testing.T) {
	if testing.Short() {
		t.Skip("drives a server for several seconds; skipped with -short")
	}
	code, out, errs := run(t, "loadtest", "--store", "mem:", "--duration", "5s", "--clients", "4", "--slow", "2",
		"--read-timeout", "2s", "--read-header-timeout", "1s", "--json")
	var rep loadReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("loadtest: status %d, report not JSON: %v\n%s\n%s", code, err, out, errs)
	}
	t.Logf("served %d (%.0f/s), valid p50 %.1f ms p99 %.1f ms, RSS %d -> %d KiB, slow %d/%d cut off",
		rep.Served, rep.PerSecond, rep.P50Millis, rep.P99Millis, rep.RSSBeforeKiB, rep.RSSAfterKiB, rep.SlowCutOff, rep.SlowClients)
	if code != 0 || len(rep.Failures) > 0 {
		t.Errorf("loadtest: status %d, failures:\n%s", code, strings.Join(rep.Failures, "\n"))
	}
	if rep.Status5xx != 0 || rep.DroppedValid != 0 || rep.DroppedOther != 0 {
		t.Errorf("5xx %d, dropped valid %d, dropped other %d; want none", rep.Status5xx, rep.DroppedValid, rep.DroppedOther)
	}
	if rep.Valid == 0 || rep.ValidOK != rep.Valid {
		t.Errorf("valid queries %d, answered without error %d", rep.Valid, rep.ValidOK)
	}
	for _, k := range requestKinds(true) {
		sent := 0
		for answer, n := range rep.Answers {
			if strings.HasPrefix(answer, k.name+": ") {
				sent += n
				if !k.valid && strings.Contains(answer, "accepted") {
					t.Errorf("%s: %s", k.name, answer)
				}
			}
		}
		if sent == 0 {
			t.Errorf("%s: never sent", k.name)
		}
	}
	if rep.SlowClients == 0 || rep.SlowCutOff != rep.SlowClients {
		t.Errorf("slow clients %d, cut off %d: want every one cut off", rep.SlowClients, rep.SlowCutOff)
	}
	if rep.RSSBeforeKiB <= 0 || rep.RSSAfterKiB <= 0 {
		t.Errorf("RSS not read: %d, %d", rep.RSSBeforeKiB, rep.RSSAfterKiB)
	}
}

// TestLoadtestCatchesBadServers keeps the load test honest: a server that
// answers everything with 200, one that fails with 5xx, and one whose
// errors show file paths each fail the run.
func TestLoadtestCatchesBadServers(t *testing.T) {
	for name, c := range map[string]struct {
		handler http.HandlerFunc
		want    string
	}{
		"accepts everything": {func(w http.ResponseWriter, r *http.Request) {
			_, _ = io.Copy(io.Discard, r.Body)
			_, _ = io.WriteString(w, `{"data":{"x":1}}`)
		}, "not refused"},
		"fails": {func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(http.StatusInternalServerError)
			_, _ = io.WriteString(w, `{"errors":[{"message":"boom"}]}`)
		}, "server error"},
		"leaks paths": {func(w http.ResponseWriter, r *http.Request) {
			if strings.Contains(r.URL.RawQuery, "persistedQuery") {
				_, _ = io.WriteString(w, `{"errors":[{"message":"open /work/main/graph/x.go:12: no such file"}]}`)
				return
			}
			_, _ = io.WriteString(w, `{"data":{"actors":{"edges":[]}}}`)
		}, "internal details"},
	} {
		t.Run(name, func(t *testing.T) {
			ts := httptest.NewServer(c.handler)
			defer ts.Close()
			cfg := loadtestConfig{duration: 200 * time.Millisecond, clients: 2, maxBody: 1 << 10, readTimeout: time.Second}
			rep, err := driveServer(context.Background(), cfg, ts.URL, 0)
			if name == "fails" && err != nil {
				return // the discovery query itself was refused: also a failure
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(strings.Join(rep.Failures, "\n"), c.want) {
				t.Errorf("failures %q, want one saying %q", rep.Failures, c.want)
			}
		})
	}
}
