package query

import (
	"context"
	"errors"
	"fmt"
	"strconv"
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

// Search pages the nodes best matching text through the full-text index,
// best first, of the given kinds (all when empty): first of them
// (DefaultFirst of package search when nil, at most MaxPageSize) after the
// cursor after. A cursor holds its hit's rank, so the next page is the
// hits ranked after it when the query runs again.
func (r *Reader) Search(ctx context.Context, text string, kinds []string, first *int, after *string) (*SearchHitConnection, error) {
	ix := r.index.ix.Load()
	if ix == nil {
		return nil, userErrorf("search is not available: the server has no full-text index")
	}
	n := search.DefaultFirst
	if first != nil {
		var err error
		if n, err = pageSize(first); err != nil {
			return nil, err
		}
	}
	offset, err := rankAfter(after)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(text) == "" {
		return nil, userErrorf("search text must not be empty")
	}
	indexKinds, outletsOnly, err := mapSearchKinds(kinds)
	if err != nil {
		return nil, err
	}
	res := &SearchHitConnection{Edges: []*SearchHitEdge{}, PageInfo: &PageInfo{HasPreviousPage: offset > 0}}
	if n == 0 {
		_, total, err := ix.Search(ctx, text, indexKinds, 1)
		res.TotalCount = total
		return res, searchError(err)
	}
	hits, total, err := ix.SearchPage(ctx, text, indexKinds, n, offset)
	if err != nil {
		return nil, searchError(err)
	}
	res.TotalCount = total
	res.PageInfo.HasNextPage = offset+len(hits) < total
	iris := make([]string, len(hits))
	for i, h := range hits {
		iris[i] = h.ID
	}
	ps, err := r.propsAll(ctx, iriList(iris))
	if err != nil {
		return nil, err
	}
	for i, h := range hits {
		hit := hitOf(h, ps[i])
		if outletsOnly && h.Kind == kind.Organization && hit.Kind != "outlet" {
			res.TotalCount--
			continue
		}
		cursor := cursorOf(item{key: rankKey(offset + i), iri: ps[i].iri})
		res.Edges = append(res.Edges, &SearchHitEdge{Cursor: cursor, Node: hit})
	}
	if len(res.Edges) > 0 {
		res.PageInfo.StartCursor = &res.Edges[0].Cursor
		res.PageInfo.EndCursor = &res.Edges[len(res.Edges)-1].Cursor
	}
	return res, nil
}

// hitOf is the API's view of an index hit on the node at p: its kind in
// the API's words (number, outlet), its snippet and sources.
func hitOf(h search.Hit, p *props) *SearchHit {
	k := strings.ToLower(h.Kind)
	switch {
	case h.Kind == kind.NumericClaim:
		k = "number"
	case h.Kind == kind.Organization && p.is(schema.ClassOutlet):
		k = "outlet"
	}
	hit := &SearchHit{ID: h.ID, Kind: k, Label: h.Label, Score: h.Score, SourceIds: h.SourceIDs}
	if hit.SourceIds == nil {
		hit.SourceIds = []string{}
	}
	if h.Snippet != "" {
		s := h.Snippet
		hit.Snippet = &s
	}
	return hit
}

// rankKey is the sort key of the hit of rank i (0 best): the ranks in
// string order.
func rankKey(i int) string { return fmt.Sprintf("%09d", i) }

// rankAfter is the rank of the first hit after a search cursor (0 when
// there is none).
func rankAfter(after *string) (int, error) {
	if after == nil || *after == "" {
		return 0, nil
	}
	c, err := parseCursor(*after)
	if err != nil {
		return 0, err
	}
	rank, err := strconv.Atoi(c.key)
	if err != nil || rank < 0 || len(c.key) != len(rankKey(0)) {
		return 0, userErrorf("invalid cursor %q: not a search cursor", *after)
	}
	return rank + 1, nil
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
