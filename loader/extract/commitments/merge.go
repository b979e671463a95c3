package commitments

import (
	"slices"
	"sort"
	"strings"

	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
)

// commitAcc gathers the units of one commitment.
type commitAcc struct {
	commitCand
	spans    [][2]int
	lastSent int
	pending  bool // a component heading not yet detailed
	list     bool
}

// commitMerger merges one document's candidates, in text order:
//   - a unit that refers back joins the last commitment;
//   - a unit that names a commitment without a verb ("There will be a
//     monitoring system") joins the last one of its kind and actor;
//   - a component following a component of the same kind and condition in
//     the next segment joins it ("funding; budget support");
//   - a commitment joins a component heading of its kind and actor not yet
//     detailed (the item "Support for the armed forces" and its sentence);
//   - two commitments of the same actor, beneficiary and kind that both
//     state a condition are one (a trigger told twice);
//   - a second actor's role joins a commitment of the same actor,
//     beneficiary and kind when both or neither are conditional.
type commitMerger struct {
	c             *facts.Context
	noBeneficiary map[string]bool // kinds without a beneficiary
	accs          []*commitAcc
	last          *commitAcc
}

func (m *commitMerger) add(cand commitCand) {
	if len(cand.by) == 0 && !cand.elab {
		return
	}
	switch {
	case cand.derived:
		if l := m.last; l != nil && cand.kind == "" {
			cand.kind = l.kind
			if cand.status == "" {
				cand.status = l.status
			}
			if cand.to == "" && !sameBy([]string{l.to}, cand.by) {
				cand.to = l.to
			}
		}
		if cand.kind == "" {
			return
		}
		for _, acc := range m.accs {
			if sameActors(acc, cand) && (acc.cond != "") == (cand.cond != "") {
				m.absorbInto(acc, cand)
				return
			}
		}
		m.accs = append(m.accs, newCommitAcc(cand))
		return
	case cand.elab:
		if m.last != nil {
			m.absorbInto(m.last, cand)
			return
		}
		// it refers back to nothing told: a commitment of its own when it
		// names a kind and commits with a verb ("This declaration outlines
		// their commitment to deploying a force"; not "these guarantees
		// could take various forms"), by its actor or the issuers
		if cand.kind == "" || cand.kind == "other" || !cand.hasVerb {
			return
		}
		if len(cand.by) == 0 {
			cand.by = m.c.Issuers
		}
		if len(cand.by) == 0 {
			return
		}
	}
	if l := m.last; (cand.unit.list || cand.unit.sub) && l != nil && l.kind == cand.kind && l.cond == cand.cond &&
		l.lastSent >= cand.unit.sent-1 && (cand.unit.list || sameBy(l.by, cand.by)) {
		m.absorbInto(l, cand)
		return
	}
	if l := m.last; l != nil && cand.status == "signed" && l.status == "signed" && l.kind == cand.kind && !l.derived &&
		cand.unit.clause && l.lastSent == cand.unit.sent && !sameBy(l.by, cand.by) {
		// "A signed for X, and B signed for Y": one text signed by both
		m.absorbInto(l, cand)
		for _, b := range cand.by {
			l.by = facts.AppendUnique(l.by, b)
		}
		return
	}
	if acc := m.signedBy(cand); acc != nil {
		// "A signed a deal with B. B signed the agreement ...": one
		// text, signed by both
		m.absorbInto(acc, cand)
		for _, b := range cand.by {
			acc.by = facts.AppendUnique(acc.by, b)
		}
		m.last = acc
		return
	}
	if amt := m.amountOf(cand); amt != "" {
		// the same sum told again by the same actor ("X will lend 5
		// billion ... the 5 billion loan will ..."): one commitment
		for _, acc := range m.accs {
			if !acc.derived && acc.kind == cand.kind && sameBy(acc.by, cand.by) && (acc.to == cand.to || cand.to == "") &&
				m.amountOf(acc.commitCand) == amt {
				m.absorbInto(acc, cand)
				m.last = acc
				return
			}
		}
	}
	if cand.nounOnly {
		for k := len(m.accs) - 1; k >= 0; k-- {
			if acc := m.accs[k]; !acc.derived && acc.kind == cand.kind && sameBy(acc.by, cand.by) {
				m.absorbInto(acc, cand)
				acc.pending = false
				m.last = acc
				return
			}
		}
	}
	for _, acc := range m.accs {
		if acc.pending && acc.kind == cand.kind && sameBy(acc.by, cand.by) {
			m.absorbInto(acc, cand)
			acc.pending = false
			m.last = acc
			return
		}
	}
	for _, acc := range m.accs {
		if !acc.derived && sameActors(acc, cand) && acc.cond != "" && cand.cond != "" {
			m.absorbInto(acc, cand)
			m.last = acc
			return
		}
	}
	acc := newCommitAcc(cand)
	m.accs = append(m.accs, acc)
	m.last = acc
}

