package lexicon

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/goccy/go-yaml"
)

// ErrLexicon reports a lexicon file whose content is invalid (an unknown
// kind or status, a duplicate phrase, an empty list).
var ErrLexicon = errors.New("invalid lexicon")

// EventKinds are the event types kg knows.
var EventKinds = []string{"summit", "meeting", "talks", "signing", "press conference", "visit", "attack", "other"}

// CommitmentKinds are the commitment kinds kg knows.
var CommitmentKinds = []string{"ceasefire monitoring", "military support", "multinational force",
	"binding commitment after attack", "defence cooperation", "financial support", "sanctions",
	"troop deployment", "other"}

// CommitmentStatuses are the statuses a commitment can have.
var CommitmentStatuses = []string{"draft", "proposed", "agreed", "signed", "reported", "denied"}

// EventFile is data/lexicon/events.yaml.
type EventFile struct {
	Types []struct {
		Type     string   `yaml:"type"`
		Triggers []string `yaml:"triggers"`
	} `yaml:"types"`
	Gatherings      []string       `yaml:"gatherings"`
	Coreferent      []string       `yaml:"coreferent"`
	NotAfter        []string       `yaml:"not_after"`
	Attendance      []string       `yaml:"attendance"`
	PastMarkers     []string       `yaml:"past_markers"`
	GenericMarkers  []string       `yaml:"generic_markers"`
	NeedDate        []string       `yaml:"need_date"`
	NeedPlace       []string       `yaml:"need_place"`
	ModalOnly       []string       `yaml:"unreal_after_modal"`
	OtherClause     []string       `yaml:"other_clause"`
	MinParticipants map[string]int `yaml:"min_participants"`
	SayingVerbs     []string       `yaml:"saying_verbs"`
	PlacePreps      []string       `yaml:"place_prepositions"`
	SignVerbs       []string       `yaml:"sign_verbs"`
	SignObjects     []string       `yaml:"sign_objects"`
	BelowSummit     []string       `yaml:"below_summit"`
	NotSummit       []string       `yaml:"not_summit"`
	Habitual        []string       `yaml:"habitual"`
	WeakTriggers    []string       `yaml:"weak_triggers"`
	MetObjects      []string       `yaml:"met_objects"`
	Wish            []string       `yaml:"wish"`
	Decisions       []string       `yaml:"decisions"`
	OnsetSubjects   []string       `yaml:"onset_subjects"`
	OnsetVerbs      []string       `yaml:"onset_verbs"`
	ModalBefore     []string       `yaml:"modal_before"`
	PassiveAux      []string       `yaml:"passive_aux"`
	Occasions       []string       `yaml:"occasions"`
	PartOpeners     []string       `yaml:"part_openers"`
	OutcomeNouns    []string       `yaml:"outcome_nouns"`
	Signatories     []string       `yaml:"signatories"`
	DayCounts       map[string]int `yaml:"day_counts"`
	BackRefs        []string       `yaml:"back_references"`
	DayShifts       map[string]int `yaml:"day_shifts"`
	RelativeDays    map[string]int `yaml:"relative_days"`
	Arrivals        []string       `yaml:"arrivals"`
	OpeningSegments int            `yaml:"opening_segments"`
	ImpliedMeeting  []string       `yaml:"implied_meeting"`
	RelativeMarkers []string       `yaml:"relative_markers"`
	FutureMarkers   []string       `yaml:"future_markers"`
	Obstruction     []string       `yaml:"obstruction"`
	ClauseOpeners   []string       `yaml:"clause_openers"`
	Negations       []string       `yaml:"negations"`
	NonSpecific     []string       `yaml:"non_specific"`
	Sidelines       []string       `yaml:"sidelines"`
	DatedTriggers   []string       `yaml:"dated_triggers"`
	SummitSeries    []string       `yaml:"summit_series"`
	SummitBodies    []string       `yaml:"summit_bodies"`
}

