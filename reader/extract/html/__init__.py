"""HTML pages to articles: parse.py runs the page through the rules of boilerplate.py and
readability, metadata.py reads what the page says about itself, blocks.py turns the chosen
element into typed blocks."""
