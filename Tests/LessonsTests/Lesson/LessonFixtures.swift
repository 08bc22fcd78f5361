import AttentionEngine
import Figures
import SiteGeneration
import Tokenization

@testable import Lessons

/// Lesson traces made with the teaching model alone, so tests need no model files.
enum LessonFixtures {
  static func trace(_ text: String, mask: AttentionMask = .causal) throws -> AttentionTrace {
    var configuration = TeachingModelConfiguration()
    configuration.mask = mask
    let model = try TeachingModel(configuration: configuration)
    let tokenizer = WordTokenizer(vocabulary: try .teachingWords())
    return try model.trace(
      of: try tokenizer.tokens(in: text), text: text, tokenizerName: tokenizer.name)
  }

  /// Every slot filled with a teaching-model trace; the "encoder" is bidirectional.
  static func traces() throws -> LessonTraces {
    let text = LessonScript.pronounSentence
    let pair = LessonScript.contextPair
    return LessonTraces(
      teaching: try trace(text), encoder: try trace(text, mask: .none),
      decoder: try trace(text),
      encoderPair: (try trace(pair.first, mask: .none), try trace(pair.second, mask: .none)),
      decoderPair: (try trace(pair.first), try trace(pair.second)))
  }

  /// The plan, its alt texts from SVG renders on the slide canvas, and its pages.
  static func pages() throws -> LessonPages {
    let plan = LessonPlan(traces: try traces())
    var altTexts = [String: String]()
    let options = RenderOptions(format: .svg, scale: 2, canvas: .slide16x9)
    for figure in plan.allFigures {
      altTexts[figure.name] = try figure.render(with: FigureRenderer(), options: options)
        .altText
    }
    return LessonPages(plan: plan, altTexts: altTexts)
  }

  /// One planned and rendered lesson, shared by the tests that only read it.
  static let shared = Result { try pages() }

  /// Every lesson page as (path, HTML).
  static func renderedPages(_ pages: LessonPages) throws -> [(path: String, html: String)] {
    let renderer = try LessonSiteRenderer()
    let index = pages.indexPage()
    let figures = pages.figureIndexPage()
    return [(index.path, try renderer.render(index)), (figures.path, try renderer.render(figures))]
      + (try pages.pointPages().map { ($0.path, try renderer.render($0)) })
  }
}
