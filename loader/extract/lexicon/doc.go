// Package lexicon reads the lexicon files of extraction (data/lexicon/*.yaml):
// the entity lexicon (Entities: word sets, credit cues, titles; Titles:
// the role titles) that the metadata, entity, coreference and role stages
// share, the file formats of the fact lexicons (EventFile, CommitmentFile,
// AttributionFile), the vocabularies of event kinds and commitment kinds
// and statuses, and the checks every phrase list passes (CheckPhrases).
//
// It READS the lexicon files and ADDS nothing to an analysis; a stage
// package compiles what it reads into its own matchers at construction.
// It imports the token layer and the model (HasAt reads a per-document
// table kept on the Analysis).
package lexicon
