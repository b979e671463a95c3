// Package lexicon reads the lexicon files of extraction (data/lexicon/*.yaml):
// the file formats of the fact lexicons (EventFile, CommitmentFile,
// AttributionFile), the vocabularies of event kinds and commitment kinds
// and statuses, and the checks every phrase list passes (CheckPhrases).
//
// It READS the lexicon files and ADDS nothing to an analysis; a stage
// package compiles what it reads into its own matchers at construction.
// It imports no other package of the project.
package lexicon
