package gen

import (
	"fmt"
	"slices"
	"strings"

	"github.com/kg-project/kg/loader/gazetteer"
)

// commitmentStatus is the status each commitment sentence kind states.
var commitmentStatus = map[string]string{
	"pledge": "agreed", "conditional": "agreed", "refusal": "denied",
	"proposal": "proposed", "reported": "reported", "draft": "draft",
}

// commitment writes a sentence in which an actor commits (or refuses) to
// do something, and records the commitment; a reported or draft one also
// records who reports it. The phrasing marks the reported claim with {[}
// and {]}.
func (a *article) commitment(kind string) {
	t := &a.body
	start := t.mark()
	by := pick(a.rng, a.actors())
	c := GoldCommitment{By: []string{by.entry.Name}, Status: commitmentStatus[kind]}
	var claimStart mark
	var claim string
	var source string
	var via *string
	fill := map[string]func(){
		"by":   func() { a.writeSubject(t, by) },
		"what": func() { c.What, c.Kind, c.To = a.writeWhat(t, nil) },
		"condition": func() {
			cond := pick(a.rng, a.lex.Conditions)
			t.write(cond)
			c.Condition = strPtr(cond)
		},
		"outlet": func() {
			o := pick(a.rng, a.sources)
			a.writeOutlet(t, o)
			if kind == "draft" {
				via = strPtr(o.Name)
			} else {
				source = o.Name
			}
		},
		"doc": func() {
			d := pick(a.rng, []string{"draft statement", "draft declaration", "draft text", "draft communique"})
			t.write(d)
			source = d
		},
		"[": func() { claimStart = t.mark() },
		"]": func() { claim = t.since(claimStart) },
	}
	t.render(pick(a.rng, a.lex.Sentences[kind]), fill)
	span := t.spanSince(start)
	c.Evidence = []Span{span}
	a.gold.Commitments = append(a.gold.Commitments, c)
	if source != "" && claim != "" {
		a.gold.Attributions = append(a.gold.Attributions, GoldAttribution{
			Claim: trimSentence(claim), Source: source, Via: via, Evidence: []Span{span}})
	}
}

