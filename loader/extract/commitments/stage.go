package commitments

import (
	"io/fs"
	"strings"

	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/lexicon"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/loader/gazetteer"
)

// commitmentStage finds who commits what to whom. Units are sentences,
// list items, bold item headers and components listed after a lead-in
// ("This will include: a; b"). A unit states a commitment when it holds a
// commitment verb and a kind, a kind other than "other" with a modal
// ("would include binding commitments"), or is a component of a list. A
// unit that refers back ("These commitments may include ...") adds to
// the commitment before it. Fields: see commit_fields.go (status:
// commit_status.go, recipients: commit_recipient.go); second actors
// ("US-led"): commit_derived.go; one document's merging: commit_merge.go.
type commitmentStage struct{ lex *commitLexicon }

// NewStage builds the commitment stage from the commitment lexicon.
func NewStage(_ *gazetteer.Gazetteer, data fs.FS) (model.Stage, error) {
	lex, err := LoadLexicon(data)
	if err != nil {
		return nil, err
	}
	ents, err := lexicon.LoadEntities(data)
	if err != nil {
		return nil, err
	}
	lex.bareOffices = map[string]bool{}
	for _, b := range ents.LowerBodies {
		lex.bareOffices[strings.ToLower(b)] = true
	}
	return commitmentStage{lex: lex}, nil
}

// commitCand is one unit's commitment before merging.
type commitCand struct {
	unit      commitUnit
	kind      string
	by        []string
	to        string
	cond      string
	status    string
	src       string // who tells it: the source of the claim holding its word
	modality  []string
	horizon   string
	what      string
	elab      bool   // refers back to the commitment before
	component bool   // a component heading: a later unit of its kind details it
	derived   bool   // a second actor's role inside another commitment
	nounOnly  bool   // names a commitment without a verb committing to it
	hasVerb   bool   // the unit holds a commitment verb
	inheritTo string // a component's recipient when it names none: the whole sentence's
	with      string // who a signed text was signed with ("signed a deal with X")
}

// Apply reads every unit of the document, then merges.
func (s commitmentStage) Apply(a *model.Analysis) error {
	c := facts.NewContext(a)
	env := newCommitEnv(c, s.lex)
	m := &commitMerger{c: c, noBeneficiary: s.lex.noBeneficiary}
	var units []commitUnit
	for i := range a.Sents {
		units = commitUnits(env, i, units[:0])
		for _, u := range units {
			for _, cand := range s.analyse(env, u) {
				m.add(cand)
			}
		}
	}
	a.Result.Commitments = m.commitments(a.Result.Commitments)
	return nil
}

