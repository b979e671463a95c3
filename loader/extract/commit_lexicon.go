package extract

import (
	"fmt"
	"io/fs"
	"strings"
)

// commitmentLexiconPath is the commitment lexicon inside the data FS.
const commitmentLexiconPath = "lexicon/commitments.yaml"

// commitLexicon is commitments.yaml compiled for matching.
type commitLexicon struct {
	kinds                                      []commitKind
	otherObjects, verbs, nouns                 fxPhrases
	elabStarts, elabNouns, collective, topic   fxPhrases
	splitters                                  []string
	componentLeads                             fxPhrases
	denied, signed, proposed, reported, agreed fxPhrases
	draft, conditions, condStops, modality     fxPhrases
	secondActor, intentActor                   []secondActorPattern
	noBeneficiary                              map[string]bool
	// bareOffices are state bodies written without their state ("the
	// presidential office"): the entity lexicon's lower_bodies.
	bareOffices map[string]bool
	// amounts are money and quantity words that never decide a kind
	// unless nothing else does; amountKind is the kind they give then.
	amounts    fxPhrases
	amountKind string
	// mission kinds win wherever their keywords appear in a commitment.
	mission map[string]bool
	// readiness phrases mark an offer ("ready to", "prepared to").
	readiness fxPhrases
	// triggerMarkers open a condition only before one of triggers;
	// a concessive word before a marker ("even after") cancels it.
	triggerMarkers, triggers, concessive fxPhrases
	// yielding heads ("cooperation") give way to a later keyword of a
	// yieldTo kind.
	yielding fxPhrases
	yieldTo  map[string]bool
	// docRefs are generic references to a document ("the document").
	docRefs fxPhrases
	// located kinds take the place they happen in as beneficiary.
	located map[string]bool
	// requests ask another actor to commit; signedRefs refer to a text
	// the document says was signed.
	requests, signedRefs fxPhrases
	// tentative modals make a reported commitment proposed.
	tentative fxPhrases
	// hostile: an act right after a commitment verb that no one pledges
	// ("continues to delay"); nounBefore: words after which a verb form
	// is a noun ("arms supplies"), or before these ("offers from");
	// genericAgents: a subject that names
	// nobody ("those who provide").
	hostile, nounBefore, nounAfter, genericAgents fxPhrases
	// documentNouns name a text; documentVerbs commit its issuers when a
	// text is their subject ("it calls for a force", "the plan provides
	// for"), not when a person is ("X called for more aid" asks).
	documentNouns, documentVerbs fxPhrases
	// sayingVerbs report speech: a modal after one, with no actor
	// between, is what the speaker says of something else.
	sayingVerbs fxPhrases
	// threats mark a sentence without a commitment verb as a threat, not
	// a pledge ("would treat any troops as legitimate targets").
	threats fxPhrases
	// firm cues make a commitment verb commit without a kind keyword
	// ("agreed to", "vowed to"): the commitment is of kind "other".
	firm fxPhrases
	// presence verbs ("take part in") tell attendance, not a commitment,
	// when no kind keyword names what is committed.
	presence fxPhrases
	// inRecipient words make "in X" name who receives ("invest in X");
	// fromRecipient words make "from X" name it ("purchase from X").
	inRecipient, fromRecipient fxPhrases
	// agentNouns act for the actor after "of" ("representatives of X").
	agentNouns fxPhrases
	// groupNouns head the phrase of an unnamed group that commits ("15
	// countries", "vaccine manufacturers").
	groupNouns fxPhrases
	// frequency phrases start with a condition marker but tell how often
	// ("once a year").
	frequency fxPhrases
	// pledgeActs are the public acts by which an actor commits itself
	// ("pledged", "announced"): told by a third party, still agreed.
	pledgeActs fxPhrases
	// countedNouns after an amount make it a count, not money ("1.4
	// billion citizens").
	countedNouns fxPhrases
	// kindAdjectives start with a kind keyword used as an adjective
	// ("contingent on": a condition, no troop contingent).
	kindAdjectives fxPhrases
	// donorNouns after a body's possessive make the body the recipient
	// ("the Fund's largest donor").
	donorNouns fxPhrases
	// receiving verbs make the subject the recipient of the commitment
	// nouns after them ("secured 11 billion in pledges").
	receiving fxPhrases
	// affirming verbs ("reaffirmed", "recognised") before a commitment
	// noun make an attribution, not a commitment.
	affirming fxPhrases
	// nominal nouns name a commitment whose actor follows "by" ("an
	// investment by X").
	nominal fxPhrases
	// discussion verbs make the verb form after them a topic of talks
	// ("discussed deepening cooperation").
	discussion fxPhrases
	// purpose phrases make the verb after them what a thing is for
	// ("is intended to help").
	purpose fxPhrases
	// tradeTerms name a term of a trade deal, whose counterpart gains.
	tradeTerms fxPhrases
	// modifierNouns after a country's name make the name a modifier of
	// something else ("the US network"), not a subject.
	modifierNouns fxPhrases
	// preview phrases in a primary text's opening frame it as made ahead
	// of a meeting.
	preview fxPhrases
	// offerNouns name what a denial turns down; who made it receives
	// the denial.
	offerNouns fxPhrases
	// counterpartNouns, before "with X", make X the other side of what is
	// committed ("seek dialogue with X"): X receives.
	counterpartNouns fxPhrases
	// accordNouns, before "between A and B on X", tell that A and B agree
	// on X ("the concurrence between A and B on the annex").
	accordNouns fxPhrases
}

