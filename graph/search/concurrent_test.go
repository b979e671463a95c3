package search_test

import (
	"context"
	"sync"
	"testing"

	"github.com/kg-project/kg/schema"
)

// Searches keep answering, without error, while documents are re-indexed.
func TestSearchWhileRefreshing(t *testing.T) {
	st, ix := synced(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	stop := make(chan struct{})
	errs := make(chan error, 1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			hits, _, err := ix.Search(ctx, "Otto Brandt", []string{"PERSON"}, 5)
			if err == nil && (len(hits) == 0 || hits[0].ID != "person:otto-brandt") {
				err = errNotFound
			}
			if err != nil {
				select {
				case errs <- err:
				default:
				}
				return
			}
		}
	}()
	labels := []string{"brief-one", "brief-two"}
	for i := 0; i < 20; i++ {
		if err := ix.Refresh(ctx, st.QuadStore(), schema.SourceIRI(labels[i%2])); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	wg.Wait()
	select {
	case err := <-errs:
		t.Fatalf("search during refresh: %v", err)
	default:
	}
}

type notFound struct{}

func (notFound) Error() string { return "person not found during refresh" }

var errNotFound error = notFound{}
