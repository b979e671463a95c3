package lexicon

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"sort"
	"strings"
	"sync"

	"github.com/goccy/go-yaml"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
)

// Entities is data/lexicon/entities.yaml: the cue words of the
// entity stages.
type Entities struct {
	PlacePrepositions  []string    `yaml:"place_prepositions"`
	UnknownPlacePreps  []string    `yaml:"unknown_place_prepositions"`
	MotionPrepositions []string    `yaml:"motion_prepositions"`
	MotionWords        []string    `yaml:"motion_words"`
	EventNouns         []string    `yaml:"event_nouns"`
	VenueWords         []string    `yaml:"venue_words"`
	RegionWords        []string    `yaml:"region_words"`
	PartitiveCues      []string    `yaml:"partitive_cues"`
	SpeechVerbs        []string    `yaml:"speech_verbs"`
	AuxVerbs           []string    `yaml:"aux_verbs"`
	DateLinePrefixes   []string    `yaml:"date_line_prefixes"`
	OrgHeads           []string    `yaml:"org_heads"`
	Determiners        []string    `yaml:"determiners"`
	PersonStop         []string    `yaml:"person_stop"`
	PlaceStop          []string    `yaml:"place_stop"`
	Honorifics         []string    `yaml:"honorifics"`
	NameSuffixes       []string    `yaml:"name_suffixes"`
	TitleSurnames      []string    `yaml:"title_only_surnames"`
	GivenNameTitles    []string    `yaml:"given_name_titles"`
	PersonNouns        []string    `yaml:"person_nouns"`
	PersonGroupNouns   []string    `yaml:"person_group_nouns"`
	LowerBodies        []string    `yaml:"lower_bodies"`
	InstrumentNouns    []string    `yaml:"instrument_nouns"`
	InstrumentMods     []string    `yaml:"instrument_modifiers"`
	CompassWords       []string    `yaml:"compass_words"`
	AbstractEndings    []string    `yaml:"abstract_noun_endings"`
	NonBodyNext        []string    `yaml:"non_body_continuations"`
	InstrumentHeads    []string    `yaml:"instrument_heads"`
	AffiliationNouns   []string    `yaml:"affiliation_nouns"`
	VisitNouns         []string    `yaml:"visit_nouns"`
	NameHeadsBeforeOf  []string    `yaml:"name_heads_before_of"`
	BylineStop         []string    `yaml:"byline_stop"`
	BureauWords        []string    `yaml:"byline_bureau_words"`
	PhotoCreditMarkers []string    `yaml:"photo_credit_markers"`
	PhotoAgencyWords   []string    `yaml:"photo_credit_agency_words"`
	Credits            []creditCue `yaml:"credits"`
	TrailingCredits    []creditCue `yaml:"trailing_credits"`
	BylineRole         string      `yaml:"byline_role"`
	PhotoCreditRole    string      `yaml:"photo_credit_role"`
	OutletCues         []string    `yaml:"outlet_cues"`
	SelfReportVerbs    []string    `yaml:"self_report_verbs"`
	RelayCues          []string    `yaml:"relay_cues"`
	Platforms          []string    `yaml:"platforms"`
	HeaderLabels       []string    `yaml:"header_labels"`
	PrimaryLabels      []string    `yaml:"primary_labels"`
	PrimaryTitleWords  []string    `yaml:"primary_title_words"`
	PrimaryPrefixes    []string    `yaml:"primary_label_prefixes"`
	FirstPersonPlural  []string    `yaml:"first_person_plural"`
	PrimaryMinWe       int         `yaml:"primary_min_we"`
	PrimaryOpenings    []string    `yaml:"primary_openings"`
	GovernmentLabels   []string    `yaml:"government_host_labels"`
	SpeakerLabelsMin   int         `yaml:"transcript_min_speaker_labels"`
	CompanyCues        []string    `yaml:"company_cues"`
	LegalSuffixes      []string    `yaml:"legal_suffixes"`
	CompanyHeads       []string    `yaml:"company_heads"`
	CompanyDescriptors []string    `yaml:"company_descriptors"`
	sets               map[string]map[string]bool
	exactBits          map[string]uint64 // word -> bits of the exact-case sets holding it
	lowerBits          map[string]uint64 // lower-case word -> bits of the lower-case sets
	lowerWordBits      map[string]uint64 // lower-case word -> exactBits | lowerBits of it
	setWords           *token.WordFilter // the keys of exactBits and lowerBits: most words are in no set

	LowerBodyWords map[string][][]string // first word of lower_bodies -> the phrases' words
}

// creditCue is one kind of credit line ("Writing by").
type creditCue struct {
	Cue    string `yaml:"cue"`
	Role   string `yaml:"role"`
	Author bool   `yaml:"author"`
}

