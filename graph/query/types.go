package query

import (
	"io"
	"strconv"
	"strings"
)

// Node is any node of the graph (the GraphQL Node interface).
type Node interface {
	IsNode()
	GetID() string
}

// Actor is a person, country or organization.
type Actor struct {
	ID          string
	Kind        ActorKind
	Name        string
	Aliases     []string
	GazetteerID *string
	Wikidata    *string
	OrgType     *string
	ISO3        *string
}

// Role is an office a person holds.
type Role struct {
	ID      string
	Title   string
	Label   string
	From    *string
	To      *string
	Checked *string
}

// Place is a literal location.
type Place struct {
	ID        string
	Name      string
	Aliases   []string
	PlaceType *string
}

// Source is a loaded document.
type Source struct {
	ID     string
	Title  *string
	Date   *string
	Kind   *SourceKind
	URL    *string
	Text   string
	Path   *string
	Format *string
}

// Sentence is one sentence, heading or list item of a source.
type Sentence struct {
	ID    string
	Index int
	Start int
	End   int
	Text  string
}

// Evidence is one span of one source.
type Evidence struct {
	ID     string
	Start  int
	End    int
	Text   string
	Status *CommitmentStatus
}

// Event is a specific occurrence.
type Event struct {
	ID               string
	Type             string
	Date             *string
	ParticipantNames []string
}

// Commitment is who pledges what to whom.
type Commitment struct {
	ID        string
	ByNames   []string
	ToName    *string
	What      string
	Kind      string
	Condition *string
	Status    *CommitmentStatus
	Modality  []string
	Horizon   *string
}

// Claim is an attribution or a quotation.
type Claim struct {
	ID    string
	Text  string
	Quote bool
}

// SourceRef is who a claim comes from.
type SourceRef struct {
	ID   string
	Name string
	Kind SourceRefKind
}

// NumericClaim is a number a source states.
type NumericClaim struct {
	ID        string
	About     string
	Value     string
	Number    *float64
	High      *float64
	Qualifier *string
	Unit      *string
}

func (Actor) IsNode()        {}
func (Role) IsNode()         {}
func (Place) IsNode()        {}
func (Source) IsNode()       {}
func (Sentence) IsNode()     {}
func (Evidence) IsNode()     {}
func (Event) IsNode()        {}
func (Commitment) IsNode()   {}
func (Claim) IsNode()        {}
func (SourceRef) IsNode()    {}
func (NumericClaim) IsNode() {}

func (n Actor) GetID() string        { return n.ID }
func (n Role) GetID() string         { return n.ID }
func (n Place) GetID() string        { return n.ID }
func (n Source) GetID() string       { return n.ID }
func (n Sentence) GetID() string     { return n.ID }
func (n Evidence) GetID() string     { return n.ID }
func (n Event) GetID() string        { return n.ID }
func (n Commitment) GetID() string   { return n.ID }
func (n Claim) GetID() string        { return n.ID }
func (n SourceRef) GetID() string    { return n.ID }
func (n NumericClaim) GetID() string { return n.ID }

// ActorKind is PERSON, COUNTRY or ORGANIZATION.
type ActorKind string

// SourceKind is PRIMARY or SECONDARY.
type SourceKind string

// CommitmentStatus is DRAFT, PROPOSED, AGREED, SIGNED, REPORTED or DENIED.
type CommitmentStatus string

// SourceRefKind is PERSON, COUNTRY, ORGANIZATION, DOCUMENT or UNNAMED.
type SourceRefKind string

const (
	ActorPerson       ActorKind = "PERSON"
	ActorCountry      ActorKind = "COUNTRY"
	ActorOrganization ActorKind = "ORGANIZATION"

	SourcePrimary   SourceKind = "PRIMARY"
	SourceSecondary SourceKind = "SECONDARY"

	StatusDraft    CommitmentStatus = "DRAFT"
	StatusProposed CommitmentStatus = "PROPOSED"
	StatusAgreed   CommitmentStatus = "AGREED"
	StatusSigned   CommitmentStatus = "SIGNED"
	StatusReported CommitmentStatus = "REPORTED"
	StatusDenied   CommitmentStatus = "DENIED"

	RefPerson       SourceRefKind = "PERSON"
	RefCountry      SourceRefKind = "COUNTRY"
	RefOrganization SourceRefKind = "ORGANIZATION"
	RefDocument     SourceRefKind = "DOCUMENT"
	RefUnnamed      SourceRefKind = "UNNAMED"
)

var enumValues = map[string][]string{
	"ActorKind":        {"PERSON", "COUNTRY", "ORGANIZATION"},
	"SourceKind":       {"PRIMARY", "SECONDARY"},
	"CommitmentStatus": {"DRAFT", "PROPOSED", "AGREED", "SIGNED", "REPORTED", "DENIED"},
	"SourceRefKind":    {"PERSON", "COUNTRY", "ORGANIZATION", "DOCUMENT", "UNNAMED"},
}

// unmarshalEnum checks that v is one of enum's values.
func unmarshalEnum(enum string, v any) (string, error) {
	s, ok := v.(string)
	if !ok {
		return "", userErrorf("%s must be a string, got %T", enum, v)
	}
	for _, allowed := range enumValues[enum] {
		if s == allowed {
			return s, nil
		}
	}
	return "", userErrorf("%q is not a valid %s (one of %s)", s, enum, strings.Join(enumValues[enum], ", "))
}

func writeQuoted(w io.Writer, s string) { _, _ = io.WriteString(w, strconv.Quote(s)) }

// MarshalGQL writes the enum value.
func (k ActorKind) MarshalGQL(w io.Writer) { writeQuoted(w, string(k)) }

// UnmarshalGQL reads and checks an enum value.
func (k *ActorKind) UnmarshalGQL(v any) error {
	s, err := unmarshalEnum("ActorKind", v)
	*k = ActorKind(s)
	return err
}

// MarshalGQL writes the enum value.
func (k SourceKind) MarshalGQL(w io.Writer) { writeQuoted(w, string(k)) }

// UnmarshalGQL reads and checks an enum value.
func (k *SourceKind) UnmarshalGQL(v any) error {
	s, err := unmarshalEnum("SourceKind", v)
	*k = SourceKind(s)
	return err
}

// MarshalGQL writes the enum value.
func (s CommitmentStatus) MarshalGQL(w io.Writer) { writeQuoted(w, string(s)) }

// UnmarshalGQL reads and checks an enum value.
func (s *CommitmentStatus) UnmarshalGQL(v any) error {
	v2, err := unmarshalEnum("CommitmentStatus", v)
	*s = CommitmentStatus(v2)
	return err
}

// MarshalGQL writes the enum value.
func (k SourceRefKind) MarshalGQL(w io.Writer) { writeQuoted(w, string(k)) }

// UnmarshalGQL reads and checks an enum value.
func (k *SourceRefKind) UnmarshalGQL(v any) error {
	s, err := unmarshalEnum("SourceRefKind", v)
	*k = SourceRefKind(s)
	return err
}
