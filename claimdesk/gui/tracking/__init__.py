"""Tracking claims: similar claims, links, threads, claimants, contested, checked before."""
