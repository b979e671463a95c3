package extract

import (
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/goccy/go-yaml"
)

// entityLexicon is data/lexicon/entities.yaml: the cue words of the
// entity stages.
type entityLexicon struct {
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
	BylineStop         []string    `yaml:"byline_stop"`
	PhotoCreditMarkers []string    `yaml:"photo_credit_markers"`
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
	FirstPersonPlural  []string    `yaml:"first_person_plural"`
	PrimaryMinWe       int         `yaml:"primary_min_we"`
	sets               map[string]map[string]bool
}

// creditCue is one kind of credit line ("Writing by").
type creditCue struct {
	Cue    string `yaml:"cue"`
	Role   string `yaml:"role"`
	Author bool   `yaml:"author"`
}

// titleLexicon is data/lexicon/titles.yaml: office titles and relations.
type titleLexicon struct {
	Offices   []titleForm `yaml:"offices"`
	Relations []titleForm `yaml:"relations"`
	Modifiers []string    `yaml:"modifiers"`
	// byFirst indexes the forms by their first lower-case word, offices
	// before relations, longest first.
	byFirst map[string][]*titleForm
}

// titleForm is one way of writing a title and its normalised form.
type titleForm struct {
	Form     string `yaml:"form"`
	Title    string `yaml:"title"`
	Link     string `yaml:"link"`
	Mirror   bool   `yaml:"mirror"`
	relation bool
	words    []string // lower-cased words of Form, split at spaces and hyphens
}

// errLexicon is wrapped by errors in the entity lexicon files.
var errLexicon = errors.New("invalid entity lexicon")

const (
	entityLexiconPath = "lexicon/entities.yaml"
	titleLexiconPath  = "lexicon/titles.yaml"
)

// loadEntityLexicon reads and checks entities.yaml.
func loadEntityLexicon(data fs.FS) (*entityLexicon, error) {
	raw, err := fs.ReadFile(data, entityLexiconPath)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", entityLexiconPath, err)
	}
	var lex entityLexicon
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
	}
	return &lex, nil
}

// has reports whether word is in the named set; sets of lower-case words
// are matched case-insensitively.
func (l *entityLexicon) has(set, word string) bool {
	if isLowerSet(set) {
		return l.sets[set][strings.ToLower(word)]
	}
	return l.sets[set][word]
}

func isLowerSet(set string) bool {
	switch set {
	case "label", "plabel", "prep", "uprep", "mprep", "motion", "event", "region", "bystop", "selfverb", "speech", "aux":
		return true
	}
	return false
}

// loadTitleLexicon reads titles.yaml; forms are sorted longest first so
// that "Deputy Prime Minister" wins over "Prime Minister".
func loadTitleLexicon(data fs.FS) (*titleLexicon, error) {
	raw, err := fs.ReadFile(data, titleLexiconPath)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", titleLexiconPath, err)
	}
	var lex titleLexicon
	if err := yaml.UnmarshalWithOptions(raw, &lex, yaml.DisallowUnknownField()); err != nil {
		return nil, fmt.Errorf("load %s: %w", titleLexiconPath, err)
	}
	if len(lex.Offices) == 0 {
		return nil, fmt.Errorf("load %s: %w: no offices", titleLexiconPath, errLexicon)
	}
	prep := func(list []titleForm, relation bool) {
		for i := range list {
			t := &list[i]
			t.relation = relation
			t.words = strings.FieldsFunc(strings.ToLower(t.Form), func(r rune) bool { return r == ' ' || r == '-' })
			if t.Title == "" {
				t.Title = t.Form
			}
			if t.Link == "" {
				t.Link = "of"
			}
		}
		sort.SliceStable(list, func(i, j int) bool { return len(list[i].words) > len(list[j].words) })
	}
	prep(lex.Offices, false)
	prep(lex.Relations, true)
	lex.byFirst = map[string][]*titleForm{}
	for _, list := range [][]titleForm{lex.Offices, lex.Relations} {
		for i := range list {
			t := &list[i]
			if len(t.words) == 0 {
				return nil, fmt.Errorf("load %s: %w: empty title form", titleLexiconPath, errLexicon)
			}
			first := strings.TrimSuffix(t.words[0], ".")
			lex.byFirst[first] = append(lex.byFirst[first], t)
		}
	}
	return &lex, nil
}

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
