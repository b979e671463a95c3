package commitments

import (
	"fmt"
	"io/fs"
	"strings"

	"github.com/kg-project/kg/loader/extract/lexicon"
	"github.com/kg-project/kg/loader/extract/token"
)

// LexiconPath is the commitment lexicon inside the data FS.
const LexiconPath = "lexicon/commitments.yaml"

// commitLexicon is commitments.yaml compiled for matching.
type commitLexicon struct {
	Kinds                                      []commitKind
	otherObjects, Verbs, nouns                 token.Phrases
	elabStarts, elabNouns, collective, topic   token.Phrases
	splitters                                  []string
	componentLeads                             token.Phrases
	denied, signed, proposed, reported, agreed token.Phrases
	draft, Conditions, condStops, modality     token.Phrases
	SecondActor, intentActor                   []secondActorPattern
	noBeneficiary                              map[string]bool
	// bareOffices are state bodies written without their state ("the
	// presidential office"): the entity lexicon's lower_bodies.
	bareOffices map[string]bool
	// amounts are money and quantity words that never decide a kind
	// unless nothing else does; amountKind is the kind they give then.
	Amounts    token.Phrases
	AmountKind string
	// mission kinds win wherever their keywords appear in a commitment.
	Mission map[string]bool
	// readiness phrases mark an offer ("ready to", "prepared to").
	Readiness token.Phrases
	// triggerMarkers open a condition only before one of triggers;
	// a concessive word before a marker ("even after") cancels it.
	TriggerMarkers, Triggers, concessive token.Phrases
	// yielding heads ("cooperation") give way to a later keyword of a
	// yieldTo kind.
	yielding token.Phrases
	yieldTo  map[string]bool
	// docRefs are generic references to a document ("the document").
	docRefs token.Phrases
	// located kinds take the place they happen in as beneficiary.
	located map[string]bool
	// requests ask another actor to commit; signedRefs refer to a text
	// the document says was signed.
	requests, signedRefs token.Phrases
	// tentative modals make a reported commitment proposed.
	tentative token.Phrases
	// hostile: an act right after a commitment verb that no one pledges
	// ("continues to delay"); nounBefore: words after which a verb form
	// is a noun ("arms supplies"), or before these ("offers from");
	// genericAgents: a subject that names
	// nobody ("those who provide").
	hostile, nounBefore, nounAfter, genericAgents token.Phrases
	// documentNouns name a text; documentVerbs commit its issuers when a
	// text is their subject ("it calls for a force", "the plan provides
	// for"), not when a person is ("X called for more aid" asks).
	documentNouns, documentVerbs token.Phrases
	// sayingVerbs report speech: a modal after one, with no actor
	// between, is what the speaker says of something else.
	sayingVerbs token.Phrases
	// threats mark a sentence without a commitment verb as a threat, not
	// a pledge ("would treat any troops as legitimate targets").
	threats token.Phrases
	// firm cues make a commitment verb commit without a kind keyword
	// ("agreed to", "vowed to"): the commitment is of kind "other".
	firm token.Phrases
	// presence verbs ("take part in") tell attendance, not a commitment,
	// when no kind keyword names what is committed.
	presence token.Phrases
	// inRecipient words make "in X" name who receives ("invest in X");
	// fromRecipient words make "from X" name it ("purchase from X").
	inRecipient, fromRecipient token.Phrases
	// agentNouns act for the actor after "of" ("representatives of X").
	agentNouns token.Phrases
	// groupNouns head the phrase of an unnamed group that commits ("15
	// countries", "vaccine manufacturers").
	groupNouns token.Phrases
	// frequency phrases start with a condition marker but tell how often
	// ("once a year").
	frequency token.Phrases
	// pledgeActs are the public acts by which an actor commits itself
	// ("pledged", "announced"): told by a third party, still agreed.
	pledgeActs token.Phrases
	// countedNouns after an amount make it a count, not money ("1.4
	// billion citizens").
	countedNouns token.Phrases
	// kindAdjectives start with a kind keyword used as an adjective
	// ("contingent on": a condition, no troop contingent).
	kindAdjectives token.Phrases
	// donorNouns after a body's possessive make the body the recipient
	// ("the Fund's largest donor").
	donorNouns token.Phrases
	// receiving verbs make the subject the recipient of the commitment
	// nouns after them ("secured 11 billion in pledges").
	receiving token.Phrases
	// affirming verbs ("reaffirmed", "recognised") before a commitment
	// noun make an attribution, not a commitment.
	affirming token.Phrases
	// nominal nouns name a commitment whose actor follows "by" ("an
	// investment by X").
	nominal token.Phrases
	// discussion verbs make the verb form after them a topic of talks
	// ("discussed deepening cooperation").
	discussion token.Phrases
	// purpose phrases make the verb after them what a thing is for
	// ("is intended to help").
	purpose token.Phrases
	// tradeTerms name a term of a trade deal, whose counterpart gains.
	tradeTerms token.Phrases
	// modifierNouns after a country's name make the name a modifier of
	// something else ("the US network"), not a subject.
	modifierNouns token.Phrases
	// preview phrases in a primary text's opening frame it as made ahead
	// of a meeting.
	preview token.Phrases
	// offerNouns name what a denial turns down; who made it receives
	// the denial.
	offerNouns token.Phrases
	// counterpartNouns, before "with X", make X the other side of what is
	// committed ("seek dialogue with X"): X receives.
	counterpartNouns token.Phrases
	// accordNouns, before "between A and B on X", tell that A and B agree
	// on X ("the concurrence between A and B on the annex").
	accordNouns token.Phrases
	// kindLists scans a text for every kind list at once; verbsNouns
	// for the commitment verbs and nouns at once (verbsAndNouns).
	kindLists  kindLists
	verbsNouns *token.Joined
}