type commitKind struct {
	name     string
	keywords fxPhrases
	all      []fxPhrases
	// framedBy: a hit of the last "all" group counts only with one of
	// these in the few words before it ("in the event of an attack").
	framedBy fxPhrases
}

// secondActorPattern is "pre{X}post" of the lexicon, lower-cased.
type secondActorPattern struct{ pre, post string }

func loadCommitLexicon(data fs.FS) (*commitLexicon, error) {
	var f commitmentLexiconFile
	if err := readLexicon(data, commitmentLexiconPath, &f); err != nil {
		return nil, err
	}
	lists := map[string][]string{"other_objects": f.OtherObjects, "verbs": f.Verbs, "nouns": f.Nouns,
		"elaboration_starts": f.ElaborationStarts, "elaboration_nouns": f.ElaborationNouns, "collective": f.Collective,
		"topic_before": f.TopicBefore, "splitters": f.Splitters, "component_leads": f.ComponentLeads, "draft": f.Draft,
		"conditions": f.Conditions, "condition_stops": f.ConditionStops, "modality": f.Modality, "second_actor": f.SecondActor,
		"intent_actor": f.IntentActor, "amounts": f.Amounts, "readiness": f.Readiness,
		"yielding_heads": f.YieldingHeads, "document_refs": f.DocumentRefs, "requests": f.Requests, "signed_refs": f.SignedRefs, "tentative": f.Tentative, "trigger_markers": f.TriggerMarkers, "condition_triggers": f.ConditionTriggers, "concessive": f.Concessive,
		"hostile": f.Hostile, "noun_before": f.NounBefore, "noun_after": f.NounAfter, "generic_agents": f.GenericAgents,
		"document_nouns": f.DocumentNouns, "document_verbs": f.DocumentVerbs, "saying_verbs": f.SayingVerbs, "threats": f.Threats, "firm_cues": f.FirmCues, "presence_verbs": f.PresenceVerbs, "in_recipient": f.InRecipient, "from_recipient": f.FromRecipient, "agent_nouns": f.AgentNouns, "group_nouns": f.GroupNouns, "frequency": f.Frequency, "pledge_acts": f.PledgeActs, "counted_nouns": f.CountedNouns, "kind_adjectives": f.KindAdjectives, "donor_nouns": f.DonorNouns, "receiving": f.Receiving, "affirming": f.Affirming, "nominal": f.Nominal, "discussion": f.Discussion, "purpose": f.Purpose, "trade_terms": f.TradeTerms, "modifier_nouns": f.ModifierNouns, "preview": f.Preview, "offer_nouns": f.OfferNouns, "counterpart_nouns": f.CounterpartNouns, "accord_nouns": f.AccordNouns}
	var keywords []string
	seenKind := map[string]bool{}
	for _, k := range f.Kinds {
		if !fxKnown(CommitmentKinds, k.Kind) || seenKind[k.Kind] {
			return nil, fmt.Errorf("lexicon %s: unknown or repeated kind %q: %w", commitmentLexiconPath, k.Kind, ErrLexicon)
		}
		seenKind[k.Kind] = true
		keywords = append(keywords, k.Keywords...)
	}
	lists["kind keywords"] = keywords
	var cues []string
	for st, l := range f.Status {
		if !fxKnown(CommitmentStatuses, st) || st == "draft" {
			return nil, fmt.Errorf("lexicon %s: status %q has no cues of its own: %w", commitmentLexiconPath, st, ErrLexicon)
		}
		cues = append(cues, l...)
	}
	lists["status cues"] = cues
	if err := checkPhrases(commitmentLexiconPath, lists); err != nil {
		return nil, err
	}
	for _, st := range []string{"denied", "signed", "proposed", "reported", "agreed"} {
		if len(f.Status[st]) == 0 {
			return nil, fmt.Errorf("lexicon %s: no cues for status %q: %w", commitmentLexiconPath, st, ErrLexicon)
		}
	}
	lex := &commitLexicon{otherObjects: fxCompile(f.OtherObjects), verbs: fxCompile(f.Verbs), nouns: fxCompile(f.Nouns),
		elabStarts: fxCompile(f.ElaborationStarts), elabNouns: fxCompile(f.ElaborationNouns),
		collective: fxCompile(f.Collective), topic: fxCompile(f.TopicBefore), splitters: f.Splitters,
		componentLeads: fxCompile(f.ComponentLeads), denied: fxCompile(f.Status["denied"]),
		signed: fxCompile(f.Status["signed"]), proposed: fxCompile(f.Status["proposed"]),
		reported: fxCompile(f.Status["reported"]), agreed: fxCompile(f.Status["agreed"]),
		draft: fxCompile(f.Draft), conditions: fxCompile(f.Conditions), condStops: fxCompile(f.ConditionStops),
		modality: fxCompile(f.Modality)}
	for _, k := range f.Kinds {
		ck := commitKind{name: k.Kind, keywords: fxCompile(k.Keywords), framedBy: fxCompile(k.FramedBy)}
		for _, g := range k.All {
			ck.all = append(ck.all, fxCompile(g))
		}
		lex.kinds = append(lex.kinds, ck)
	}
	lex.amounts, lex.readiness = fxCompile(f.Amounts), fxCompile(f.Readiness)
	lex.triggerMarkers, lex.triggers, lex.concessive = fxCompile(f.TriggerMarkers), fxCompile(f.ConditionTriggers), fxCompile(f.Concessive)
	if f.AmountKind != "" && !fxKnown(CommitmentKinds, f.AmountKind) {
		return nil, fmt.Errorf("lexicon %s: amount_kind: unknown kind %q: %w", commitmentLexiconPath, f.AmountKind, ErrLexicon)
	}
	lex.amountKind = f.AmountKind
	lex.docRefs, lex.requests, lex.signedRefs = fxCompile(f.DocumentRefs), fxCompile(f.Requests), fxCompile(f.SignedRefs)
	lex.tentative = fxCompile(f.Tentative)
	lex.hostile, lex.genericAgents = fxCompile(f.Hostile), fxCompile(f.GenericAgents)
	lex.nounBefore, lex.nounAfter = fxCompile(f.NounBefore), fxCompile(f.NounAfter)
	lex.documentNouns, lex.documentVerbs = fxCompile(f.DocumentNouns), fxCompile(f.DocumentVerbs)
	lex.sayingVerbs, lex.threats = fxCompile(f.SayingVerbs), fxCompile(f.Threats)
	lex.firm, lex.presence = fxCompile(f.FirmCues), fxCompile(f.PresenceVerbs)
	lex.inRecipient, lex.fromRecipient = fxCompile(f.InRecipient), fxCompile(f.FromRecipient)
	lex.agentNouns, lex.groupNouns = fxCompile(f.AgentNouns), fxCompile(f.GroupNouns)
	lex.frequency = fxCompile(f.Frequency)
	lex.pledgeActs = fxCompile(f.PledgeActs)
	lex.countedNouns = fxCompile(f.CountedNouns)
	lex.kindAdjectives = fxCompile(f.KindAdjectives)
	lex.donorNouns = fxCompile(f.DonorNouns)
	lex.receiving = fxCompile(f.Receiving)
	lex.affirming = fxCompile(f.Affirming)
	lex.nominal = fxCompile(f.Nominal)
	lex.discussion = fxCompile(f.Discussion)
	lex.purpose = fxCompile(f.Purpose)
	lex.tradeTerms = fxCompile(f.TradeTerms)
	lex.modifierNouns = fxCompile(f.ModifierNouns)
	lex.preview = fxCompile(f.Preview)
	lex.offerNouns = fxCompile(f.OfferNouns)
	lex.counterpartNouns = fxCompile(f.CounterpartNouns)
	lex.accordNouns = fxCompile(f.AccordNouns)
	lex.located = map[string]bool{}
	for _, k := range f.LocatedBenef {
		if !fxKnown(CommitmentKinds, k) {
			return nil, fmt.Errorf("lexicon %s: located_beneficiary: unknown kind %q: %w", commitmentLexiconPath, k, ErrLexicon)
		}
		lex.located[k] = true
	}
	lex.yielding = fxCompile(f.YieldingHeads)
	lex.yieldTo = map[string]bool{}
	for _, k := range f.YieldTo {
		if !fxKnown(CommitmentKinds, k) {
			return nil, fmt.Errorf("lexicon %s: yield_to: unknown kind %q: %w", commitmentLexiconPath, k, ErrLexicon)
		}
		lex.yieldTo[k] = true
	}
	lex.mission = map[string]bool{}
	for _, k := range f.Mission {
		if !fxKnown(CommitmentKinds, k) {
			return nil, fmt.Errorf("lexicon %s: mission: unknown kind %q: %w", commitmentLexiconPath, k, ErrLexicon)
		}
		lex.mission[k] = true
	}
	lex.noBeneficiary = map[string]bool{}
	for _, k := range f.NoBeneficiary {
		if !fxKnown(CommitmentKinds, k) {
			return nil, fmt.Errorf("lexicon %s: no_beneficiary: unknown kind %q: %w", commitmentLexiconPath, k, ErrLexicon)
		}
		lex.noBeneficiary[k] = true
	}
	var err error
	if lex.secondActor, err = actorPatterns("second_actor", f.SecondActor); err != nil {
		return nil, err
	}
	if lex.intentActor, err = actorPatterns("intent_actor", f.IntentActor); err != nil {
		return nil, err
	}
	return lex, nil
}

