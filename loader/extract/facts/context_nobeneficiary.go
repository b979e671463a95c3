package facts

import "github.com/kg-project/kg/loader/extract/model"

// NewContextNoBeneficiary is NewContext for a stage that never reads
// Context.Beneficiary (left ""): every other field is NewContext's.
// Finding the beneficiary reads every country mention's surroundings,
// work only the stages that weigh commitments need.
func NewContextNoBeneficiary(a *model.Analysis) *Context { return newContext(a, false) }
