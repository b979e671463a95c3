// Package kind names the kind of a kg node from its rdf:type classes
// (schema.Class*), one upper-case word per kind, so that search hits,
// exported graphs and the GraphQL layer classify nodes the same way, and
// ranks the statuses sources give a commitment (Witness) the same way.
// Outlets are ORGANIZATION, as in the GraphQL ActorKind.
package kind

import (
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// Kinds of nodes.
const (
	Person        = "PERSON"
	Country       = "COUNTRY"
	Organization  = "ORGANIZATION"
	Place         = "PLACE"
	Source        = "SOURCE"
	Event         = "EVENT"
	Commitment    = "COMMITMENT"
	Claim         = "CLAIM"
	NumericClaim  = "NUMERIC_CLAIM"
	Sentence      = "SENTENCE"
	UnnamedSource = "UNNAMED_SOURCE"
	DocumentRef   = "DOCUMENT_REF"
	// Actor is not a node kind but a group: PERSON, COUNTRY, ORGANIZATION.
	Actor = "ACTOR"
)

// byClass maps each class to its kind. Evidence, role and hop nodes have
// no kind: they are details of the nodes they belong to.
var byClass = map[quad.IRI]string{
	schema.ClassPerson:        Person,
	schema.ClassCountry:       Country,
	schema.ClassOrganization:  Organization,
	schema.ClassOutlet:        Organization,
	schema.ClassPlace:         Place,
	schema.ClassSource:        Source,
	schema.ClassEvent:         Event,
	schema.ClassCommitment:    Commitment,
	schema.ClassClaim:         Claim,
	schema.ClassNumericClaim:  NumericClaim,
	schema.ClassSentence:      Sentence,
	schema.ClassUnnamedSource: UnnamedSource,
	schema.ClassDocumentRef:   DocumentRef,
}

// rank orders kinds when a node has several classes: the more specific
// wins (a person typed as an organization by one document stays a person).
var rank = map[string]int{
	Sentence: 1, Source: 2, Event: 3, Commitment: 4, Claim: 5, NumericClaim: 6,
	Person: 7, Country: 8, Place: 9, Organization: 10, UnnamedSource: 11, DocumentRef: 12,
}

// OfClass returns the kind of one class, and false for classes without a
// kind (evidence, roles).
func OfClass(class quad.IRI) (string, bool) {
	k, ok := byClass[class]
	return k, ok
}

// Of returns the kind of a node typed with classes, "" when none has a
// kind.
func Of(classes []quad.IRI) string {
	best := ""
	for _, c := range classes {
		if k, ok := byClass[c]; ok && (best == "" || rank[k] < rank[best]) {
			best = k
		}
	}
	return best
}

// All lists every node kind, in rank order.
func All() []string {
	return []string{Sentence, Source, Event, Commitment, Claim, NumericClaim,
		Person, Country, Place, Organization, UnnamedSource, DocumentRef}
}

// Expand upper-cases kinds and replaces the ACTOR group by its members;
// unknown kinds are returned in unknown.
func Expand(kinds []string) (out []string, unknown []string) {
	seen := map[string]bool{}
	add := func(k string) {
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	for _, k := range kinds {
		k = strings.ToUpper(strings.TrimSpace(k))
		switch {
		case k == Actor:
			add(Person)
			add(Country)
			add(Organization)
		case rank[k] > 0:
			add(k)
		default:
			unknown = append(unknown, k)
		}
	}
	return out, unknown
}