type commitKind struct {
	Name     string
	keywords token.Phrases
	all      []token.Phrases
	// framedBy: a hit of the last "all" group counts only with one of
	// these in the few words before it ("in the event of an attack").
	framedBy token.Phrases
}

// secondActorPattern is "pre{X}post" of the lexicon, lower-cased;
// preThe is pre followed by "the ".
type secondActorPattern struct{ pre, preThe, post string }

func LoadLexicon(data fs.FS) (*commitLexicon, error) {
	var f lexicon.CommitmentFile
	if err := lexicon.Read(data, LexiconPath, &f); err != nil {
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
		if !lexicon.Known(lexicon.CommitmentKinds, k.Kind) || seenKind[k.Kind] {
			return nil, fmt.Errorf("lexicon %s: unknown or repeated kind %q: %w", LexiconPath, k.Kind, lexicon.ErrLexicon)
		}
		seenKind[k.Kind] = true
		keywords = append(keywords, k.Keywords...)
	}
	lists["kind keywords"] = keywords
	var cues []string
	for st, l := range f.Status {
		if !lexicon.Known(lexicon.CommitmentStatuses, st) || st == "draft" {
			return nil, fmt.Errorf("lexicon %s: status %q has no cues of its own: %w", LexiconPath, st, lexicon.ErrLexicon)
		}
		cues = append(cues, l...)
	}
	lists["status cues"] = cues
	if err := lexicon.CheckPhrases(LexiconPath, lists); err != nil {
		return nil, err
	}
	for _, st := range []string{"denied", "signed", "proposed", "reported", "agreed"} {
		if len(f.Status[st]) == 0 {
			return nil, fmt.Errorf("lexicon %s: no cues for status %q: %w", LexiconPath, st, lexicon.ErrLexicon)
		}
	}
	lex := &commitLexicon{otherObjects: token.Compile(f.OtherObjects), Verbs: token.Compile(f.Verbs), nouns: token.Compile(f.Nouns),
		elabStarts: token.Compile(f.ElaborationStarts), elabNouns: token.Compile(f.ElaborationNouns),
		collective: token.Compile(f.Collective), topic: token.Compile(f.TopicBefore), splitters: f.Splitters,
		componentLeads: token.Compile(f.ComponentLeads), denied: token.Compile(f.Status["denied"]),
		signed: token.Compile(f.Status["signed"]), proposed: token.Compile(f.Status["proposed"]),
		reported: token.Compile(f.Status["reported"]), agreed: token.Compile(f.Status["agreed"]),
		draft: token.Compile(f.Draft), Conditions: token.Compile(f.Conditions), condStops: token.Compile(f.ConditionStops),
		modality: token.Compile(f.Modality)}
	for _, k := range f.Kinds {
		ck := commitKind{Name: k.Kind, keywords: token.Compile(k.Keywords), framedBy: token.Compile(k.FramedBy)}
		for _, g := range k.All {
			ck.all = append(ck.all, token.Compile(g))
		}
		lex.Kinds = append(lex.Kinds, ck)
	}
	lex.Amounts, lex.Readiness = token.Compile(f.Amounts), token.Compile(f.Readiness)
	lex.TriggerMarkers, lex.Triggers, lex.concessive = token.Compile(f.TriggerMarkers), token.Compile(f.ConditionTriggers), token.Compile(f.Concessive)
	if f.AmountKind != "" && !lexicon.Known(lexicon.CommitmentKinds, f.AmountKind) {
		return nil, fmt.Errorf("lexicon %s: amount_kind: unknown kind %q: %w", LexiconPath, f.AmountKind, lexicon.ErrLexicon)
	}
	lex.AmountKind = f.AmountKind
	lex.docRefs, lex.requests, lex.signedRefs = token.Compile(f.DocumentRefs), token.Compile(f.Requests), token.Compile(f.SignedRefs)
	lex.tentative = token.Compile(f.Tentative)
	lex.hostile, lex.genericAgents = token.Compile(f.Hostile), token.Compile(f.GenericAgents)
	lex.nounBefore, lex.nounAfter = token.Compile(f.NounBefore), token.Compile(f.NounAfter)
	lex.documentNouns, lex.documentVerbs = token.Compile(f.DocumentNouns), token.Compile(f.DocumentVerbs)
	lex.sayingVerbs, lex.threats = token.Compile(f.SayingVerbs), token.Compile(f.Threats)
	lex.firm, lex.presence = token.Compile(f.FirmCues), token.Compile(f.PresenceVerbs)
	lex.inRecipient, lex.fromRecipient = token.Compile(f.InRecipient), token.Compile(f.FromRecipient)
	lex.agentNouns, lex.groupNouns = token.Compile(f.AgentNouns), token.Compile(f.GroupNouns)
	lex.frequency = token.Compile(f.Frequency)
	lex.pledgeActs = token.Compile(f.PledgeActs)
	lex.countedNouns = token.Compile(f.CountedNouns)
	lex.kindAdjectives = token.Compile(f.KindAdjectives)
	lex.donorNouns = token.Compile(f.DonorNouns)
	lex.receiving = token.Compile(f.Receiving)
	lex.affirming = token.Compile(f.Affirming)
	lex.nominal = token.Compile(f.Nominal)
	lex.discussion = token.Compile(f.Discussion)
	lex.purpose = token.Compile(f.Purpose)
	lex.tradeTerms = token.Compile(f.TradeTerms)
	lex.modifierNouns = token.Compile(f.ModifierNouns)
	lex.preview = token.Compile(f.Preview)
	lex.offerNouns = token.Compile(f.OfferNouns)
	lex.counterpartNouns = token.Compile(f.CounterpartNouns)
	lex.accordNouns = token.Compile(f.AccordNouns)
	lex.located = map[string]bool{}
	for _, k := range f.LocatedBenef {
		if !lexicon.Known(lexicon.CommitmentKinds, k) {
			return nil, fmt.Errorf("lexicon %s: located_beneficiary: unknown kind %q: %w", LexiconPath, k, lexicon.ErrLexicon)
		}
		lex.located[k] = true
	}
	lex.yielding = token.Compile(f.YieldingHeads)
	lex.yieldTo = map[string]bool{}
	for _, k := range f.YieldTo {
		if !lexicon.Known(lexicon.CommitmentKinds, k) {
			return nil, fmt.Errorf("lexicon %s: yield_to: unknown kind %q: %w", LexiconPath, k, lexicon.ErrLexicon)
		}
		lex.yieldTo[k] = true
	}
	lex.Mission = map[string]bool{}
	for _, k := range f.Mission {
		if !lexicon.Known(lexicon.CommitmentKinds, k) {
			return nil, fmt.Errorf("lexicon %s: mission: unknown kind %q: %w", LexiconPath, k, lexicon.ErrLexicon)
		}
		lex.Mission[k] = true
	}
	lex.noBeneficiary = map[string]bool{}
	for _, k := range f.NoBeneficiary {
		if !lexicon.Known(lexicon.CommitmentKinds, k) {
			return nil, fmt.Errorf("lexicon %s: no_beneficiary: unknown kind %q: %w", LexiconPath, k, lexicon.ErrLexicon)
		}
		lex.noBeneficiary[k] = true
	}
	lex.kindLists = newKindLists(lex)
	lex.verbsNouns = token.Join(&lex.Verbs, &lex.nouns)
	var err error
	if lex.SecondActor, err = actorPatterns("second_actor", f.SecondActor); err != nil {
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
			return nil, fmt.Errorf("lexicon %s: %s %q lacks {X}: %w", LexiconPath, name, p, lexicon.ErrLexicon)
		}
		pre := strings.ToLower(p[:i])
		out = append(out, secondActorPattern{pre: pre, preThe: pre + "the ", post: strings.ToLower(p[i+3:])})
	}
	return out, nil
}

