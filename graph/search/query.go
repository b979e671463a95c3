package search

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/kind"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/schema"
)

// Hit is one node found.
type Hit struct {
	ID    string  // local node id ("person:jana-novak", "sent:doc-1:4")
	Kind  string  // package kind: PERSON, COMMITMENT, SENTENCE, ...
	Label string  // display label: name, what, claim text, sentence text
	Score float64 // bleve's score; higher is better
	// Snippet is the part of the matched text around the first match
	// (the label when only a name matched).
	Snippet string
	// SourceIDs are the local ids of the documents that state the node
	// ("doc:..."), the curated gazetteer left out.
	SourceIDs []string
}

// Boosts of the parts of a search: an exact name beats a partial name,
// which beats running text, which beats the names a fact links to.
const (
	boostExactName   = 10
	boostNamePhrase  = 4
	boostNameWords   = 3
	boostNamePartial = 1.5
	boostTextPhrase  = 2
	boostTextWords   = 1
	boostRelated     = 0.5
	minPrefixLength  = 3
	minFuzzyLength   = 4
	snippetRadius    = 90 // bytes either side of the first match
	kindFilterWeight = 1e-9
)

// Search finds the nodes best matching text, of the given kinds (all when
// empty; "ACTOR" stands for PERSON, COUNTRY and ORGANIZATION), best
// first, at most first of them (DefaultFirst when 0, at most MaxFirst).
// It also returns how many nodes match in all.
func (ix *Index) Search(ctx context.Context, text string, kinds []string, first int) ([]Hit, int, error) {
	return ix.SearchPage(ctx, text, kinds, first, 0)
}

// SearchPage is Search skipping the offset best hits (for paging).
func (ix *Index) SearchPage(ctx context.Context, text string, kinds []string, first, offset int) ([]Hit, int, error) {
	switch {
	case first == 0:
		first = DefaultFirst
	case first < 0 || first > MaxFirst:
		return nil, 0, fmt.Errorf("search %q: first %d (1 to %d): %w", text, first, MaxFirst, ErrTooMany)
	}
	if offset < 0 {
		offset = 0
	}
	q, err := ix.buildQuery(text, kinds)
	if err != nil {
		return nil, 0, err
	}
	req := bleve.NewSearchRequestOptions(q, first, offset, false)
	req.Fields = []string{fieldKind, fieldName, fieldText, fieldLabels}
	req.IncludeLocations = true
	res, err := ix.bleve.SearchInContext(ctx, req)
	if err != nil {
		return nil, 0, fmt.Errorf("search %q: %w", text, err)
	}
	hits := make([]Hit, 0, len(res.Hits))
	for _, h := range res.Hits {
		hit := Hit{ID: h.ID, Score: h.Score, Kind: str(h.Fields[fieldKind]), Label: str(h.Fields[fieldName])}
		hit.Snippet = snippet(str(h.Fields[fieldText]), h.Locations[fieldText], hit.Label)
		for _, l := range strs(h.Fields[fieldLabels]) {
			if id, ok := schema.LocalID(quad.IRI(l)); ok && l != string(schema.GazetteerLabel) {
				hit.SourceIDs = append(hit.SourceIDs, id)
			}
		}
		hits = append(hits, hit)
	}
	return hits, int(res.Total), nil
}

