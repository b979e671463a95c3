// Package segmentation is the first stage of extraction: it cuts a
// document body into sentences, headings and list items.
//
// It READS Analysis.Body. It ADDS Analysis.Sents (segments with their
// kind, the lead-in of a list, the enclosing item, the direct quotation
// spans) and Result.Sentences. The rules are described in segment.go.
package segmentation
