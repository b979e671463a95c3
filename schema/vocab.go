package schema

import (
	"strings"

	"github.com/cayleygraph/quad"
)

// Namespaces. kg's own terms live under NS; where a public vocabulary has a
// fitting term (schema.org, PROV-O, RDF, OWL), kg uses it so that exported
// N-Quads load into other RDF tools with their usual meaning.
const (
	NS     = "urn:kg:ns:"                                  // kg's own predicates and classes
	IDBase = "urn:kg:"                                     // kg's node identifiers (IDBase + local id)
	SDO    = "http://schema.org/"                          // schema.org
	PROV   = "http://www.w3.org/ns/prov#"                  // PROV-O
	RDF    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#" // RDF
	OWL    = "http://www.w3.org/2002/07/owl#"              // OWL
	WD     = "http://www.wikidata.org/entity/"             // Wikidata entities
)

// GazetteerLabel labels every quad that comes from the curated gazetteer in
// data/ rather than from a document.
const GazetteerLabel = quad.IRI(IDBase + "gazetteer")

// SamplesOffered, on GazetteerLabel and under that label, records that the
// store was once offered the bundled samples (loaded into it when it was
// new, or skipped because it held documents already), so that they are
// never loaded into it again.
const SamplesOffered = quad.IRI(NS + "samplesOffered")

// Classes (objects of Type).
const (
	ClassPerson       = quad.IRI(SDO + "Person")
	ClassCountry      = quad.IRI(SDO + "Country")
	ClassOrganization = quad.IRI(SDO + "Organization")
	ClassOutlet       = quad.IRI(SDO + "NewsMediaOrganization")
	ClassPlace        = quad.IRI(SDO + "Place")
	ClassSource       = quad.IRI(SDO + "CreativeWork")
	ClassEvent        = quad.IRI(SDO + "Event")
	ClassRole         = quad.IRI(SDO + "Role")
	ClassEvidence     = quad.IRI(PROV + "Entity")
	ClassSentence     = quad.IRI(NS + "Sentence")
	ClassCommitment   = quad.IRI(NS + "Commitment")
	ClassClaim        = quad.IRI(NS + "Claim")
	ClassNumericClaim = quad.IRI(NS + "NumericClaim")
	// ClassUnnamedSource is an attribution source the text describes but
	// does not name ("a senior European official", "diplomatic sources").
	ClassUnnamedSource = quad.IRI(NS + "UnnamedSource")
	// ClassDocumentRef is a document the text cites as a source ("the draft
	// statement"), as opposed to a Source loaded into the store.
	ClassDocumentRef = quad.IRI(NS + "DocumentRef")
)

// Predicates shared by every kind of node.
const (
	Type          = quad.IRI(RDF + "type")
	Name          = quad.IRI(SDO + "name")
	AlternateName = quad.IRI(SDO + "alternateName") // aliases and surface forms
	SameAs        = quad.IRI(OWL + "sameAs")        // e.g. a Wikidata entity
	Description   = quad.IRI(SDO + "description")
)

// Actor predicates (people, countries, organizations, outlets).
const (
	ISO2      = quad.IRI(NS + "iso2")
	ISO3      = quad.IRI(NS + "iso3")
	Official  = quad.IRI(NS + "officialName")
	Demonym   = quad.IRI(NS + "demonym")
	Capital   = quad.IRI(NS + "capital")
	HoldsRole = quad.IRI(NS + "holdsRole")   // person -> role node
	Mention   = quad.IRI(NS + "mention")     // entity -> evidence node of one mention
	MentionIn = quad.IRI(NS + "mentionedIn") // entity -> source that mentions it
	MemberOf  = quad.IRI(SDO + "memberOf")
	ActorKind = quad.IRI(NS + "actorKind") // "PERSON", "COUNTRY", "ORGANIZATION" (outlets are ORGANIZATION)
	OrgType   = quad.IRI(NS + "orgType")   // "outlet", "agency", "alliance", ...
	Gazetteer = quad.IRI(NS + "gazetteerID")
)

// Role predicates (object of HoldsRole).
const (
	RoleTitle   = quad.IRI(NS + "roleTitle")  // the office as written, normalised ("Prime Minister")
	RoleLabel   = quad.IRI(NS + "roleLabel")  // full label ("Prime Minister of Belgium")
	RoleOf      = quad.IRI(NS + "roleOf")     // country or organization the office belongs to
	StartDate   = quad.IRI(SDO + "startDate") // also events' date
	EndDate     = quad.IRI(SDO + "endDate")
	CheckedDate = quad.IRI(NS + "checkedDate") // when a curated fact was last verified
)