// kindOf names the kind of a whole text; see kindFrom.
func (l *commitLexicon) kindOf(toks []token.Tok, buf *kindBuf) string {
	return l.kindFrom(toks, 0, buf)
}

// kindFrom names the kind of a commitment whose verb is token from (0
// when there is none). Kinds whose keywords must all be present ("all"
// groups) and mission kinds (a force, a monitoring mission: "soldiers for
// a multinational force") win wherever they appear. Otherwise the object
// decides: the first kind keyword from the verb on that is the head of
// its noun phrase, skipping amounts ("2 billion euros' worth of
// ammunition" is ammunition) and modifiers (a keyword right before
// another: "training aircraft"); an amount alone is financial support.
// "other" when only an object of other_objects is found; "" when nothing
// is. The scan runs in buf's slices.
func (l *commitLexicon) kindFrom(toks []token.Tok, from int, buf *kindBuf) string {
	ks := l.kindLists.scan(toks, buf)
	head := l.headKind(&ks, from)
	for ki := range l.Kinds {
		k := &l.Kinds[ki] // not a copy of its lists
		if len(k.all) > 0 {
			ok := true
			for gi, li := range l.kindLists.all[ki] {
				if gi == len(k.all)-1 && k.framedBy.Len() > 0 {
					ok = ok && k.framed(&ks, li)
					continue
				}
				ok = ok && ks.has(li, 0)
			}
			if ok {
				return k.Name
			}
			continue
		}
		if k.Name == head {
			return head // the head's kind comes first
		}
		if l.kindLists.mission[ki] && ks.has(l.kindLists.keywords[ki], 0) {
			return k.Name
		}
	}
	return head
}

