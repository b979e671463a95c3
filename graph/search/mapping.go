package search

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/kg-project/kg/loader/gazetteer"
)

// Names of kg's analysis components, registered with bleve at init (an
// index on disk names them in its saved mapping).
const (
	foldFilter   = "kg_fold"
	nameAnalyzer = "kg_name"
	textAnalyzer = "kg_text"
)

// Fields of an indexed node.
const (
	fieldKind    = "kind"    // keyword: PERSON, EVENT, SENTENCE, ...
	fieldName    = "name"    // display label; also searched as a name
	fieldNames   = "names"   // name and aliases
	fieldKeys    = "keys"    // keyword: each name folded whole (exact name match)
	fieldText    = "text"    // claim text, what, condition, sentence text, role labels
	fieldRelated = "related" // names of the actors and places a fact links to
	fieldLabels  = "labels"  // keyword: labels of the documents the node is stated in
)

// foldTokens folds each token as gazetteer.Normalize folds names (case,
// accents, dotted initials, a trailing possessive), keeping its offsets
// into the original text so that snippets cut the stored text exactly.
type foldTokens struct{}

func (foldTokens) Filter(in analysis.TokenStream) analysis.TokenStream {
	out := in[:0]
	for _, t := range in {
		folded := gazetteer.Normalize(string(t.Term))
		if folded == "" {
			continue
		}
		t.Term = []byte(folded)
		out = append(out, t)
	}
	return out
}

func init() {
	_ = registry.RegisterTokenFilter(foldFilter, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return foldTokens{}, nil
	})
}

// newMapping is the index mapping: one static document type whose fields
// are analysed for names (folded words, no stemming) or running text
// (folded, English stop words and stems).
func newMapping() (*mapping.IndexMappingImpl, error) {
	m := bleve.NewIndexMapping()
	if err := m.AddCustomAnalyzer(nameAnalyzer, map[string]interface{}{
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": []string{lowercase.Name, foldFilter},
	}); err != nil {
		return nil, err
	}
	if err := m.AddCustomAnalyzer(textAnalyzer, map[string]interface{}{
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": []string{lowercase.Name, foldFilter, en.StopName, en.SnowballStemmerName},
	}); err != nil {
		return nil, err
	}
	field := func(analyzer string, store, vectors bool) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = analyzer
		f.Store = store
		f.IncludeTermVectors = vectors
		f.IncludeInAll = false
		return f
	}
	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(fieldKind, field(keyword.Name, true, false))
	doc.AddFieldMappingsAt(fieldName, field(nameAnalyzer, true, false))
	doc.AddFieldMappingsAt(fieldNames, field(nameAnalyzer, false, false))
	doc.AddFieldMappingsAt(fieldKeys, field(keyword.Name, false, false))
	doc.AddFieldMappingsAt(fieldText, field(textAnalyzer, true, true))
	doc.AddFieldMappingsAt(fieldRelated, field(textAnalyzer, false, false))
	doc.AddFieldMappingsAt(fieldLabels, field(keyword.Name, true, false))
	m.DefaultMapping = doc
	m.DefaultAnalyzer = textAnalyzer
	return m, nil
}
