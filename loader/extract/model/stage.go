package model

// Stage is one step of the pipeline. It reads what earlier stages left in
// the Analysis and adds its own findings.
type Stage interface {
	Apply(a *Analysis) error
}