// Titles is data/lexicon/titles.yaml: office titles and relations.
type Titles struct {
	Offices   []TitleForm `yaml:"offices"`
	Relations []TitleForm `yaml:"relations"`
	Modifiers []string    `yaml:"modifiers"`
	// byFirst indexes the forms by their first lower-case word, offices
	// before relations, longest first.
	ByFirst map[string][]*TitleForm
	// firstWords filters the keys of ByFirst (nil: look every word up).
	firstWords *token.WordFilter
	// firstShapes filters them before firstWords (nil: look every word up).
	firstShapes *firstShapes
}

// TitleForm is one way of writing a title and its normalised form.
type TitleForm struct {
	Form     string `yaml:"form"`
	Title    string `yaml:"title"`
	Link     string `yaml:"link"`
	Mirror   bool   `yaml:"mirror"`
	Relation bool
	Words    []string // lower-cased words of Form, split at spaces and hyphens
}

// errLexicon is wrapped by errors in the entity lexicon files.
var errLexicon = errors.New("invalid entity lexicon")

const (
	entityLexiconPath = "lexicon/entities.yaml"
	titleLexiconPath  = "lexicon/titles.yaml"
)

// LoadEntities reads and checks entities.yaml.
func LoadEntities(data fs.FS) (*Entities, error) {
	raw, err := fs.ReadFile(data, entityLexiconPath)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", entityLexiconPath, err)
	}
	if v, ok := entityLexicons.Load(string(raw)); ok {
		return v.(*Entities), nil
	}
	var lex Entities
	if err := yaml.UnmarshalWithOptions(raw, &lex, yaml.DisallowUnknownField()); err != nil {
		return nil, fmt.Errorf("load %s: %w", entityLexiconPath, err)
	}
	if len(lex.PlacePrepositions) == 0 || len(lex.OrgHeads) == 0 || lex.BylineRole == "" {
		return nil, fmt.Errorf("load %s: %w: place_prepositions, org_heads and byline_role are required", entityLexiconPath, errLexicon)
	}
	lex.sets = map[string]map[string]bool{
		"prep":     lowerSet(lex.PlacePrepositions),
		"uprep":    lowerSet(lex.UnknownPlacePreps),
		"mprep":    lowerSet(lex.MotionPrepositions),
		"motion":   lowerSet(lex.MotionWords),
		"event":    lowerSet(lex.EventNouns),
		"venue":    exactSet(lex.VenueWords),
		"region":   lowerSet(lex.RegionWords),
		"orghead":  exactSet(lex.OrgHeads),
		"det":      exactSet(lex.Determiners),
		"pstop":    exactSet(lex.PersonStop),
		"plstop":   exactSet(lex.PlaceStop),
		"bystop":   lowerSet(lex.BylineStop),
		"platform": exactSet(lex.Platforms),
		"selfverb": lowerSet(lex.SelfReportVerbs),
		"we":       exactSet(lex.FirstPersonPlural),
		"label":    lowerSet(append(append([]string{}, lex.HeaderLabels...), lex.PrimaryLabels...)),
		"plabel":   lowerSet(lex.PrimaryLabels),
		"speech":   lowerSet(lex.SpeechVerbs),
		"aux":      lowerSet(lex.AuxVerbs),
		"honor":    exactSet(lex.Honorifics),
		"tsurname": exactSet(lex.TitleSurnames),
		"gtitle":   exactSet(lex.GivenNameTitles),
		"nonbody":  exactSet(lex.NonBodyNext),
		"insthead": exactSet(lex.InstrumentHeads),
		"affil":    lowerSet(lex.AffiliationNouns),
		"visitn":   lowerSet(lex.VisitNouns),
		"pnoun":    lowerSet(lex.PersonNouns),
		"pgroup":   lowerSet(lex.PersonGroupNouns),
		"instr":    lowerSet(lex.InstrumentNouns),
		"instrmod": lowerSet(lex.InstrumentMods),
		"compass":  exactSet(lex.CompassWords),
		"cocue":    lowerSet(lex.CompanyCues),
		"legal":    exactSet(lex.LegalSuffixes),
		"cohead":   exactSet(lex.CompanyHeads),
		"codesc":   exactSet(lex.CompanyDescriptors),
	}
	lex.indexSets()
	lex.LowerBodyWords = map[string][][]string{}
	for _, b := range lex.LowerBodies {
		f := strings.Fields(strings.ToLower(b))
		if len(f) == 0 {
			return nil, fmt.Errorf("load %s: %w: empty lower_bodies phrase", entityLexiconPath, errLexicon)
		}
		lex.LowerBodyWords[f[0]] = append(lex.LowerBodyWords[f[0]], f)
	}
	shared, _ := entityLexicons.LoadOrStore(string(raw), &lex)
	return shared.(*Entities), nil
}

