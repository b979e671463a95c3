package quads

import (
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/schema"
)

// LocalID is the local node id of a gazetteer entry: the entry id behind
// its kind's prefix ("person:emmanuel-macron", "country:FRA", "org:nato",
// "org:reuters", "place:paris"), the same ids the extractor gives entities
// it resolves in the gazetteer.
func LocalID(kind gazetteer.Kind, id string) string {
	return kindOf(string(kind)).prefix + id
}

// GazetteerQuads maps the curated gazetteer onto quads labelled
// schema.GazetteerLabel: names, aliases and their normalised forms, ISO
// codes, official names, demonyms and adjectives, capitals, Wikidata
// identity, organization types, membership and parent bodies, and each
// person's offices as role nodes with their dates and the date they were
// checked.
func GazetteerQuads(g *gazetteer.Gazetteer) []quad.Quad {
	q := newSet(schema.GazetteerLabel)
	for _, e := range g.Entries() {
		entryQuads(q, g, e)
	}
	return q.quads()
}

// entryQuads writes one entry.
func entryQuads(q *set, g *gazetteer.Gazetteer, e *gazetteer.Entry) {
	info := kindOf(string(e.Kind))
	iri := schema.ID(LocalID(e.Kind, e.ID))
	for _, c := range info.classes {
		q.add(iri, schema.Type, c)
	}
	if info.actorKind != "" {
		q.str(iri, schema.ActorKind, info.actorKind)
	}
	q.str(iri, schema.Name, e.Name)
	names(q, iri, e.Name, e.Aliases)
	q.str(iri, schema.Gazetteer, e.ID)
	if e.Wikidata != "" {
		q.add(iri, schema.SameAs, quad.IRI(schema.WD+e.Wikidata))
	}
	q.str(iri, schema.Official, e.Official)
	if e.Official != "" {
		q.str(iri, schema.NormName, NormalizeName(e.Official))
	}
	q.str(iri, schema.ISO2, e.ISO2)
	q.str(iri, schema.ISO3, e.ISO3)
	for _, d := range append(append([]string(nil), e.Demonyms...), e.Adjectives...) {
		q.str(iri, schema.Demonym, d)
	}
	q.str(iri, schema.Capital, e.Capital)
	if e.Kind == gazetteer.Outlet {
		q.str(iri, schema.OrgType, first(e.Type, "outlet"))
	} else {
		q.str(iri, schema.OrgType, e.Type)
	}
	q.str(iri, schema.PlaceType, e.PlaceType)
	for _, member := range e.Members {
		q.add(schema.ID(memberID(g, member)), schema.MemberOf, iri)
	}
	if e.ParentID != "" {
		q.add(iri, schema.ParentOrg, schema.ID(LocalID(gazetteer.Organization, e.ParentID)))
	}
	offices(q, g, e, iri)
}

// memberID is the local id of a member named by id: a country (ISO3) when
// the gazetteer has one, else an organization.
func memberID(g *gazetteer.Gazetteer, id string) string {
	if _, ok := g.Get(gazetteer.Country, id); ok {
		return LocalID(gazetteer.Country, id)
	}
	return LocalID(gazetteer.Organization, id)
}

// offices writes a person's offices as role nodes. A role node's IRI is
// the one the extractor's roles get for the same label, so the curated
// office and the text's mention of it meet on one node; an office held
// twice gets its start date in the IRI.
func offices(q *set, g *gazetteer.Gazetteer, e *gazetteer.Entry, person quad.IRI) {
	personID := LocalID(e.Kind, e.ID)
	count := make(map[string]int)
	labels := make([]string, len(e.Offices))
	for i, o := range e.Offices {
		labels[i] = officeLabel(g, o)
		count[Slug(labels[i])]++
	}
	for i, o := range e.Offices {
		n := RoleIRI(personID, labels[i])
		if count[Slug(labels[i])] > 1 {
			n = RoleIRI(personID, labels[i]+" "+o.From)
		}
		q.add(person, schema.HoldsRole, n)
		q.add(n, schema.Type, schema.ClassRole)
		q.str(n, schema.RoleTitle, o.Title)
		q.str(n, schema.RoleLabel, labels[i])
		switch {
		case o.Country != "":
			q.add(n, schema.RoleOf, schema.ID(LocalID(gazetteer.Country, o.Country)))
		case o.Org != "":
			q.add(n, schema.RoleOf, schema.ID(LocalID(gazetteer.Organization, o.Org)))
		}
		q.str(n, schema.StartDate, o.From)
		q.str(n, schema.EndDate, o.To)
		q.str(n, schema.CheckedDate, o.Checked)
	}
}

// officeLabel is the full label of an office: "Prime Minister of Belgium",
// "Secretary General of NATO", or the bare title when it belongs to no
// country or organization the gazetteer knows.
func officeLabel(g *gazetteer.Gazetteer, o gazetteer.Office) string {
	if o.Country != "" {
		if c, ok := g.Get(gazetteer.Country, o.Country); ok {
			return o.Title + " of " + c.Name
		}
	}
	if o.Org != "" {
		if org, ok := g.Get(gazetteer.Organization, o.Org); ok {
			return o.Title + " of " + org.Name
		}
	}
	return o.Title
}
