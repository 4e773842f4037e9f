# Reference fixture for vn-dx's `uncertainty` with Copeland nodes (issue #27), from COINr 1.1.14
# on its built-in ASEM example (51 units, 49 indicators, 8 pillars, 2 sub-indices, 1 index).
# Run from the repository root:  Rscript scripts/coinr/ua-copeland.R
# Writes test/fixtures/coinr/ua-copeland.json. Not part of npm test.
#
# COINr 1.1.14's Aggregate cannot call its own a_copeland: it calls f_ag with an argument named
# `x` (a row, or with by_df = TRUE the group's data frame), while a_copeland's is `X`:
#   Aggregate(coin, dset = "Normalised", f_ag = "a_copeland")
#   Error: unused argument (x = c(6.49608314776609, 6.15071410108367, ...))
# (the same with by_df = TRUE). So the aggregation goes through a one-line adapter that renames
# the argument and calls COINr's a_copeland unchanged, on the whole group at once (by_df = TRUE,
# as Copeland needs every unit); Aggregate, get_noisy_weights and get_sensitivity are COINr's own.
suppressPackageStartupMessages(library(COINr))
source("scripts/coinr/json.R")
out <- "test/fixtures/coinr"

a_copeland_df <- function(x, w = NULL) COINr::a_copeland(x, w)

coin <- build_example_coin(quietly = TRUE)
# Pillars by arithmetic mean, sub-indices and the index by Copeland (levels 3 and 4).
f_ag <- c("a_amean", "a_copeland_df", "a_copeland_df")
by_df <- c(FALSE, TRUE, TRUE)
coin <- Aggregate(coin, dset = "Normalised", f_ag = f_ag, by_df = by_df)
meta <- coin$Meta$Ind
meta <- meta[!is.na(meta$Level), c("iCode", "Level", "Parent", "Weight")]
w_nom <- coin$Meta$Weights$Original
noise_specs <- data.frame(Level = c(2, 3), NoiseFactor = c(0.25, 0.25))
norm <- coin$Data$Normalised
agg <- coin$Data$Aggregated
produced_by <- list(
  R = scalar(R.version.string),
  COINr_version = scalar(as.character(packageVersion("COINr"))),
  data = scalar("build_example_coin(): ASEM with Denominate, Impute (i_mean_grp), Screen, Treat, Normalise (minmax 0-100); then Aggregate with a_amean (pillars) and a_copeland (sub-indices, index)")
)

# An uncertainty analysis over 100 noisy weight sets, seeded as ua-asem.R; the weight sets each
# replication used are read back from SAres$Para$Weights.
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
  case = scalar("ua-copeland"),
  description = scalar("COINr get_sensitivity(SA_type = 'UA') on the ASEM example coin aggregated with a_amean for pillars and a_copeland for sub-indices and the index, weights noised +/-25 % at levels 2 and 3; the weight sets used, in replication order, and COINr's results"),
  produced_by = produced_by,
  r_calls = c(
    "a_copeland_df <- function(x, w = NULL) COINr::a_copeland(x, w)  # Aggregate passes `x`, a_copeland takes `X`",
    "coin <- build_example_coin(quietly = TRUE)",
    "coin <- Aggregate(coin, dset = 'Normalised', f_ag = c('a_amean', 'a_copeland_df', 'a_copeland_df'), by_df = c(FALSE, TRUE, TRUE))",
    "set.seed(1); noisy_wts <- get_noisy_weights(w = coin$Meta$Weights$Original, noise_specs = data.frame(Level = c(2, 3), NoiseFactor = c(0.25, 0.25)), Nrep = 100)",
    "SA_specs <- list(Weights = list(Address = '$Log$Aggregate$w', Distribution = noisy_wts, Type = 'discrete'))",
    "set.seed(2); SAres <- get_sensitivity(coin, SA_specs = SA_specs, N = 100, SA_type = 'UA', dset = 'Aggregated', iCode = 'Index', quietly = TRUE, check_addresses = FALSE)",
    "weight_sets <- SAres$Para$Weights  # the set each replication used, in order"
  ),
  meta = meta,
  aggregation = list(pillars = scalar("a_amean"), sub_indices = scalar("a_copeland"), index = scalar("a_copeland")),
  units = as.character(norm$uCode),
  normalised = as.list(norm[names(norm) != "uCode"]),
  aggregated = list(uCode = as.character(agg$uCode), Conn = agg$Conn, Sust = agg$Sust, Index = agg$Index),
  weight_sets = lapply(used, function(w) lapply(as.list(setNames(w$Weight[w$Level >= 2], w$iCode[w$Level >= 2])), scalar)),
  rank_stats = list(uCode = as.character(rs$uCode), Nominal = rs$Nominal, Mean = rs$Mean,
                    Median = rs$Median, Q5 = rs$Q5, Q95 = rs$Q95),
  nominal = list(uCode = as.character(SAres$Nominal$uCode), Score = SAres$Nominal$Score,
                 Rank = SAres$Nominal$Rank),
  scores = lapply(seq_len(N), function(r) sc[[paste0("r_", r)]]),
  ranks = lapply(seq_len(N), function(r) rk[[paste0("r_", r)]])
), file.path(out, "ua-copeland.json"))
