package attributions

import (
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
)

// roleTitle is one role of a person: its title's words and the body it
// is held in (the state the person serves when the role names none).
type roleTitle struct {
	person *model.Entity
	words  []token.Tok
	ofID   string
}

// roleTitleList returns the role titles of the document's persons in
// order, read on first use: the stage does not change the persons.
func (d *attribDoc) roleTitleList() []roleTitle {
	if d.rolesRead {
		return d.roleTitles
	}
	d.rolesRead = true
	n := 0
	for i := range d.c.A.Result.Persons {
		n += len(d.c.A.Result.Persons[i].RoleDetails)
	}
	d.roleTitles = make([]roleTitle, 0, n)
	for i := range d.c.A.Result.Persons {
		p := &d.c.A.Result.Persons[i]
		for _, r := range p.RoleDetails {
			ofID := r.OfID
			if ofID == "" {
				ofID = d.c.CountryOf(p.ID) // "President" of the state he serves
			}
			d.roleTitles = append(d.roleTitles, roleTitle{person: p, words: wordsOf(r.Title), ofID: ofID})
		}
	}
	return d.roleTitles
}
