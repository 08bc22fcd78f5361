/// The template scopes of page models: every name a template can use, by page kind.
///
/// Index pages define `title`, `sourceText`, `sourceRuns` (`text`, flag `removed`),
/// `removedNote`, `precisionNote`, `dataLinks` (`href`, `label`), `facts` (`term`,
/// `detail`), `untrainedNote`, `heatmap` (`source`, `altText`, `caption`), `keyLabels`
/// (`label`), `rows` (`queryLabel`, `href`, `cells` with `value` and flag `masked`),
/// `tokens` and `dataJSON`. Token pages
/// define `title`, `token`, `facts`, `untrainedNote`, `query`, `scaling`, `keys` (a token
/// plus flag `masked` and the numbers), `weightSum`, `weightedSum`, `output`,
/// `fullyMaskedNote`, `figure`, `previous`, `next` and `index`. A token defines `position`,
/// `text`, `id`, `span`, `kind` and `href`.
enum PageContexts {
  static func context(for page: IndexPage) -> TemplateContext {
    var scope = header(title: page.title, facts: page.facts, note: page.untrainedNote)
    scope["sourceText"] = .text(page.sourceText)
    scope["sourceRuns"] = .list(
      page.sourceRuns.map {
        TemplateContext(["text": .text($0.text), "removed": .flag($0.isRemoved)])
      })
    scope["removedNote"] = .text(page.removedNote ?? "")
    scope["precisionNote"] = .text(page.precisionNote)
    scope["dataLinks"] = .list(
      page.dataLinks.map { TemplateContext(["href": .text($0.href), "label": .text($0.label)]) })
    scope["heatmap"] = .context(context(for: page.heatmap))
    scope["keyLabels"] = .list(
      page.weights.keyLabels.map { TemplateContext(["label": .text($0)]) })
    scope["rows"] = .list(page.weights.rows.map(context(for:)))
    scope["tokens"] = .list(page.tokens.map(context(for:)))
    scope["dataJSON"] = .html(ScriptJSON.encode(page.data))
    scope["home"] = link(page.home)
    scope["weightTable"] = .flag(page.weightsNote == nil)
    scope["weightsNote"] = .text(page.weightsNote ?? "")
    return scope
  }

  static func context(for page: HomePage) -> TemplateContext {
    var scope = TemplateContext()
    scope["title"] = .text(page.title)
    scope["entries"] = .list(
      page.entries.map {
        TemplateContext([
          "title": .text($0.title), "text": .text($0.text), "href": .text($0.href),
          "summary": .text($0.summary),
        ])
      })
    return scope
  }

  static func context(for page: TokenPage) -> TemplateContext {
    var scope = header(title: page.title, facts: page.facts, note: page.untrainedNote)
    scope["token"] = .context(context(for: page.token))
    scope["query"] = .text(page.query)
    scope["scaling"] = .text(page.scaling)
    scope["keys"] = .list(page.keys.map(context(for:)))
    scope["weightSum"] = .text(page.weightSum)
    scope["weightedSum"] = .text(page.weightedSum)
    scope["output"] = .text(page.output)
    scope["fullyMaskedNote"] = .text(page.fullyMaskedNote ?? "")
    scope["figure"] = .context(context(for: page.figure))
    scope["previous"] = link(page.previous)
    scope["next"] = link(page.next)
    scope["index"] = link(page.index)
    return scope
  }

  private static func header(title: String, facts: [PageFact], note: String?) -> TemplateContext {
    var scope = TemplateContext()
    scope["title"] = .text(title)
    scope["facts"] = .list(
      facts.map { TemplateContext(["term": .text($0.term), "detail": .text($0.detail)]) })
    scope["untrainedNote"] = .text(note ?? "")
    return scope
  }

  private static func context(for figure: FigureReference) -> TemplateContext {
    TemplateContext([
      "source": .text(figure.source), "altText": .text(figure.altText),
      "caption": .text(figure.caption),
    ])
  }

  private static func context(for token: TokenEntry) -> TemplateContext {
    TemplateContext([
      "position": .text(String(token.position)), "text": .text(token.text),
      "id": .text(String(token.id)), "span": .text(token.span), "kind": .text(token.kind),
      "href": .text(token.href), "special": .flag(token.kind != "normal"),
    ])
  }

  private static func context(for row: WeightTable.Row) -> TemplateContext {
    let cells = row.cells.map { cell in
      TemplateContext(["value": .text(cell ?? ""), "masked": .flag(cell == nil)])
    }
    return TemplateContext([
      "queryLabel": .text(row.queryLabel), "href": .text(row.href), "cells": .list(cells),
    ])
  }

  private static func context(for step: KeyStep) -> TemplateContext {
    var scope = TemplateContext(["token": .context(context(for: step.token))])
    scope["masked"] = .flag(step.numbers == nil)
    guard let numbers = step.numbers else {
      scope["numbers"] = .flag(false)
      return scope
    }
    scope["numbers"] = .context(
      TemplateContext([
        "key": .text(numbers.key), "rawScore": .text(numbers.rawScore),
        "scaledScore": .text(numbers.scaledScore), "weight": .text(numbers.weight),
        "value": .text(numbers.value), "weightedValue": .text(numbers.weightedValue),
      ]))
    return scope
  }

  private static func link(_ link: PageLink?) -> TemplateValue {
    guard let link else { return .flag(false) }
    return .context(TemplateContext(["href": .text(link.href), "label": .text(link.label)]))
  }
}
