// Readers for safetensors, GGUF and npy files.
