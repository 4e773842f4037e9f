# Reference fixtures for weights from the data (issue #27): COINr 1.1.14's get_PCA and
# get_opt_weights on the ASEM example data.
# Run from the repository root:  Rscript scripts/coinr/weights.R
# Writes test/fixtures/coinr/pca-weights.json and opt-weights.json. Not part of npm test.
suppressPackageStartupMessages(library(COINr))
source("scripts/coinr/json.R")
stopifnot(packageVersion("COINr") == "1.1.14")

produced_by <- function(script) list(
  R = scalar(R.version.string),
  COINr_version = scalar(as.character(packageVersion("COINr"))),
  COINr_commit = scalar("b9682034635df03279896b6cb025cd3534f82cbb"),
  data = scalar("ASEM_iData; ASEM_iMeta (COINr built-in)"),
  script = scalar(script)
)
iMeta0 <- ASEM_iMeta
ind_codes <- iMeta0$iCode[iMeta0$Type == "Indicator"]
agg_codes <- iMeta0$iCode[iMeta0$Type == "Aggregate"]
cols <- function(df, codes) setNames(lapply(codes, function(code) df[[code]]), codes)

calls <- c(
  "coin <- new_coin(ASEM_iData, ASEM_iMeta, level_names = c('Indicator','Pillar','Sub-index','Index'), quietly = TRUE)",
  "coin <- Normalise(coin, dset = 'Raw', global_specs = list(f_n = 'n_minmax', f_n_para = list(l_u = c(0, 1))))",
  "coin <- Aggregate(coin, dset = 'Normalised', f_ag = 'a_amean')",
  "coin_imp <- Impute(coin, dset = 'Raw', f_i = 'i_mean', quietly = TRUE)"
)
for (call in calls) suppressMessages(eval(parse(text = call)))
units <- get_dset(coin, "Raw")$uCode

# --- PCA -----------------------------------------------------------------------------------
pca_case <- function(call, x, dset, Level) {
  res <- suppressWarnings(eval(parse(text = call)))
  groups <- lapply(names(res$PCAresults), function(g) {
    r <- res$PCAresults[[g]]
    codes <- r$iCodes
    data <- get_data(x, dset = dset, iCodes = codes, Level = Level, also_get = "uCode")
    complete <- stats::complete.cases(data[codes])
    rot <- r$PCAres$rotation
    list(
      ids = codes,
      units_used = data$uCode[complete],
      # loadings[k] is component k + 1 over ids, with COINr's (LAPACK's) signs
      loadings = lapply(seq_len(ncol(rot)), function(k) as.numeric(rot[, k])),
      sdev = r$PCAres$sdev,
      eigenvalues = r$PCAres$sdev^2,
      explained = r$PCAres$sdev^2 / sum(r$PCAres$sdev^2),
      weights = as.numeric(r$wts)
    )
  })
  names(groups) <- names(res$PCAresults)
  w <- res$Weights
  list(call = scalar(call), groups = groups,
       weights = list(iCode = w$iCode, Level = w$Level, Weight = w$Weight))
}
pca <- list(
  raw_l1 = pca_case("get_PCA(coin, dset = 'Raw', Level = 1, by_groups = TRUE, nowarnings = TRUE, out2 = 'list')", coin, "Raw", 1),
  imputed_l1 = pca_case("get_PCA(coin_imp, dset = 'Imputed', Level = 1, by_groups = TRUE, nowarnings = TRUE, out2 = 'list')", coin_imp, "Imputed", 1),
  aggregated_l2 = pca_case("get_PCA(coin, dset = 'Aggregated', Level = 2, by_groups = TRUE, nowarnings = TRUE, out2 = 'list')", coin, "Aggregated", 2),
  aggregated_l2_all = pca_case("get_PCA(coin, dset = 'Aggregated', Level = 2, by_groups = FALSE, nowarnings = TRUE, out2 = 'list')", coin, "Aggregated", 2)
)
raw <- get_dset(coin, "Raw")
imp <- get_dset(coin_imp, "Imputed")
aggd <- get_dset(coin, "Aggregated")
write_json_file(list(
  case = scalar("pca-weights"),
  description = scalar("get_PCA per aggregation group: indicators by pillar on the raw data (rows with a missing value in the group dropped, as COINr does with na.omit) and on mean-imputed data; pillars by sub-index and all eight pillars together on the aggregated scores (min-max [0, 1], arithmetic mean). prcomp(center = TRUE, scale = TRUE); loadings with COINr's signs (LAPACK's, arbitrary per component); weights are the first component's loadings."),
  produced_by = produced_by("scripts/coinr/weights.R"),
  r_calls = calls,
  units = units,
  meta = list(iCode = iMeta0$iCode, Level = iMeta0$Level, Parent = iMeta0$Parent, Direction = iMeta0$Direction, Weight = iMeta0$Weight, Type = iMeta0$Type),
  raw = cols(raw, ind_codes),
  imputed = cols(imp, ind_codes),
  aggregated = cols(aggd, agg_codes),
  cases = pca
), file.path("test", "fixtures", "coinr", "pca-weights.json"))

