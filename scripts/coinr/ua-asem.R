# Reference fixtures for vn-dx's `uncertainty` and `noisyWeights` (issue #15), from COINr 1.1.14 on
# its built-in ASEM example (51 units, 49 indicators, 8 pillars, 2 sub-indices, 1 index).
# Run from the repository root:  Rscript scripts/coinr/ua-asem.R
# Writes test/fixtures/coinr/ua-asem-weights.json and ua-noisy-weights.json. Not part of npm test.
suppressPackageStartupMessages(library(COINr))
source("scripts/coinr/json.R")
out <- "test/fixtures/coinr"

coin <- build_example_coin(quietly = TRUE)
meta <- coin$Meta$Ind
meta <- meta[!is.na(meta$Level), c("iCode", "Level", "Parent", "Weight")]
w_nom <- coin$Meta$Weights$Original
noise_specs <- data.frame(Level = c(2, 3), NoiseFactor = c(0.25, 0.25))
norm <- coin$Data$Normalised
produced_by <- list(
  R = scalar(R.version.string),
  COINr_version = scalar(as.character(packageVersion("COINr"))),
  data = scalar("build_example_coin(): ASEM with Denominate, Impute (i_mean_grp), Screen, Treat, Normalise (minmax 0-100), Aggregate (a_amean)")
)

# 1. get_noisy_weights on its own, right after set.seed: vn-dx's noisyWeights with the same seed
#    must give the same weights bit for bit.
set.seed(7)
nw <- get_noisy_weights(w = w_nom, noise_specs = noise_specs, Nrep = 5)
write_json_file(list(
  case = scalar("ua-noisy-weights"),
  produced_by = produced_by,
  r_calls = c("set.seed(7)", "get_noisy_weights(w = coin$Meta$Weights$Original, noise_specs = data.frame(Level = c(2, 3), NoiseFactor = c(0.25, 0.25)), Nrep = 5)"),
  seed = scalar(7),
  noise = list(list(level = scalar(2), factor = scalar(0.25)), list(level = scalar(3), factor = scalar(0.25))),
  meta = meta,
  weight_sets = lapply(nw, function(w) lapply(as.list(setNames(w$Weight, w$iCode)), scalar))
), file.path(out, "ua-noisy-weights.json"))

# 2. An uncertainty analysis over 100 noisy weight sets, as COINr's vignette runs it; the weight
#    sets each replication actually used are read back from SAres$Para$Weights.
N <- 100
set.seed(1)
noisy_wts <- get_noisy_weights(w = w_nom, noise_specs = noise_specs, Nrep = N)
SA_specs <- list(Weights = list(Address = "$Log$Aggregate$w", Distribution = noisy_wts, Type = "discrete"))
set.seed(2)
SAres <- get_sensitivity(coin, SA_specs = SA_specs, N = N, SA_type = "UA", dset = "Aggregated",
                         iCode = "Index", quietly = TRUE, check_addresses = FALSE)
used <- SAres$Para$Weights
stopifnot(length(used) == N)
rs <- SAres$RankStats
sc <- SAres$Scores
rk <- SAres$Ranks
write_json_file(list(
  case = scalar("ua-asem-weights"),
  description = scalar("COINr get_sensitivity(SA_type = 'UA') on the ASEM example coin, weights noised +/-25 % at levels 2 and 3; the weight sets used, in replication order, and COINr's results"),
  produced_by = produced_by,
  r_calls = c(
    "coin <- build_example_coin(quietly = TRUE)",
    "set.seed(1); noisy_wts <- get_noisy_weights(w = coin$Meta$Weights$Original, noise_specs = data.frame(Level = c(2, 3), NoiseFactor = c(0.25, 0.25)), Nrep = 100)",
    "SA_specs <- list(Weights = list(Address = '$Log$Aggregate$w', Distribution = noisy_wts, Type = 'discrete'))",
    "set.seed(2); SAres <- get_sensitivity(coin, SA_specs = SA_specs, N = 100, SA_type = 'UA', dset = 'Aggregated', iCode = 'Index', quietly = TRUE, check_addresses = FALSE)",
    "weight_sets <- SAres$Para$Weights  # the set each replication used, in order"
  ),
  meta = meta,
  units = as.character(norm$uCode),
  normalised = as.list(norm[names(norm) != "uCode"]),
  weight_sets = lapply(used, function(w) lapply(as.list(setNames(w$Weight[w$Level >= 2], w$iCode[w$Level >= 2])), scalar)),
  rank_stats = list(uCode = as.character(rs$uCode), Nominal = rs$Nominal, Mean = rs$Mean,
                    Median = rs$Median, Q5 = rs$Q5, Q95 = rs$Q95),
  nominal = list(uCode = as.character(SAres$Nominal$uCode), Score = SAres$Nominal$Score,
                 Rank = SAres$Nominal$Rank),
  scores = lapply(seq_len(N), function(r) sc[[paste0("r_", r)]]),
  ranks = lapply(seq_len(N), function(r) rk[[paste0("r_", r)]])
), file.path(out, "ua-asem-weights.json"))
