/// The example `attnviz build` makes when it is given no manifest.
public enum BuiltInExample {
  /// The built-in manifest: short sentences through the teaching model, every figure in every
  /// format.
  public static let manifest = Manifest(
    title: "attnviz: attention, token by token",
    texts: [
      TextJob(
        id: "pronoun",
        title: "A pronoun looks back (causal teaching model)",
        text: "The animal didn't cross the street because it was too tired."),
      TextJob(
        id: "bidirectional",
        title: "Every token sees every token (bidirectional teaching model)",
        text: "Attention mixes value vectors by weight.",
        model: ModelSettings(teaching: .init(mask: .none))),
    ])
}
