"""Tracking claims: similar claims, links, threads, claimants, contested, overview."""
