/// The template scopes of the lesson's pages.
///
/// Every page defines `title`. The index adds `introduction` (`text`), `points` (`number`,
/// `title`, `summary`, `href`), `traces` and `figures` (links: `href`, `label`). A point
/// page adds `number`, `paragraphs` (`text`), `untrainedNote`, `figures` (`figure` with
/// `source`, `altText`, `caption`; `table` with `caption`, `header` (`text`) and `rows`
/// (`head`, `cells` (`text`)); `downloads`), `prompts` (`question`, `answer`), `related`,
/// `previous`, `next` and `index`. The figure index adds `entries` (`name`, `caption`,
/// `preview`, `files`) and `index`.
enum LessonPageContexts {
  static func context(for page: LessonIndexPage) -> TemplateContext {
    var scope = TemplateContext(["title": .text(page.title)])
    scope["introduction"] = texts(page.introduction)
    scope["points"] = .list(
      page.points.map {
        TemplateContext([
          "number": .text(String($0.number)), "title": .text($0.title),
          "summary": .text($0.summary), "href": .text($0.href),
        ])
      })
    scope["traces"] = .list(page.traces.map(linkScope))
    scope["figures"] = .context(linkScope(page.figures))
    return scope
  }

  static func context(for page: LessonPointPage) -> TemplateContext {
    var scope = TemplateContext(["title": .text(page.title)])
    scope["number"] = .text(String(page.number))
    scope["paragraphs"] = texts(page.paragraphs)
    scope["untrainedNote"] = .text(page.untrainedNote ?? "")
    scope["figures"] = .list(page.figures.map(context(for:)))
    scope["prompts"] = .list(
      page.prompts.map {
        TemplateContext(["question": .text($0.question), "answer": .text($0.answer)])
      })
    scope["related"] = .list(page.related.map(linkScope))
    scope["previous"] = link(page.previous)
    scope["next"] = link(page.next)
    scope["index"] = link(page.index)
    return scope
  }

  static func context(for page: FigureIndexPage) -> TemplateContext {
    var scope = TemplateContext(["title": .text(page.title)])
    scope["entries"] = .list(
      page.entries.map {
        TemplateContext([
          "name": .text($0.name), "caption": .text($0.caption),
          "preview": .context(context(for: $0.preview)),
          "files": .list($0.files.map(linkScope)),
        ])
      })
    scope["index"] = link(page.index)
    return scope
  }

  private static func context(for block: LessonFigureBlock) -> TemplateContext {
    TemplateContext([
      "figure": .context(context(for: block.figure)),
      "table": .context(context(for: block.table)),
      "downloads": .list(block.downloads.map(linkScope)),
    ])
  }

  private static func context(for table: DataTable) -> TemplateContext {
    let rows = table.rows.map { row in
      TemplateContext([
        "head": .text(row.first ?? ""),
        "cells": texts(Array(row.dropFirst())),
      ])
    }
    return TemplateContext([
      "caption": .text(table.caption), "header": texts(table.header), "rows": .list(rows),
    ])
  }

  private static func context(for figure: FigureReference) -> TemplateContext {
    TemplateContext([
      "source": .text(figure.source), "altText": .text(figure.altText),
      "caption": .text(figure.caption),
    ])
  }

  private static func texts(_ values: [String]) -> TemplateValue {
    .list(values.map { TemplateContext(["text": .text($0)]) })
  }

  private static func linkScope(_ link: PageLink) -> TemplateContext {
    TemplateContext(["href": .text(link.href), "label": .text(link.label)])
  }

  private static func link(_ link: PageLink?) -> TemplateValue {
    link.map { .context(linkScope($0)) } ?? .flag(false)
  }
}
