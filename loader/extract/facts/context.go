package facts

import (
	"sort"
	"strings"

	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/schema"
)

// Context is what the fact stages know about one document as a whole:
// names of the entities found, the organisation the document is about,
// the usual beneficiary of its commitments, and its kind. The fact stages
// share one per document (SharedContext); NewContext builds a fresh one.
type Context struct {
	// A is the document's analysis as the earlier stages left it.
	A     *model.Analysis
	Names map[string]string // node id -> canonical name
	// Primary: the document is a primary text (by the metadata's kind, else
	// the front matter's), the voice of its issuer.
	Primary bool
	// Principal is the organisation (not an outlet) the document names
	// most, preferring the one its title or first sentences name: the
	// issuer of a statement, the coalition or body a report is about.
	Principal string
	// Issuers commit when the text says "we", "allies" or lists
	// components: in a primary statement, the organisation it names at
	// its start, else the countries its first sentences list ("We, the
	// leaders of A, B and C"); elsewhere the principal organisation.
	Issuers []string
	// Beneficiary is the country commitments in the document are most often
	// made to ("for Ukraine", "support Ukraine"), "" when none. A shared
	// context finds it only when a stage asks (FindBeneficiary).
	Beneficiary string
	// beneficiaryFound: Beneficiary has been looked for.
	beneficiaryFound bool
	// OutletKey is the document's own outlet ("" when unknown).
	OutletKey string
	// DocDate is the document's date (the metadata's, else the front
	// matter's), "" when unknown.
	DocDate string
	// sortedMentions is len(a.Mentions) when the mentions were found
	// sorted by Start (the entity stages keep them so), letting MentionsIn
	// search rather than scan; any other length makes it scan.
	sortedMentions int
}

// NewContext builds the context of the document a; it reads a and
// registers the token layer of its body (see model.Analysis.Tokens).
func NewContext(a *model.Analysis) *Context { return newContext(a, true) }

// newContext is NewContext, finding the Beneficiary only when asked to.
func newContext(a *model.Analysis, beneficiary bool) *Context {
	a.Tokens() // every span of the body tokenised once (see token.Layer)
	c := &Context{A: a, Names: map[string]string{}, sortedMentions: -1}
	if sort.SliceIsSorted(a.Mentions, func(i, j int) bool { return a.Mentions[i].Start < a.Mentions[j].Start }) {
		c.sortedMentions = len(a.Mentions)
	}
	r := &a.Result
	for _, list := range [][]model.Entity{r.Persons, r.Countries, r.Organizations, r.Places} {
		for _, e := range list {
			if e.ID != "" && e.Name != "" {
				c.Names[e.ID] = e.Name
			}
		}
	}
	for _, m := range a.Mentions {
		if _, ok := c.Names[m.Key]; !ok && m.Key != "" {
			c.Names[m.Key] = token.Clean(m.Text)
		}
	}
	kind := r.Document.Kind
	if kind == "" && a.Doc != nil {
		kind = string(a.Doc.Kind)
	}
	c.Primary = kind == "primary"
	if r.Document.Date != nil {
		c.DocDate = *r.Document.Date
	} else if a.Doc != nil {
		c.DocDate = a.Doc.Date
	}
	outlet := ""
	if r.Document.Outlet != nil {
		outlet = *r.Document.Outlet
	} else if a.Doc != nil {
		outlet = a.Doc.Outlet
	}
	for id, n := range c.Names {
		if outlet != "" && strings.EqualFold(n, outlet) {
			c.OutletKey = id
		}
	}
	c.Principal = c.findPrincipal()
	if beneficiary {
		c.FindBeneficiary()
	}
	c.Issuers = c.findIssuers()
	return c
}

// FindBeneficiary fills c.Beneficiary if it has not been looked for yet
// (a shared context leaves it to the stages that weigh commitments: it
// reads every country mention's surroundings). It depends only on what
// the context was built from, so filling it later gives what NewContext
// gives.
func (c *Context) FindBeneficiary() {
	if !c.beneficiaryFound {
		c.Beneficiary, c.beneficiaryFound = c.findBeneficiary(), true
	}
}

