package gen

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/goccy/go-yaml"
)

// LexiconPath is where the generator's phrasings live in the data FS.
const LexiconPath = "lexicon/gen.yaml"

// ErrLexicon is wrapped by every problem with the generator's lexicon.
var ErrLexicon = errors.New("invalid generator lexicon")

// Lexicon is the content of gen.yaml: invented name parts for authors and
// spokespeople, how office titles are written, and the phrasings of every
// kind of sentence the generator writes. Phrasings hold {slots} that the
// generator fills with actors, places, dates and numbers it records.
type Lexicon struct {
	GivenNames  []string `yaml:"given_names"`
	FamilyNames []string `yaml:"family_names"`
	// SurnameParticles are lower-case words that belong to a surname
	// ("von der Leyen", "De Wever").
	SurnameParticles []string `yaml:"surname_particles"`
	// FamilyNameFirst lists ISO3 codes of countries whose leaders are
	// written family name first, so the surname is the first word.
	FamilyNameFirst []string `yaml:"family_name_first"`
	// NamesWithThe lists country or organization names that take "the"
	// in running text.
	NamesWithThe []string `yaml:"names_with_the"`
	// VenuesWithThe are last words of venue names that take "the"
	// ("Palace").
	VenuesWithThe []string `yaml:"venues_with_the"`
	// OfficeRoles are the office roles (gazetteer Office.Role) whose
	// holders the generator writes about.
	OfficeRoles []string `yaml:"office_roles"`
	// OfficeTitles maps a gazetteer office title to how a news text writes
	// it before a name.
	OfficeTitles map[string]string `yaml:"office_titles"`
	// ActingOrgs are ids of the organizations that act in generated texts
	// (commit, coordinate, are cited).
	ActingOrgs []string `yaml:"acting_orgs"`
	// PartnerGroups are ids of organizations whose member states (with
	// the beneficiaries and sanction targets) are the countries whose
	// office holders appear in generated texts.
	PartnerGroups []string `yaml:"partner_groups"`
	// CountryAliases are the aliases of countries a news text writes in
	// place of the name ("US", "Britain"); others are left out.
	CountryAliases []string `yaml:"country_aliases"`
	// Beneficiaries and SanctionTargets are ISO3 codes.
	Beneficiaries   []string `yaml:"beneficiaries"`
	SanctionTargets []string `yaml:"sanction_targets"`

	Topics          []string `yaml:"topics"`
	Agreements      []string `yaml:"agreements"`
	Conditions      []string `yaml:"conditions"`
	Claims          []string `yaml:"claims"`
	Officials       []string `yaml:"officials"`
	Headlines       []string `yaml:"headlines"`
	Background      []string `yaml:"background"`
	Filler          []string `yaml:"filler"`
	StatementTitles []string `yaml:"statement_titles"`
	StatementLeads  []string `yaml:"statement_leads"`
	StatementBody   []string `yaml:"statement_body"`
	StatementClose  []string `yaml:"statement_close"`

	// Sentences maps a sentence kind (summit, pledge, said, ...) to its
	// phrasings.
	Sentences map[string][]string `yaml:"sentences"`
	// Commitments maps a commitment kind to verb phrases ("send {n} air
	// defence systems to {to}").
	Commitments map[string][]string `yaml:"commitments"`
	Numbers     []NumberPhrase      `yaml:"numbers"`
}

// NumberPhrase is a sentence stating a number, with what it is about.
type NumberPhrase struct {
	Text  string `yaml:"text"`  // holds {value}
	Unit  string `yaml:"unit"`  // "countries", "euros", "years"
	About string `yaml:"about"` // what the number counts
	Min   int    `yaml:"min"`
	Max   int    `yaml:"max"`
	// Style: "count" (qualifier + integer), "money" (€N billion), "range"
	// (N to M, thousands), "upto" (up to N).
	Style string `yaml:"style"`
}

// sentenceKinds are the kinds the generator knows how to fill; each must
// have phrasings.
var sentenceKinds = []string{
	"summit", "meeting", "talks", "visit", "signing", "press_conference",
	"pledge", "conditional", "refusal", "proposal", "reported", "draft",
	"said", "quote", "according", "official", "citing", "spokesperson",
}

// commitmentKinds are the kinds of the gold shape the lexicon may use.
var commitmentKinds = map[string]bool{
	"ceasefire monitoring": true, "military support": true, "multinational force": true,
	"binding commitment after attack": true, "defence cooperation": true,
	"financial support": true, "sanctions": true, "troop deployment": true, "other": true,
}

// LoadLexicon reads and checks gen.yaml from fsys.
func LoadLexicon(fsys fs.FS) (*Lexicon, error) {
	raw, err := fs.ReadFile(fsys, LexiconPath)
	if err != nil {
		return nil, fmt.Errorf("load generator lexicon %s: %w", LexiconPath, err)
	}
	var lex Lexicon
	if err := yaml.UnmarshalWithOptions(raw, &lex, yaml.DisallowUnknownField()); err != nil {
		return nil, fmt.Errorf("load generator lexicon %s: %w", LexiconPath, err)
	}
	if err := lex.validate(); err != nil {
		return nil, fmt.Errorf("load generator lexicon %s: %w", LexiconPath, err)
	}
	return &lex, nil
}

func (l *Lexicon) validate() error {
	var errs []error
	need := func(name string, n int) {
		if n == 0 {
			errs = append(errs, fmt.Errorf("%w: %s is empty", ErrLexicon, name))
		}
	}
	need("given_names", len(l.GivenNames))
	need("family_names", len(l.FamilyNames))
	need("office_roles", len(l.OfficeRoles))
	need("acting_orgs", len(l.ActingOrgs))
	need("beneficiaries", len(l.Beneficiaries))
	need("sanction_targets", len(l.SanctionTargets))
	need("topics", len(l.Topics))
	need("agreements", len(l.Agreements))
	need("conditions", len(l.Conditions))
	need("claims", len(l.Claims))
	need("officials", len(l.Officials))
	need("headlines", len(l.Headlines))
	need("background", len(l.Background))
	need("filler", len(l.Filler))
	need("statement_titles", len(l.StatementTitles))
	need("statement_leads", len(l.StatementLeads))
	need("statement_body", len(l.StatementBody))
	need("statement_close", len(l.StatementClose))
	need("numbers", len(l.Numbers))
	for _, k := range sentenceKinds {
		need("sentences."+k, len(l.Sentences[k]))
	}
	for k, phrases := range l.Commitments {
		if !commitmentKinds[k] {
			errs = append(errs, fmt.Errorf("%w: commitment kind %q is not a kind of the gold shape", ErrLexicon, k))
		}
		need("commitments."+k, len(phrases))
	}
	for i, n := range l.Numbers {
		if !strings.Contains(n.Text, "{value}") {
			errs = append(errs, fmt.Errorf("%w: numbers[%d] has no {value}", ErrLexicon, i))
		}
		if n.Min <= 0 || n.Max < n.Min {
			errs = append(errs, fmt.Errorf("%w: numbers[%d]: bad range %d..%d", ErrLexicon, i, n.Min, n.Max))
		}
		switch n.Style {
		case "count", "money", "range", "upto":
		default:
			errs = append(errs, fmt.Errorf("%w: numbers[%d]: unknown style %q", ErrLexicon, i, n.Style))
		}
	}
	return errors.Join(errs...)
}
