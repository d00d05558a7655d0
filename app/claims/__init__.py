"""Reimbursement claims (费用报销单): workflow, checks, attachments."""