// findIssuers: see Context.Issuers.
func (c *Context) findIssuers() []string {
	if c.Primary {
		for _, m := range c.A.Mentions {
			if m.Key == c.Principal && m.Sent >= 0 && m.Sent < 4 {
				return []string{c.Principal}
			}
		}
		if by := c.signatoriesOfFirstLine(); len(by) > 0 {
			return by
		}
		for i := 0; i < len(c.A.Sents) && i < 6; i++ {
			var countries []string
			for _, m := range c.MentionsIn(c.SentSpan(i)) {
				if m.Kind == "country" && m.Form != "adjective" {
					countries = AppendUnique(countries, m.Key)
				}
			}
			if len(countries) >= 2 {
				return countries
			}
		}
	}
	if c.Principal != "" {
		return []string{c.Principal}
	}
	return nil
}

// CountryOf returns the country a person holds an office of: by the roles
// found in the text, else by a current office in the gazetteer; "" when
// neither says.
func (c *Context) CountryOf(person string) string {
	for _, p := range c.A.Result.Persons {
		if p.ID != person {
			continue
		}
		for _, r := range p.RoleDetails {
			if strings.HasPrefix(r.OfID, schema.PrefixCountry) {
				return r.OfID
			}
		}
	}
	if c.A.Gaz == nil || !strings.HasPrefix(person, schema.PrefixPerson) {
		return ""
	}
	if e, ok := c.A.Gaz.Get(gazetteer.Person, strings.TrimPrefix(person, schema.PrefixPerson)); ok {
		for _, o := range e.Offices {
			if o.Country != "" && o.To == "" {
				return schema.PrefixCountry + o.Country
			}
		}
	}
	return ""
}

// HoldsOfficeOf reports a person whose roles in the text are offices of
// the actor ("Secretary General of NATO"), else who holds a current office
// of it in the gazetteer.
func (c *Context) HoldsOfficeOf(person, actor string) bool {
	for _, p := range c.A.Result.Persons {
		if p.ID != person {
			continue
		}
		for _, r := range p.RoleDetails {
			if r.OfID == actor {
				return true
			}
		}
	}
	if c.A.Gaz == nil || !strings.HasPrefix(person, schema.PrefixPerson) {
		return false
	}
	if e, ok := c.A.Gaz.Get(gazetteer.Person, strings.TrimPrefix(person, schema.PrefixPerson)); ok {
		for _, o := range e.Offices {
			if o.To == "" && (o.Org != "" && schema.PrefixOrg+o.Org == actor || o.Country != "" && schema.PrefixCountry+o.Country == actor) {
				return true
			}
		}
	}
	return false
}

// Name returns the display name of a node id.
func (c *Context) Name(id string) string {
	if n, ok := c.Names[id]; ok {
		return n
	}
	return id
}

// IsActor reports whether a mention can be an actor of a fact.
func IsActor(m model.Mention) bool {
	return m.Kind == "person" || m.Kind == "country" || m.Kind == "organization"
}

// findPrincipal counts organisation mentions; mentions in the first three
// segments (title, lead) count double.
func (c *Context) findPrincipal() string {
	count := map[string]int{}
	first := map[string]int{}
	for i, m := range c.A.Mentions {
		if m.Kind != "organization" {
			continue
		}
		w := 1
		if m.Sent >= 0 && m.Sent < 3 {
			w = 2
		}
		count[m.Key] += w
		if _, ok := first[m.Key]; !ok {
			first[m.Key] = i
		}
	}
	best := ""
	for k, n := range count {
		if best == "" || n > count[best] || n == count[best] && first[k] < first[best] {
			best = k
		}
	}
	return best
}

