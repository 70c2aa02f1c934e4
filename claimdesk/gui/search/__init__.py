"""Search: the box, the results pane, facets, paging, saved searches."""
