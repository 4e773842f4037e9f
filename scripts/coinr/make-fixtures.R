# Reference fixtures for vn-dx's composite-indicator methods, computed by COINr 1.1.14 on its
# built-in ASEM example data (51 units, 49 indicators). Writes test/fixtures/coinr/*.json in the
# shape of the shared cases (see test/fixtures/coinr/README.md), numbers with %.17g.
#
#   Rscript scripts/coinr/make-fixtures.R      (from the repository root; needs COINr 1.1.14)
#
# Not part of `npm test`: the JSON it writes is committed, and the tests read that.
suppressPackageStartupMessages({
  library(COINr)
  library(jsonlite)
})
stopifnot(packageVersion("COINr") == "1.1.14")
out_dir <- file.path("test", "fixtures", "coinr")
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)

# --- JSON with every double written as %.17g (jsonlite rounds to 15 digits) ----------------
num <- function(x) ifelse(is.na(x) | is.nan(x), "null",
                          ifelse(is.infinite(x), "null", sprintf("%.17g", x)))
to_json <- function(x) {
  if (is.null(x)) return("null")
  if (is.data.frame(x)) x <- as.list(x)
  if (is.list(x)) {
    if (!is.null(names(x)) && all(names(x) != "")) {
      keys <- vapply(names(x), function(k) as.character(toJSON(k, auto_unbox = TRUE)), "")
      return(paste0("{", paste0(keys, ":", vapply(x, to_json, ""), collapse = ","), "}"))
    }
    return(paste0("[", paste(vapply(x, to_json, ""), collapse = ","), "]"))
  }
  if (is.factor(x)) x <- as.character(x)
  if (is.logical(x) && all(is.na(x))) x <- as.numeric(x)
  if (is.numeric(x)) {
    body <- paste(num(x), collapse = ",")
    return(if (length(x) == 1 && is.null(attr(x, "array"))) body else paste0("[", body, "]"))
  }
  if (is.character(x) || is.logical(x)) {
    return(as.character(toJSON(x, auto_unbox = length(x) == 1, na = "null")))
  }
  stop("cannot write ", class(x))
}
# Keep vectors of length 1 as arrays where they are columns.
column <- function(x) structure(x, array = TRUE)
columns <- function(df, codes) {
  l <- lapply(codes, function(code) column(df[[code]]))
  names(l) <- codes
  l
}
write_case <- function(case, content) {
  path <- file.path(out_dir, paste0(case, ".json"))
  writeLines(to_json(content), path)
  message("wrote ", path)
}
produced_by <- list(
  R = R.version.string,
  COINr_version = as.character(packageVersion("COINr")),
  jsonlite_version = as.character(packageVersion("jsonlite")),
  data = "ASEM_iData; ASEM_iMeta; ASEM_iData_p (COINr built-in)",
  script = "scripts/coinr/make-fixtures.R"
)

iMeta0 <- ASEM_iMeta
units <- ASEM_iData$uCode
ind_codes <- iMeta0$iCode[iMeta0$Type == "Indicator"]

# --- One full pipeline: new_coin -> [Impute] -> [Treat] -> Normalise -> Aggregate ----------
pipeline_case <- function(case, description, calls, iMeta = iMeta0, extra = NULL) {
  env <- new.env()
  env$iMeta <- iMeta
  env$ASEM_iData <- ASEM_iData
  for (call in calls) eval(parse(text = call), envir = env)
  coin <- env$coin
  meta <- coin$Meta$Ind[c("iCode", "Level", "Parent", "Direction", "Weight", "Type")]
  levels <- list("1" = "Indicator", "2" = "Pillar", "3" = "Sub-index", "4" = "Index")
  raw <- get_dset(coin, "Raw")
  agg_codes <- meta$iCode[meta$Type == "Aggregate"]
  aggd <- get_dset(coin, "Aggregated")
  content <- list(
    case = case,
    description = description,
    produced_by = produced_by,
    r_calls = as.list(calls),
    levels = levels,
    units = raw$uCode,
    meta = lapply(meta, column),
    raw = columns(raw, ind_codes),
    normalised = columns(get_dset(coin, "Normalised"), ind_codes),
    aggregated = columns(aggd, agg_codes),
    ranks = column(rank(-aggd$Index, ties.method = "min", na.last = "keep"))
  )
  if (!is.null(coin$Data$Imputed)) content$imputed <- columns(get_dset(coin, "Imputed"), ind_codes)
  if (!is.null(coin$Data$Treated)) content$treated <- columns(get_dset(coin, "Treated"), ind_codes)
  if (!is.null(extra)) content <- c(content, extra(coin))
  write_case(case, content)
}

