package model

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"

	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/schema"
)

// Cross-document identity keys of facts. The same event or commitment told
// by several documents must get the same id, so ids are built from what
// the fact is, never from where it was read:
//
//   - event: "event:" + type + "-" + day (or "undated") + "-" + place (or
//     "unplaced") + "-" + its anchor: the first organisation among the
//     participants, else the sorted first two participants. A summit of
//     the coalition in Paris on a given day has one id in every report.
//   - commitment: "commitment:" + kind + "-" + a hash of the sorted by-ids,
//     the to-id, the kind and whether it is conditional. Reports word the
//     same commitment differently, so the wording is left out: "the
//     coalition's multinational force for Ukraine" has one id in a leaked
//     draft and in the final statement, and each source's evidence keeps
//     the status it gives. When one document states several commitments
//     with the same key (three kinds of military support), the first in
//     the text keeps the key and the others add a hash of the signature
//     of their `what` (content words, sorted, at most six; whatSignature).
//   - claim: "claim:" + a hash of the source id and the claim's content
//     words.
//
// A key sees one document only: a report that leaves out the day of a
// summit, or gives a commitment a condition another report leaves out,
// keys it apart.
// The loader maps such facts onto the stored node of the same real-world
// fact when it stores a document (loader/resolve.go), so extraction stays
// per document and parallel.

// EventID is the identity key of an event.
func EventID(typ, date, placeKey string, participants []string) string {
	if date == "" {
		date = "undated"
	}
	place := "unplaced"
	if placeKey != "" {
		place = localPart(placeKey)
	}
	anchor := ""
	for _, p := range participants {
		if strings.HasPrefix(p, schema.PrefixOrg) {
			anchor = localPart(p)
			break
		}
	}
	if anchor == "" && len(participants) > 0 {
		ps := append([]string(nil), participants...)
		sort.Strings(ps)
		if len(ps) > 2 {
			ps = ps[:2]
		}
		for i := range ps {
			ps[i] = localPart(ps[i])
		}
		anchor = strings.Join(ps, "+")
	}
	id := token.Slug(typ) + "-" + date + "-" + place
	if anchor != "" {
		id += "-" + anchor
	}
	return schema.PrefixEvent + id
}

// CommitmentID is the identity key of a commitment.
func CommitmentID(byIDs []string, toID, kind string, conditional bool) string {
	by := append([]string(nil), byIDs...)
	sort.Strings(by)
	key := strings.Join(by, ",") + "|" + toID + "|" + kind
	if conditional {
		key += "|if"
	}
	return schema.PrefixCommitment + token.Slug(kind) + "-" + shortHash(key)
}

// DistinctID tells apart a second commitment of a document that shares
// the key of an earlier one, by its wording.
func DistinctID(id, what string) string {
	return id + "-" + shortHash(WhatSignature(what))[:8]
}

// ClaimID is the identity key of an attribution.
func ClaimID(sourceID, claim string) string {
	return schema.PrefixClaim + shortHash(sourceID+"|"+WhatSignature(claim))
}

// WhatSignature keeps the content words of a phrase (longer than three
// letters, not function words), folded, without plural "s", sorted and
// deduplicated, at most six: "continued long-term military assistance"
// and "long-term military assistance, continued" sign the same.
func WhatSignature(what string) string {
	return WhatSignatureOfTokens(token.Tokens(what, 0, len(what)))
}

var fxStop = map[string]bool{"with": true, "that": true, "this": true, "these": true, "thi": true, "their": true,
	"from": true, "into": true, "will": true, "would": true, "shall": true, "could": true, "also": true,
	"which": true, "including": true, "such": true, "other": true, "there": true, "have": true, "been": true}

func shortHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:6])
}

// localPart strips the kind prefix of a node id ("country:FRA" -> "fra").
func localPart(id string) string {
	if i := strings.IndexByte(id, ':'); i >= 0 {
		id = id[i+1:]
	}
	return strings.ToLower(id)
}
