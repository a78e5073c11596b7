"""The one door from a feed frame to the KPI engine (Ingest), and the feed's health. Pure."""