// analyse returns the commitments a unit states (none, one, one per
// component of distinct kinds), followed by second actors' commitments.
func (s commitmentStage) analyse(env *commitEnv, u commitUnit) []commitCand {
	c := env.c
	if !u.list && !u.sub {
		// an attributed claim: the commitment is in the claim, not in the
		// words after it that name its source
		if ce, ok := env.claimEndOf(u.sent); ok && ce > u.start && ce < u.end {
			u.end = ce
		}
	}
	toks := token.Tokens(c.A.Body, u.start, u.end)
	if len(toks) == 0 {
		return nil
	}
	verbs := s.lex.Verbs.All(toks)
	talks := !u.list && s.talksOf(toks, verbs) // read before the filters below drop verbs in place
	verbs = s.committingVerbs(toks, s.notTopic(toks, notInNames(c, toks, verbs)))
	verbs = s.outsideCondition(env, toks, verbs)
	verbs = shareOf(c.A.Body, toks, verbs)
	if len(verbs) == 0 && talks {
		return nil // "the leaders discussed deepening cooperation"
	}
	if hopeFor(toks, verbs) && !u.list {
		return nil // "we hope Ruritania will follow": a hope, no pledge
	}
	if len(verbs) > 0 && (verbs[0].From == 0 || verbs[0].From == 1 && strings.HasPrefix(c.A.Body[toks[0].End:], "-")) && !u.list && !u.sub {
		// a sentence opening on a verb form names something ("Host
		// country X pledged ...", "Co-hosts X and Y ..."); list items may
		// open on a verb
		verbs = verbs[1:]
	}
	if len(verbs) == 0 {
		verbs = s.textVerbs(env, u, toks)
	}
	if len(verbs) == 0 {
		if h, ok := s.willVerb(env, toks); ok {
			verbs = []token.Hit{h}
		}
	}
	if !u.list && !u.sub && !u.clause {
		if parts := s.clauses(env, u, toks, verbs); len(parts) > 1 {
			var out []commitCand
			for _, p := range parts {
				out = append(out, s.analyse(env, p)...)
			}
			return out
		}
	}
	nouns := s.notTopic(toks, s.lex.nouns.All(toks))
	verbAt := 0
	if len(verbs) > 0 {
		verbAt = verbs[0].From
		// "X asked Y to contribute": X does not commit
		for h := range s.lex.requests.Hits(toks[:verbAt]) {
			if h.From > 0 && s.lex.documentNouns.EndsBeforeIndexed(toks, h.From) {
				continue // "the agreement calls for ...": the text's term, no request
			}
			if verbAt-h.To <= 8 && !u.list {
				return nil
			}
		}
	}
	kind := s.lex.kindFrom(env.maskActors(toks, verbAt), verbAt, &env.kinds)
	if kind == "" && len(verbs) > 0 && !u.list && (s.bareOther(env, u, toks, verbs[0]) || (env.runLead(u.sent) >= 0 || s.termOfText(toks, verbs)) && env.underSigned(u)) {
		// a firm pledge, or a term of a signed text: listed after its
		// lead-in ("Freedonia supports Ruritania's reforms;") or told as
		// what it calls for ("The agreement calls for joint patrols")
		kind = "other"
	}
	cand := commitCand{unit: u, kind: kind, hasVerb: len(verbs) > 0}
	switch {
	case !u.list && (s.refersBack(toks) || env.namesLastObject(toks, verbs) && !s.termOfText(toks, verbs)) && !s.pronounPledge(toks, verbs, kind) &&
		!s.ownSubject(env, toks, verbs, kind):
		// "These commitments may include ..." adds to the last one; "It
		// will also help ..." or "They will lend 2 billion" with a verb
		// and a kind (and an amount) of its own is a new commitment of
		// the same actor
		cand.elab = true
	case u.list:
		if kind == "" && len(nouns) == 0 && len(verbs) == 0 {
			return nil
		}
		if kind == "" {
			kind = "other"
			cand.kind = kind
		}
		cand.component = u.header || !u.sub
	default:
		ok := len(verbs) > 0 && kind != "" || kind != "" && kind != "other" && s.modal(toks) && !s.reportedModal(env, toks) && !s.lex.threats.Has(toks) &&
			!s.modalPresence(toks)
		if ok && s.receives(toks, verbs, nouns) {
			ok = false // "the Fund secured 11 billion in pledges": it receives
		}
		if ok && len(verbs) == 0 && s.affirms(toks, nouns) {
			ok = false // "X reaffirmed its leadership by making commitments": an attribution
		}
		// no commitment verb: it names a commitment told before ("There
		// will be a monitoring system"), unless it counts new items of
		// its own ("Two more systems will follow")
		cand.nounOnly = len(verbs) == 0 && !countsItems(toks)
		by, p, pok := s.possessor(c, toks)
		if !ok && !pok && len(verbs) == 0 {
			by, p, pok = s.nominalBy(env, toks)
		}
		if !ok && !pok && len(verbs) == 0 {
			if parties, at, ok3 := s.accordBetween(env, toks); ok3 {
				// "the concurrence between A and B on the annex": A and B agree
				cand.kind = "other"
				if k := s.lex.kindOf(toks, &env.kinds); k != "" {
					cand.kind = k
				}
				env.fill(&cand, toks, at, parties)
				return []commitCand{cand}
			}
		}
		if !ok && !pok && len(verbs) == 0 {
			if at, ok2 := s.ownCommitmentTo(toks); ok2 {
				// "X reiterates its firm commitment to remain ...": X's
				// pledge in a noun
				cand.kind = s.lex.kindFrom(toks, at, &env.kinds)
				if cand.kind == "" {
					cand.kind = "other"
				}
				env.fill(&cand, toks, toks[at].Start, nil)
				if len(cand.by) == 0 {
					return nil
				}
				return []commitCand{cand}
			}
		}
		if !ok || pok {
			if pok {
				env.fill(&cand, toks, p, []string{by})
				cand.kind = "other"
				if k := s.lex.kindOf(toks, &env.kinds); k != "" {
					cand.kind = k
				}
				return []commitCand{cand}
			}
			return nil
		}
	}
	anchor := u.start
	switch {
	case len(verbs) > 0:
		anchor = verbs[0].Start
	case len(nouns) > 0:
		anchor = nouns[0].Start
	default:
		// no commitment word: the modal or readiness phrase stands for it
		// ("Estonia will lead ...", "X is ready to ..."), or a status cue
		// ("X and Y ruled out ...", "X signed ...", "ministers agreed to")
		for _, l := range []token.Phrases{s.lex.modality, s.lex.Readiness, s.lex.denied, s.lex.signed, s.lex.agreed, s.lex.proposed} {
			if h, ok := l.First(toks); ok {
				anchor = h.Start
				break
			}
		}
	}
	env.fill(&cand, toks, anchor, nil)
	if cand.kind == "other" && facts.HasWord(toks, "support") && env.militaryBody(cand.by) {
		cand.kind = "military support" // "NATO will increase its support to X"
	}
	if len(cand.by) == 0 && cand.nounOnly {
		// a commitment named again without its actor ("The monitoring
		// mechanism is to operate ..."): the one the document is about
		cand.by = c.Issuers
	}
	out := []commitCand{cand}
	if !cand.elab && !u.list {
		if parts := s.components(env, cand, anchor); len(parts) > 1 {
			out = parts
		} else if cand.hasVerb {
			out = append(out, s.gapped(env, u, cand, anchor)...)
		}
	}
	return append(out, derivedIn(env, u, out[len(out)-1])...)
}

