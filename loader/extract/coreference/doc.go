// Package coreference is the coreference stage of extraction: it resolves
// short and variant mentions (a surname alone, a body's head noun alone, a
// quoted lower-case name, a title with a given name) to the full entity of
// the same document or to the one gazetteer entry they can name.
//
// It READS Analysis.Body, Sents, Dates and Mentions (the persons and
// bodies found by the entity stages before it), the entity lexicon and
// the gazetteer. It ADDS mentions to Analysis.Mentions.
package coreference