new_coin_call <- "coin <- new_coin(ASEM_iData, iMeta, level_names = c('Indicator','Pillar','Sub-index','Index'), quietly = TRUE)"
amean <- "coin <- Aggregate(coin, dset = 'Normalised', f_ag = 'a_amean')"
norm <- function(f_n, para = NULL, dset = "Raw") {
  sprintf("coin <- Normalise(coin, dset = '%s', global_specs = list(f_n = '%s'%s))", dset, f_n,
          if (is.null(para)) "" else paste0(", f_n_para = ", para))
}

pipeline_case("h_prank_amean", "percentile ranks (n_prank, ties min) on raw data, arithmetic mean",
              c(new_coin_call, norm("n_prank"), amean))
pipeline_case("i_rank_amean", "ascending ranks (n_rank, ties min) on raw data, arithmetic mean",
              c(new_coin_call, norm("n_rank"), amean))
pipeline_case("j_borda_amean", "Borda scores (n_borda, ties min) on raw data, arithmetic mean",
              c(new_coin_call, norm("n_borda"), amean))
pipeline_case("k_dist2max_amean", "distance to the maximum (n_dist2max) on raw data, arithmetic mean",
              c(new_coin_call, norm("n_dist2max"), amean))
pipeline_case("l_zscore_msd_amean", "z-scores to mean 10 and sd 2 (n_zscore, m_sd = c(10, 2)), arithmetic mean",
              c(new_coin_call, norm("n_zscore", "list(m_sd = c(10, 2))"), amean))

# fracmax: COINr applies direction as x * -1 before x / max, which vn-dx does not copy (it keeps
# better higher): every direction is set to 1 here, so that both compute x / max.
iMeta_up <- iMeta0
iMeta_up$Direction[iMeta_up$Type == "Indicator"] <- 1
pipeline_case("m_fracmax_amean", "fraction of the maximum (n_fracmax) on raw data with every direction set to 1, arithmetic mean",
              c(new_coin_call, norm("n_fracmax"), amean), iMeta = iMeta_up)

# dist2ref: the reference is one unit's value (iref = that unit's row); vn-dx takes the value.
ref_unit <- "DEU"  # never the worst on any indicator (else COINr divides by 0)
iref <- which(units == ref_unit)
pipeline_case("n_dist2ref_amean",
              sprintf("distance to the reference unit %s (n_dist2ref, iref = %d, cap_max = FALSE) on mean-imputed data, arithmetic mean", ref_unit, iref),
              c(new_coin_call, "coin <- Impute(coin, dset = 'Raw', f_i = 'i_mean')",
                norm("n_dist2ref", sprintf("list(iref = %d, cap_max = FALSE)", iref), dset = "Imputed"), amean),
              extra = function(coin) list(ref_unit = ref_unit))

# generalised mean (a_genmean returns NA for a row with any NA, so the data are imputed first).
pipeline_case("o_genmean_p05", "mean imputation, min-max [1, 100], generalised mean with p = 0.5",
              c(new_coin_call, "coin <- Impute(coin, dset = 'Raw', f_i = 'i_mean')",
                norm("n_minmax", "list(l_u = c(1, 100))", dset = "Imputed"),
                "coin <- Aggregate(coin, dset = 'Normalised', f_ag = 'a_genmean', f_ag_para = list(p = 0.5))"))