// Source (document) predicates. A Source's IRI is also the label of every
// quad extracted from it.
const (
	Title         = quad.IRI(SDO + "headline")
	Publisher     = quad.IRI(SDO + "publisher") // -> outlet node
	Author        = quad.IRI(SDO + "author")    // -> person node
	DatePublished = quad.IRI(SDO + "datePublished")
	URL           = quad.IRI(SDO + "url")
	SourceKind    = quad.IRI(NS + "sourceKind") // "primary" or "secondary"
	Text          = quad.IRI(SDO + "text")      // body of a source; text of evidence and sentences
	ContentHash   = quad.IRI(NS + "contentHash")
	Path          = quad.IRI(NS + "path")
	Format        = quad.IRI(NS + "format")
	// Complete is the completeness marker: written last in the same batch
	// as the rest of a document's quads; a source without it is partial.
	Complete    = quad.IRI(NS + "complete")
	HasSentence = quad.IRI(NS + "sentence") // source -> sentence node; evidence -> its sentence
)

// Evidence predicates. An evidence node is one span of one source.
const (
	DerivedFrom = quad.IRI(PROV + "wasDerivedFrom") // evidence -> source
	Start       = quad.IRI(NS + "start")            // code point offset into the body
	End         = quad.IRI(NS + "end")              // exclusive
	Evidence    = quad.IRI(NS + "evidence")         // fact -> evidence node
	Status      = quad.IRI(NS + "status")           // on a commitment's evidence: the status that source gives
	Index       = quad.IRI(NS + "index")            // order of a sentence in its source
)

// Event predicates.
const (
	EventType   = quad.IRI(NS + "eventType")
	Location    = quad.IRI(SDO + "location") // -> place node
	Participant = quad.IRI(NS + "participant")
	Date        = StartDate
)

// Commitment predicates.
const (
	CommittedBy    = quad.IRI(NS + "committedBy")
	CommittedTo    = quad.IRI(NS + "committedTo")
	What           = quad.IRI(NS + "what")
	CommitmentKind = quad.IRI(NS + "commitmentKind")
	Condition      = quad.IRI(NS + "condition")
	Modality       = quad.IRI(NS + "modality")
	Horizon        = quad.IRI(NS + "horizon")
)

// Claim (attribution) predicates.
const (
	ClaimText   = quad.IRI(NS + "claimText")
	ClaimSource = quad.IRI(NS + "claimSource") // -> actor, unnamed source or document ref
	Via         = quad.IRI(NS + "via")         // -> outlet relaying the claim
	ViaNext     = quad.IRI(NS + "viaNext")     // chained relays, in order
	IsQuote     = quad.IRI(NS + "isQuote")
	Speaker     = quad.IRI(NS + "speaker")
)

// Numeric claim predicates.
const (
	About     = quad.IRI(NS + "about")
	ValueText = quad.IRI(NS + "valueText") // as written, with its qualifier ("more than 27")
	Value     = quad.IRI(NS + "value")     // normalised number (or the low end of a range)
	ValueHigh = quad.IRI(NS + "valueHigh") // high end of a range
	Qualifier = quad.IRI(NS + "qualifier") // "more than", "about", "up to", ...
	Unit      = quad.IRI(NS + "unit")
)

// ID returns the node IRI for a local id such as "person:emmanuel-macron".
func ID(local string) quad.IRI { return quad.IRI(IDBase + local) }

// LocalID is the inverse of ID: the local id of a kg node IRI, and false
// for IRIs outside kg's id space.
func LocalID(iri quad.IRI) (string, bool) {
	s := string(iri)
	if !strings.HasPrefix(s, IDBase) || strings.HasPrefix(s, NS) {
		return "", false
	}
	return s[len(IDBase):], true
}

// Local id prefixes, one per kind of node.
const (
	PrefixPerson     = "person:"
	PrefixCountry    = "country:"
	PrefixOrg        = "org:"
	PrefixPlace      = "place:"
	PrefixSource     = "doc:"
	PrefixEvent      = "event:"
	PrefixCommitment = "commitment:"
	PrefixClaim      = "claim:"
	PrefixNumber     = "number:"
	PrefixEvidence   = "ev:"
	PrefixSentence   = "sent:"
	PrefixRole       = "role:"
	PrefixUnnamed    = "unnamed:"
	PrefixDocRef     = "docref:"
)

