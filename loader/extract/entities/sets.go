package entities

import "github.com/kg-project/kg/loader/extract/lexicon"

// The entity sets the stages test, resolved once (see lexicon.SetOf).

// Places and the words around them.
var (
	setPrep, setUprep, setMprep = lexicon.SetOf("prep"), lexicon.SetOf("uprep"), lexicon.SetOf("mprep")
	setMotion, setVisitn        = lexicon.SetOf("motion"), lexicon.SetOf("visitn")
	setEvent, setVenue          = lexicon.SetOf("event"), lexicon.SetOf("venue")
	setRegion, setCompass       = lexicon.SetOf("region"), lexicon.SetOf("compass")
	setPlstop                   = lexicon.SetOf("plstop")
)

// People.
var (
	setPstop, setHonor, setTsurname = lexicon.SetOf("pstop"), lexicon.SetOf("honor"), lexicon.SetOf("tsurname")
	setPnoun, setPgroup, setSpeech  = lexicon.SetOf("pnoun"), lexicon.SetOf("pgroup"), lexicon.SetOf("speech")
)

// Bodies, companies, platforms and treaties.
var (
	setOrghead, setDet, setPlatform = lexicon.SetOf("orghead"), lexicon.SetOf("det"), lexicon.SetOf("platform")
	setCocue, setLegal              = lexicon.SetOf("cocue"), lexicon.SetOf("legal")
	setCohead, setCodesc            = lexicon.SetOf("cohead"), lexicon.SetOf("codesc")
	setInstr, setInstrmod           = lexicon.SetOf("instr"), lexicon.SetOf("instrmod")
)
