// Package gen writes a synthetic corpus from the gazetteer: news articles,
// wire stories and joint statements in the three formats kg reads (.txt,
// Markdown with front matter, JSON Lines), each with its ground truth in the
// shape of the hand annotation (the output contract of `kg extract`), so that
// scale runs measure correctness as well as speed.
//
// The generator knows what it writes: every mention of a person, country,
// organization or place is recorded with its code point span as it is
// emitted, and every event, commitment, number and attribution the text
// states is recorded with the sentence that states it. Nothing is stated in
// the ground truth that the text does not say.
//
// Phrasings come from data/lexicon/gen.yaml; actors, offices, seats and
// places come from the gazetteer. Generation is deterministic: the same seed
// gives the same bytes.
package gen
