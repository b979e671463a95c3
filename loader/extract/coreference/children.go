package coreference

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/lexicon"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/schema"
)

// childBodies are the gazetteer bodies that have a parent body and a
// head noun of the lexicon's (see childHeads), in gazetteer order: read
// once per gazetteer, not per document.
type childBodies struct {
	gaz  *gazetteer.Gazetteer
	list []childBody
}

// childBody is one body of childBodies.
type childBody struct {
	parentID string
	head     string // the head noun, lower-cased
	key      string // the body's node key
}

// childBodiesOf lists the child bodies of gaz (none for a nil gazetteer).
func childBodiesOf(gaz *gazetteer.Gazetteer, lex *lexicon.Entities) childBodies {
	out := childBodies{gaz: gaz}
	if gaz == nil {
		return out
	}
	for _, e := range gaz.ByKind(gazetteer.Organization) {
		if e.ParentID == "" {
			continue
		}
		head := orgHead(e.Name)
		if head == "" || !lex.Has("orghead", head) {
			continue
		}
		out.list = append(out.list, childBody{parentID: e.ParentID, head: strings.ToLower(head), key: schema.PrefixOrg + e.ID})
	}
	return out
}
