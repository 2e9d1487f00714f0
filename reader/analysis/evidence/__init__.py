"""Named evidence the analysis weighs: small features, each with a docstring and an example.

`entity_kind` holds the evidence for what a capitalised name run is (person, organisation,
place, work title, other). Each feature is a function of one `Span` that fires or not; the
weights that turn fired features into a kind are data (`reader/analysis/weights/`), so a
feature can be listed, traced ("why is Fiona Hill a person?"), switched off in a test, and its
effect measured across the corpus before it lands (`bench/score_analysis.py --diff`).
"""
