# Reference fixture for strengths and weaknesses (issue #27): COINr 1.1.14's get_str_weak for every
# unit of the ASEM example data, under its defaults (min_discard = TRUE, adjust_direction = TRUE
# on "Raw") and the variants vn-dx is compared with.
# Run from the repository root:  Rscript scripts/coinr/str-weak.R
# Writes test/fixtures/coinr/z_str_weak.json. Not part of npm test.
suppressPackageStartupMessages(library(COINr))
source("scripts/coinr/json.R")
stopifnot(packageVersion("COINr") == "1.1.14")

iMeta0 <- ASEM_iMeta
ind_codes <- iMeta0$iCode[iMeta0$Type == "Indicator"]
coin <- new_coin(ASEM_iData, iMeta0, level_names = c("Indicator", "Pillar", "Sub-index", "Index"), quietly = TRUE)
coin <- Normalise(coin, dset = "Raw", global_specs = list(f_n = "n_minmax", f_n_para = list(l_u = c(0, 1))))
raw <- get_dset(coin, "Raw")
units <- raw$uCode

table_of <- function(df) list(Code = df$Code, Rank = as.numeric(df$Rank), Value = as.numeric(df$Value))
variant <- function(call) {
  per_unit <- lapply(units, function(u) {
    sw <- eval(parse(text = sprintf(call, u)))
    list(strengths = table_of(sw$Strengths), weaknesses = table_of(sw$Weaknesses))
  })
  names(per_unit) <- units
  list(call = scalar(call), units = per_unit)
}
calls <- list(
  default = "get_str_weak(coin, dset = 'Raw', usel = '%s', sig_figs = NULL)",
  keep_min = "get_str_weak(coin, dset = 'Raw', usel = '%s', min_discard = FALSE, sig_figs = NULL)",
  no_direction = "get_str_weak(coin, dset = 'Raw', usel = '%s', adjust_direction = FALSE, sig_figs = NULL)",
  normalised = "get_str_weak(coin, dset = 'Normalised', usel = '%s', sig_figs = NULL)",
  top3 = "get_str_weak(coin, dset = 'Raw', usel = '%s', topN = 3, bottomN = 3, sig_figs = NULL)",
  unique_half = "get_str_weak(coin, dset = 'Raw', usel = '%s', unq_discard = 0.5, sig_figs = NULL)",
  by_group = "get_str_weak(coin, dset = 'Raw', usel = '%s', use_group = 'EurAsia_group', sig_figs = NULL)",
  by_group_keep_min = "get_str_weak(coin, dset = 'Raw', usel = '%s', use_group = 'EurAsia_group', min_discard = FALSE, sig_figs = NULL)"
)
variants <- lapply(calls, variant)
write_json_file(list(
  case = scalar("z_str_weak"),
  description = scalar("get_str_weak for every ASEM unit: defaults (min_discard = TRUE; adjust_direction = TRUE on Raw), min_discard = FALSE, adjust_direction = FALSE, on the min-max [0, 1] normalised data, topN = bottomN = 3, unq_discard = 0.5, and ranks within EurAsia_group (with min_discard TRUE and FALSE); sig_figs = NULL throughout. Weaknesses are listed as COINr lists them: ascending rank, the worst last."),
  produced_by = list(
    R = scalar(R.version.string),
    COINr_version = scalar(as.character(packageVersion("COINr"))),
    COINr_commit = scalar("b9682034635df03279896b6cb025cd3534f82cbb"),
    data = scalar("ASEM_iData; ASEM_iMeta (COINr built-in)"),
    script = scalar("scripts/coinr/str-weak.R")
  ),
  r_calls = c(
    "coin <- new_coin(ASEM_iData, ASEM_iMeta, level_names = c('Indicator','Pillar','Sub-index','Index'), quietly = TRUE)",
    "coin <- Normalise(coin, dset = 'Raw', global_specs = list(f_n = 'n_minmax', f_n_para = list(l_u = c(0, 1))))"
  ),
  units = units,
  groups = list(EurAsia_group = raw_groups <- ASEM_iData$EurAsia_group[match(units, ASEM_iData$uCode)]),
  ids = ind_codes,
  direction = iMeta0$Direction[iMeta0$Type == "Indicator"],
  raw = setNames(lapply(ind_codes, function(code) raw[[code]]), ind_codes),
  variants = variants
), file.path("test", "fixtures", "coinr", "z_str_weak.json"))