pipeline_case("p_genmean_pm2", "mean imputation, min-max [1, 100], generalised mean with p = -2",
              c(new_coin_call, "coin <- Impute(coin, dset = 'Raw', f_i = 'i_mean')",
                norm("n_minmax", "list(l_u = c(1, 100))", dset = "Imputed"),
                "coin <- Aggregate(coin, dset = 'Normalised', f_ag = 'a_genmean', f_ag_para = list(p = -2))"))
# count-based data availability at a second threshold.
pipeline_case("q_dat_thresh_09", "min-max [0, 1] on raw data, arithmetic mean with dat_thresh = 0.9 (count-based)",
              c(new_coin_call, norm("n_minmax", "list(l_u = c(0, 1))"),
                "coin <- Aggregate(coin, dset = 'Normalised', f_ag = 'a_amean', dat_thresh = 0.9)"))

# Outlier treatment: COINr's defaults (winsorise up to 5 points, then log_CT), then Box-Cox.
treat_details <- function(coin) {
  d <- coin$Analysis$Treated$Dets_Table
  list(treat_details = lapply(as.list(d), function(x) if (is.numeric(x) || is.logical(x)) column(x) else column(as.character(x))))
}
pipeline_case("r_treat_default", "Treat with COINr's defaults on raw data, then min-max [0, 1] and arithmetic mean",
              c(new_coin_call, "coin <- Treat(coin, dset = 'Raw')",
                norm("n_minmax", "list(l_u = c(0, 1))", dset = "Treated"),
                "coin <- Aggregate(coin, dset = 'Normalised', f_ag = 'a_amean')"),
              extra = treat_details)
pipeline_case("s_treat_boxcox", "Treat: winsorise up to 3 points, else Box-Cox with lambda 0.5 (makepos), then min-max [0, 1] and arithmetic mean",
              c(new_coin_call,
                "coin <- Treat(coin, dset = 'Raw', global_specs = list(f1_para = list(winmax = 3), f2 = 'boxcox', f2_para = list(lambda = 0.5)))",
                norm("n_minmax", "list(l_u = c(0, 1))", dset = "Treated"),
                "coin <- Aggregate(coin, dset = 'Normalised', f_ag = 'a_amean')"),
              extra = treat_details)

# --- Statistics: get_stats, correlations, Cronbach's alpha on the raw data ------------------
{
  coin <- new_coin(ASEM_iData, iMeta0, level_names = c("Indicator", "Pillar", "Sub-index", "Index"), quietly = TRUE)
  raw <- get_dset(coin, "Raw")
  st <- get_stats(coin, dset = "Raw", nsignif = NULL, out2 = "df")
  X <- as.matrix(raw[ind_codes])
  pearson <- stats::cor(X, use = "pairwise.complete.obs", method = "pearson")
  spearman <- stats::cor(X, use = "pairwise.complete.obs", method = "spearman")
  pillars <- unique(iMeta0$Parent[iMeta0$Type == "Indicator"])
  alpha <- lapply(pillars, function(p) get_cronbach(coin, dset = "Raw", iCodes = p, Level = 1))
  names(alpha) <- pillars
  write_case("t_stats_raw", list(
    case = "t_stats_raw",
    description = "get_stats (nsignif = NULL), Pearson and Spearman correlations (pairwise complete) and Cronbach's alpha per pillar, on the raw data",
    produced_by = produced_by,
    r_calls = list("st <- get_stats(coin, dset = 'Raw', nsignif = NULL, out2 = 'df')",
                   "stats::cor(X, use = 'pairwise.complete.obs', method = 'pearson' | 'spearman')",
                   "get_cronbach(coin, dset = 'Raw', iCodes = pillar, Level = 1)"),
    units = raw$uCode,
    ids = column(ind_codes),
    raw = columns(raw, ind_codes),
    stats = lapply(as.list(st), function(x) column(if (is.factor(x)) as.character(x) else x)),
    pearson = lapply(seq_along(ind_codes), function(i) column(pearson[i, ])),
    spearman = lapply(seq_along(ind_codes), function(i) column(spearman[i, ])),
    pillars = lapply(setNames(pillars, pillars), function(p) column(iMeta0$iCode[iMeta0$Parent %in% p & iMeta0$Type == "Indicator"])),
    cronbach = alpha
  ))
}