// Has reports whether word is in the named set; sets of lower-case words
// are matched case-insensitively.
func (l *Entities) Has(set, word string) bool { return l.HasIn(SetOf(set), word) }

// HasAt is has for word i of a.bodyWords(), from a per-document table of
// the sets each word belongs to.
func (l *Entities) HasAt(a *model.Analysis, i int, set string) bool {
	bits := wordSets(a, l)[i]
	return bits != 0 && bits&setBit(set) != 0
}

// WordSets holds, for each word of a document's BodyWords, the bits of
// the entity sets it belongs to: what HasAt reads, fetched once by a
// stage that asks about many words.
type WordSets []uint64

// WordSetsOf returns the table of a's body words, computed once per
// document and lexicon. The slice is shared: read it, never write it.
func (l *Entities) WordSetsOf(a *model.Analysis) WordSets { return wordSets(a, l) }

// Has is HasAt for word i of the document the table was built for.
func (w WordSets) Has(i int, set string) bool {
	bits := w[i]
	return bits != 0 && bits&setBit(set) != 0 // most words are in no set
}

// wordSets returns, for each word of a.bodyWords(), the bits of the sets
// of l it belongs to; computed once per document and lexicon.
func wordSets(a *model.Analysis, l *Entities) []uint64 {
	if bits, ok := model.Cached[[]uint64](a, wordSetsKey{l}); ok {
		return bits
	}
	words := a.BodyWords()
	bits := make([]uint64, len(words))
	for i, w := range words {
		bits[i] = l.bitsOf(w.Text)
	}
	a.Cache(wordSetsKey{l}, bits)
	return bits
}

// bitsOf returns the bits of the sets word belongs to: exactBits[word] |
// lowerBitsOf(word), in one lookup (of lowerWordBits) for a word in lower
// case, as most are.
func (l *Entities) bitsOf(word string) uint64 {
	for i := 0; i < len(word); i++ {
		if c := word[i]; 'A' <= c && c <= 'Z' || c >= 0x80 {
			if l.setWords != nil && !l.setWords.MayHold(word) && !l.setWords.MayHoldLower(word) {
				return 0 // in no set, as most words
			}
			return l.exactBits[word] | l.lowerBitsOf(word)
		}
	}
	if l.setWords != nil && !l.setWords.MayHold(word) {
		return 0
	}
	return l.lowerWordBits[word]
}

// wordSetsKey keys the wordSets of a lexicon on the Analysis.
type wordSetsKey struct{ l *Entities }

// SetNames are the sets of the entity lexicon; a set's bit is 1 << its
// index.
var SetNames = []string{"prep", "uprep", "mprep", "motion", "event", "venue", "region", "orghead", "det",
	"pstop", "plstop", "bystop", "platform", "selfverb", "we", "label", "plabel", "speech", "aux",
	"honor", "tsurname", "pnoun", "pgroup", "instr", "instrmod", "compass", "gtitle", "nonbody", "insthead", "affil", "visitn",
	"cocue", "legal", "cohead", "codesc"}

// setBitByName returns the bit of a set, 0 for an unknown name; setBit
// finds it faster.
func setBitByName(set string) uint64 {
	switch set {
	case "prep":
		return 1 << 0
	case "uprep":
		return 1 << 1
	case "mprep":
		return 1 << 2
	case "motion":
		return 1 << 3
	case "event":
		return 1 << 4
	case "venue":
		return 1 << 5
	case "region":
		return 1 << 6
	case "orghead":
		return 1 << 7
	case "det":
		return 1 << 8
	case "pstop":
		return 1 << 9
	case "plstop":
		return 1 << 10
	case "bystop":
		return 1 << 11
	case "platform":
		return 1 << 12
	case "selfverb":
		return 1 << 13
	case "we":
		return 1 << 14
	case "label":
		return 1 << 15
	case "plabel":
		return 1 << 16
	case "speech":
		return 1 << 17
	case "aux":
		return 1 << 18
	case "honor":
		return 1 << 19
	case "tsurname":
		return 1 << 20
	case "pnoun":
		return 1 << 21
	case "pgroup":
		return 1 << 22
	case "instr":
		return 1 << 23
	case "instrmod":
		return 1 << 24
	case "compass":
		return 1 << 25
	case "gtitle":
		return 1 << 26
	case "nonbody":
		return 1 << 27
	case "insthead":
		return 1 << 28
	case "affil":
		return 1 << 29
	case "visitn":
		return 1 << 30
	case "cocue":
		return 1 << 31
	case "legal":
		return 1 << 32
	case "cohead":
		return 1 << 33
	case "codesc":
		return 1 << 34
	}
	return 0
}

