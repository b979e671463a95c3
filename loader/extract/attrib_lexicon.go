package extract

import (
	"fmt"
	"io/fs"
)

// attributionLexiconPath is the attribution lexicon inside the data FS.
const attributionLexiconPath = "lexicon/attributions.yaml"

// attribLexicon is attributions.yaml compiled for matching.
type attribLexicon struct {
	verbs, actorOnly, primaryVerbs, aux, seenBy, whichSeen, relayPer fxPhrases
	unnamed, documents, docVerbs, passive                            fxPhrases
	according, asReported, citing, under                             fxPhrases
	generic                                                          map[string]bool
	// whichCited: "according to X, which cited Y" (Y says it, X relays).
	whichCited fxPhrases
	// outletRefs refer back to the last outlet named ("the newspaper").
	outletRefs fxPhrases
	// circumstance opens the words after a trailing verb that tell where,
	// when or to whom it was said ("..., X said in a statement").
	circumstance fxPhrases
	// statedBy: "This was stated by X": X said what the sentence before says.
	statedBy fxPhrases
	// participles report after a clause ("X posted on X saying ...").
	participles fxPhrases
	// sourceLabels open a text's source line ("Source: X"), quoteLabels
	// a quotation of that source ("Quote: ...").
	sourceLabels, quoteLabels fxPhrases
	// bareTitles name a source by office alone when no one named in the
	// text holds it ("the Secretary-General said").
	bareTitles fxPhrases
	// objectVerbs report only a clause: with a noun phrase object ("X
	// announced a plan") they tell an act, not a claim.
	objectVerbs fxPhrases
	// bodyNouns make a phrase naming only a state a body of it ("the US
	// department of state"), named as written.
	bodyNouns fxPhrases
	// orgRefs refer back to the last organisation named ("a spokesperson
	// for the firm").
	orgRefs fxPhrases
	// furtherVerbs tell a further point after a claim ("..., X added").
	furtherVerbs fxPhrases
	// quotedVerbs report only with quoted words after them ("X called
	// the vote a \"signal of hope\"").
	quotedVerbs fxPhrases
	// speechBylines open the line naming the speaker of a primary text
	// that is a speech ("by Secretary General X", "Remarks by X").
	speechBylines fxPhrases
	// stanceNouns after a possessive actor and before "that" tell the
	// actor's claim ("Moscow's position that ...").
	stanceNouns fxPhrases
	// pledges after "we" or "I" make a speaker's sentence a commitment
	// ("we will increase"), not a claim.
	pledges fxPhrases
}

func loadAttribLexicon(data fs.FS) (*attribLexicon, error) {
	var f attributionLexiconFile
	if err := readLexicon(data, attributionLexiconPath, &f); err != nil {
		return nil, err
	}
	lists := map[string][]string{"verbs": f.Verbs, "actor_only_verbs": f.ActorOnlyVerbs, "primary_verbs": f.PrimaryVerbs,
		"aux": f.Aux, "prefixes": f.Prefixes, "seen_by": f.SeenBy, "which_seen": f.WhichSeen, "relay_per": f.RelayPer,
		"unnamed": f.Unnamed, "documents": f.Documents, "generic_documents": f.GenericDocuments,
		"document_verbs": f.DocumentVerbs, "which_cited": f.WhichCited, "outlet_refs": f.OutletRefs, "passive": f.Passive,
		"circumstance": f.Circumstance, "stated_by": f.StatedBy, "participles": f.Participles,
		"source_labels": f.SourceLabels, "quote_labels": f.QuoteLabels, "bare_titles": f.BareTitles,
		"object_verbs": f.ObjectVerbs, "body_nouns": f.BodyNouns, "org_refs": f.OrgRefs, "further_verbs": f.FurtherVerbs, "quoted_verbs": f.QuotedVerbs, "speech_bylines": f.SpeechBylines, "stance_nouns": f.StanceNouns, "pledges": f.Pledges}
	for name, l := range lists {
		if len(l) == 0 {
			return nil, fmt.Errorf("lexicon %s: %s is empty: %w", attributionLexiconPath, name, ErrLexicon)
		}
	}
	if err := checkPhrases(attributionLexiconPath, lists); err != nil {
		return nil, err
	}
	prefix := map[string]bool{}
	for _, p := range f.Prefixes {
		prefix[p] = true
	}
	for _, want := range []string{"according to", "as reported by", "citing", "under"} {
		if !prefix[want] {
			return nil, fmt.Errorf("lexicon %s: prefixes lack %q: %w", attributionLexiconPath, want, ErrLexicon)
		}
	}
	docs := map[string]bool{}
	for _, d := range f.Documents {
		docs[d] = true
	}
	lex := &attribLexicon{verbs: fxCompile(f.Verbs), actorOnly: fxCompile(f.ActorOnlyVerbs),
		primaryVerbs: fxCompile(f.PrimaryVerbs), aux: fxCompile(f.Aux), seenBy: fxCompile(f.SeenBy),
		whichSeen: fxCompile(f.WhichSeen), relayPer: fxCompile(f.RelayPer), unnamed: fxCompile(f.Unnamed),
		documents: fxCompile(f.Documents), docVerbs: fxCompile(f.DocumentVerbs), passive: fxCompile(f.Passive),
		whichCited: fxCompile(f.WhichCited), outletRefs: fxCompile(f.OutletRefs),
		circumstance: fxCompile(f.Circumstance), statedBy: fxCompile(f.StatedBy), participles: fxCompile(f.Participles),
		sourceLabels: fxCompile(f.SourceLabels), quoteLabels: fxCompile(f.QuoteLabels), bareTitles: fxCompile(f.BareTitles),
		objectVerbs: fxCompile(f.ObjectVerbs), bodyNouns: fxCompile(f.BodyNouns),
		orgRefs: fxCompile(f.OrgRefs), furtherVerbs: fxCompile(f.FurtherVerbs),
		quotedVerbs: fxCompile(f.QuotedVerbs), speechBylines: fxCompile(f.SpeechBylines),
		stanceNouns: fxCompile(f.StanceNouns), pledges: fxCompile(f.Pledges),
		according: fxCompile([]string{"according to"}), asReported: fxCompile([]string{"as reported by"}),
		citing: fxCompile([]string{"citing"}), under: fxCompile([]string{"under"}), generic: map[string]bool{}}
	for _, g := range f.GenericDocuments {
		if !docs[g] {
			return nil, fmt.Errorf("lexicon %s: generic document %q is not in documents: %w", attributionLexiconPath, g, ErrLexicon)
		}
		lex.generic[g] = true
	}
	return lex, nil
}
