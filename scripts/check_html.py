"""Checks the HTML pages of a built site with Python's standard library only.

For every page: the markup nests properly (every opened element that needs closing is closed
in order), there is exactly one <html lang>, one <title> and a charset, every <img> has alt
text, every href/src is relative and points at a file that exists, no attribute or script
requests the network, JSON data blocks parse and hold no NaN/Infinity, the number of
'</script' equals the number of script elements, no <b> element exists (the templates use
none, so one would be token text read as markup), and on a text's index page the token
strip's text, as a browser's textContent gives it, equals the token texts of the page's
JSON data, token by token.

Usage: python3 scripts/check_html.py SITE_FOLDER
"""

import html.parser
import json
import pathlib
import re
import sys

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "source", "track", "wbr"}
OPTIONAL_END = {"p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot",
                "option"}


class PageChecker(html.parser.HTMLParser):
    def __init__(self, path):
        super().__init__(convert_charrefs=True)
        self.path = path
        self.stack = []
        self.problems = []
        self.scripts = []
        self.in_script = None
        self.counts = {"html_lang": 0, "title": 0, "charset": 0}
        self.strip_depth = None
        self.strip_tokens = []
        self.in_token = False

    def problem(self, message):
        line, column = self.getpos()
        self.problems.append(f"{self.path}:{line}:{column}: {message}")

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "html" and attributes.get("lang"):
            self.counts["html_lang"] += 1
        if tag == "title":
            self.counts["title"] += 1
        if tag == "meta" and "charset" in attributes:
            self.counts["charset"] += 1
        if tag == "img" and not attributes.get("alt"):
            self.problem("an <img> has no alt text")
        for name in ("href", "src"):
            value = attributes.get(name)
            if value is not None:
                self.check_link(value)
        if tag == "script":
            self.in_script = attributes
            self.scripts.append([attributes, ""])
        if tag == "b":
            self.problem("a <b> element: token text must never become markup")
        if tag == "ol" and "token-strip" in (attributes.get("class") or "").split():
            self.strip_depth = len(self.stack)
        if self.strip_depth is not None and tag == "bdi" and attributes.get("class") == "tok":
            self.in_token = True
            self.strip_tokens.append("")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = None
        if tag == "bdi":
            self.in_token = False
        if tag == "ol" and self.strip_depth == len(self.stack) - 1:
            self.strip_depth = None
        while self.stack and self.stack[-1] != tag and self.stack[-1] in OPTIONAL_END:
            self.stack.pop()
        if not self.stack or self.stack[-1] != tag:
            self.problem(f"</{tag}> does not close the open <{self.stack[-1] if self.stack else 'nothing'}>")
            return
        self.stack.pop()

    def handle_data(self, data):
        if self.in_script is not None:
            self.scripts[-1][1] += data
        if self.in_token:
            self.strip_tokens[-1] += data

    def check_link(self, value):
        if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", value) or value.startswith("//"):
            self.problem(f"the link '{value}' leaves the site; links must be relative")
            return
        if value.startswith("/"):
            self.problem(f"the link '{value}' is absolute; it breaks from file://")
            return
        target = value.split("#")[0]
        if target and not (self.path.parent / target).exists():
            self.problem(f"the link '{value}' points at a missing file")


def shown(text):
    """Token text as HTML shows it: control characters, which HTML forbids, become visible
    escapes such as \\x07 (tab, line feed and carriage return stay)."""
    return "".join(
        f"\\x{ord(c):02x}" if (ord(c) < 0x20 and c not in "\t\n\r") or 0x7F <= ord(c) <= 0x9F
        else c for c in text)


def check(page):
    text = page.read_text(encoding="utf-8")
    checker = PageChecker(page)
    checker.feed(text)
    checker.close()
    problems = checker.problems
    if not text.startswith("<!DOCTYPE html>"):
        problems.append(f"{page}: does not start with <!DOCTYPE html>")
    for name, count in checker.counts.items():
        if count != 1:
            problems.append(f"{page}: expected one {name}, found {count}")
    leftover = [tag for tag in checker.stack if tag not in OPTIONAL_END]
    if leftover:
        problems.append(f"{page}: unclosed elements {leftover}")
    if text.lower().count("</script") != len(checker.scripts):
        problems.append(f"{page}: '</script' appears more often than script elements")
    for attributes, body in checker.scripts:
        if attributes.get("type") == "application/json":
            try:
                data = json.loads(body, parse_constant=lambda name: (_ for _ in ()).throw(
                    ValueError(f"bare {name}")))
            except ValueError as error:
                problems.append(f"{page}: a JSON data block does not parse: {error}")
                continue
            tokens = data.get("tokens") if isinstance(data, dict) else None
            if tokens is not None and checker.strip_tokens:
                expected = [shown(token["text"]) for token in tokens]
                if checker.strip_tokens != expected:
                    problems.append(f"{page}: the token strip shows {checker.strip_tokens!r}"
                                    f" but the data holds {expected!r}")
    if re.search(r"\b(NaN|Infinity)\b", text):
        problems.append(f"{page}: contains NaN or Infinity")
    return problems


def main():
    site = pathlib.Path(sys.argv[1])
    pages = sorted(site.rglob("*.html"))
    if not pages:
        print(f"check_html: error: no HTML pages in '{site}'", file=sys.stderr)
        return 1
    problems = [problem for page in pages for problem in check(page)]
    for problem in problems:
        print(f"check_html: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(f"check_html: {len(pages)} pages parse cleanly, link only to files inside the "
          "site, and request nothing from the network", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