// CommitmentFile is data/lexicon/commitments.yaml.
type CommitmentFile struct {
	Kinds []struct {
		Kind     string     `yaml:"kind"`
		Keywords []string   `yaml:"keywords"`
		All      [][]string `yaml:"all"`
		FramedBy []string   `yaml:"framed_by"`
	} `yaml:"kinds"`
	OtherObjects      []string            `yaml:"other_objects"`
	Verbs             []string            `yaml:"verbs"`
	Nouns             []string            `yaml:"nouns"`
	ElaborationStarts []string            `yaml:"elaboration_starts"`
	ElaborationNouns  []string            `yaml:"elaboration_nouns"`
	Collective        []string            `yaml:"collective"`
	TopicBefore       []string            `yaml:"topic_before"`
	Splitters         []string            `yaml:"splitters"`
	ComponentLeads    []string            `yaml:"component_leads"`
	Status            map[string][]string `yaml:"status"`
	Draft             []string            `yaml:"draft"`
	Conditions        []string            `yaml:"conditions"`
	ConditionStops    []string            `yaml:"condition_stops"`
	Modality          []string            `yaml:"modality"`
	SecondActor       []string            `yaml:"second_actor"`
	IntentActor       []string            `yaml:"intent_actor"`
	NoBeneficiary     []string            `yaml:"no_beneficiary"`
	Mission           []string            `yaml:"mission"`
	Amounts           []string            `yaml:"amounts"`
	AmountKind        string              `yaml:"amount_kind"`
	Readiness         []string            `yaml:"readiness"`
	TriggerMarkers    []string            `yaml:"trigger_markers"`
	ConditionTriggers []string            `yaml:"condition_triggers"`
	Concessive        []string            `yaml:"concessive"`
	YieldingHeads     []string            `yaml:"yielding_heads"`
	YieldTo           []string            `yaml:"yield_to"`
	DocumentRefs      []string            `yaml:"document_refs"`
	LocatedBenef      []string            `yaml:"located_beneficiary"`
	Requests          []string            `yaml:"requests"`
	SignedRefs        []string            `yaml:"signed_refs"`
	Tentative         []string            `yaml:"tentative"`
	Hostile           []string            `yaml:"hostile"`
	NounBefore        []string            `yaml:"noun_before"`
	NounAfter         []string            `yaml:"noun_after"`
	GenericAgents     []string            `yaml:"generic_agents"`
	DocumentNouns     []string            `yaml:"document_nouns"`
	DocumentVerbs     []string            `yaml:"document_verbs"`
	SayingVerbs       []string            `yaml:"saying_verbs"`
	Threats           []string            `yaml:"threats"`
	FirmCues          []string            `yaml:"firm_cues"`
	PresenceVerbs     []string            `yaml:"presence_verbs"`
	InRecipient       []string            `yaml:"in_recipient"`
	FromRecipient     []string            `yaml:"from_recipient"`
	AgentNouns        []string            `yaml:"agent_nouns"`
	GroupNouns        []string            `yaml:"group_nouns"`
	Frequency         []string            `yaml:"frequency"`
	PledgeActs        []string            `yaml:"pledge_acts"`
	CountedNouns      []string            `yaml:"counted_nouns"`
	KindAdjectives    []string            `yaml:"kind_adjectives"`
	DonorNouns        []string            `yaml:"donor_nouns"`
	Receiving         []string            `yaml:"receiving"`
	Affirming         []string            `yaml:"affirming"`
	Nominal           []string            `yaml:"nominal"`
	Discussion        []string            `yaml:"discussion"`
	Purpose           []string            `yaml:"purpose"`
	TradeTerms        []string            `yaml:"trade_terms"`
	ModifierNouns     []string            `yaml:"modifier_nouns"`
	Preview           []string            `yaml:"preview"`
	OfferNouns        []string            `yaml:"offer_nouns"`
	CounterpartNouns  []string            `yaml:"counterpart_nouns"`
	AccordNouns       []string            `yaml:"accord_nouns"`
}

// AttributionFile is data/lexicon/attributions.yaml.
type AttributionFile struct {
	Verbs            []string `yaml:"verbs"`
	ActorOnlyVerbs   []string `yaml:"actor_only_verbs"`
	PrimaryVerbs     []string `yaml:"primary_verbs"`
	Aux              []string `yaml:"aux"`
	Prefixes         []string `yaml:"prefixes"`
	SeenBy           []string `yaml:"seen_by"`
	WhichSeen        []string `yaml:"which_seen"`
	RelayPer         []string `yaml:"relay_per"`
	Unnamed          []string `yaml:"unnamed"`
	Documents        []string `yaml:"documents"`
	GenericDocuments []string `yaml:"generic_documents"`
	DocumentVerbs    []string `yaml:"document_verbs"`
	Passive          []string `yaml:"passive"`
	WhichCited       []string `yaml:"which_cited"`
	OutletRefs       []string `yaml:"outlet_refs"`
	Circumstance     []string `yaml:"circumstance"`
	StatedBy         []string `yaml:"stated_by"`
	Participles      []string `yaml:"participles"`
	SourceLabels     []string `yaml:"source_labels"`
	QuoteLabels      []string `yaml:"quote_labels"`
	BareTitles       []string `yaml:"bare_titles"`
	ObjectVerbs      []string `yaml:"object_verbs"`
	BodyNouns        []string `yaml:"body_nouns"`
	OrgRefs          []string `yaml:"org_refs"`
	FurtherVerbs     []string `yaml:"further_verbs"`
	QuotedVerbs      []string `yaml:"quoted_verbs"`
	SpeechBylines    []string `yaml:"speech_bylines"`
	StanceNouns      []string `yaml:"stance_nouns"`
	Pledges          []string `yaml:"pledges"`
}

// Read decodes one lexicon file strictly (unknown fields are errors).
func Read(data fs.FS, path string, v any) error {
	b, err := fs.ReadFile(data, path)
	if err != nil {
		return fmt.Errorf("read lexicon %s: %w", path, err)
	}
	if err := yaml.UnmarshalWithOptions(b, v, yaml.Strict()); err != nil {
		return fmt.Errorf("parse lexicon %s: %w", path, err)
	}
	return nil
}

// CheckPhrases reports duplicates (after folding) and empty phrases in
// the named lists of one file.
func CheckPhrases(path string, lists map[string][]string) error {
	for name, list := range lists {
		seen := map[string]bool{}
		for _, p := range list {
			k := strings.Join(strings.Fields(strings.ToLower(p)), " ")
			if k == "" {
				return fmt.Errorf("lexicon %s: %s: empty phrase: %w", path, name, ErrLexicon)
			}
			if seen[k] {
				return fmt.Errorf("lexicon %s: %s: duplicate %q: %w", path, name, p, ErrLexicon)
			}
			seen[k] = true
		}
	}
	return nil
}

func Known(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
