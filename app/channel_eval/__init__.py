"""Channel evaluation (渠道评估): metrics, attribution, findings and reports (issue 18)."""
