package entities

import "github.com/kg-project/kg/loader/extract/lexicon"

// The entity sets that the stages' word loops test, resolved once.
var (
	setCocue   = lexicon.SetOf("cocue")
	setCodesc  = lexicon.SetOf("codesc")
	setCohead  = lexicon.SetOf("cohead")
	setCompass = lexicon.SetOf("compass")
	setHonor   = lexicon.SetOf("honor")
	setLegal   = lexicon.SetOf("legal")
	setOrghead = lexicon.SetOf("orghead")
	setPnoun   = lexicon.SetOf("pnoun")
	setRegion  = lexicon.SetOf("region")
	setSpeech  = lexicon.SetOf("speech")
	setUprep   = lexicon.SetOf("uprep")
	setVenue   = lexicon.SetOf("venue")
)