// writeWhat writes what is committed (a verb phrase of the lexicon) and
// returns it with its kind and beneficiary. Phrasings in used (when not
// nil) are avoided while others remain, and the one written is added.
func (a *article) writeWhat(t *text, used map[string]bool) (what, kind string, to *string) {
	kinds := make([]string, 0, len(a.lex.Commitments))
	for k := range a.lex.Commitments {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	var phrasing string
	for try := 0; try < 20; try++ {
		kind = pick(a.rng, kinds)
		phrasing = pick(a.rng, a.lex.Commitments[kind])
		if !used[phrasing] {
			break
		}
	}
	if used != nil {
		used[phrasing] = true
	}
	m := t.mark()
	target := pick(a.rng, a.cast.targets)
	t.render(phrasing, map[string]func(){
		"to": func() {
			a.writeName(t, actor{a.beneficiary})
			to = strPtr(a.beneficiary.Name)
		},
		"target": func() { a.writeName(t, actor{target}) },
		"n":      func() { t.write(fmt.Sprint(2 + a.rng.IntN(48))) },
		"money":  func() { t.write(a.money()) },
	})
	return t.since(m), kind, to
}

// money is an amount as news texts write it: "€4 billion", "$750 million".
func (a *article) money() string {
	cur := pick(a.rng, []string{"€", "€", "$", "£"})
	if a.rng.IntN(3) == 0 {
		return fmt.Sprintf("%s%d million", cur, 50*(1+a.rng.IntN(19)))
	}
	return fmt.Sprintf("%s%d billion", cur, 1+a.rng.IntN(90))
}

// currencyUnit names the unit of an amount written by money.
func currencyUnit(amount string) string {
	switch {
	case strings.HasPrefix(amount, "€"):
		return "euros"
	case strings.HasPrefix(amount, "$"):
		return "dollars"
	default:
		return "pounds"
	}
}

// attribution writes a claim with who makes it and, when the text names
// one, the outlet that relays it.
func (a *article) attribution(kind string) {
	t := &a.body
	start := t.mark()
	phr := pick(a.rng, a.lex.Sentences[kind])
	slots := slotsOf(phr)
	at := GoldAttribution{}
	var claimStart mark
	var outlet *gazetteer.Entry
	fill := map[string]func(){
		"person": func() {
			p := pick(a.rng, a.people)
			a.writePerson(t, p)
			at.Source = p.entry.Name
		},
		"spokesperson": func() { at.Source = a.writeSpokesperson(t) },
		"official": func() {
			m := t.mark()
			t.render(pick(a.rng, a.lex.Officials), map[string]func(){
				"adj": func() {
					x := pick(a.rng, a.actors()).entry
					if x.Kind != gazetteer.Country || len(x.Adjectives) == 0 {
						x = a.beneficiary
					}
					if len(x.Adjectives) == 0 {
						t.write("government")
						return
					}
					t.mention(kindCountry, x.Name, pick(a.rng, x.Adjectives), "")
				},
			})
			desc := t.since(m)
			for _, art := range []string{"a ", "an ", "A ", "An "} {
				desc = strings.TrimPrefix(desc, art)
			}
			at.Source = desc
		},
		"outlet": func() {
			outlet = pick(a.rng, a.sources)
			a.writeOutlet(t, outlet)
		},
		"claim": func() {
			claimStart = t.mark()
			a.writeClaim(t)
			at.Claim = trimSentence(t.since(claimStart))
		},
	}
	t.render(phr, fill)
	if outlet != nil {
		if slices.Contains(slots, "person") || slices.Contains(slots, "official") {
			at.Via = strPtr(outlet.Name)
		} else {
			at.Source = outlet.Name
		}
	}
	at.Evidence = []Span{t.spanSince(start)}
	a.gold.Attributions = append(a.gold.Attributions, at)
}

// writeSpokesperson writes a government spokesperson with an invented
// name ("the Polish government spokesperson Marta Holm") and returns the
// name: a person the gazetteer does not know, introduced by a title.
func (a *article) writeSpokesperson(t *text) string {
	x := a.countryActor(a.actors()).entry
	name := a.inventedName()
	t.write("the ")
	t.mention(kindCountry, x.Name, pick(a.rng, x.Adjectives), "")
	t.write(" government spokesperson ")
	t.mention(kindPerson, name, name, "government spokesperson of "+a.cast.withThe(x, x.Name))
	return name
}

// number writes a sentence stating a number and records it.
func (a *article) number() {
	t := &a.body
	start := t.mark()
	np := pick(a.rng, a.lex.Numbers)
	n := np.Min + a.rng.IntN(np.Max-np.Min+1)
	unit := np.Unit
	var value string
	switch np.Style {
	case "money":
		value = a.money()
		unit = currencyUnit(value)
	case "range":
		hi := n + np.Min + a.rng.IntN(np.Max-np.Min+1)
		value = fmt.Sprintf("%s to %s", thousands(n*1000), thousands(hi*1000))
	case "upto":
		value = fmt.Sprintf("up to %d", n)
	default:
		q := pick(a.rng, []string{"more than ", "about ", "at least ", "nearly ", "some ", "", "fewer than "})
		value = fmt.Sprintf("%s%d", q, n)
	}
	t.render(np.Text, map[string]func(){"value": func() { t.write(value) }})
	a.gold.NumericClaims = append(a.gold.NumericClaims, GoldNumber{
		About: np.About, Value: value, Unit: unit, Evidence: []Span{t.spanSince(start)}})
}

// thousands writes n with comma group separators.
func thousands(n int) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// background writes a sentence that names actors but states no event,
// commitment, number or attribution.
func (a *article) background() {
	t := &a.body
	actors := a.actors()
	t.render(pick(a.rng, a.lex.Background), map[string]func(){
		"country": func() { a.writeName(t, a.countryActor(actors)) },
		"to":      func() { a.writeName(t, actor{a.beneficiary}) },
		"org":     func() { a.writeName(t, actor{pick(a.rng, a.cast.orgs)}) },
	})
}
