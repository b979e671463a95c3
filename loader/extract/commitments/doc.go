// Package commitments is the commitment stage of extraction: pledges,
// offers, agreements, signings and refusals, each with who commits, what
// (kind, amount, object), to whom, under which condition and by when, and
// its status from the verb, its modality and who reports it.
//
// It READS Analysis.Body, Sents, Dates, Numbers, Mentions and Result
// (entities, roles, metadata, events and attributions: the status depends
// on who the text says states the commitment), the fact context (package
// facts) and the commitment lexicon (data/lexicon/commitments.yaml). It
// ADDS Result.Commitments.
package commitments