// findBeneficiary counts countries named right after "for", "to",
// "support", "assist", "help" or "aid", or as the first object of a
// giving verb ("provide X with"); the most counted wins.
func (c *Context) findBeneficiary() string {
	count := map[string]int{}
	for _, m := range c.A.Mentions {
		if m.Kind != "country" || CurrencyMention(c.A.Body, m) || RangeEnd(c.A.Body, m) {
			continue
		}
		if m.Form == "adjective" && !Governs(c.A.Body, m.End) {
			continue // "crucial to Chinese ambitions": no state receives
		}
		prev := strings.ToLower(PrevWord(c.A.Body, m.Start))
		switch prev {
		case "for", "to", "support", "supporting", "assist", "assisting", "help", "helping", "aid",
			"reassure", "protect", "defend",
			// "provide X with", "give X", "lend X": X receives
			"provide", "supply", "give", "lend", "grant", "offer", "promise":
			if prev == "for" && TargetNouns[strings.ToLower(PrevWord(c.A.Body, m.Start-len(" for")))] {
				continue // "sanctions for X": X is the target
			}
			count[m.Key]++
		}
	}
	keys := make([]string, 0, len(count))
	for k := range count {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	best := ""
	for _, k := range keys {
		if best == "" || count[k] > count[best] {
			best = k
		}
	}
	return best
}

// PrevWord returns the word just before byte offset off.
func PrevWord(body string, off int) string {
	if l := token.FindLayer(body); l != nil {
		return l.LastWord(max(0, off-40), off)
	}
	toks := token.Tokens(body, max(0, off-40), off)
	if len(toks) == 0 {
		return ""
	}
	// the last token may be cut at the window's start; only its end matters
	return toks[len(toks)-1].Norm
}

// MentionsIn returns the mentions lying inside [start, end), in text order.
func (c *Context) MentionsIn(start, end int) []model.Mention {
	var out []model.Mention
	ms := c.A.Mentions
	if len(ms) == c.sortedMentions {
		// the same mentions in the same order as the scan below, already
		// sorted (sort.Slice leaves a sorted slice as it is)
		lo, n := c.A.FirstFrom(start), 0
		hi := lo
		for ; hi < len(ms) && ms[hi].Start <= end; hi++ {
			if ms[hi].End <= end {
				n++
			}
		}
		if n == 0 {
			return nil
		}
		out = make([]model.Mention, 0, n)
		for _, m := range ms[lo:hi] {
			if m.End <= end {
				out = append(out, m)
			}
		}
		return out
	}
	for _, m := range ms {
		if m.Start >= start && m.End <= end {
			out = append(out, m)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// SentSpan returns the byte range of segment i.
func (c *Context) SentSpan(i int) (int, int) {
	s := c.A.Sents[i]
	return s.Start, s.End
}

// ParagraphBreak reports whether a line break separates segments i and j.
func (c *Context) ParagraphBreak(i, j int) bool {
	if i < 0 || j >= len(c.A.Sents) || i >= j {
		return true
	}
	return strings.Contains(c.A.Body[c.A.Sents[i].End:c.A.Sents[j].Start], "\n")
}

// StrPtr is a pointer to s, nil for "" (an optional field of a result).
func StrPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// TargetNouns before "for X" make X a target, not a beneficiary.
var TargetNouns = map[string]bool{"sanctions": true, "penalties": true, "consequences": true, "costs": true, "pressure": true, "punishment": true}

// signatoriesOfFirstLine reads a statement's opening line "Statement by
// A, B and C on ...": the states of the persons it names when each holds
// an office of one, else the persons and bodies themselves.
func (c *Context) signatoriesOfFirstLine() []string {
	body := c.A.Body
	end := strings.IndexByte(body, '\n')
	if end < 0 {
		end = len(body)
	}
	first := strings.ToLower(body[:end])
	by := strings.Index(first, " by ")
	if by < 0 || by > 40 {
		return nil
	}
	if on := strings.Index(first[by:], " on "); on >= 0 {
		end = by + on // "... on Peace for Ukraine": the topic, not a signatory
	}
	var actors, states []string
	allStates := true
	for _, m := range c.MentionsIn(by, end) {
		switch m.Kind {
		case "person":
			actors = AppendUnique(actors, m.Key)
			if s := c.CountryOf(m.Key); s != "" {
				states = AppendUnique(states, s)
			} else {
				allStates = false
			}
		case "organization", "country":
			if m.Form == "adjective" {
				continue
			}
			actors = AppendUnique(actors, m.Key)
			states = AppendUnique(states, m.Key)
		}
	}
	if len(actors) < 2 {
		return nil
	}
	if allStates {
		return states
	}
	return actors
}