// actorPatterns compiles "pre{X}post" phrases.
func actorPatterns(name string, list []string) ([]secondActorPattern, error) {
	var out []secondActorPattern
	for _, p := range list {
		i := strings.Index(p, "{X}")
		if i < 0 {
			return nil, fmt.Errorf("lexicon %s: %s %q lacks {X}: %w", commitmentLexiconPath, name, p, ErrLexicon)
		}
		out = append(out, secondActorPattern{pre: strings.ToLower(p[:i]), post: strings.ToLower(p[i+3:])})
	}
	return out, nil
}

// kindOf names the kind of a whole text; see kindFrom.
func (l *commitLexicon) kindOf(toks []fxTok) string { return l.kindFrom(toks, 0) }

// kindFrom names the kind of a commitment whose verb is token from (0
// when there is none). Kinds whose keywords must all be present ("all"
// groups) and mission kinds (a force, a monitoring mission: "soldiers for
// a multinational force") win wherever they appear. Otherwise the object
// decides: the first kind keyword from the verb on that is the head of
// its noun phrase, skipping amounts ("2 billion euros' worth of
// ammunition" is ammunition) and modifiers (a keyword right before
// another: "training aircraft"); an amount alone is financial support.
// "other" when only an object of other_objects is found; "" when nothing
// is.
func (l *commitLexicon) kindFrom(toks []fxTok, from int) string {
	head := l.headKind(toks, from)
	for _, k := range l.kinds {
		if len(k.all) > 0 {
			ok := true
			for gi, g := range k.all {
				if gi == len(k.all)-1 && k.framedBy.len() > 0 {
					ok = ok && k.framed(g, toks)
					continue
				}
				ok = ok && g.has(toks)
			}
			if ok {
				return k.name
			}
			continue
		}
		if k.name == head {
			return head // the head's kind comes first
		}
		if l.mission[k.name] && k.keywords.has(toks) {
			return k.name
		}
	}
	return head
}

