// Package model is the contract between the stages of extraction: the
// Analysis one document passes through (its sentences, mentions, dates and
// numbers, with byte offsets into the body), the Result it outputs (the
// items and their evidence spans), and the Stage interface.
//
// Design, for the stage packages under loader/extract:
//
//   - A stage package imports only this package, the token layer
//     (loader/extract/token), the lexicon (loader/extract/lexicon) and the
//     data packages (gazetteer, document); never another stage package.
//     What a stage needs from an earlier one is a field of the Analysis
//     (Sents, Mentions, Dates, Numbers, ListedOnly, Result) or a method
//     here (the mention index of mentions.go, the words of words.go).
//   - The body is tokenised once: Tokens is the token layer of the fact
//     stages, BodyWords the words of the entity stages; stages read spans
//     of them rather than scanning the text again.
//   - A table a stage computes once per document and reads many times is
//     kept with Cache and read with Cached, under a key type of the stage
//     package's own, so that no unexported field of one family lives here.
//   - All offsets are byte offsets into Body; Span converts them to the
//     code point offsets of evidence, in one place.
package model
