package gen

// Gold is the ground truth of one generated document, in the shape of the
// hand annotation (../shared/corpus/gold/README.md). Entities are objects
// with their mentions, and every item carries evidence spans (code point
// offsets into the body, end exclusive), which the scorer accepts and
// checks.
type Gold struct {
	Document      GoldMeta          `json:"document"`
	Persons       []GoldPerson      `json:"persons"`
	Countries     []GoldEntity      `json:"countries"`
	Organizations []GoldEntity      `json:"organizations"`
	Places        []GoldEntity      `json:"places"`
	Events        []GoldEvent       `json:"events"`
	Commitments   []GoldCommitment  `json:"commitments"`
	NumericClaims []GoldNumber      `json:"numeric_claims"`
	Attributions  []GoldAttribution `json:"attributions"`
}

// GoldMeta is the document metadata the file states.
type GoldMeta struct {
	ID      string   `json:"id"`
	Title   *string  `json:"title"`
	Outlet  *string  `json:"outlet"`
	Authors []string `json:"authors"`
	Date    *string  `json:"date"`
	Kind    string   `json:"kind"`
	URL     string   `json:"url,omitempty"`
}

// Span is one piece of evidence.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// GoldEntity is a country, organization (outlets included) or place.
type GoldEntity struct {
	Name     string   `json:"name"`
	Mentions []string `json:"mentions"`
	Evidence []Span   `json:"evidence"`
}

// GoldPerson is a person with the roles the text gives them.
type GoldPerson struct {
	Name     string   `json:"name"`
	Mentions []string `json:"mentions"`
	Roles    []string `json:"roles"`
	Evidence []Span   `json:"evidence"`
}

// GoldEvent is an occurrence the text narrates.
type GoldEvent struct {
	Type         string   `json:"type"`
	Date         *string  `json:"date"`
	Place        *string  `json:"place"`
	Participants []string `json:"participants"`
	Evidence     []Span   `json:"evidence"`
}

// GoldCommitment is who pledges what to whom.
type GoldCommitment struct {
	By        []string `json:"by"`
	To        *string  `json:"to"`
	What      string   `json:"what"`
	Kind      string   `json:"kind"`
	Condition *string  `json:"condition"`
	Status    string   `json:"status"`
	Evidence  []Span   `json:"evidence"`
}

// GoldNumber is a number the text states, qualifier kept.
type GoldNumber struct {
	About    string `json:"about"`
	Value    string `json:"value"`
	Unit     string `json:"unit"`
	Evidence []Span `json:"evidence"`
}

// GoldAttribution is a claim, who made it and through whom it is known.
type GoldAttribution struct {
	Claim    string  `json:"claim"`
	Source   string  `json:"source"`
	Via      *string `json:"via"`
	Evidence []Span  `json:"evidence"`
}

func strPtr(s string) *string { return &s }

// entityKind is the gold list an entity belongs to.
type entityKind int

const (
	kindPerson entityKind = iota
	kindCountry
	kindOrganization
	kindPlace
)

// mention is one entity mention as written, at code point offsets of the
// text it was written into.
type mention struct {
	kind  entityKind
	name  string // canonical name
	text  string
	start int
	end   int
	role  string // role label stated with this mention, if any
}

// goldFromMentions groups mentions into the entity lists of g, in order of
// first mention, with distinct surface forms and every span as evidence.
func (g *Gold) addMentions(ms []mention) {
	persons := map[string]int{}
	others := map[entityKind]map[string]int{kindCountry: {}, kindOrganization: {}, kindPlace: {}}
	lists := map[entityKind]*[]GoldEntity{kindCountry: &g.Countries, kindOrganization: &g.Organizations, kindPlace: &g.Places}
	for _, m := range ms {
		span := Span{Start: m.start, End: m.end, Text: m.text}
		if m.kind == kindPerson {
			i, ok := persons[m.name]
			if !ok {
				i = len(g.Persons)
				persons[m.name] = i
				g.Persons = append(g.Persons, GoldPerson{Name: m.name, Roles: []string{}})
			}
			p := &g.Persons[i]
			p.Mentions = addDistinct(p.Mentions, m.text)
			if m.role != "" {
				p.Roles = addDistinct(p.Roles, m.role)
			}
			p.Evidence = append(p.Evidence, span)
			continue
		}
		idx := others[m.kind]
		list := lists[m.kind]
		i, ok := idx[m.name]
		if !ok {
			i = len(*list)
			idx[m.name] = i
			*list = append(*list, GoldEntity{Name: m.name})
		}
		e := &(*list)[i]
		e.Mentions = addDistinct(e.Mentions, m.text)
		e.Evidence = append(e.Evidence, span)
	}
}

func addDistinct(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// emptyLists makes every list of g serialise as [] rather than null.
func (g *Gold) emptyLists() {
	if g.Persons == nil {
		g.Persons = []GoldPerson{}
	}
	if g.Countries == nil {
		g.Countries = []GoldEntity{}
	}
	if g.Organizations == nil {
		g.Organizations = []GoldEntity{}
	}
	if g.Places == nil {
		g.Places = []GoldEntity{}
	}
	if g.Events == nil {
		g.Events = []GoldEvent{}
	}
	if g.Commitments == nil {
		g.Commitments = []GoldCommitment{}
	}
	if g.NumericClaims == nil {
		g.NumericClaims = []GoldNumber{}
	}
	if g.Attributions == nil {
		g.Attributions = []GoldAttribution{}
	}
	if g.Document.Authors == nil {
		g.Document.Authors = []string{}
	}
}
