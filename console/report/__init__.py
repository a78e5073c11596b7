"""Post-live report: `live-console report SESSION --out DIR` (analysis, HTML, charts, CSV); see docs/report.md."""
