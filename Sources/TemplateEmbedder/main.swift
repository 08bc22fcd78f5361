// Placeholder; replaced by the template embedder.
