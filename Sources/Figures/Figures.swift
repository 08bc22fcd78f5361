import AttentionEngine

// Temporary stand-in until the Figures branch lands.
public enum OutputFormat: String, CaseIterable, Sendable { case png, svg, pdf }
public enum FigureView: String, CaseIterable, Sendable { case heatmap, step }
