package export

import (
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// term describes one of kg's own classes, properties or status terms.
type term struct {
	iri     quad.IRI
	kind    quad.IRI // rdfs:Class, rdf:Property or kg:CommitmentStatus
	label   string
	comment string
}

func class(iri quad.IRI, label, comment string) term {
	return term{iri, schema.RDFSClass, label, comment}
}

func property(iri quad.IRI, label, comment string) term {
	return term{iri, schema.RDFProperty, label, comment}
}

func status(iri quad.IRI, label, comment string) term {
	return term{iri, schema.ClassStatus, label, comment}
}

// terms are every term of kg's namespace (schema.NS), in the order the
// description lists them. TestVocabularyDescribesEveryTerm checks that
// each term of schema/vocab.go is here.
var terms = []term{
	class(schema.ClassSentence, "Sentence", "A sentence of a source, with its index and its code point offsets (kg:start, kg:end) into the source text."),
	class(schema.ClassCommitment, "Commitment", "A pledge: who commits (kg:committedBy) to whom (kg:committedTo) to what, under which condition, with which status."),
	class(schema.ClassClaim, "Claim", "An attributed statement: what a source says (kg:claimText), who says it (kg:claimSource) and through which relays (kg:via)."),
	class(schema.ClassNumericClaim, "Numeric claim", "A figure as a source states it, with the number it stands for, its unit and what it is about."),
	class(schema.ClassUnnamedSource, "Unnamed source", "A source of a claim that the text describes but does not name, such as diplomatic sources."),
	class(schema.ClassDocumentRef, "Cited document", "A document a text cites as the source of a claim (a draft, a statement), as opposed to a document loaded into kg."),
	class(schema.ClassStatus, "Commitment status", "The status a source gives a commitment; its instances are the kg status terms."),

	property(schema.ISO2, "ISO 3166-1 alpha-2 code", "The two-letter code of a country."),
	property(schema.ISO3, "ISO 3166-1 alpha-3 code", "The three-letter code of a country."),
	property(schema.Official, "official name", "The official name of a country."),
	property(schema.Demonym, "demonym", "The adjective for a country's people (French, Ukrainian)."),
	property(schema.Capital, "capital", "The capital city of a country, by name."),
	property(schema.HoldsRole, "holds role", "Links a person to a role (schema:Role) the person holds or held."),
	property(schema.Mention, "mention", "Links an entity to the evidence node of one mention of it."),
	property(schema.MentionIn, "mentioned in", "Links an entity to a source that mentions it."),
	property(schema.ActorKind, "actor kind", "PERSON, COUNTRY or ORGANIZATION (news outlets are organizations)."),
	property(schema.OrgType, "organization type", "The kind of an organization: outlet, agency, alliance and so on."),
	property(schema.Gazetteer, "gazetteer id", "The id of the curated gazetteer entry a node comes from."),
	property(schema.RoleTitle, "role title", "The office as written, normalised (Prime Minister)."),
	property(schema.RoleLabel, "role label", "The full label of a role (Prime Minister of Belgium)."),
	property(schema.RoleOf, "role of", "The country or organization an office belongs to."),
	property(schema.CheckedDate, "checked date", "When a curated fact was last verified (an xsd:date in exports)."),
	property(schema.SourceKind, "source kind", "primary (the issuer's own text) or secondary (a report about it)."),
	property(schema.ContentHash, "content hash", "The hash of the bytes a document was loaded from; an unchanged document is not loaded again."),
	property(schema.Path, "path", "The file a document was loaded from."),
	property(schema.Format, "format", "The format of the file a document was loaded from (txt, md, jsonl)."),
	property(schema.Complete, "complete", "The completeness marker of a document, written after all its quads."),
	property(schema.SamplesOffered, "samples offered", "Set on the gazetteer node once the store was offered the bundled sample documents, so that they are never loaded into it again."),
	property(schema.HasSentence, "sentence", "Links a source to its sentences, and an evidence node to the sentence it lies in."),
	property(schema.Start, "start", "Code point offset where a sentence or span begins in its source text (exports write evidence spans as oa:TextPositionSelector)."),
	property(schema.End, "end", "Code point offset where a sentence or span ends in its source text, exclusive."),
	property(schema.Evidence, "evidence", "Links a fact to an evidence node: one span of one source that supports it (an oa:Annotation in exports, its body the fact)."),
	property(schema.Status, "status", "The status of a commitment; on a commitment's evidence, the status that source gives (a kg status term in exports)."),
	property(schema.Index, "index", "The position of a sentence in its source, or of a relay hop in its chain, 0 first."),
	property(schema.EventType, "event type", "The kind of an event: summit, meeting, talks, signing, attack and so on."),
	property(schema.Participant, "participant", "An actor taking part in an event."),
	property(schema.CommittedBy, "committed by", "The actor making a commitment."),
	property(schema.CommittedTo, "committed to", "The actor a commitment is made to."),
	property(schema.What, "what", "What a commitment promises, as the source words it."),
	property(schema.CommitmentKind, "commitment kind", "The kind of a commitment (troop deployment, financial aid, security guarantee and so on)."),
	property(schema.Condition, "condition", "The condition a commitment depends on, as written."),
	property(schema.Modality, "modality", "A word that qualifies a commitment (would, legally binding)."),
	property(schema.Horizon, "horizon", "The time a commitment is for, as written."),
	property(schema.ClaimText, "claim text", "What a claim says."),
	property(schema.ClaimSource, "claim source", "The actor, unnamed source or cited document a claim is attributed to (prov:wasAttributedTo in exports)."),
	property(schema.Via, "via", "An outlet relaying a claim."),
	property(schema.ViaNext, "via next", "The next relay of a chain of relays, in order."),
	property(schema.IsQuote, "is quote", "True when a claim is a direct quotation."),
	property(schema.Speaker, "speaker", "The person or body speaking in a quotation."),
	property(schema.About, "about", "What a numeric claim is about."),
	property(schema.ValueText, "value as written", "A figure as written, with its qualifier (more than 27)."),
	property(schema.Value, "value", "The number a figure stands for, or the low end of a range."),
	property(schema.ValueHigh, "high value", "The high end of a range."),
	property(schema.Qualifier, "qualifier", "How a figure is qualified: more than, about, up to and so on."),
	property(schema.Unit, "unit", "The unit of a figure (troops, euros, percent)."),
	property(schema.NormName, "normalised name", "A name or alias case-folded, without accents and with spaces collapsed, for lookup."),
	property(schema.PlaceType, "place type", "The kind of a place: city, region, venue."),
	property(schema.ViaHop, "relay hop", "Links a claim to one relay of its attribution chain: a node with kg:index and kg:via."),

	status(schema.StatusDraft, "draft", "Reported as in a draft: not yet agreed."),
	status(schema.StatusProposed, "proposed", "Proposed by one side, not agreed by the others."),
	status(schema.StatusAgreed, "agreed", "Agreed: stated by the issuer's own text, or reported as agreed."),
	status(schema.StatusSigned, "signed", "Signed into a formal instrument."),
	status(schema.StatusReported, "reported", "Reported by a source, neither stated as agreed nor as a draft."),
	status(schema.StatusDenied, "denied", "Denied or refused by the party said to commit."),
}

// ontologyComment says what the namespace is and how exports use it.
const ontologyComment = "kg's own classes, properties and commitment status terms, under urn:kg:ns: " +
	"(URNs: stable names that no host owns; every kg server describes them at /ns). " +
	"kg's N-Quads export uses standard vocabularies where they fit: schema.org, PROV-O " +
	"(prov:wasDerivedFrom, prov:wasQuotedFrom, prov:wasAttributedTo), the W3C Web Annotation " +
	"vocabulary for evidence spans (an evidence node is an oa:Annotation with oa:hasBody the fact, " +
	"oa:hasTarget EV#target with oa:hasSource the document and the selectors EV#position, " +
	"an oa:TextPositionSelector counting code points, and EV#quote, an oa:TextQuoteSelector), " +
	"and XSD datatypes for dates."

// Vocabulary returns the RDF description of kg's namespace: the ontology,
// and for every class, property and status term its type, rdfs:label,
// rdfs:comment and rdfs:isDefinedBy. The triples carry no label.
func Vocabulary() []quad.Quad {
	out := []quad.Quad{
		{Subject: schema.Ontology, Predicate: schema.Type, Object: schema.OWLOntology},
		{Subject: schema.Ontology, Predicate: schema.DCTTitle, Object: quad.String("kg vocabulary")},
		{Subject: schema.Ontology, Predicate: schema.RDFSComment, Object: quad.String(ontologyComment)},
	}
	for _, t := range terms {
		out = append(out,
			quad.Quad{Subject: t.iri, Predicate: schema.Type, Object: t.kind},
			quad.Quad{Subject: t.iri, Predicate: schema.RDFSLabel, Object: quad.LangString{Value: quad.String(t.label), Lang: "en"}},
			quad.Quad{Subject: t.iri, Predicate: schema.RDFSComment, Object: quad.LangString{Value: quad.String(t.comment), Lang: "en"}},
			quad.Quad{Subject: t.iri, Predicate: schema.RDFSIsDefinedBy, Object: schema.Ontology},
		)
	}
	return out
}