// buildQuery is the disjunction of name, text and related-name matches,
// restricted to kinds.
func (ix *Index) buildQuery(text string, kinds []string) (query.Query, error) {
	folded := gazetteer.Normalize(text)
	if folded == "" {
		return nil, fmt.Errorf("search %q: %w", text, ErrEmptyQuery)
	}
	var parts []query.Query
	exact := bleve.NewTermQuery(folded)
	exact.SetField(fieldKeys)
	exact.SetBoost(boostExactName)
	parts = append(parts, exact)
	for _, field := range []string{fieldNames, fieldName} {
		phrase := bleve.NewMatchPhraseQuery(text)
		phrase.SetField(field)
		phrase.SetBoost(boostNamePhrase)
		words := bleve.NewMatchQuery(text)
		words.SetField(field)
		words.SetOperator(query.MatchQueryOperatorAnd)
		words.SetBoost(boostNameWords)
		parts = append(parts, phrase, words)
	}
	if partial := partialName(folded); partial != nil {
		parts = append(parts, partial)
	}
	textPhrase := bleve.NewMatchPhraseQuery(text)
	textPhrase.SetField(fieldText)
	textPhrase.SetBoost(boostTextPhrase)
	textWords := bleve.NewMatchQuery(text)
	textWords.SetField(fieldText)
	textWords.SetBoost(boostTextWords)
	related := bleve.NewMatchQuery(text)
	related.SetField(fieldRelated)
	related.SetBoost(boostRelated)
	parts = append(parts, textPhrase, textWords, related)
	q := query.Query(bleve.NewDisjunctionQuery(parts...))

	if len(kinds) == 0 {
		return q, nil
	}
	expanded, unknown := kind.Expand(kinds)
	if len(unknown) > 0 {
		return nil, fmt.Errorf("search kinds %v (known: %s, %s): %w", unknown, strings.Join(kind.All(), ", "), kind.Actor, ErrUnknownKind)
	}
	var filters []query.Query
	for _, k := range expanded {
		t := bleve.NewTermQuery(k)
		t.SetField(fieldKind)
		t.SetBoost(kindFilterWeight)
		filters = append(filters, t)
	}
	filter := bleve.NewDisjunctionQuery(filters...)
	filter.SetBoost(kindFilterWeight)
	return bleve.NewConjunctionQuery(q, filter), nil
}

// partialName matches names that hold every word of the query, each
// word whole, as a prefix ("zelen") or with a typo ("kovalenco"); nil
// when no word is long enough.
func partialName(folded string) query.Query {
	var all []query.Query
	for _, word := range strings.Fields(folded) {
		n := utf8.RuneCountInString(word)
		exact := bleve.NewTermQuery(word)
		exact.SetField(fieldNames)
		alternatives := []query.Query{exact}
		if n >= minPrefixLength {
			p := bleve.NewPrefixQuery(word)
			p.SetField(fieldNames)
			alternatives = append(alternatives, p)
		}
		if n >= minFuzzyLength && !isNumber(word) {
			f := bleve.NewFuzzyQuery(word)
			f.SetField(fieldNames)
			// One edit: a second one costs more to build than the rest of
			// the search, and prefixes already cover truncated names.
			f.SetFuzziness(1)
			f.SetPrefix(1)
			alternatives = append(alternatives, f)
		}
		if len(alternatives) == 1 && n < 2 {
			continue // a lone letter constrains nothing
		}
		all = append(all, bleve.NewDisjunctionQuery(alternatives...))
	}
	if len(all) == 0 {
		return nil
	}
	q := bleve.NewConjunctionQuery(all...)
	q.SetBoost(boostNamePartial)
	return q
}

// snippet cuts text around the earliest match location, at word
// boundaries; fallback when the text did not match.
func snippet(text string, locs search.TermLocationMap, fallback string) string {
	if text == "" || len(locs) == 0 {
		return fallback
	}
	start, end := -1, -1
	for _, list := range locs {
		for _, l := range list {
			if s := int(l.Start); start < 0 || s < start {
				start, end = s, int(l.End)
			}
		}
	}
	if start < 0 || end > len(text) {
		return fallback
	}
	from, to := max(0, start-snippetRadius), min(len(text), end+snippetRadius)
	from, to = wordStart(text, from), wordEnd(text, to)
	s := strings.TrimSpace(text[from:to])
	if from > 0 {
		s = "…" + s
	}
	if to < len(text) {
		s += "…"
	}
	return strings.Join(strings.Fields(s), " ")
}

// wordStart moves i forward to the start of a word (or keeps 0).
func wordStart(s string, i int) int {
	if i == 0 {
		return 0
	}
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return i + n
		}
		i += n
	}
	return i
}

// wordEnd moves i back to the end of a word (or keeps len(s)).
func wordEnd(s string, i int) int {
	if i >= len(s) {
		return len(s)
	}
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	for j := i; j > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if unicode.IsSpace(r) {
			return j - n
		}
		j -= n
	}
	return i
}

func isNumber(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func str(v interface{}) string {
	s, _ := v.(string)
	return s
}

// strs reads a stored field that holds one or several strings.
func strs(v interface{}) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []interface{}:
		out := make([]string, 0, len(v))
		for _, x := range v {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		sort.Strings(out)
		return out
	}
	return nil
}
