// Package events is the event stage of extraction: summits, meetings,
// talks, signings, visits, press conferences, attacks and other named or
// dated occurrences the text narrates, each with its date, place,
// participants and evidence; one event per real occurrence in a document.
//
// It READS Analysis.Body, Sents, Dates, Mentions and Result (entities and
// metadata), the fact context (package facts) and the event lexicon
// (data/lexicon/events.yaml). It ADDS Result.Events, and re-resolves
// Analysis.Dates when the document date is learnt only here.
package events