# --- Optimised weights -----------------------------------------------------------------------
maxlev <- coin$Meta$maxlev
corr_at <- function(wopt_full, Level) {
  cr <- COINr:::weights2corr(coin, dset = "Aggregated", w = wopt_full, Levels = c(Level, maxlev))$cr
  list(ids = as.character(cr$Var2), correlation = cr$Correlation)
}
opt_case <- function(call, Level, optype, itarg) {
  res <- suppressMessages(eval(parse(text = call)))
  w <- res$WeightsOpt
  at <- w$Level == Level
  crs <- corr_at(w, Level)
  w0 <- coin$Meta$Weights$Original
  crs0 <- corr_at(w0, Level)
  list(
    call = scalar(call),
    level = scalar(Level),
    method = scalar(optype),
    target = if (is.null(itarg)) NULL else itarg,
    ids = w$iCode[at],
    initial_weights = w0$Weight[w0$Level == Level],
    initial_correlations = crs0,
    par = res$OptResults$par,
    value = scalar(res$OptResults$value),
    counts = as.numeric(res$OptResults$counts),
    convergence = scalar(res$OptResults$convergence),
    weights = w$Weight[at],
    correlations = crs
  )
}
opt <- list(
  l3_balance = opt_case("get_opt_weights(coin, itarg = 'equal', dset = 'Aggregated', Level = 3, optype = 'balance', out2 = 'list')", 3, "balance", c(1, 1)),
  l2_balance = opt_case("get_opt_weights(coin, itarg = 'equal', dset = 'Aggregated', Level = 2, optype = 'balance', out2 = 'list')", 2, "balance", rep(1, 8)),
  l3_infomax = opt_case("get_opt_weights(coin, dset = 'Aggregated', Level = 3, optype = 'infomax', out2 = 'list')", 3, "infomax", NULL),
  l2_infomax = opt_case("get_opt_weights(coin, dset = 'Aggregated', Level = 2, optype = 'infomax', out2 = 'list')", 2, "infomax", NULL),
  l2_balance_tight = opt_case("get_opt_weights(coin, itarg = 'equal', dset = 'Aggregated', Level = 2, optype = 'balance', toler = 1e-8, maxiter = 5000, out2 = 'list')", 2, "balance", rep(1, 8))
)
write_json_file(list(
  case = scalar("opt-weights"),
  description = scalar("get_opt_weights on the min-max [0, 1], arithmetic-mean ASEM index: balance with equal targets and infomax, at the sub-index (3) and pillar (2) levels, with COINr's defaults (Nelder-Mead, reltol 0.1, maxit 500) and once with reltol 1e-8. value is COINr's objective: log(mean squared deviation of the normalised correlations from the target) for balance, minus the sum of correlations for infomax. correlations are recomputed at the final weights by COINr's weights2corr (ids in the order COINr returns them)."),
  produced_by = produced_by("scripts/coinr/weights.R"),
  r_calls = calls[1:3],
  cases = opt
), file.path("test", "fixtures", "coinr", "opt-weights.json"))
