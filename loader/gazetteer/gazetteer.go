package gazetteer

// Gazetteer is the loaded, indexed set of entries.
type Gazetteer struct {
	entries []Entry
}