// signedBy finds the text a signed candidate signs again from the other
// side: a signed commitment of its kind, told at most two sentences
// before, signed "with" an actor among the candidate's own signers.
func (m *commitMerger) signedBy(cand commitCand) *commitAcc {
	if cand.status != "signed" || cand.derived {
		return nil
	}
	for k := len(m.accs) - 1; k >= 0; k-- {
		acc := m.accs[k]
		if acc.status == "signed" && !acc.derived && acc.kind == cand.kind && acc.with != "" && appearsIn(cand.by, acc.with) &&
			acc.lastSent >= cand.unit.sent-2 && (acc.cond != "") == (cand.cond != "") {
			return acc
		}
	}
	return nil
}

// absorbInto adds cand to acc. A commitment a third party told
// ("reported") that a party to it then tells in its own words is agreed
// (or signed): the party confirms it.
func (m *commitMerger) absorbInto(acc *commitAcc, cand commitCand) {
	acc.absorb(cand)
	if acc.status != "reported" || cand.status != "agreed" && cand.status != "signed" || cand.src == "" {
		return
	}
	for _, b := range acc.by {
		if b == cand.src || m.c.CountryOf(cand.src) == b || m.c.HoldsOfficeOf(cand.src, b) {
			acc.status = cand.status
			return
		}
	}
}

func newCommitAcc(cand commitCand) *commitAcc {
	return &commitAcc{commitCand: cand, spans: [][2]int{{cand.unit.start, cand.unit.end}},
		lastSent: cand.unit.sent, pending: cand.component, list: cand.unit.list}
}

// absorb adds a unit's evidence and fills fields still empty.
func (acc *commitAcc) absorb(cand commitCand) {
	acc.spans = append(acc.spans, [2]int{cand.unit.start, cand.unit.end})
	acc.lastSent = max(acc.lastSent, cand.unit.sent)
	acc.list = acc.list && cand.unit.list
	if acc.cond == "" {
		acc.cond = cand.cond
	}

	if acc.horizon == "" {
		acc.horizon = cand.horizon
	}
	for _, w := range cand.modality {
		acc.modality = facts.AppendUnique(acc.modality, w)
	}
	if acc.component && !cand.elab && cand.what != "" && len(acc.what) < 40 {
		acc.what = acc.what + ": " + cand.what
	}
}

