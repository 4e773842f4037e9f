# Reference fixture for vn-dx's `removeEach` (issue #15): COINr 1.1.14's remove_elements on the
# ASEM example coin, at level 1 (each indicator) and level 2 (each pillar).
# Run from the repository root:  Rscript scripts/coinr/sa-remove-elements.R
# Writes test/fixtures/coinr/sa-remove-elements.json. Not part of npm test.
suppressPackageStartupMessages(library(COINr))
source("scripts/coinr/json.R")
coin <- build_example_coin(quietly = TRUE)
meta <- coin$Meta$Ind
meta <- meta[!is.na(meta$Level), c("iCode", "Level", "Parent", "Weight")]
norm <- coin$Data$Normalised
one_level <- function(level) {
  r <- remove_elements(coin, Level = level, dset = "Aggregated", iCode = "Index", quietly = TRUE)
  removed <- setdiff(names(r$Ranks), c("uCode", "Nominal"))
  list(
    level = scalar(level),
    uCode = as.character(r$Ranks$uCode),
    nominal_ranks = r$Ranks$Nominal,
    removed = removed,
    ranks = lapply(removed, function(id) r$Ranks[[id]]),
    mean_abs_diff = unname(r$MeanAbsDiff[removed])
  )
}
write_json_file(list(
  case = scalar("sa-remove-elements"),
  produced_by = list(R = scalar(R.version.string), COINr_version = scalar(as.character(packageVersion("COINr")))),
  r_calls = c(
    "coin <- build_example_coin(quietly = TRUE)",
    "remove_elements(coin, Level = 1, dset = 'Aggregated', iCode = 'Index')",
    "remove_elements(coin, Level = 2, dset = 'Aggregated', iCode = 'Index')"
  ),
  meta = meta,
  units = as.character(norm$uCode),
  normalised = as.list(norm[names(norm) != "uCode"]),
  levels = list(one_level(1), one_level(2))
), "test/fixtures/coinr/sa-remove-elements.json")