// components splits a sentence at list separators ("; ", "as well as")
// when its parts name distinct kinds; each part with a kind becomes a
// commitment of the sentence's actor.
func (s commitmentStage) components(env *commitEnv, whole commitCand, anchor int) []commitCand {
	u := whole.unit
	parts := env.splitOn(u.start, u.end, s.lex.splitters)
	sums := false
	if len(parts) < 2 {
		parts, sums = s.sumsSplit(env.c.A.Body, u.start, u.end), true
	}
	if len(parts) < 2 {
		return nil
	}
	kinds := map[string]bool{}
	var out []commitCand
	for _, p := range parts {
		toks := token.Tokens(env.c.A.Body, p[0], p[1])
		k := s.lex.kindOf(toks, &env.kinds)
		if k == "financial support" && env.forArmedForce(toks) {
			k = "military support" // "200 million in aid for the Lakeland Army"
		}
		if k == "" || k == "other" && !s.lex.Amounts.Has(toks) {
			continue // an "other" part counts with an amount of its own ("invest 600 billion")
		}
		kinds[k] = true
		pu := commitUnit{sent: u.sent, start: p[0], end: p[1], sub: true}
		cand := commitCand{unit: pu, kind: k, inheritTo: whole.to}
		if sums {
			cand.inheritTo = "" // each sum names its own recipient, or none
		}
		at := s.partAnchor(toks, p, anchor)
		if sums {
			at = p[0] // a sum and its object: the recipient may stand anywhere in it
		}
		env.fill(&cand, toks, at, whole.by)
		if cand.cond == "" && p[0] <= anchor {
			cand.cond = whole.cond
		}
		out = append(out, cand)
	}
	if len(kinds) < 2 {
		return nil
	}
	return out
}

// termOfText reports a unit whose commitment verb is a document verb right
// after a document noun ("The agreement calls for joint patrols"): a term
// of the text, a commitment of its own rather than more of the last one.
func (s commitmentStage) termOfText(toks []token.Tok, verbs []token.Hit) bool {
	return len(verbs) > 0 && verbs[0].From > 0 && s.lex.documentVerbs.LongestAt(toks, verbs[0].From) >= 0 &&
		s.lex.documentNouns.EndsBeforeIndexed(toks, verbs[0].From)
}