// indexSets fills exactBits and lowerBits from sets.
func (l *Entities) indexSets() {
	l.exactBits, l.lowerBits = map[string]uint64{}, map[string]uint64{}
	for _, name := range SetNames {
		bit := setBit(name)
		for w := range l.sets[name] {
			if isLowerSet(name) {
				l.lowerBits[w] |= bit
			} else {
				l.exactBits[w] |= bit
			}
		}
	}
	l.lowerWordBits = map[string]uint64{}
	for _, m := range []map[string]uint64{l.exactBits, l.lowerBits} {
		for w, bits := range m {
			if w == strings.ToLower(w) {
				l.lowerWordBits[w] |= bits
			}
		}
	}
	l.setWords = token.NewWordFilter(l.setWordKeys)
}

// lowerBitsOf looks word up in lowerBits, in lower case, without
// allocating for short ASCII words.
func (l *Entities) lowerBitsOf(word string) uint64 {
	if l.setWords != nil && !l.setWords.MayHoldLower(word) {
		return 0
	}
	var buf [32]byte
	if len(word) > len(buf) {
		return l.lowerBits[strings.ToLower(word)]
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= 0x80 {
			return l.lowerBits[strings.ToLower(word)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return l.lowerBits[string(buf[:len(word)])]
}

func isLowerSet(set string) bool {
	switch set {
	case "label", "plabel", "prep", "uprep", "mprep", "motion", "event", "region", "bystop", "selfverb", "speech", "aux", "pnoun", "pgroup", "instr", "instrmod", "affil", "visitn", "cocue":
		return true
	}
	return false
}

// LoadTitles reads titles.yaml; forms are sorted longest first so
// that "Deputy Prime Minister" wins over "Prime Minister".
//
// Stages built from the same file share one lexicon (it is read-only once
// loaded), so that a document's titles are found once for all of them
// (Analysis.titlesIn).
func LoadTitles(data fs.FS) (*Titles, error) {
	raw, err := fs.ReadFile(data, titleLexiconPath)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", titleLexiconPath, err)
	}
	if v, ok := titleLexicons.Load(string(raw)); ok {
		return v.(*Titles), nil
	}
	var lex Titles
	if err := yaml.UnmarshalWithOptions(raw, &lex, yaml.DisallowUnknownField()); err != nil {
		return nil, fmt.Errorf("load %s: %w", titleLexiconPath, err)
	}
	if len(lex.Offices) == 0 {
		return nil, fmt.Errorf("load %s: %w: no offices", titleLexiconPath, errLexicon)
	}
	prep := func(list []TitleForm, relation bool) {
		for i := range list {
			t := &list[i]
			t.Relation = relation
			t.Words = strings.FieldsFunc(strings.ToLower(t.Form), func(r rune) bool { return r == ' ' || r == '-' })
			if t.Title == "" {
				t.Title = t.Form
			}
			if t.Link == "" {
				t.Link = "of"
			}
		}
		sort.SliceStable(list, func(i, j int) bool { return len(list[i].Words) > len(list[j].Words) })
	}
	prep(lex.Offices, false)
	prep(lex.Relations, true)
	lex.ByFirst = map[string][]*TitleForm{}
	for _, list := range [][]TitleForm{lex.Offices, lex.Relations} {
		for i := range list {
			t := &list[i]
			if len(t.Words) == 0 {
				return nil, fmt.Errorf("load %s: %w: empty title form", titleLexiconPath, errLexicon)
			}
			first := strings.TrimSuffix(t.Words[0], ".")
			lex.ByFirst[first] = append(lex.ByFirst[first], t)
		}
	}
	lex.firstWords = token.NewWordFilter(maps.Keys(lex.ByFirst))
	lex.firstShapes = newFirstShapes(maps.Keys(lex.ByFirst))
	shared, _ := titleLexicons.LoadOrStore(string(raw), &lex)
	return shared.(*Titles), nil
}

// entityLexicons holds the entity lexicons loaded, by file content: the
// stages built from one file share it (it is read-only once loaded).
var entityLexicons sync.Map

// titleLexicons holds the title lexicons loaded, by file content.
var titleLexicons sync.Map

func lowerSet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[strings.ToLower(w)] = true
	}
	return m
}

func exactSet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// LoadEntitiesWithTitles loads the entity lexicon and its titles, what
// the stages that read names after and before titles are built from.
func LoadEntitiesWithTitles(data fs.FS) (*Entities, *Titles, error) {
	lex, err := LoadEntities(data)
	if err != nil {
		return nil, nil, err
	}
	titles, err := LoadTitles(data)
	if err != nil {
		return nil, nil, err
	}
	return lex, titles, nil
}
