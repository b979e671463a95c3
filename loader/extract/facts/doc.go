// Package facts is the shared layer of the fact stages (events,
// attributions, commitments): the per-document Context they build from
// the Analysis (the document date, the mentions by sentence, the primary
// actors and issuers, the outlet), and the small helpers all three read
// (determiners and pronouns, datelines at a clause start, a comma ahead,
// the state a country adjective stands for).
//
// It READS the Analysis the earlier stages filled; it ADDS nothing to it.
// It imports model, token and credits.
package facts