// sumsSplit cuts [start, end) before each "and" that opens a second sum
// ("50 million in food aid and 30 million for the navy's
// boats"): each sum with its own object is a part; nil when there is none.
func (s commitmentStage) sumsSplit(body string, start, end int) [][2]int {
	toks := token.Tokens(body, start, end)
	var out [][2]int
	from := start
	seenSum := false
	for i, t := range toks {
		if s.lex.Amounts.LongestAt(toks, i) >= 0 {
			seenSum = true
		}
		if t.Norm != "and" || !seenSum || i+2 >= len(toks) {
			continue
		}
		next := toks[i+1]
		sign := strings.TrimSpace(body[t.End:next.Start])
		if (next.Norm[0] < '0' || next.Norm[0] > '9') || sign != "" && sign != "$" && sign != "€" && sign != "£" && sign != "US$" {
			continue
		}
		if s.lex.Amounts.LongestAt(toks, i+2) < 0 && (i+3 >= len(toks) || s.lex.Amounts.LongestAt(toks, i+3) < 0) {
			continue // "and 5 of them": no second sum
		}
		out = append(out, [2]int{from, t.Start})
		from = t.End
		seenSum = false
	}
	if len(out) == 0 {
		return nil
	}
	return append(out, [2]int{from, end})
}

// shareOf drops a verb in the present whose object is a share ("Freedonia
// provides 60% of the region's supply"): a fact about a market, no pledge.
// It filters verbs in place.
func shareOf(body string, toks []token.Tok, verbs []token.Hit) []token.Hit {
	out := verbs[:0]
	for _, v := range verbs {
		share := false
		if v.To+1 < len(toks) && strings.HasSuffix(toks[v.From].Norm, "s") {
			n := toks[v.To]
			share = n.Norm[0] >= '0' && n.Norm[0] <= '9' && strings.HasPrefix(body[n.End:], "%") && toks[v.To+1].Norm == "of"
		}
		if !share {
			out = append(out, v)
		}
	}
	return out
}

// hopeFor reports "hope (that) X will ..." before any commitment verb: a
// hope about what another will do ("hopes to conclude" is the speaker's
// own plan and stays).
func hopeFor(toks []token.Tok, verbs []token.Hit) bool {
	for i, t := range toks {
		if t.Norm != "hope" && t.Norm != "hopes" && t.Norm != "hoped" && t.Norm != "hoping" {
			continue
		}
		if len(verbs) > 0 && verbs[0].From < i {
			return false // a pledge told before the hope stands
		}
		for j := i + 2; j < len(toks) && j <= i+5; j++ {
			if toks[j].Norm == "will" || toks[j].Norm == "would" || toks[j].Norm == "ll" {
				return true
			}
		}
	}
	return false
}

// talksOf reports a commitment verb form right after a verb of talks
// ("discussed deepening cooperation"): the unit tells what was talked
// about. verbs are the commitment verb forms of toks (Verbs.All).
func (s commitmentStage) talksOf(toks []token.Tok, verbs []token.Hit) bool {
	for _, h := range verbs {
		if h.From > 0 && s.lex.discussion.EndsBeforeIndexed(toks, h.From) {
			return true
		}
	}
	return false
}

// ownCommitmentTo finds "its (firm) commitment to <verb>" (its, their,
// his, her, our): a pledge in a noun whose owner is the subject; it
// returns the token of the noun. Not after a verb that only reaffirms.
func (s commitmentStage) ownCommitmentTo(toks []token.Tok) (int, bool) {
	for i := 1; i+2 < len(toks); i++ {
		switch toks[i].Norm {
		case "commitment", "pledge", "promise":
		default:
			continue
		}
		if toks[i+1].Norm != "to" || facts.Determiners[toks[i+2].Norm] {
			continue // "its commitment to a lasting peace": no verb follows
		}
		owner := i - 1
		if owner > 0 && (toks[owner].Norm == "firm" || toks[owner].Norm == "full" || toks[owner].Norm == "strong") {
			owner--
		}
		switch toks[owner].Norm {
		case "its", "their", "his", "her", "our":
		default:
			continue
		}
		if s.lex.affirming.Has(toks[:owner]) {
			return 0, false
		}
		return i, true
	}
	return 0, false
}

