import AttentionEngine
import SiteGeneration
import Testing

@testable import Lessons

@Suite struct LessonContentTests {
  @Test func lessonHasTheNinePointsInTheLessonsOrder() {
    let slugs = LessonScript.points.map(\.slug)
    #expect(
      slugs == [
        "01-bottleneck", "02-vectors", "03-views", "04-scores", "05-normalisation",
        "06-retrieval", "07-pronoun", "08-context", "09-heads",
      ])
  }

  @Test func everyPointExplainsAndAsksBeforeRevealing() {
    for point in LessonScript.points {
      #expect(point.paragraphs.count >= 2, "\(point.slug) explains")
      #expect(!point.prompts.isEmpty, "\(point.slug) has a prompt")
      #expect(point.prompts.allSatisfy { !$0.question.isEmpty && !$0.answer.isEmpty })
    }
  }

  @Test func everyPointHasAFigureWithAltTextAndATable() throws {
    let pages = try LessonFixtures.shared.get()
    #expect(pages.plan.sections.map(\.point.topic) == LessonPoint.Topic.allCases)
    for section in pages.plan.sections {
      #expect(!section.figures.isEmpty, "\(section.point.slug) has a figure")
      for figure in section.figures {
        #expect(figure.name.hasPrefix(section.point.slug.prefix(3)))
        #expect(!(pages.altTexts[figure.name] ?? "").isEmpty, "\(figure.name) has alt text")
        #expect(!figure.table.rows.isEmpty, "\(figure.name) has a table")
        #expect(
          figure.caption.contains("Model:") && figure.caption.contains("Mask:")
            || figure.name == "04-scores-scaling")
      }
    }
  }

  @Test func figureNamesAreUniqueAndStable() throws {
    let names = LessonPlan(traces: try LessonFixtures.traces()).allFigures.map(\.name)
    #expect(Set(names).count == names.count)
    #expect(names.contains("04-scores-scaling"))
    #expect(names.allSatisfy { $0.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" } })
  }

  @Test func pronounHeadIsTheTopOfTheRanking() throws {
    let traces = try LessonFixtures.traces()
    let plan = LessonPlan(traces: traces)
    let ranking = LessonPlan.pronounRanking(traces.decoder)
    let top = ranking.entries[0]
    let decoderSet = plan.traceSets[1]
    #expect(decoderSet.layer == top.layer && decoderSet.head == top.head)

    let it = traces.decoder.tokens[ranking.query]
    let animal = traces.decoder.tokens[ranking.key]
    #expect(it.label == "it" && animal.label == "animal")
    let best = traces.decoder.layers.flatMap { layer in
      layer.heads.map { $0.weights[ranking.query, ranking.key] }
    }.max()
    #expect(top.weight == best)
  }

  @Test func tablesMarkMaskedKeysAsMaskedNotZero() throws {
    let plan = LessonPlan(traces: try LessonFixtures.traces())
    let softmax = try #require(plan.allFigures.first { $0.name == "05-normalisation-softmax" })
    let last = try #require(softmax.table.rows.dropLast().last)
    #expect(last.last == "masked")
    #expect(softmax.table.rows.last?.last == "1.000")
  }

  @Test func figuresOfOnePointNeverRepeatTheSameTable() throws {
    let plan = LessonPlan(traces: try LessonFixtures.traces())
    for section in plan.sections {
      let tables = section.figures.map(\.table)
      for (index, table) in tables.enumerated() {
        #expect(!tables[..<index].contains(table), "\(section.point.slug) repeats a table")
      }
    }
  }

  @Test func weightsHeatmapTableGivesEveryQueryRowItsVisibleKeysAndSum() throws {
    let plan = LessonPlan(traces: try LessonFixtures.traces())
    let weights = try #require(plan.allFigures.first { $0.name == "05-normalisation-weights" })
    let count = try LessonFixtures.traces().teaching.tokens.count
    #expect(weights.table.rows.count == count)
    for (query, row) in weights.table.rows.enumerated() {
      #expect(row[1] == "\(query + 1) of \(count)")  // causal: itself and earlier keys
      #expect(row.last == "1.000", "row \(query + 1) sums to \(row.last ?? "")")
    }
  }

  @Test func longVectorsAreCutAndSaySo() {
    let tables = LessonTables()
    let text = tables.vector((0..<10).map(Float.init))
    #expect(text.hasSuffix(", … 2 more]"))
  }
}
