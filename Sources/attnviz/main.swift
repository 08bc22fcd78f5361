import AttnVizCLI
