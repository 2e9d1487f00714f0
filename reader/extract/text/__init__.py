"""Plain-text articles: plain.py finds the headline, byline, headings and paragraphs;
dates.py reads datelines."""
