import Testing

@testable import ModelFormats
