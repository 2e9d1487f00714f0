"""Weights of the analysis's evidence, kept as data (see `reader.analysis.evidence`)."""