// SourceIRI is the IRI of a loaded document; it is also the label of every
// quad extracted from it.
func SourceIRI(docID string) quad.IRI { return ID(PrefixSource + docID) }

// Additions for the query layer (lookup and structure).
const (
	// NormName is a normalised form (case folded, accents removed, spaces
	// collapsed) of every name and alias of a node, so that a lookup by
	// any spelling is one index hit.
	NormName = quad.IRI(NS + "normName")
	// ParentOrg links an organization to the body it belongs to (an EU
	// institution to the EU).
	ParentOrg = quad.IRI(SDO + "parentOrganization")
	// PlaceType is a place's type: "city", "region", "venue".
	PlaceType = quad.IRI(NS + "placeType")
	// ViaHop links a claim to one relay of its attribution chain: a hop
	// node with Index (its position, 0 first) and Via (the relay).
	ViaHop = quad.IRI(NS + "viaHop")
)

// PrefixHop is the local id prefix of a claim's relay hop nodes.
const PrefixHop = "hop:"

// Standard vocabularies of the RDF export (graph/export maps the store's
// terms to them and back; the store itself does not use them).
const (
	OA   = "http://www.w3.org/ns/oa#"              // W3C Web Annotation
	XSD  = "http://www.w3.org/2001/XMLSchema#"     // XML Schema datatypes
	RDFS = "http://www.w3.org/2000/01/rdf-schema#" // RDF Schema
	DCT  = "http://purl.org/dc/terms/"             // Dublin Core terms
)

// W3C Web Annotation terms: an evidence node is exported as an
// oa:Annotation whose target is a span of its source.
const (
	ClassAnnotation       = quad.IRI(OA + "Annotation")
	ClassSpecificResource = quad.IRI(OA + "SpecificResource")
	ClassPositionSelector = quad.IRI(OA + "TextPositionSelector")
	ClassQuoteSelector    = quad.IRI(OA + "TextQuoteSelector")
	OAHasTarget           = quad.IRI(OA + "hasTarget")
	OAHasBody             = quad.IRI(OA + "hasBody")
	OAHasSource           = quad.IRI(OA + "hasSource")
	OAHasSelector         = quad.IRI(OA + "hasSelector")
	OAStart               = quad.IRI(OA + "start")
	OAEnd                 = quad.IRI(OA + "end")
	OAExact               = quad.IRI(OA + "exact")
	AttributedTo          = quad.IRI(PROV + "wasAttributedTo") // claim -> its source; document -> publisher, author
	QuotedFrom            = quad.IRI(PROV + "wasQuotedFrom")   // evidence -> the source it quotes
)

// XML Schema datatypes of exported dates (the store keeps dates as plain
// strings).
const (
	XSDDate       = quad.IRI(XSD + "date")
	XSDGYearMonth = quad.IRI(XSD + "gYearMonth")
	XSDGYear      = quad.IRI(XSD + "gYear")
)

// RDF Schema terms of kg's vocabulary description (served at /ns).
const (
	RDFSLabel       = quad.IRI(RDFS + "label")
	RDFSComment     = quad.IRI(RDFS + "comment")
	RDFSClass       = quad.IRI(RDFS + "Class")
	RDFSIsDefinedBy = quad.IRI(RDFS + "isDefinedBy")
	RDFProperty     = quad.IRI(RDF + "Property")
	OWLOntology     = quad.IRI(OWL + "Ontology")
	DCTTitle        = quad.IRI(DCT + "title")
)

// Commitment statuses as terms: the store keeps a status as a plain string
// ("agreed"); the RDF export writes the matching term, an instance of
// ClassStatus.
const (
	ClassStatus    = quad.IRI(NS + "CommitmentStatus")
	StatusDraft    = quad.IRI(NS + "status-draft")
	StatusProposed = quad.IRI(NS + "status-proposed")
	StatusAgreed   = quad.IRI(NS + "status-agreed")
	StatusSigned   = quad.IRI(NS + "status-signed")
	StatusReported = quad.IRI(NS + "status-reported")
	StatusDenied   = quad.IRI(NS + "status-denied")
)

// Ontology is the IRI of kg's vocabulary itself (described at /ns by
// kg serve).
const Ontology = quad.IRI("urn:kg:ns")
