// Package extracttest holds what the tests of loader/extract and of its
// stage packages share: a small invented gazetteer, runs of one part of the
// pipeline over a short body (the entity stages, the fact stages), a fact
// document built by hand (segments, mentions and dates given, no earlier
// stage run) and the checks that every evidence span holds its text.
//
// It READS the pipeline's parts (extract.NewEntityPart, NewFactPart) and
// the bundled lexicon files; it ADDS nothing to an extraction. Only tests
// import it (the house rule lets the external tests of a stage package do
// so).
package extracttest