// nominalBy finds a commitment named by a noun with its actor after "by"
// in a clause without a commitment verb ("an investment by the Harbour
// Group in a new plant"): the actor and the noun's offset.
func (s commitmentStage) nominalBy(env *commitEnv, toks []token.Tok) (string, int, bool) {
	for h := range s.lex.nominal.Hits(toks) {
		j := h.To
		if j >= len(toks) || toks[j].Norm != "by" {
			continue
		}
		for _, m := range env.c.MentionsView(toks[j].End, min(len(env.c.A.Body), toks[j].End+60)) {
			gap := token.Tokens(env.c.A.Body, toks[j].End, m.Start)
			if facts.IsActor(m) && (len(gap) == 0 || len(gap) == 1 && gap[0].Norm == "the") {
				return m.Key, h.Start, true
			}
			break
		}
	}
	return "", 0, false
}

// accordBetween finds an accord noun followed by "between A and B" and
// then "on" what they agree ("the concurrence between A and B on the
// annex"): the parties and the noun's offset. Talks between two parties
// agree nothing; only the accord nouns count.
func (s commitmentStage) accordBetween(env *commitEnv, toks []token.Tok) ([]string, int, bool) {
	body := env.c.A.Body
	for h := range s.lex.accordNouns.Hits(toks) {
		j := h.To
		if j >= len(toks) || toks[j].Norm != "between" {
			continue
		}
		var parties []string
		last := toks[j].End
		for _, m := range env.c.MentionsView(toks[j].End, toks[len(toks)-1].End) {
			if m.Start < last {
				continue
			}
			gap := strings.TrimSpace(body[last:m.Start])
			if gap != "" && gap != "and" && gap != "the" && gap != "and the" && gap != "," {
				break
			}
			if !facts.IsActor(m) {
				break
			}
			parties = facts.AppendUnique(parties, m.Key)
			last = m.End
		}
		rest := token.Tokens(body, last, min(len(body), last+8))
		if len(parties) >= 2 && len(rest) > 0 && rest[0].Norm == "on" {
			return parties, h.Start, true
		}
	}
	return nil, 0, false
}

// pronounPledge reports a unit opening on a pronoun ("It", "They", "And
// they") that commits anew: a commitment verb and a kind of its own, with
// "also", an amount of its own, or a firm cue other than a bare modal
// ("they're agreeing to open ...").
func (s commitmentStage) pronounPledge(toks []token.Tok, verbs []token.Hit, kind string) bool {
	if len(verbs) == 0 || kind == "" || len(toks) < 2 {
		return false
	}
	first := toks[0].Norm
	if openingConjunctions[first] {
		first = toks[1].Norm
	}
	if !facts.Pronouns[first] {
		return false
	}
	if facts.HasWord(toks, "also") || s.lex.Amounts.Has(toks) {
		return true
	}
	v := verbs[0].From
	for h := range s.lex.firm.Hits(toks) {
		if h.From <= v && h.From >= v-3 && h.Phrase != "will" && h.Phrase != "shall" && !negated(toks, h.From) {
			return true
		}
	}
	return false
}

// outsideCondition drops verbs inside an "if" or "unless" clause ("if the
// rates X announced held"): the condition is not the commitment. It
// filters verbs in place.
func (s commitmentStage) outsideCondition(env *commitEnv, toks []token.Tok, verbs []token.Hit) []token.Hit {
	if len(verbs) == 0 {
		return verbs
	}
	out := verbs[:0]
	for _, v := range verbs {
		inside := false
		for j := v.From - 1; j >= 0 && j >= v.From-8; j-- {
			if toks[j].Norm == "if" || toks[j].Norm == "unless" {
				inside = !strings.ContainsAny(env.c.A.Body[toks[j].End:v.Start], ",;:")
				break
			}
		}
		if !inside {
			out = append(out, v)
		}
	}
	return out
}

