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
    .target(name: "Tokenization", resources: [.copy("Resources/teaching-words.txt")]),
    .target(name: "ModelFormats"),
    .target(
      name: "AttentionEngine",
      dependencies: ["Tokenization", "ModelFormats", "CBLAS"]
    ),
    .target(name: "Figures", dependencies: ["AttentionEngine", "CCairo"]),
    .executableTarget(name: "TemplateEmbedder"),
    .plugin(
      name: "EmbedTemplates",
      capability: .buildTool(),
      dependencies: ["TemplateEmbedder"]
    ),
    .target(name: "SiteGeneration", plugins: ["EmbedTemplates"]),
    .target(
      name: "Lessons",
      dependencies: ["Tokenization", "AttentionEngine", "Figures", "SiteGeneration"]
    ),
    .target(
      name: "AttnVizCLI",
      dependencies: [
        "Tokenization", "ModelFormats", "AttentionEngine", "Figures", "SiteGeneration",
        "Lessons",
      ]
    ),
    .executableTarget(name: "attnviz", dependencies: ["AttnVizCLI"]),
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(name: "TokenizationTests", dependencies: ["Tokenization", "TestSupport"]),
    .testTarget(name: "ModelFormatsTests", dependencies: ["ModelFormats", "TestSupport"]),
    .testTarget(
      name: "AttentionEngineTests",
      dependencies: ["AttentionEngine", "Tokenization", "TestSupport"]
    ),
    .testTarget(
      name: "FiguresTests",
      dependencies: ["Figures", "AttentionEngine", "Tokenization", "TestSupport"],
      exclude: ["Goldens"]
    ),
    .testTarget(
      name: "SiteGenerationTests",
      dependencies: ["SiteGeneration", "TestSupport"],
      exclude: ["Goldens"]
    ),
    .testTarget(name: "LessonsTests", dependencies: ["Lessons", "TestSupport"]),
    .testTarget(name: "AttnVizCLITests", dependencies: ["AttnVizCLI", "TestSupport"]),
  ]
)
