package quads

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// Slug turns a name into the tail of a local id: NormalizeName with
// hyphens for spaces ("Élysée Palace" -> "elysee-palace").
func Slug(name string) string {
	return strings.ReplaceAll(NormalizeName(name), " ", "-")
}

// withPrefix returns id with prefix in front unless it already starts with
// it; an empty id stays empty.
func withPrefix(prefix, id string) string {
	if id == "" || strings.HasPrefix(id, prefix) {
		return id
	}
	return prefix + id
}

// EvidenceIRI is the IRI of the evidence node of one span of document
// docID supporting the fact (or entity) factID.
func EvidenceIRI(docID string, start, end int, factID string) quad.IRI {
	sum := sha256.Sum256([]byte(factID))
	return schema.ID(schema.PrefixEvidence + docID + ":" + strconv.Itoa(start) + "-" +
		strconv.Itoa(end) + ":" + hex.EncodeToString(sum[:6]))
}

// SentenceIRI is the IRI of sentence index of document docID.
func SentenceIRI(docID string, index int) quad.IRI {
	return schema.ID(schema.PrefixSentence + docID + ":" + strconv.Itoa(index))
}

// RoleIRI is the IRI of the role node of a person's office; label names
// the office in full ("Prime Minister of Belgium").
func RoleIRI(personID, label string) quad.IRI {
	return schema.ID(schema.PrefixRole + personID + "/" + Slug(label))
}

// HopIRI is the IRI of relay number index of a claim's attribution chain.
func HopIRI(claimID string, index int) quad.IRI {
	return schema.ID(schema.PrefixHop + claimID + "/" + strconv.Itoa(index))
}

// kindInfo says how an entity kind of extract.Entity or gazetteer.Entry
// maps to classes, the GraphQL actor kind and the local id prefix.
type kindInfo struct {
	classes   []quad.IRI
	actorKind string // "" for places
	prefix    string
}

var kinds = map[string]kindInfo{
	"person":       {[]quad.IRI{schema.ClassPerson}, "PERSON", schema.PrefixPerson},
	"country":      {[]quad.IRI{schema.ClassCountry}, "COUNTRY", schema.PrefixCountry},
	"organization": {[]quad.IRI{schema.ClassOrganization}, "ORGANIZATION", schema.PrefixOrg},
	"outlet":       {[]quad.IRI{schema.ClassOutlet, schema.ClassOrganization}, "ORGANIZATION", schema.PrefixOrg},
	"place":        {[]quad.IRI{schema.ClassPlace}, "", schema.PrefixPlace},
}

// kindOf returns the mapping of kind, treating unknown kinds as
// organizations.
func kindOf(kind string) kindInfo {
	if k, ok := kinds[strings.ToLower(kind)]; ok {
		return k
	}
	return kinds["organization"]
}
