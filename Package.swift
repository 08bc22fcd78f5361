// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "attnviz",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "attnviz", targets: ["attnviz"])
  ],
  targets: [
    .systemLibrary(
      name: "CCairo",
      pkgConfig: "pangocairo",
      providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
    ),
    .systemLibrary(
      name: "CBLAS",
      pkgConfig: "openblas",
      providers: [.apt(["libopenblas-dev"])]
    ),
    .target(name: "Diagnostics"),
    .target(name: "Tokenization", resources: [.copy("Resources/teaching-words.txt")]),
    .target(name: "ModelFormats"),
    .target(
      name: "AttentionEngine",
      dependencies: ["Tokenization", "ModelFormats", "CBLAS"]
    ),
    .target(name: "Figures", dependencies: ["AttentionEngine", "CCairo", "Diagnostics"]),
    .executableTarget(name: "TemplateEmbedder"),
    .plugin(
      name: "EmbedTemplates",
      capability: .buildTool(),
      dependencies: ["TemplateEmbedder"]
    ),
    .target(name: "SiteGeneration", dependencies: ["Diagnostics"], plugins: ["EmbedTemplates"]),
    .target(
      name: "Lessons",
      dependencies: ["Tokenization", "AttentionEngine", "Figures", "SiteGeneration", "Diagnostics"]
    ),
    .target(
      name: "AttnVizCLI",
      dependencies: [
        "Tokenization", "ModelFormats", "AttentionEngine", "Figures", "SiteGeneration",
        "Lessons", "Diagnostics",
      ]
    ),
    .executableTarget(name: "attnviz", dependencies: ["AttnVizCLI"]),
    .executableTarget(
      name: "attnviz-bench", dependencies: ["AttentionEngine", "Tokenization"],
      path: "bench/AttnVizBench"),
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
    .testTarget(name: "TokenizationTests", dependencies: ["Tokenization", "TestSupport"]),
    .testTarget(name: "ModelFormatsTests", dependencies: ["ModelFormats", "TestSupport"]),
    .testTarget(
      name: "AttentionEngineTests",
      dependencies: ["AttentionEngine", "Tokenization", "ModelFormats", "TestSupport"]
    ),
    .testTarget(
      name: "FiguresTests",
      dependencies: ["Figures", "AttentionEngine", "Tokenization", "TestSupport", "Diagnostics"],
      exclude: ["Goldens"]
    ),
    .testTarget(
      name: "SiteGenerationTests",
      dependencies: ["SiteGeneration", "TestSupport"],
      exclude: ["Goldens"]
    ),
    .testTarget(name: "LessonsTests", dependencies: ["Lessons", "TestSupport"]),
    .testTarget(
      name: "AttnVizCLITests", dependencies: ["AttnVizCLI", "ModelFormats", "TestSupport"]),
  ]
)