# --- Panel imputation: impute_panel on the ASEM panel, with gaps made at known places -------
{
  panel <- ASEM_iData_p
  cols <- c("LPI", "Flights", "Goods", "Renew")
  set.seed(63)
  # Gaps in every position: first year, middle, last year, all but one year (issue #63).
  panel$LPI[panel$uCode == "GBR" & panel$Time %in% c(2018, 2019, 2020, 2022)] <- NA
  panel$Flights[panel$uCode == "AUT" & panel$Time %in% c(2018, 2020, 2021)] <- NA
  panel$Goods[panel$uCode == "BEL" & panel$Time %in% c(2022)] <- NA
  panel$Renew[panel$uCode == "CHN" & panel$Time %in% c(2019, 2021)] <- NA
  gap_units <- c("GBR", "AUT", "BEL", "CHN", "DEU")
  panel <- panel[panel$uCode %in% gap_units, c("uCode", "Time", cols)]
  panel <- panel[order(panel$uCode, panel$Time), ]
  out <- list()
  for (type in c("latest", "constant", "linear-constant")) {
    res <- suppressMessages(impute_panel(panel, time_col = "Time", unit_col = "uCode", cols = cols, imp_type = type))
    imp <- res$iData_imp
    imp <- imp[order(imp$uCode, imp$Time), ]
    out[[type]] <- columns(imp, cols)
  }
  # linear on every series except the one with a single value (where COINr <= 1.1.14 fails: #63)
  lin <- panel
  lin$LPI[lin$uCode == "GBR"] <- 0
  res <- suppressMessages(impute_panel(lin, time_col = "Time", unit_col = "uCode", cols = cols, imp_type = "linear"))
  imp <- res$iData_imp
  imp <- imp[order(imp$uCode, imp$Time), ]
  out[["linear"]] <- columns(imp, cols)
  write_case("u_impute_panel", list(
    case = "u_impute_panel",
    description = "impute_panel on five units of ASEM_iData_p with gaps made at the first, middle and last years and a series with one value; 'linear' is run with GBR's LPI set to 0 (COINr's linear fails on a single value, issue #63)",
    produced_by = produced_by,
    r_calls = list("impute_panel(panel, time_col = 'Time', unit_col = 'uCode', cols = cols, imp_type = type)"),
    units = column(panel$uCode),
    time = column(panel$Time),
    ids = column(cols),
    raw = columns(panel, cols),
    imputed = out
  ))
}

# --- Copeland: a_copeland over the eight pillars of the mean-imputed, min-max [0, 1] data ----
# (Aggregate cannot call a_copeland in 1.1.14 — it passes `x`, a_copeland takes `X` — so it is
# called directly on the pillar scores, with unequal weights to test their use.)
{
  coin <- new_coin(ASEM_iData, iMeta0, level_names = c("Indicator", "Pillar", "Sub-index", "Index"), quietly = TRUE)
  coin <- Impute(coin, dset = "Raw", f_i = "i_mean", quietly = TRUE)
  coin <- Normalise(coin, dset = "Imputed", global_specs = list(f_n = "n_minmax", f_n_para = list(l_u = c(0, 1))))
  coin <- Aggregate(coin, dset = "Normalised", f_ag = "a_amean")
  pillars <- iMeta0$iCode[iMeta0$Level %in% 2]
  aggd <- get_dset(coin, "Aggregated")
  X <- aggd[pillars]
  w <- c(1, 2, 1, 0.5, 1, 3, 1, 1)
  scores <- suppressMessages(a_copeland(X, w))
  write_case("v_copeland", list(
    case = "v_copeland",
    description = "a_copeland(X, w) over the eight pillar scores (mean imputation, min-max [0, 1], arithmetic mean), weights 1, 2, 1, 0.5, 1, 3, 1, 1",
    produced_by = produced_by,
    r_calls = list("X <- get_dset(coin, 'Aggregated')[pillars]", "a_copeland(X, w = c(1, 2, 1, 0.5, 1, 3, 1, 1))"),
    units = aggd$uCode,
    ids = column(pillars),
    weights = column(w),
    pillars = columns(aggd, pillars),
    scores = column(as.numeric(scores))
  ))
}

