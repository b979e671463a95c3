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
// the commitment before it. Units: units.go; the hits and cues of a
// unit: hitfilters.go, unitcues.go, filters.go; kinds: lexicon.go,
// kindscan.go. Fields: fields.go (the document's environment: env.go;
// who commits: actor.go, actormentions.go, subject.go; status: status.go;
// recipients: recipient.go; what and horizon: what.go); second actors
// ("US-led"): derived.go; one document's merging: merge.go.
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
	c := facts.SharedContext(a) // the fact stages' one context
	c.FindBeneficiary()
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
	verbs, nounHits := s.lex.verbsAndNouns(toks)
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
	nouns := s.notTopic(toks, nounHits)
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
