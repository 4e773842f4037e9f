# Reference fixtures for row-wise imputation (issue #27): COINr 1.1.14's
# Impute(impute_by = "row") on the ASEM example data, then min-max [0, 1] and the arithmetic mean,
# in the shape of the pipeline cases (see test/fixtures/coinr/README.md).
# Run from the repository root:  Rscript scripts/coinr/impute-row.R
# Writes test/fixtures/coinr/y*_impute_row_*.json. Not part of npm test.
suppressPackageStartupMessages(library(COINr))
source("scripts/coinr/json.R")
stopifnot(packageVersion("COINr") == "1.1.14")

produced_by <- list(
  R = scalar(R.version.string),
  COINr_version = scalar(as.character(packageVersion("COINr"))),
  COINr_commit = scalar("b9682034635df03279896b6cb025cd3534f82cbb"),
  data = scalar("ASEM_iData; ASEM_iMeta (COINr built-in)"),
  script = scalar("scripts/coinr/impute-row.R")
)
iMeta0 <- ASEM_iMeta
ind_codes <- iMeta0$iCode[iMeta0$Type == "Indicator"]
columns <- function(df, codes) setNames(lapply(codes, function(code) df[[code]]), codes)

row_case <- function(case, description, impute_call) {
  calls <- c(
    "coin <- new_coin(ASEM_iData, ASEM_iMeta, level_names = c('Indicator','Pillar','Sub-index','Index'), quietly = TRUE)",
    impute_call,
    "coin <- Normalise(coin, dset = 'Imputed', global_specs = list(f_n = 'n_minmax', f_n_para = list(l_u = c(0, 1))))",
    "coin <- Aggregate(coin, dset = 'Normalised', f_ag = 'a_amean')"
  )
  env <- new.env()
  for (call in calls) suppressWarnings(suppressMessages(eval(parse(text = call), envir = env)))
  coin <- env$coin
  meta <- coin$Meta$Ind[c("iCode", "Level", "Parent", "Direction", "Weight", "Type")]
  raw <- get_dset(coin, "Raw")
  aggd <- get_dset(coin, "Aggregated")
  agg_codes <- meta$iCode[meta$Type == "Aggregate"]
  write_json_file(list(
    case = scalar(case),
    description = scalar(description),
    produced_by = produced_by,
    r_calls = calls,
    levels = list("1" = scalar("Indicator"), "2" = scalar("Pillar"), "3" = scalar("Sub-index"), "4" = scalar("Index")),
    units = raw$uCode,
    meta = lapply(as.list(meta), function(x) x),
    raw = columns(raw, ind_codes),
    imputed = columns(get_dset(coin, "Imputed"), ind_codes),
    normalised = columns(get_dset(coin, "Normalised"), ind_codes),
    aggregated = columns(aggd, agg_codes),
    ranks = rank(-aggd$Index, ties.method = "min", na.last = "keep")
  ), file.path("test", "fixtures", "coinr", paste0(case, ".json")))
}

row_case("y1_impute_row_mean_pillar",
         "row mean within each pillar (group_level = 2), normalise_first by default (min-max with directions, then back); then min-max [0, 1] and arithmetic mean",
         "coin <- Impute(coin, dset = 'Raw', f_i = 'i_mean', impute_by = 'row', group_level = 2)")
row_case("y2_impute_row_median_pillar",
         "row median within each pillar (group_level = 2), normalise_first by default; then min-max [0, 1] and arithmetic mean",
         "coin <- Impute(coin, dset = 'Raw', f_i = 'i_median', impute_by = 'row', group_level = 2)")
row_case("y3_impute_row_mean_all",
         "row mean over all 49 indicators (no group_level), normalise_first by default; then min-max [0, 1] and arithmetic mean",
         "coin <- Impute(coin, dset = 'Raw', f_i = 'i_mean', impute_by = 'row')")
row_case("y4_impute_row_mean_subindex",
         "row mean within each sub-index (group_level = 3), normalise_first by default; then min-max [0, 1] and arithmetic mean",
         "coin <- Impute(coin, dset = 'Raw', f_i = 'i_mean', impute_by = 'row', group_level = 3)")
row_case("y5_impute_row_mean_raw_pillar",
         "row mean within each pillar on the raw scale (normalise_first = FALSE); then min-max [0, 1] and arithmetic mean",
         "coin <- Impute(coin, dset = 'Raw', f_i = 'i_mean', impute_by = 'row', group_level = 2, normalise_first = FALSE)")