# --- Treat on synthetic heavy tails, where winsorising is not enough (log_CT and Box-Cox run) --
{
  set.seed(14)
  n <- 60
  df <- data.frame(
    lognormal = exp(rnorm(n, 0, 1.5)),
    pareto = 1 / runif(n)^1.2,
    negative_skew = -exp(rnorm(n, 0, 1.4)),
    tied_tail = c(rep(1, 45), 2:11, rep(500, 5)),
    with_missing = c(exp(rnorm(n - 6, 0, 2)), rep(NA, 6)),
    mild = rnorm(n)
  )
  default <- Treat(df)
  boxcox <- Treat(df, global_specs = list(f1_para = list(winmax = 2), f2 = "boxcox", f2_para = list(lambda = 0.25)))
  boxcox0 <- Treat(df, global_specs = list(f1_para = list(winmax = 1), f2 = "boxcox", f2_para = list(lambda = 0)))
  logct <- Treat(df, global_specs = list(f1_para = list(winmax = 1)))
  details <- function(t) lapply(as.list(t$Dets_Table), function(x) column(if (is.numeric(x) || is.logical(x)) x else as.character(x)))
  write_case("w_treat_synthetic", list(
    case = "w_treat_synthetic",
    description = "Treat on six synthetic columns (set.seed(14)): defaults; winmax = 2 with Box-Cox lambda 0.25; winmax = 1 with Box-Cox lambda 0; winmax = 1 with log_CT",
    produced_by = produced_by,
    r_calls = list("Treat(df)",
                   "Treat(df, global_specs = list(f1_para = list(winmax = 2), f2 = 'boxcox', f2_para = list(lambda = 0.25)))",
                   "Treat(df, global_specs = list(f1_para = list(winmax = 1), f2 = 'boxcox', f2_para = list(lambda = 0)))",
                   "Treat(df, global_specs = list(f1_para = list(winmax = 1)))"),
    ids = column(names(df)),
    raw = columns(df, names(df)),
    default = list(treated = columns(default$x, names(df)), details = details(default)),
    boxcox = list(treated = columns(boxcox$x, names(df)), details = details(boxcox)),
    boxcox0 = list(treated = columns(boxcox0$x, names(df)), details = details(boxcox0)),
    logct = list(treated = columns(logct$x, names(df)), details = details(logct))
  ))
}

# --- A constant indicator: COINr's min-max gives NaN and the mean skips it ------------------
{
  env <- new.env()
  data_const <- ASEM_iData
  data_const$Goods <- 5
  data_const$Flights <- 12.5
  calls <- c("coin <- new_coin(data_const, iMeta, level_names = c('Indicator','Pillar','Sub-index','Index'), quietly = TRUE)",
             norm("n_minmax", "list(l_u = c(0, 1))"), amean)
  env$iMeta <- iMeta0
  env$data_const <- data_const
  for (call in calls) suppressWarnings(eval(parse(text = call), envir = env))
  coin <- env$coin
  meta <- coin$Meta$Ind[c("iCode", "Level", "Parent", "Direction", "Weight", "Type")]
  raw <- get_dset(coin, "Raw")
  aggd <- get_dset(coin, "Aggregated")
  write_case("x_constant_exclude", list(
    case = "x_constant_exclude",
    description = "ASEM data with Goods and Flights set constant; min-max [0, 1] (NaN for the constant ones) and arithmetic mean, which skips them",
    produced_by = produced_by,
    r_calls = as.list(c("data_const$Goods <- 5; data_const$Flights <- 12.5", calls)),
    levels = list("1" = "Indicator", "2" = "Pillar", "3" = "Sub-index", "4" = "Index"),
    units = raw$uCode,
    meta = lapply(meta, column),
    raw = columns(raw, ind_codes),
    normalised = columns(get_dset(coin, "Normalised"), ind_codes),
    aggregated = columns(aggd, meta$iCode[meta$Type == "Aggregate"]),
    ranks = column(rank(-aggd$Index, ties.method = "min", na.last = "keep"))
  ))
}
