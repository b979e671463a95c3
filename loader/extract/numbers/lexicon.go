package numbers

import (
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"

	"github.com/goccy/go-yaml"
	"github.com/kg-project/kg/loader/extract/token"
)

// numbersLexiconPath is where the numbers lexicon lives in the data FS.
const numbersLexiconPath = "lexicon/numbers.yaml"

// Lexicon is data/lexicon/numbers.yaml.
type Lexicon struct {
	Words              map[string]float64 `yaml:"words"`
	Scales             map[string]float64 `yaml:"scales"`
	Qualifiers         map[string]string  `yaml:"qualifiers"`
	CurrencyPrefixes   map[string]string  `yaml:"currency_prefixes"`
	CurrencyWords      map[string]string  `yaml:"currency_words"`
	Percent            []string           `yaml:"percent"`
	MeasureUnits       map[string]string  `yaml:"measure_units"`
	DurationUnits      []string           `yaml:"duration_units"`
	SpacedUnits        []string           `yaml:"spaced_units"`
	NotUnits           []string           `yaml:"not_units"`
	OneIdioms          []string           `yaml:"one_idioms"`
	IdentifierWords    []string           `yaml:"identifier_words"`
	Anaphoric          []string           `yaml:"anaphoric_determiners"`
	ReportingVerbs     []string           `yaml:"reporting_verbs"`
	SourceMarkers      []string           `yaml:"source_markers"`
	VagueCounts        []string           `yaml:"vague_counts"`
	Ordinals           map[string]float64 `yaml:"ordinals"`
	EditionNouns       []string           `yaml:"edition_nouns"`
	DeadlineQualifiers []string           `yaml:"deadline_qualifiers"`
	DeadlineCues       []string           `yaml:"deadline_cues"`
	TallyWords         []string           `yaml:"tally_words"`

	// Derived sets.
	qualifierSeqs [][]string // qualifier word sequences, longest first
	prefixes      []string   // currency prefixes, longest first
	notUnit       map[string]bool
	oneIdiom      map[string]bool
	identifier    map[string]bool
	duration      map[string]bool
	percentSeqs   [][]string
	anaphoric     map[string]bool
	reporting     map[string]bool
	currency      map[string]bool // ISO codes of prefixes and words
	currencySeqs  [][]string      // currency words as word sequences, longest first
	spaced        map[string]bool
	sourceSeqs    [][]string // source markers as word sequences
	vague         map[string]bool
	editionNoun   map[string]bool
	tallyWord     map[string]bool

	deadlineQualifierSeqs, deadlineCueSeqs [][]string

	// countWords are the words of Words, Scales, vague and Ordinals (what
	// numMayHold looks for); startWords those of Words, vague and
	// Ordinals, with "a" and "an" (the words MayStart takes): one lookup
	// each instead of one per table.
	countWords, startWords map[string]bool
	// countFilter and startFilter pass every word of countWords and
	// startWords and few others: most words skip the lookup.
	countFilter, startFilter *token.ShapeFilter
	// prefixStart holds the first bytes of the currency prefixes and
	// currencyFirst the first words of the currency words: a token that
	// begins with neither tries no prefix or word (both nil when some
	// prefix or word is empty and every one must be tried).
	prefixStart   *[256]bool
	currencyFirst map[string]bool
}

// LoadLexicon reads and checks the numbers lexicon.
func LoadLexicon(data fs.FS) (*Lexicon, error) {
	b, err := fs.ReadFile(data, numbersLexiconPath)
	if err != nil {
		return nil, fmt.Errorf("load numbers lexicon: %w", err)
	}
	if lx, ok := numberLexicons.Load(string(b)); ok {
		return lx.(*Lexicon), nil
	}
	lx, err := ParseLexicon(b)
	if err != nil {
		return nil, err
	}
	shared, _ := numberLexicons.LoadOrStore(string(b), lx)
	return shared.(*Lexicon), nil
}

// numberLexicons holds the lexicons loaded, by their text: the numbers and
// claims stages of a pipeline share one (and the scans kept for the
// claims, see sentFound). A lexicon is read-only once parsed.
var numberLexicons sync.Map