// modalPresence reports a modal followed by a verb of presence or state
// ("it would cost 250 billion", "will stand at 2%"): a price or a state,
// not a pledge.
func (s commitmentStage) modalPresence(toks []token.Tok) bool {
	for h := range s.lex.modality.Hits(toks) {
		j := h.To
		for j < len(toks) && (willAdverbs[toks[j].Norm] || toks[j].Norm == "only") {
			j++
		}
		if j < len(toks) && s.lex.presence.LongestAt(toks, j) >= 0 {
			return true
		}
	}
	return false
}

// affirms reports a verb that reaffirms or recognises before the first
// commitment noun ("reaffirmed their leadership by making commitments"):
// such passages are attributions, not commitments.
func (s commitmentStage) affirms(toks []token.Tok, nouns []token.Hit) bool {
	if len(nouns) == 0 {
		return false
	}
	for h := range s.lex.affirming.Hits(toks) {
		if h.From < nouns[0].From {
			return true
		}
	}
	return false
}

// receives reports a receiving verb ("secured", "received") before the
// first commitment noun and verb: the subject gets the pledges, it
// does not make them.
func (s commitmentStage) receives(toks []token.Tok, verbs, nouns []token.Hit) bool {
	if len(nouns) == 0 {
		return false
	}
	for h := range s.lex.receiving.Hits(toks) {
		if h.From > 0 && beForms[toks[h.From-1].Norm] || h.To < len(toks) && toks[h.To].Norm == "by" {
			continue // a passive ("if a request is received", "a text obtained by X")
		}
		if h.From < nouns[0].From && (len(verbs) == 0 || h.From < verbs[0].From) {
			return true
		}
	}
	return false
}

// beForms make the participle after them a passive.
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true}

// notInNames drops verb hits that are words of a name: inside a mention
// of an organisation, person, place or event ("the Ministry of Finance",
// "the Global Fund"), or a capitalised word after "of" or "for" in
// mid-sentence ("Agency for Development"). It filters hits in place.
func notInNames(c *facts.Context, toks []token.Tok, hits []token.Hit) []token.Hit {
	if len(hits) == 0 {
		return hits
	}
	ms := c.MentionsView(toks[0].Start, toks[len(toks)-1].End)
	out := hits[:0]
	for _, h := range hits {
		name := false
		for _, m := range ms {
			if m.Kind != "country" && m.Start <= h.Start && h.End <= m.End {
				name = true
				break
			}
		}
		if !name && h.From > 0 && (toks[h.From-1].Norm == "of" || toks[h.From-1].Norm == "for") {
			r := c.A.Body[h.Start]
			name = r >= 'A' && r <= 'Z'
		}
		if !name {
			out = append(out, h)
		}
	}
	return out
}

// ownSubject reports a unit opening on a demonstrative whose commitment
// verb has an actor of its own right before it ("This decision enabled the
// Commission to disburse ..."): a new commitment, not more of the last one.
func (s commitmentStage) ownSubject(env *commitEnv, toks []token.Tok, verbs []token.Hit, kind string) bool {
	if len(verbs) == 0 || kind == "" || len(toks) < 2 || verbs[0].From < 2 {
		return false
	}
	ms := env.c.MentionsView(toks[1].Start, verbs[0].Start)
	if len(ms) == 0 {
		return false
	}
	m := ms[len(ms)-1]
	gap := token.Tokens(env.c.A.Body, m.End, verbs[0].Start)
	return env.subjectMention(m) && len(gap) <= 2
}

