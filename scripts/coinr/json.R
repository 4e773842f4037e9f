# A tiny JSON writer for the fixtures: every number as %.17g (so that it reads back to the same
# double), NA as null, named lists as objects, unnamed lists and vectors as arrays.
# After writing, format with `npx biome format --write test/fixtures/coinr` (numbers are kept as written).
to_json <- function(x) {
  if (is.null(x)) return("null")
  if (is.data.frame(x)) x <- as.list(x)
  if (is.factor(x)) x <- as.character(x)
  if (is.list(x)) {
    if (!is.null(names(x))) {
      keys <- vapply(names(x), function(k) jsonlite::toJSON(k, auto_unbox = TRUE), "")
      return(paste0("{", paste0(keys, ":", vapply(x, to_json, ""), collapse = ","), "}"))
    }
    return(paste0("[", paste0(vapply(x, to_json, ""), collapse = ","), "]"))
  }
  one <- function(v) {
    if (is.na(v)) return("null")
    if (is.numeric(v)) return(sprintf("%.17g", v))
    if (is.logical(v)) return(if (v) "true" else "false")
    as.character(jsonlite::toJSON(as.character(v), auto_unbox = TRUE))
  }
  items <- vapply(as.list(x), one, "")
  if (length(x) == 1 && !is.null(attr(x, "scalar"))) return(items)
  paste0("[", paste0(items, collapse = ","), "]")
}
scalar <- function(v) structure(v, scalar = TRUE)
write_json_file <- function(x, path) {
  writeLines(to_json(x), path, useBytes = TRUE)
  message("wrote ", path)
}