// ParseLexicon parses the YAML of the numbers lexicon.
func ParseLexicon(b []byte) (*Lexicon, error) {
	var lx Lexicon
	if err := yaml.Unmarshal(b, &lx); err != nil {
		return nil, fmt.Errorf("parse %s: %w", numbersLexiconPath, err)
	}
	if len(lx.Words) == 0 || len(lx.Qualifiers) == 0 || len(lx.Percent) == 0 {
		return nil, fmt.Errorf("parse %s: words, qualifiers and percent must not be empty", numbersLexiconPath)
	}
	for q, kind := range lx.Qualifiers {
		if kind != "min" && kind != "max" && kind != "approx" {
			return nil, fmt.Errorf("parse %s: qualifier %q has kind %q, want min, max or approx", numbersLexiconPath, q, kind)
		}
		lx.qualifierSeqs = append(lx.qualifierSeqs, strings.Fields(strings.ToLower(q)))
	}
	sort.Slice(lx.qualifierSeqs, func(i, j int) bool {
		if len(lx.qualifierSeqs[i]) != len(lx.qualifierSeqs[j]) {
			return len(lx.qualifierSeqs[i]) > len(lx.qualifierSeqs[j])
		}
		return strings.Join(lx.qualifierSeqs[i], " ") < strings.Join(lx.qualifierSeqs[j], " ")
	})
	for p := range lx.CurrencyPrefixes {
		lx.prefixes = append(lx.prefixes, p)
	}
	sort.Slice(lx.prefixes, func(i, j int) bool {
		if len(lx.prefixes[i]) != len(lx.prefixes[j]) {
			return len(lx.prefixes[i]) > len(lx.prefixes[j])
		}
		return lx.prefixes[i] < lx.prefixes[j]
	})
	lx.notUnit = token.LowerSet(lx.NotUnits)
	lx.oneIdiom = token.LowerSet(lx.OneIdioms)
	lx.identifier = token.LowerSet(lx.IdentifierWords)
	lx.duration = token.LowerSet(lx.DurationUnits)
	lx.anaphoric = token.LowerSet(lx.Anaphoric)
	lx.reporting = token.LowerSet(lx.ReportingVerbs)
	lx.currency = map[string]bool{}
	for _, c := range lx.CurrencyPrefixes {
		lx.currency[c] = true
	}
	for w, c := range lx.CurrencyWords {
		lx.currency[c] = true
		lx.currencySeqs = append(lx.currencySeqs, strings.Fields(strings.ToLower(w)))
	}
	sort.Slice(lx.currencySeqs, func(i, j int) bool {
		if len(lx.currencySeqs[i]) != len(lx.currencySeqs[j]) {
			return len(lx.currencySeqs[i]) > len(lx.currencySeqs[j])
		}
		return strings.Join(lx.currencySeqs[i], " ") < strings.Join(lx.currencySeqs[j], " ")
	})
	lx.spaced = token.LowerSet(lx.SpacedUnits)
	lx.vague = token.LowerSet(lx.VagueCounts)
	lx.editionNoun = token.LowerSet(lx.EditionNouns)
	lx.tallyWord = token.LowerSet(lx.TallyWords)
	lx.sourceSeqs = numSeqs(lx.SourceMarkers)
	lx.deadlineQualifierSeqs = numSeqs(lx.DeadlineQualifiers)
	lx.deadlineCueSeqs = numSeqs(lx.DeadlineCues)
	for _, p := range lx.Percent {
		lx.percentSeqs = append(lx.percentSeqs, strings.Fields(strings.ToLower(p)))
	}
	lx.countWords, lx.startWords = map[string]bool{}, map[string]bool{"a": true, "an": true}
	for _, m := range []map[string]float64{lx.Words, lx.Ordinals} {
		for w := range m {
			lx.countWords[w], lx.startWords[w] = true, true
		}
	}
	for w := range lx.vague {
		lx.countWords[w], lx.startWords[w] = true, true
	}
	for w := range lx.Scales {
		lx.countWords[w] = true
	}
	lx.prefixStart, lx.currencyFirst = currencyStarts(lx.prefixes, lx.currencySeqs)
	lx.countFilter, lx.startFilter = &token.ShapeFilter{}, &token.ShapeFilter{}
	for w := range lx.countWords {
		lx.countFilter.Add(w)
	}
	for w := range lx.startWords {
		lx.startFilter.Add(w)
	}
	return &lx, nil
}

// isCurrency reports whether unit is one of the lexicon's currency codes.
func (lx *Lexicon) isCurrency(unit string) bool {
	return lx.currency[unit]
}

// numSeqs splits each phrase into lower-cased words.
func numSeqs(phrases []string) [][]string {
	out := make([][]string, 0, len(phrases))
	for _, p := range phrases {
		out = append(out, strings.Fields(strings.ToLower(p)))
	}
	return out
}

// currencyStarts returns the first bytes of prefixes and the first words
// of seqs; nil for both when a prefix or a sequence is empty.
func currencyStarts(prefixes []string, seqs [][]string) (*[256]bool, map[string]bool) {
	bytes, words := &[256]bool{}, map[string]bool{}
	for _, p := range prefixes {
		if p == "" {
			return nil, nil
		}
		bytes[p[0]] = true
	}
	for _, seq := range seqs {
		if len(seq) == 0 {
			return nil, nil
		}
		words[seq[0]] = true
	}
	return bytes, words
}