// headKind is the kind of the object's head; see kindFrom.
func (l *commitLexicon) headKind(toks []fxTok, from int) string {
	if from < 0 || from >= len(toks) {
		from = 0
	}
	obj := toks[from:]
	type kindHit struct {
		fxHit
		kind string
	}
	var hits []kindHit
	for _, k := range l.kinds {
		for h := range k.keywords.hits(obj) {
			if !l.topical(obj, h) && !negatedKind(obj, h) && l.kindAdjectives.longestAt(obj, h.from) < 0 {
				hits = append(hits, kindHit{h, k.name})
			}
		}
	}
	amounts := l.amounts.all(obj)
	isAmount := func(h fxHit) bool {
		for _, a := range amounts {
			if h.from < a.to && a.from < h.to {
				return true
			}
		}
		return false
	}
	best := -1
	for i, h := range hits {
		if isAmount(h.fxHit) {
			continue
		}
		modifier := false
		for _, o := range hits {
			if o.from == h.to && !isAmount(o.fxHit) {
				modifier = true
			}
			// "financial and military assistance": a coordinated adjective
			// modifies the head after it
			if o.from == h.to+1 && h.to < len(obj) && (obj[h.to].w == "and" || obj[h.to].w == "or") &&
				adjectival(obj[h.to-1].w) && o.to > o.from+1 && !isAmount(o.fxHit) {
				modifier = true
			}
		}
		if modifier {
			continue
		}
		if best < 0 || h.from < hits[best].from || h.from == hits[best].from && h.to > hits[best].to {
			best = i
		}
	}
	if best >= 0 && l.yielding.hasRaw(hits[best].phrase) {
		for _, h := range hits {
			if h.from > hits[best].from && l.yieldTo[h.kind] && !isAmount(h.fxHit) {
				return h.kind
			}
		}
	}
	if best >= 0 {
		return hits[best].kind
	}
	if from > 0 {
		// nothing after the verb: the words before it name the object
		// ("access to depots which can deliver ...")
		return l.headKind(toks, 0)
	}
	for _, a := range amounts {
		if a.to >= len(obj) || l.countedNouns.longestAt(obj, a.to) < 0 {
			return l.amountKind
		}
	}
	for h := range l.otherObjects.hits(toks) {
		if !l.topical(toks, h) {
			return "other"
		}
	}
	return ""
}

