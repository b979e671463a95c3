package model

// Result is everything extracted from one document, in the shape of
// ../shared/corpus/gold/README.md (the output contract of `kg extract`),
// with evidence on every item and stable ids that link items to each other
// and to store nodes.
//
// Names in events, commitments and attributions are canonical display
// names (as in the gold); the parallel *_ids fields carry the local node
// ids ("person:emmanuel-macron", "country:FRA", "org:nato") that the quad
// mapping uses.
type Result struct {
	Document      Meta           `json:"document"`
	Persons       []Entity       `json:"persons"`
	Countries     []Entity       `json:"countries"`
	Organizations []Entity       `json:"organizations"`
	Places        []Entity       `json:"places"`
	Events        []Event        `json:"events"`
	Commitments   []Commitment   `json:"commitments"`
	NumericClaims []NumericClaim `json:"numeric_claims"`
	Attributions  []Attribution  `json:"attributions"`
	Sentences     []Sentence     `json:"sentences,omitempty"`
}

// Span is one piece of evidence: code point offsets into the document
// body (End exclusive) and the text between them.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Sentence is the index into Result.Sentences of the sentence that
	// holds the span (-1 when none).
	Sentence int `json:"sentence"`
}

// Sentence is one sentence, heading or list item of the body.
type Sentence struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Kind is "sentence", "heading" or "item" (a list item).
	Kind string `json:"kind"`
	// Lead is the index of the sentence that introduces a list item
	// ("They will include the following components:"), -1 otherwise;
	// Parent is the index of the enclosing item for sub-items, -1 otherwise.
	Lead   int `json:"lead"`
	Parent int `json:"parent"`
}

// Meta is the document metadata, explicit or inferred.
type Meta struct {
	ID      string   `json:"id"`
	Title   *string  `json:"title"`
	Outlet  *string  `json:"outlet"`
	Authors []string `json:"authors"`
	Date    *string  `json:"date"` // YYYY-MM-DD
	Kind    string   `json:"kind"` // "primary" or "secondary"
	URL     string   `json:"url,omitempty"`
	// Evidence of the inferred fields, keyed by field name.
	Evidence map[string]Span `json:"evidence,omitempty"`
}

// Entity is a person, country, organization (outlets included) or place.
type Entity struct {
	ID       string   `json:"id"`   // local node id, e.g. "person:keir-starmer"
	Name     string   `json:"name"` // canonical name
	Kind     string   `json:"kind"` // "person", "country", "organization", "outlet", "place"
	Mentions []string `json:"mentions"`
	// Aliases are the other names the gazetteer knows the entity by.
	Aliases []string `json:"aliases,omitempty"`
	// Roles, for persons: normalised labels as the text states them
	// ("Prime Minister of Belgium", "President").
	RoleLabels  []string `json:"roles,omitempty"`
	RoleDetails []Role   `json:"role_details,omitempty"`
	// InGazetteer is the gazetteer id when the entity was resolved there.
	InGazetteer string `json:"gazetteer,omitempty"`
	Evidence    []Span `json:"evidence"`
}

// Role is an office or function a person holds according to the text.
type Role struct {
	Label    string `json:"label"`           // "Prime Minister of Belgium"
	Title    string `json:"title"`           // "Prime Minister"
	OfID     string `json:"of_id,omitempty"` // "country:BEL", "org:nato", "person:donald-trump"
	OfName   string `json:"of,omitempty"`    // "Belgium"
	Evidence []Span `json:"evidence"`
}

// Event is a specific occurrence the text narrates.
type Event struct {
	ID             string   `json:"id"`
	Type           string   `json:"type"` // summit, meeting, talks, signing, press conference, visit, attack, other
	Date           *string  `json:"date"` // YYYY-MM-DD when the text fixes it
	Place          *string  `json:"place"`
	PlaceID        string   `json:"place_id,omitempty"`
	Participants   []string `json:"participants"`
	ParticipantIDs []string `json:"participant_ids,omitempty"`
	Evidence       []Span   `json:"evidence"`
}

// Commitment is who pledges what to whom, under which condition, how firmly.
type Commitment struct {
	ID string   `json:"id"`
	By []string `json:"by"`
	// ByIDs holds the id of each actor of By, in the same order; "" for
	// an unnamed group kept in the text's words ("15 countries").
	ByIDs     []string `json:"by_ids,omitempty"`
	To        *string  `json:"to"`
	ToID      string   `json:"to_id,omitempty"`
	What      string   `json:"what"`
	Kind      string   `json:"kind"`
	Condition *string  `json:"condition"`
	Status    string   `json:"status"`             // draft, proposed, agreed, signed, reported, denied
	Modality  []string `json:"modality,omitempty"` // may, will, would, legally binding, ...
	Horizon   string   `json:"horizon,omitempty"`  // "up to 15 years"
	Evidence  []Span   `json:"evidence"`
}

// NumericClaim is a number the text states, with its qualifier kept.
type NumericClaim struct {
	ID        string   `json:"id"`
	About     string   `json:"about"`
	Value     string   `json:"value"` // as written with its qualifier: "more than 27"
	Unit      string   `json:"unit"`
	Number    *float64 `json:"number"`         // normalised value (low end of a range)
	High      *float64 `json:"high,omitempty"` // high end of a range
	Qualifier string   `json:"qualifier,omitempty"`
	Evidence  []Span   `json:"evidence"`
}

// Attribution is a claim and who it comes from, through whom.
type Attribution struct {
	ID     string `json:"id"`
	Claim  string `json:"claim"`
	Source string `json:"source"` // person, organization, outlet, "draft statement", "senior European official"
	// SourceID is the node id of the source: an actor, "docref:..." for a
	// cited document, "unnamed:..." for an unnamed source.
	SourceID   string  `json:"source_id,omitempty"`
	SourceKind string  `json:"source_kind,omitempty"` // person, organization, outlet, country, document, unnamed
	Via        *string `json:"via"`
	ViaID      string  `json:"via_id,omitempty"`
	// ViaChain lists every relay in order when the text chains them
	// (report -> relaying outlet -> ...); Via is its first element.
	ViaChain []string `json:"via_chain,omitempty"`
	Quote    bool     `json:"quote,omitempty"` // a direct quotation
	Evidence []Span   `json:"evidence"`
}

// EmptyListsNotNull makes every list of the result encode as [] rather
// than null, as the output contract has it.
func (r *Result) EmptyListsNotNull() {
	if r.Document.Authors == nil {
		r.Document.Authors = []string{}
	}
	for _, l := range []*[]Entity{&r.Persons, &r.Countries, &r.Organizations, &r.Places} {
		if *l == nil {
			*l = []Entity{}
		}
	}
	if r.Events == nil {
		r.Events = []Event{}
	}
	if r.Commitments == nil {
		r.Commitments = []Commitment{}
	}
	if r.NumericClaims == nil {
		r.NumericClaims = []NumericClaim{}
	}
	if r.Attributions == nil {
		r.Attributions = []Attribution{}
	}
}