// headKind is the kind of the object's head in the scanned text; see
// kindFrom.
func (l *commitLexicon) headKind(ks *kindScan, from int) string {
	toks := ks.toks
	if from < 0 || from >= len(toks) {
		from = 0
	}
	obj := toks[from:]
	type kindHit struct {
		token.Hit
		kind string
	}
	var hits []kindHit
	found := ks.buf.found
	for ki := range l.Kinds {
		k := &l.Kinds[ki]
		found = ks.hits(l.kindLists.keywords[ki], from, found[:0])
		for _, h := range found {
			if !l.topical(obj, h) && !negatedKind(obj, h) && l.kindAdjectives.LongestAt(obj, h.From) < 0 {
				hits = append(hits, kindHit{h, k.Name})
			}
		}
	}
	ks.buf.found = found
	amounts := ks.hits(l.kindLists.amounts, from, ks.buf.amounts[:0])
	ks.buf.amounts = amounts
	isAmount := func(h token.Hit) bool {
		for _, a := range amounts {
			if h.From < a.To && a.From < h.To {
				return true
			}
		}
		return false
	}
	best := -1
	for i, h := range hits {
		if isAmount(h.Hit) {
			continue
		}
		modifier := false
		for _, o := range hits {
			if o.From == h.To && !isAmount(o.Hit) {
				modifier = true
			}
			// "financial and military assistance": a coordinated adjective
			// modifies the head after it
			if o.From == h.To+1 && h.To < len(obj) && (obj[h.To].Norm == "and" || obj[h.To].Norm == "or") &&
				adjectival(obj[h.To-1].Norm) && o.To > o.From+1 && !isAmount(o.Hit) {
				modifier = true
			}
		}
		if modifier {
			continue
		}
		if best < 0 || h.From < hits[best].From || h.From == hits[best].From && h.To > hits[best].To {
			best = i
		}
	}
	if best >= 0 && l.yielding.HasRaw(hits[best].Phrase) {
		for _, h := range hits {
			if h.From > hits[best].From && l.yieldTo[h.kind] && !isAmount(h.Hit) {
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
		return l.headKind(ks, 0)
	}
	for _, a := range amounts {
		if a.To >= len(obj) || l.countedNouns.LongestAt(obj, a.To) < 0 {
			return l.AmountKind
		}
	}
	for _, h := range ks.hits(l.kindLists.otherObjects, 0, nil) {
		if !l.topical(toks, h) {
			return "other"
		}
	}
	return ""
}

// negatedKind reports a kind keyword that the prefix "non" negates
// ("non-military aid" is no military aid): the word right before the hit
// is "non".
func negatedKind(toks []token.Tok, h token.Hit) bool {
	return h.From > 0 && toks[h.From-1].Norm == "non"
}

// topical reports a hit that a topic preposition governs ("negotiations
// on security guarantees"): one of the two words before it; not after
// "<text> on" ("an agreement on defence cooperation").
func (l *commitLexicon) topical(toks []token.Tok, h token.Hit) bool {
	for j := h.From; j >= 0 && j >= h.From-1; j-- {
		if l.topic.EndsBeforeIndexed(toks, j) {
			// "an agreement on security cooperation": what the text
			// settles, not a topic
			return !(j >= 2 && toks[j-1].Norm == "on" && l.documentNouns.EndsBeforeIndexed(toks, j-1))
		}
	}
	return false
}

// framed reports a hit of kind list g (the kind's last "all" group) with
// one of the kind's framing phrases among the four words before it.
func (k *commitKind) framed(ks *kindScan, g int) bool {
	toks := ks.toks
	for _, h := range ks.hits(g, 0, nil) {
		for j := max(0, h.From-4); j < h.From; j++ {
			if k.framedBy.LongestAt(toks, j) >= 0 {
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
