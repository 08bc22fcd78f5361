import Testing

@testable import AttentionEngine
