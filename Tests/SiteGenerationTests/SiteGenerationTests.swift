import Testing

@testable import SiteGeneration
