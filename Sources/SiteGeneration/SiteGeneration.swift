// Page models, templates and escaping for the static site.
