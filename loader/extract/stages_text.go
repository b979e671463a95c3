package extract

// textStages segment the body and find dates and numbers; they run first.
// Owned by the text-analysis work (segmentation, dates, numbers).
var textStages = []stageBuilder{}
