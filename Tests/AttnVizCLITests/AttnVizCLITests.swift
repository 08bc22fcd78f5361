import Testing

@testable import AttnVizCLI
