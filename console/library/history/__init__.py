"""`live-console history`: the page a producer reads before planning the next live, from the library of lives.

load.py opens the library and applies the filters (one place), queries.py and minute_queries.py add the lives up
section by section into model.py's values, findings.py says what they mean, page.py and page_sections.py write the
HTML, charts.py the PNGs, tables.py the CSVs, command.py the folder and the command line (docs/library.md).
"""
