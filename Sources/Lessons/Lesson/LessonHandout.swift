import AttentionEngine
import Figures
import SiteGeneration

extension LessonPlan {
  /// The lesson as a printable handout: a cover page (what it covers, the contents with
  /// page numbers, the models and tokenizers, the untrained-weights note), then each
  /// teaching point on its own pages with its explanation, prompts, figures and the
  /// tables of their numbers.
  public func handoutDocument() -> HandoutDocument {
    HandoutDocument(
      title: LessonScript.title,
      subtitle: "Nine teaching points, each with its figures and worked numbers",
      blocks: coverBlocks() + sections.flatMap(handoutBlocks))
  }

  /// The blocks of the cover page.
  private func coverBlocks() -> [HandoutBlock] {
    LessonScript.introduction.map(HandoutBlock.paragraph) + [
      .heading("Contents", level: 2), .contents,
      .heading("Models and tokenizers", level: 2),
      .bullets([traces.teaching, traces.encoder, traces.decoder].map(Self.modelLine)),
      .paragraph(LessonPages.untrainedNote),
    ]
  }

  /// One line about the model and tokenizer of `trace`.
  static func modelLine(_ trace: AttentionTrace) -> String {
    let model = trace.model
    let weights = model.isTrained ? "trained weights" : "untrained, random weights"
    return "\(model.displayName): \(weights); attention mask \(model.maskDescription);"
      + " tokenizer \(trace.tokenizerName)."
  }

  /// The blocks of one teaching point, starting on a new page.
  private func handoutBlocks(_ section: Section) -> [HandoutBlock] {
    let point = section.point
    var blocks: [HandoutBlock] = [
      .pageBreak, .heading("\(point.number). \(point.title)", level: 1),
    ]
    blocks += point.paragraphs.map(HandoutBlock.paragraph)
    if section.figures.contains(where: \.usesUntrainedWeights) {
      blocks.append(.paragraph(LessonPages.untrainedNote))
    }
    blocks += point.prompts.map { .prompt(question: $0.question, answer: $0.answer) }
    for figure in section.figures {
      blocks.append(.figure(handoutFigure(figure.drawing), caption: figure.caption))
      blocks.append(.heading(figure.table.caption, level: 2))
      blocks.append(.table(header: figure.table.header, rows: figure.table.rows))
    }
    return blocks
  }

  private func handoutFigure(_ drawing: LessonFigureItem.Drawing) -> HandoutFigure {
    switch drawing {
    case .lesson(let figure): .lesson(figure)
    case .trace(let request, let trace): .trace(request, trace)
    }
  }
}