func sameBy(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func sameActors(acc *commitAcc, cand commitCand) bool {
	return acc.kind == cand.kind && acc.to == cand.to && sameBy(acc.by, cand.by)
}

// commitments appends the merged commitments to out.
func (m *commitMerger) commitments(dst []model.Commitment) []model.Commitment {
	out := slices.Grow(dst, len(m.accs))
	seen := map[string]bool{}
	m.pledgesOfTheDay()
	for _, acc := range m.accs {
		if len(acc.by) == 0 || acc.kind == "" {
			continue
		}
		cm := model.Commitment{Kind: acc.kind, Status: acc.status, What: acc.what, Condition: facts.StrPtr(acc.cond),
			Modality: acc.modality, Horizon: acc.horizon, By: make([]string, 0, len(acc.by)), ByIDs: make([]string, 0, len(acc.by))}
		for _, b := range acc.by {
			if g, ok := strings.CutPrefix(b, groupPrefix); ok {
				cm.ByIDs = append(cm.ByIDs, "") // a group in the text's words
				cm.By = append(cm.By, g)
				continue
			}
			cm.ByIDs = append(cm.ByIDs, b)
			cm.By = append(cm.By, m.c.Name(b))
		}
		if acc.to != "" && !m.noBeneficiary[acc.kind] {
			cm.ToID = acc.to
			cm.To = facts.StrPtr(m.c.Name(acc.to))
		}
		if !spansInOrder(acc.spans) {
			sort.Slice(acc.spans, func(i, j int) bool { return acc.spans[i][0] < acc.spans[j][0] })
		}
		for _, sp := range acc.spans {
			s, e := token.TrimSpan(m.c.A.Body, sp[0], sp[1])
			if e > s {
				if cm.Evidence == nil {
					cm.Evidence = make([]model.Span, 0, len(acc.spans))
				}
				cm.Evidence = append(cm.Evidence, m.c.A.Span(s, e))
			}
		}
		cm.ID = model.CommitmentID(acc.by, cm.ToID, acc.kind, acc.cond != "")
		if seen[cm.ID] {
			cm.ID = model.DistinctID(cm.ID, acc.what)
		}
		seen[cm.ID] = true
		out = append(out, cm)
	}
	if len(out) == len(dst) {
		return dst // none: dst as it was (nil stays nil)
	}
	return out
}

// spansInOrder reports spans few enough for sort.Slice to sort them by
// insertion (12 at most) and already in order of their starts: sorting
// them would leave them as they are.
func spansInOrder(spans [][2]int) bool {
	if len(spans) > 12 {
		return false
	}
	for i := 1; i < len(spans); i++ {
		if spans[i][0] < spans[i-1][0] {
			return false
		}
	}
	return true
}

// amountOf is the first sum a candidate's unit names ("600 billion",
// "1.2 million"), "" when it names none.
func (m *commitMerger) amountOf(cand commitCand) string {
	toks := token.Tokens(m.c.A.Body, cand.unit.start, cand.unit.end)
	for i := 0; i+1 < len(toks); i++ {
		w := toks[i].Norm
		if w[0] < '0' || w[0] > '9' {
			continue
		}
		switch toks[i+1].Norm {
		case "million", "billion", "trillion", "bn", "m":
			return w + " " + toks[i+1].Norm
		}
		// "1.2 billion": the digits after the point are a token of their own
		if i+2 < len(toks) && m.c.A.Body[toks[i].End] == '.' && toks[i+1].Start == toks[i].End+1 {
			switch toks[i+2].Norm {
			case "million", "billion", "trillion", "bn":
				return w + "." + toks[i+1].Norm + " " + toks[i+2].Norm
			}
		}
	}
	return ""
}

// pledgeWords name commitments in general: an object of nothing more
// ("did not announce commitments", "indicated future pledges").
var pledgeWords = map[string]bool{"commitments": true, "pledges": true, "contributions": true}

// pledgesOfTheDay gives a commitment of kind "other" whose object is only
// a word for commitments the kind that most of the document's other
// commitments share: at a donors' conference "pledges" are money.
func (m *commitMerger) pledgesOfTheDay() {
	var bare []*commitAcc
	count := map[string]int{}
	for _, acc := range m.accs {
		if acc.kind == "other" && m.onlyPledgeWords(acc) {
			bare = append(bare, acc)
			continue
		}
		count[acc.kind]++
	}
	if len(bare) == 0 {
		return
	}
	others := len(m.accs) - len(bare)
	for k, n := range count {
		if k != "other" && n >= 2 && 2*n > others {
			for _, acc := range bare {
				acc.kind = k
			}
			return
		}
	}
}

// onlyPledgeWords reports a commitment whose text names commitments in
// general and nothing that has a kind: a pledge word, and no amount.
func (m *commitMerger) onlyPledgeWords(acc *commitAcc) bool {
	toks := token.Tokens(acc.what, 0, len(acc.what))
	found := false
	for _, t := range toks {
		if pledgeWords[t.Norm] {
			found = true
		}
		if t.Norm[0] >= '0' && t.Norm[0] <= '9' {
			return false
		}
	}
	return found
}
