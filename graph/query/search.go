package query

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"

	"github.com/kg-project/kg/graph/kind"
	"github.com/kg-project/kg/graph/search"
	"github.com/kg-project/kg/schema"
)

// searchIndex holds the Reader's full-text index; it may be set after the
// server starts (the index syncs in the background).
type searchIndex struct{ ix atomic.Pointer[search.Index] }

// SetSearch gives the Reader the full-text index Search answers with.
func (r *Reader) SetSearch(ix *search.Index) { r.index.ix.Store(ix) }

// searchKinds maps the lower-case kinds of the API (and the upper-case
// ones of package kind) to index kinds; "outlet" is an organization that
// is a news outlet.
var searchKinds = map[string]string{
	"person": kind.Person, "country": kind.Country, "organization": kind.Organization,
	"outlet": kind.Organization, "actor": kind.Actor, "place": kind.Place, "event": kind.Event,
	"commitment": kind.Commitment, "claim": kind.Claim, "number": kind.NumericClaim,
	"numeric_claim": kind.NumericClaim, "sentence": kind.Sentence, "source": kind.Source,
}

// Search finds the nodes best matching text through the full-text index,
// best first, of the given kinds (all when empty), at most first
// (DefaultFirst of package search when nil, at most MaxPageSize).
func (r *Reader) Search(ctx context.Context, text string, kinds []string, first *int) (*SearchResult, error) {
	ix := r.index.ix.Load()
	if ix == nil {
		return nil, userErrorf("search is not available: the server has no full-text index")
	}
	n := search.DefaultFirst
	if first != nil {
		if *first < 0 || *first > MaxPageSize {
			return nil, userErrorf("first must be between 0 and %d (got %d)", MaxPageSize, *first)
		}
		n = *first
	}
	if strings.TrimSpace(text) == "" {
		return nil, userErrorf("search text must not be empty")
	}
	indexKinds, outletsOnly, err := mapSearchKinds(kinds)
	if err != nil {
		return nil, err
	}
	res := &SearchResult{Hits: []*SearchHit{}}
	if n == 0 {
		_, total, err := ix.Search(ctx, text, indexKinds, 1)
		res.TotalCount = total
		return res, searchError(err)
	}
	hits, total, err := ix.Search(ctx, text, indexKinds, n)
	if err != nil {
		return nil, searchError(err)
	}
	res.TotalCount = total
	iris := make([]string, len(hits))
	for i, h := range hits {
		iris[i] = h.ID
	}
	ps, err := r.propsAll(ctx, iriList(iris))
	if err != nil {
		return nil, err
	}
	for i, h := range hits {
		k := strings.ToLower(h.Kind)
		switch {
		case h.Kind == kind.NumericClaim:
			k = "number"
		case h.Kind == kind.Organization && ps[i].is(schema.ClassOutlet):
			k = "outlet"
		}
		if outletsOnly && h.Kind == kind.Organization && k != "outlet" {
			res.TotalCount--
			continue
		}
		hit := &SearchHit{ID: h.ID, Kind: k, Label: h.Label, Score: h.Score, SourceIds: h.SourceIDs}
		if hit.SourceIds == nil {
			hit.SourceIds = []string{}
		}
		if h.Snippet != "" {
			s := h.Snippet
			hit.Snippet = &s
		}
		res.Hits = append(res.Hits, hit)
	}
	return res, nil
}

// mapSearchKinds turns the API's kinds into index kinds; outletsOnly is
// set when "outlet" is asked for without "organization".
func mapSearchKinds(kinds []string) (out []string, outletsOnly bool, err error) {
	outlet, org := false, false
	for _, k := range kinds {
		low := strings.ToLower(strings.TrimSpace(k))
		ik, ok := searchKinds[low]
		if !ok {
			return nil, false, userErrorf("unknown kind %q (one of person, country, organization, outlet, place, event, commitment, claim, number, sentence, source)", k)
		}
		outlet = outlet || low == "outlet"
		org = org || low == "organization" || low == "actor"
		out = append(out, ik)
	}
	return out, outlet && !org, nil
}

// searchError turns the index's argument errors into UserErrors.
func searchError(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, search.ErrEmptyQuery), errors.Is(err, search.ErrTooMany), errors.Is(err, search.ErrUnknownKind):
		return userErrorf("search: %v", err)
	}
	return err
}
