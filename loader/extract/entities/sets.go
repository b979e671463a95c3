package entities

import "github.com/kg-project/kg/loader/extract/lexicon"

// The entity sets the stages test, resolved once (see lexicon.SetOf).
var (
	setCocue    = lexicon.SetOf("cocue")
	setCodesc   = lexicon.SetOf("codesc")
	setCohead   = lexicon.SetOf("cohead")
	setCompass  = lexicon.SetOf("compass")
	setDet      = lexicon.SetOf("det")
	setEvent    = lexicon.SetOf("event")
	setHonor    = lexicon.SetOf("honor")
	setInstr    = lexicon.SetOf("instr")
	setInstrmod = lexicon.SetOf("instrmod")
	setLegal    = lexicon.SetOf("legal")
	setMotion   = lexicon.SetOf("motion")
	setMprep    = lexicon.SetOf("mprep")
	setOrghead  = lexicon.SetOf("orghead")
	setPgroup   = lexicon.SetOf("pgroup")
	setPlatform = lexicon.SetOf("platform")
	setPlstop   = lexicon.SetOf("plstop")
	setPnoun    = lexicon.SetOf("pnoun")
	setPrep     = lexicon.SetOf("prep")
	setPstop    = lexicon.SetOf("pstop")
	setRegion   = lexicon.SetOf("region")
	setSpeech   = lexicon.SetOf("speech")
	setTsurname = lexicon.SetOf("tsurname")
	setUprep    = lexicon.SetOf("uprep")
	setVenue    = lexicon.SetOf("venue")
	setVisitn   = lexicon.SetOf("visitn")
)