// refersBack reports a unit that opens with a pronoun or demonstrative
// ("These commitments", "They", "Such commitments"), or that names "these
// measures" or "such forces".
func (s commitmentStage) refersBack(toks []token.Tok) bool {
	if len(toks) > 0 && s.lex.elabStarts.EndsBeforeIndexed(toks, 1) {
		return true
	}
	if len(toks) > 3 && toks[1].Norm == "s" && (toks[0].Norm == "today" || toks[0].Norm == "yesterday") && s.lex.elabNouns.EndsBeforeIndexed(toks, 3) {
		return true // "Today's commitments bring ...": the ones just told
	}
	for i, t := range toks {
		if t.Norm != "these" && t.Norm != "such" && t.Norm != "those" {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+3; j++ {
			if s.lex.elabNouns.EndsBeforeIndexed(toks, j+1) {
				return true
			}
		}
	}
	return false
}

// notTopic drops hits that follow a topic preposition ("talks on
// guarantees", "the focus was on pledges"). It filters hits in place.
func (s commitmentStage) notTopic(toks []token.Tok, hits []token.Hit) []token.Hit {
	out := hits[:0]
	for _, h := range hits {
		if !s.lex.topical(toks, h) {
			out = append(out, h)
		}
	}
	return out
}

// possessor finds "<actor> commitments" (the actor names the noun, not a
// possessive) with a status cue after it: "X commitments, which have been
// outlined"; it returns the actor and the noun's offset.
func (s commitmentStage) possessor(c *facts.Context, toks []token.Tok) (string, int, bool) {
	if len(toks) == 0 {
		return "", 0, false
	}
	for _, m := range c.MentionsView(toks[0].Start, toks[len(toks)-1].End) {
		if !facts.IsActor(m) || token.IsPossessiveAfter(c.A.Body, m.End) {
			continue
		}
		for i, t := range toks {
			if t.Start < m.End {
				continue
			}
			if !strings.HasPrefix(t.Norm, "commitment") && !strings.HasPrefix(t.Norm, "pledge") && !strings.HasPrefix(t.Norm, "guarantee") {
				break
			}
			rest := toks[i+1 : min(len(toks), i+12)]
			if s.lex.reported.Has(rest) || s.lex.agreed.Has(rest) {
				return m.Key, t.Start, true
			}
			break
		}
	}
	return "", 0, false
}

// maskActors blanks the words of the names of actors before token verb:
// the subject's name tells no kind ("the Freedonian Armed Forces signed a
// truce" is no military support; "support for the Armed Forces" is). The
// copy it returns lives until the next call.
func (e *commitEnv) maskActors(toks []token.Tok, verb int) []token.Tok {
	if verb <= 0 || verb > len(toks) {
		return toks
	}
	ms := e.c.MentionsView(toks[0].Start, toks[verb-1].End)
	if len(ms) == 0 {
		return toks
	}
	out := append(e.masked[:0], toks...)
	e.masked = out
	for i, t := range out {
		for _, m := range ms {
			if facts.IsActor(m) && m.Form == "name" && m.Start <= t.Start && t.End <= m.End {
				out[i].Norm = ""
				break
			}
		}
	}
	return out
}

// modal reports a cue that makes a unit with a kind but no commitment
// verb a commitment: a modal that can pledge, "is to", or a status cue.
func (s commitmentStage) modal(toks []token.Tok) bool {
	return s.pledgeModal(toks) || fxHasSeq(toks, "is", "to") || fxHasSeq(toks, "are", "to") ||
		s.lex.proposed.Has(toks) || s.lex.agreed.Has(toks) || s.lex.draft.Has(toks) ||
		s.lex.denied.Has(toks) || s.lex.signed.Has(toks)
}

// pledgeModal reports a modal that can pledge: "should" and "must" tell
// others what to do ("partners should send more"), except after "we".
func (s commitmentStage) pledgeModal(toks []token.Tok) bool {
	for h := range s.lex.modality.Hits(toks) {
		if h.Phrase != "should" && h.Phrase != "must" || h.From > 0 && toks[h.From-1].Norm == "we" {
			return true
		}
	}
	return false
}

// countsItems reports a unit that opens on a count ("Two additional
// systems", "500 more shells").
func countsItems(toks []token.Tok) bool {
	if len(toks) == 0 {
		return false
	}
	w := toks[0].Norm
	if fxNumberWords[w] {
		return true
	}
	return w[0] >= '0' && w[0] <= '9'
}

var fxNumberWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "twelve": true, "twenty": true, "fifty": true, "hundreds": true, "dozens": true}

// fxHasSeq reports two words in a row.
func fxHasSeq(toks []token.Tok, a, b string) bool {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Norm == a && toks[i+1].Norm == b {
			return true
		}
	}
	return false
}
