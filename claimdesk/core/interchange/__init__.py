"""Exchange between libraries and with other tools: our own JSON, bundles, ClaimReview and
W3C Web Annotation imports. Every import merges inside the caller's transaction."""
