# COINr's time per replication of the ASEM uncertainty analysis (issue #15's speed baseline):
# get_sensitivity(SA_type = "UA") with weights noised +/-25 % at levels 2 and 3, N = 50, timed
# five times. Run from the repository root:  Rscript scripts/coinr/ua-timing.R
# Writes test/fixtures/coinr/ua-timing.json (a measurement on this machine, not a test input).
suppressPackageStartupMessages(library(COINr))
source("scripts/coinr/json.R")
coin <- build_example_coin(quietly = TRUE)
noise_specs <- data.frame(Level = c(2, 3), NoiseFactor = c(0.25, 0.25))
N <- 50
runs <- 5
per_rep_ms <- numeric(runs)
for (i in seq_len(runs)) {
  set.seed(i)
  noisy_wts <- get_noisy_weights(w = coin$Meta$Weights$Original, noise_specs = noise_specs, Nrep = N)
  SA_specs <- list(Weights = list(Address = "$Log$Aggregate$w", Distribution = noisy_wts, Type = "discrete"))
  t <- system.time(get_sensitivity(coin, SA_specs = SA_specs, N = N, SA_type = "UA", dset = "Aggregated",
                                   iCode = "Index", quietly = TRUE, check_addresses = FALSE))
  per_rep_ms[i] <- 1000 * t[["elapsed"]] / N
  message(sprintf("run %d: %.1f ms per replication", i, per_rep_ms[i]))
}
write_json_file(list(
  case = scalar("ua-timing"),
  produced_by = list(R = scalar(R.version.string), COINr_version = scalar(as.character(packageVersion("COINr")))),
  machine_load = scalar(paste(readLines("/proc/loadavg"), collapse = " ")),
  replications_per_run = scalar(N),
  per_replication_ms = per_rep_ms,
  median_ms = scalar(median(per_rep_ms))
), "test/fixtures/coinr/ua-timing.json")