// negatedKind reports a kind keyword that the prefix "non" negates
// ("non-military aid" is no military aid): the word right before the hit
// is "non".
func negatedKind(toks []fxTok, h fxHit) bool {
	return h.from > 0 && toks[h.from-1].w == "non"
}

// topical reports a hit that a topic preposition governs ("negotiations
// on security guarantees"): one of the two words before it; not after
// "<text> on" ("an agreement on defence cooperation").
func (l *commitLexicon) topical(toks []fxTok, h fxHit) bool {
	for j := h.from; j >= 0 && j >= h.from-1; j-- {
		if l.topic.endsBefore(toks, j) {
			// "an agreement on security cooperation": what the text
			// settles, not a topic
			return !(j >= 2 && toks[j-1].w == "on" && l.documentNouns.endsBefore(toks, j-1))
		}
	}
	return false
}

// framed reports a hit of g with one of the kind's framing phrases among
// the four words before it.
func (k commitKind) framed(g fxPhrases, toks []fxTok) bool {
	for h := range g.hits(toks) {
		for j := max(0, h.from-4); j < h.from; j++ {
			if k.framedBy.longestAt(toks, j) >= 0 {
				return true
			}
		}
	}
	return false
}

// adjectival reports a word of an adjective's form ("financial",
// "budgetary", "economic").
func adjectival(w string) bool {
	return strings.HasSuffix(w, "al") || strings.HasSuffix(w, "ary") || strings.HasSuffix(w, "ic")
}
