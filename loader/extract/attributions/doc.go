// Package attributions is the attribution stage of extraction: who the
// text says states what (claims in direct or reported speech, statements
// of documents and their issuers, transcripts' speakers), through whom
// ("according to X, citing Y"), with the quote and its evidence.
//
// It READS Analysis.Body, Sents (with their quotation spans), Mentions and
// Result (entities, roles, metadata), the fact context (package facts) and
// the attribution lexicon (data/lexicon/attributions.yaml). It ADDS
// Result.Attributions, which the commitment stage reads.
package attributions
