package attributions

import (
	"fmt"
	"io/fs"

	"github.com/kg-project/kg/loader/extract/lexicon"
	"github.com/kg-project/kg/loader/extract/token"
)

// LexiconPath is the attribution lexicon inside the data FS.
const LexiconPath = "lexicon/attributions.yaml"

// attribLexicon is attributions.yaml compiled for matching.
type attribLexicon struct {
	verbs, actorOnly, primaryVerbs, aux, seenBy, whichSeen, relayPer token.Phrases
	unnamed, Documents, docVerbs, passive                            token.Phrases
	according, asReported, citing, under                             token.Phrases
	Generic                                                          map[string]bool
	// whichCited: "according to X, which cited Y" (Y says it, X relays).
	whichCited token.Phrases
	// outletRefs refer back to the last outlet named ("the newspaper").
	outletRefs token.Phrases
	// circumstance opens the words after a trailing verb that tell where,
	// when or to whom it was said ("..., X said in a statement").
	circumstance token.Phrases
	// statedBy: "This was stated by X": X said what the sentence before says.
	statedBy token.Phrases
	// participles report after a clause ("X posted on X saying ...").
	participles token.Phrases
	// sourceLabels open a text's source line ("Source: X"), quoteLabels
	// a quotation of that source ("Quote: ...").
	sourceLabels, quoteLabels token.Phrases
	// bareTitles name a source by office alone when no one named in the
	// text holds it ("the Secretary-General said").
	bareTitles token.Phrases
	// objectVerbs report only a clause: with a noun phrase object ("X
	// announced a plan") they tell an act, not a claim.
	objectVerbs token.Phrases
	// bodyNouns make a phrase naming only a state a body of it ("the US
	// department of state"), named as written.
	bodyNouns token.Phrases
	// orgRefs refer back to the last organisation named ("a spokesperson
	// for the firm").
	orgRefs token.Phrases
	// furtherVerbs tell a further point after a claim ("..., X added").
	furtherVerbs token.Phrases
	// quotedVerbs report only with quoted words after them ("X called
	// the vote a \"signal of hope\"").
	quotedVerbs token.Phrases
	// speechBylines open the line naming the speaker of a primary text
	// that is a speech ("by Secretary General X", "Remarks by X").
	speechBylines token.Phrases
	// stanceNouns after a possessive actor and before "that" tell the
	// actor's claim ("Moscow's position that ...").
	stanceNouns token.Phrases
	// pledges after "we" or "I" make a speaker's sentence a commitment
	// ("we will increase"), not a claim.
	pledges token.Phrases
	// sentLists are the lists the sentence patterns look for in a whole
	// sentence, sentence the same joined (see scanSentences).
	sentLists  []*token.Phrases
	sentence   *token.Joined
	sentFirsts *firstShapes
	// docFirsts are the shapes of the Documents' first words.
	docFirsts *firstShapes
}

func LoadLexicon(data fs.FS) (*attribLexicon, error) {
	var f lexicon.AttributionFile
	if err := lexicon.Read(data, LexiconPath, &f); err != nil {
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
			return nil, fmt.Errorf("lexicon %s: %s is empty: %w", LexiconPath, name, lexicon.ErrLexicon)
		}
	}
	if err := lexicon.CheckPhrases(LexiconPath, lists); err != nil {
		return nil, err
	}
	prefix := map[string]bool{}
	for _, p := range f.Prefixes {
		prefix[p] = true
	}
	for _, want := range []string{"according to", "as reported by", "citing", "under"} {
		if !prefix[want] {
			return nil, fmt.Errorf("lexicon %s: prefixes lack %q: %w", LexiconPath, want, lexicon.ErrLexicon)
		}
	}
	docs := map[string]bool{}
	for _, d := range f.Documents {
		docs[d] = true
	}
	lex := &attribLexicon{verbs: token.Compile(f.Verbs), actorOnly: token.Compile(f.ActorOnlyVerbs),
		primaryVerbs: token.Compile(f.PrimaryVerbs), aux: token.Compile(f.Aux), seenBy: token.Compile(f.SeenBy),
		whichSeen: token.Compile(f.WhichSeen), relayPer: token.Compile(f.RelayPer), unnamed: token.Compile(f.Unnamed),
		Documents: token.Compile(f.Documents), docVerbs: token.Compile(f.DocumentVerbs), passive: token.Compile(f.Passive),
		whichCited: token.Compile(f.WhichCited), outletRefs: token.Compile(f.OutletRefs),
		circumstance: token.Compile(f.Circumstance), statedBy: token.Compile(f.StatedBy), participles: token.Compile(f.Participles),
		sourceLabels: token.Compile(f.SourceLabels), quoteLabels: token.Compile(f.QuoteLabels), bareTitles: token.Compile(f.BareTitles),
		objectVerbs: token.Compile(f.ObjectVerbs), bodyNouns: token.Compile(f.BodyNouns),
		orgRefs: token.Compile(f.OrgRefs), furtherVerbs: token.Compile(f.FurtherVerbs),
		quotedVerbs: token.Compile(f.QuotedVerbs), speechBylines: token.Compile(f.SpeechBylines),
		stanceNouns: token.Compile(f.StanceNouns), pledges: token.Compile(f.Pledges),
		according: token.Compile([]string{"according to"}), asReported: token.Compile([]string{"as reported by"}),
		citing: token.Compile([]string{"citing"}), under: token.Compile([]string{"under"}), Generic: map[string]bool{}}
	for _, g := range f.GenericDocuments {
		if !docs[g] {
			return nil, fmt.Errorf("lexicon %s: generic document %q is not in documents: %w", LexiconPath, g, lexicon.ErrLexicon)
		}
		lex.Generic[g] = true
	}
	lex.sentLists = []*token.Phrases{&lex.verbs, &lex.passive, &lex.according, &lex.asReported, &lex.citing, &lex.under,
		&lex.statedBy, &lex.docVerbs, &lex.stanceNouns, &lex.primaryVerbs, &lex.participles, &lex.seenBy, &lex.whichSeen}
	lex.sentence = token.Join(lex.sentLists...)
	lex.sentFirsts = firstShapesOf(lex.sentLists)
	lex.docFirsts = firstShapesOf([]*token.Phrases{&lex.Documents})
	return lex, nil
}
