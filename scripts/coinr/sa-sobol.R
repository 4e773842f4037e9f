# Reference fixture for vn-dx's `sobolIndices` (issue #15): COINr 1.1.14's SA_sample and
# SA_estimate on the linear test function of COINr's own example, f(x) = x1 + 2 x2 + 3 x3 on
# U(0,1)^3, whose exact indices are 1/14, 4/14 and 9/14.
# Run from the repository root:  Rscript scripts/coinr/sa-sobol.R
# Writes test/fixtures/coinr/sa-sobol-linear.json. Not part of npm test.
suppressPackageStartupMessages(library(COINr))
source("scripts/coinr/json.R")
testfunc <- function(x) x[1] + 2 * x[2] + 3 * x[3]
N <- 500
set.seed(1)
X <- SA_sample(N, 3)
y <- apply(X, 1, testfunc)
S <- SA_estimate(y, N = N, d = 3, Nboot = 1000)
si <- S$SensInd
write_json_file(list(
  case = scalar("sa-sobol-linear"),
  produced_by = list(R = scalar(R.version.string), COINr_version = scalar(as.character(packageVersion("COINr")))),
  r_calls = c(
    "testfunc <- function(x) x[1] + 2 * x[2] + 3 * x[3]",
    "set.seed(1); X <- SA_sample(500, 3)",
    "y <- apply(X, 1, testfunc)",
    "S <- SA_estimate(y, N = 500, d = 3, Nboot = 1000)"
  ),
  seed = scalar(1), samples = scalar(N), bootstrap = scalar(1000),
  first_rows = lapply(1:5, function(r) X[r, ]),
  variance = scalar(S$Variance),
  Si = si$Si, STi = si$STi, Si_q5 = si$Si_q5, Si_q95 = si$Si_q95, STi_q5 = si$STi_q5, STi_q95 = si$STi_q95
), "test/fixtures/coinr/sa-sobol-linear.json")
