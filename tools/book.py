"""The HTML book and the shareable copies, made from the executed lessons in build/ (`deno task build`).

Usage: .venv/bin/python tools/book.py [BUILD_DIR]   (the runner calls build() itself with --html)

For every executed lesson `build/NN-*.ipynb`:
  - a page `NN-*.html` (nbconvert's lab template, extended by tools/book_template/book.html.j2): titled with the
    lesson's title, a navigation bar listing every lesson in order with previous/next links, maths typeset at
    build time with KaTeX (no script, no network: KaTeX's stylesheet and fonts are copied into build/katex/),
    check and solution cells folded into <details>, charts as inline SVG (their <title> and aria-label reach a
    screen reader), a layout that reads at 360 px and on paper;
  - the executed copy itself gets an `image/png` of each chart beside its HTML/SVG (rendered with resvg), then
    is signed again, so a copy whose signature no longer matches (mailed, downloaded, shown on a website) still
    shows its charts as pictures. The kernel's live output is untouched: this happens only here.
and `index.html`: what each lesson teaches, in one line taken from the lesson's own first paragraph, with links to
its page and its executed notebook.
"""

from __future__ import annotations

import base64
import copy
import html
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE_DIR = Path(__file__).resolve().parent / "book_template"
LESSON = re.compile(r"^\d\d-.*\.ipynb$")
MATH = re.compile(r"\x02MATH(\d+)\x03")
FOCUSABLE = re.compile(r'<div class="[^"]*\b(?:jp-Cell-inputWrapper|jp-OutputArea-output)\b[^"]*"(?![^>]*tabindex)')
SVG_IMG = re.compile(r'<img(?: alt="[^"]*")? src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"\s*/?>')
# Maths that mistune leaves alone because it sits in raw HTML (a <details> hint written on one line).
RAW_MATH = re.compile(r"\$\$(.+?)\$\$|(?<![\\$\w])\$(?!\s)([^$\n<>]+?)(?<!\s)\$(?![\w$])", re.S)
TAG_OR_CODE = re.compile(r"(<code\b.*?</code>|<pre\b.*?</pre>|<[^>]+>)", re.S)
BOOK_TITLE = "Derivatives and gradient descent"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"  # Debian's fonts-dejavu-core, on every fresh machine here

Writer = Callable[[Path, str], None]


def _write(path: Path, text: str) -> None:
    """Write beside the target, then rename: a reader (JupyterLab, a browser) never sees half a file."""
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


# ---------------------------------------------------------------- reading a lesson


def title_of(nb: Any, fallback: str) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return fallback


def summary_of(nb: Any) -> str:
    """One line of what the lesson teaches, from its first cell: the first sentence of the paragraph after the
    title; when that sentence introduces a list ("In this lesson you will:"), the list's first item with it."""
    first = next((c for c in nb.cells if c.cell_type == "markdown"), None)
    if first is None:
        return ""
    blocks = [b.strip() for b in first.source.split("\n\n") if b.strip() and not b.startswith("# ")]
    if not blocks:
        return ""
    text = " ".join(blocks[0].split())
    sentence = re.match(r"(.+?[.?!])(?:\s|$)", text)
    line = sentence.group(1) if sentence else text
    if line.endswith(":") and len(blocks) > 1:
        item = re.match(r"[-*]\s+(.*?)(?:\n[-*]\s|$)", blocks[1], re.S)
        if item:
            line = f"{line} {' '.join(item.group(1).split()).rstrip(';.')}."
    return line


# ---------------------------------------------------------------- maths


class MathCollector:
    """Collects every formula of the book, so KaTeX typesets them all in one Deno process."""

    def __init__(self) -> None:
        self.formulas: list[tuple[str, bool]] = []

    def token(self, tex: str, display: bool) -> str:
        self.formulas.append((tex, display))
        return f"\x02MATH{len(self.formulas) - 1}\x03"

    def raw(self, text: str) -> str:
        """Formulas left as $...$ in raw HTML, outside tags, <code> and <pre>."""

        def text_part(part: str) -> str:
            if part.startswith("<"):
                return part
            return RAW_MATH.sub(
                lambda m: self.token(html.unescape(m.group(1) or m.group(2)), m.group(1) is not None), part
            )

        return "".join(text_part(p) for p in TAG_OR_CODE.split(text))

    def start(self) -> subprocess.Popen[str]:
        """Start typesetting every collected formula (tools/katex_render.ts, in Deno); finish() collects it."""
        proc = subprocess.Popen(
            [str(ROOT / "deno"), "run", "--quiet", "--allow-read", str(ROOT / "tools" / "katex_render.ts")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "NO_COLOR": "1"},
        )
        assert proc.stdin is not None
        proc.stdin.write(json.dumps(self.formulas))
        proc.stdin.close()
        return proc

    @staticmethod
    def finish(proc: subprocess.Popen[str]) -> tuple[list[str], Path]:
        """Every formula as KaTeX HTML, in order, and the path of KaTeX's stylesheet."""
        assert proc.stdout is not None
        text = proc.stdout.read()
        if proc.wait() != 0:
            raise RuntimeError(f"tools/katex_render.ts failed (exit {proc.returncode})")
        result = json.loads(text)
        return result["html"], Path(result["css"])


def markdown_filter(collector: MathCollector) -> Callable[..., str]:
    """nbconvert's markdown2html with formulas replaced by tokens (typeset later) instead of left for MathJax."""
    import jinja2
    from nbconvert.filters.markdown_mistune import IPythonRenderer, MarkdownWithMath

    class BookRenderer(IPythonRenderer):
        def block_math(self, body: str) -> str:
            return collector.token(body, True)

        def latex_environment(self, name: str, body: str) -> str:
            return collector.token(f"\\begin{{{name}}}{body}\\end{{{name}}}", True)

        def inline_math(self, body: str) -> str:
            return collector.token(body, False)

        def block_html(self, text: str) -> str:
            return collector.raw(super().block_html(text))

        def inline_html(self, text: str) -> str:
            return collector.raw(super().inline_html(text))

    @jinja2.pass_context
    def markdown2html(context: Any, source: str) -> str:
        cell = context.get("cell", {})
        renderer = BookRenderer(escape=False, attachments=cell.get("attachments", {}), anchor_link_text="¶")
        return MarkdownWithMath(renderer=renderer).render(source)

    return markdown2html


# ---------------------------------------------------------------- pages


def fold_hidden(nb: Any) -> Any:
    """A copy of the notebook in which each check or solution cell (tag `check`, `solution`) and each cell that
    JupyterLab keeps collapsed becomes a <details> block: in the book they stay reachable but out of the way.
    A chart such a cell draws stays in view below its folded source, as JupyterLab shows it: only the code folds."""
    import nbformat

    folded = copy.deepcopy(nb)
    cells = []
    for cell in folded.cells:
        hidden = cell.metadata.get("jupyter", {})
        tags = cell.metadata.get("tags", [])
        folded_tag = "check" in tags or "solution" in tags
        if cell.cell_type != "code" or not (folded_tag or hidden.get("source_hidden") or hidden.get("outputs_hidden")):
            cells.append(cell)
            continue
        outputs = cell.get("outputs", [])
        rich = [o for o in outputs if set(o.get("data", {})) - {"text/plain"}]
        shown = []
        for output in outputs:
            if output.get("output_type") == "stream":
                shown.append(output.get("text", ""))
            elif output not in rich and "text/plain" in output.get("data", {}):
                shown.append(output["data"]["text/plain"])
        out = f"\n<pre>{html.escape(''.join(shown).rstrip())}</pre>\n" if shown else ""
        what = "the solution" if "solution" in tags else "the check" if "check" in tags else "the hidden cell"
        cells.append(nbformat.v4.new_markdown_cell(
            f"<details><summary>Show {what}</summary>\n\n```typescript\n{cell.source}\n```\n{out}\n</details>",
            id=cell.get("id"),
        ))
        if rich and not hidden.get("outputs_hidden"):
            cell.outputs = rich
            cell.metadata["transient"] = {"remove_source": True}  # nbconvert's templates then draw the outputs only
            cell.id = f"{cell.get('id')}-out"
            cells.append(cell)
    folded.cells = cells
    return folded


class PageRenderer:
    """nbconvert's HTMLExporter with the lab template, made fast (see render) and offline."""

    def __init__(self, collector: MathCollector) -> None:
        from nbconvert import HTMLExporter
        from nbconvert.filters.highlight import Highlight2HTML
        from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter

        self.exporter = HTMLExporter(
            template_name="lab",
            extra_template_basedirs=[str(TEMPLATE_DIR.parent)],
            template_file="book.html.j2",
            extra_template_paths=[str(TEMPLATE_DIR)],
            filters={"clean_html": _as_text, "markdown2html": markdown_filter(collector)},
        )
        self.resources = self.exporter._init_resources(None)
        self.exporter.register_filter("highlight_code", Highlight2HTML(pygments_lexer="typescript", parent=self.exporter))
        self.exporter.register_filter(
            "filter_data_type",
            WidgetsDataTypeFilter(notebook_metadata=self.exporter._nb_metadata, parent=self.exporter, resources=self.resources),
        )

    def render(self, nb: Any, title: str, book: dict[str, Any]) -> str:
        """One lesson's page. What HTMLExporter.from_notebook_node does, minus two slow passes that these notebooks
        (our own) do not need: bleach on every Pygments-highlighted cell, and a BeautifulSoup pass for alt texts and
        tabindex (tabindex="0" is added to inputs and outputs here). SVG outputs, which nbconvert embeds as <img>
        without a description, are inlined so each chart's <title> and aria attributes reach a screen reader."""
        from nbconvert.exporters.templateexporter import TemplateExporter

        folded = fold_hidden(nb)
        folded.metadata["title"] = title
        resources = {**self.resources, "book": book}
        body, _ = TemplateExporter.from_notebook_node(self.exporter, folded, resources)
        body = SVG_IMG.sub(lambda m: base64.b64decode(m.group(1)).decode("utf-8"), body)
        return FOCUSABLE.sub(lambda m: m.group(0) + ' tabindex="0"', body)


def _as_text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def nav_html(lessons: list[dict[str, Any]], current: int | None) -> str:
    items = []
    for i, lesson in enumerate(lessons):
        here = ' aria-current="page"' if i == current else ""
        items.append(f'<li><a href="{html.escape(lesson["stem"])}.html"{here}>{html.escape(lesson["title"])}</a></li>')
    return (
        '<nav class="book-nav" aria-label="Lessons"><details><summary>Lessons</summary>'
        f'<p><a href="index.html">{BOOK_TITLE}: all lessons</a></p><ol>{"".join(items)}</ol></details></nav>'
    )


def pager_html(lessons: list[dict[str, Any]], i: int) -> str:
    links = []
    if i > 0:
        prev = lessons[i - 1]
        links.append(f'<a rel="prev" href="{html.escape(prev["stem"])}.html">← {html.escape(prev["title"])}</a>')
    links.append('<a href="index.html">All lessons</a>')
    if i + 1 < len(lessons):
        nxt = lessons[i + 1]
        links.append(f'<a rel="next" href="{html.escape(nxt["stem"])}.html">{html.escape(nxt["title"])} →</a>')
    return f'<nav class="book-pager" aria-label="Previous and next lesson">{"".join(links)}</nav>'


def index_html(lessons: list[dict[str, Any]], css: str) -> str:
    rows = []
    for lesson in lessons:
        stem = html.escape(lesson["stem"])
        failed = ' <strong class="failed">(its last run failed)</strong>' if lesson.get("failed") else ""
        rows.append(
            f'<li><a href="{stem}.html">{html.escape(lesson["title"])}</a>{failed}<br>'
            f'<span class="summary">{lesson["summary_html"]}</span> '
            f'<small>(<a href="{stem}.ipynb">executed notebook</a>)</small></li>'
        )
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{BOOK_TITLE}</title>\n<link rel="stylesheet" href="katex/katex.min.css">\n<style>{css}</style></head>\n'
        f'<body class="book-index"><main><h1>{BOOK_TITLE}</h1>\n'
        "<p>Fourteen lessons in TypeScript notebooks, from the slope of a curve to fitting models with gradient "
        "descent. Each page is the lesson as executed by <code>deno task build</code>; the executed notebook opens "
        "in JupyterLab or VS Code with its outputs.</p>\n<ol>\n" + "\n".join(rows) + "\n</ol></main></body></html>\n"
    )


# ---------------------------------------------------------------- pictures of the charts


def _svg_size(svg: str) -> tuple[float, float]:
    def attr(name: str) -> float | None:
        m = re.search(rf'\s{name}="([\d.]+)"', svg[: svg.find(">")])
        return float(m.group(1)) if m else None

    width, height = attr("width"), attr("height")
    if width is None or height is None:
        m = re.search(r'viewBox="[\d.\-]+ [\d.\-]+ ([\d.]+) ([\d.]+)"', svg)
        width, height = (float(m.group(1)), float(m.group(2))) if m else (640.0, 400.0)
    return width, height


def _outer_svgs(markup: str) -> list[str]:
    """The top-level <svg> elements of an HTML fragment (nested ones stay inside their parent)."""
    found, depth, start = [], 0, 0
    for m in re.finditer(r"<svg\b|</svg>", markup):
        if m.group(0) == "</svg>":
            depth -= 1
            if depth == 0:
                found.append(markup[start : m.end()])
        else:
            if depth == 0:
                start = m.start()
            depth += 1
    return found


def _text(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup)).strip()


def figure_as_svg(markup: str) -> tuple[str, str] | None:
    """An Observable Plot <figure> (or a bare <svg>) as one SVG document a rasterizer can read, and its name:
    the figure's headings as text, its legend swatches (HTML) redrawn as squares, its charts stacked below."""
    svgs = _outer_svgs(markup)
    charts = [s for s in svgs if not re.match(r"<svg[^>]*\bheight=\"15\"", s)]  # legend swatches are 15×15
    if not charts:
        return None
    width = max(_svg_size(s)[0] for s in charts)
    parts: list[str] = []
    y = 0.0
    for level, inner in re.findall(r"<h([1-6])[^>]*>(.*?)</h\1>", markup[: markup.find("<svg")], re.S):
        size = 17 if level in "12" else 14
        y += size + 6
        parts.append(f'<text x="0" y="{y}" font-size="{size}" font-weight="bold">{html.escape(_text(inner))}</text>')
    swatches = re.findall(r'<span[^>]*-swatch"[^>]*>\s*<svg[^>]*fill="([^"]+)"[^>]*>.*?</svg>(.*?)</span>', markup, re.S)
    if swatches:
        y += 8
        x = 0.0
        for colour, label in swatches:
            label = _text(label)
            span = 22 + 6.5 * len(label) + 16
            if x > 0 and x + span > width:
                x, y = 0.0, y + 22
            parts.append(f'<rect x="{x}" y="{y}" width="15" height="15" fill="{colour}"/>')
            parts.append(f'<text x="{x + 21}" y="{y + 12}" font-size="12">{html.escape(label)}</text>')
            x += span
        y += 24
    # Small multiples (a CSS grid of labelled charts) keep their columns and their labels.
    grid = re.search(r"grid-template-columns:\s*repeat\((\d+)", markup)
    columns = min(int(grid.group(1)), len(charts)) if grid else 1
    labels = []
    for svg in charts:
        before = markup[: markup.find(svg)]
        m = re.search(r"<div[^>]*>([^<>]+)</div>\s*$", before)
        labels.append(_text(m.group(1)) if m else "")
    cell_w = max(_svg_size(c)[0] for c in charts)
    cell_h = max(_svg_size(c)[1] for c in charts) + (18 if any(labels) else 0)
    width = max(width, columns * cell_w + (columns - 1) * 10)
    for i, (svg, label) in enumerate(zip(charts, labels)):
        x, top = (i % columns) * (cell_w + 10), y + (i // columns) * (cell_h + 6)
        if label:
            parts.append(f'<text x="{x + 10}" y="{top + 13}" font-size="13" font-weight="bold">{html.escape(label)}</text>')
        parts.append(re.sub(r"^<svg", f'<svg x="{x}" y="{top + (18 if any(labels) else 0)}"', svg, count=1))
    y += ((len(charts) + columns - 1) // columns) * (cell_h + 6)
    names = [m.group(1) for s in charts if (m := re.search(r'aria-label="([^"]*)"', s[: s.find(">")]))]
    name = "; ".join(html.unescape(n) for n in names) or "chart"
    doc = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{y}" viewBox="0 0 {width} {y}" '
        f'font-family="DejaVu Sans" fill="#1a1a1a"><rect width="100%" height="100%" fill="white"/>'
        + "".join(parts)
        + "</svg>"
    )
    return doc, name


def rasterize(svg: str) -> bytes:
    """One SVG document as PNG bytes (resvg), its text in DejaVu Sans, as on every fresh Debian machine."""
    import resvg_py

    return bytes(
        resvg_py.svg_to_bytes(
            svg_string=svg,
            background="white",
            skip_system_fonts=True,  # scanning every system font costs more than the drawing
            font_files=[f"{FONT_DIR}/{name}" for name in FONT_FILES],
            font_family="DejaVu Sans",
            sans_serif_family="DejaVu Sans",
            monospace_family="DejaVu Sans Mono",
        )
    )


FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf")
FALLBACK = "chart-fallback"  # marks an HTML output this module rewrote, so a second build leaves it alone


def picture_jobs(nb: Any) -> list[tuple[dict[str, Any], str, str]]:
    """The chart outputs of an executed notebook that have no picture yet: (output, SVG document, chart name)."""
    jobs = []
    for cell in nb.cells:
        for output in cell.get("outputs", []) if cell.cell_type == "code" else []:
            data = output.get("data", {})
            if "image/png" in data:
                continue
            markup = data.get("text/html") or data.get("image/svg+xml")
            markup = "".join(markup) if isinstance(markup, list) else markup
            if not markup or "<svg" not in markup or FALLBACK in markup or "<script" in markup:
                continue  # not a chart, done already, or live (the step-size explorer draws itself)
            made = figure_as_svg(markup)
            if made is not None:
                jobs.append((output, made[0], made[1]))
    return jobs


def add_picture(output: dict[str, Any], png: bytes, name: str) -> None:
    """Put the picture beside the chart's HTML/SVG.

    JupyterLab shows an untrusted notebook's image/svg+xml as "Cannot display an untrusted SVG" and falls back to
    a PNG beside it. Its text/html it shows sanitized instead (HTML counts as safe), which turns an inline <svg>
    into run-on label text, and a PNG beside it is never chosen. So a chart's text/html becomes: the picture as an
    <img> (the chart's name as alt text), the original figure inside a <script type="text/html"> (which the
    sanitizer drops whole), and a one-line script that, where scripts run (a trusted notebook), swaps the
    original back in for the picture. Trusted copies therefore still show the inline, accessible SVG."""
    data = output["data"]
    encoded = base64.b64encode(png).decode("ascii")
    data["image/png"] = encoded
    markup = data.get("text/html")
    if markup is None:
        return
    markup = "".join(markup) if isinstance(markup, list) else markup
    data["text/html"] = (
        f'<div class="{FALLBACK}"><img src="data:image/png;base64,{encoded}" alt="{html.escape(name)}" '
        'style="max-width:100%;height:auto"></div>'
        f'<script type="text/html">{markup}</script>'
        "<script>{const s=document.currentScript,t=s.previousElementSibling;"
        "t.previousElementSibling.outerHTML=t.textContent;t.remove();s.remove();}</script>"
    )


def original_outputs(nb: Any) -> Any:
    """The notebook as the kernel produced it: each chart's text/html as it was before add_picture."""
    plain = copy.deepcopy(nb)
    for cell in plain.cells:
        for output in cell.get("outputs", []) if cell.cell_type == "code" else []:
            data = output.get("data", {})
            markup = data.get("text/html")
            markup = "".join(markup) if isinstance(markup, list) else markup
            if markup and markup.startswith(f'<div class="{FALLBACK}">'):
                start = markup.index('<script type="text/html">') + len('<script type="text/html">')
                data["text/html"] = markup[start : markup.rindex("</script><script>")]
                data.pop("image/png", None)
    return plain


# ---------------------------------------------------------------- the whole book


def build(
    out: Path, write: Writer = _write, stems: list[str] | None = None, failed: set[str] | None = None
) -> dict[str, Any]:
    """Pictures in every executed lesson of `out` (re-signed), a page per lesson, the index, KaTeX's files.

    The book holds every lesson `NN-*.ipynb` in `out` and the notebooks named by `stems` (those the runner just
    executed, whatever their names), in file-name order: the lessons' order."""
    import nbformat
    from nbformat.sign import NotebookNotary
    from nbformat.v4.rwbase import rejoin_lines

    failed = failed or set()
    names = {p.name for p in out.glob("*.ipynb") if LESSON.match(p.name)} | {f"{s}.ipynb" for s in stems or []}
    files = [out / name for name in sorted(names)]
    collector = MathCollector()
    renderer = PageRenderer(collector)
    notary = NotebookNotary()
    lessons: list[dict[str, Any]] = []
    for path in files:
        nb = rejoin_lines(nbformat.from_dict(json.loads(path.read_text(encoding="utf-8"))))
        title = title_of(nb, path.stem)
        summary = summary_of(nb)
        lessons.append({"stem": path.stem, "title": title, "nb": nb, "failed": path.stem in failed,
                        "summary_html": _inline_markdown(summary, collector)})
    pages: list[tuple[Path, str]] = []
    jobs: list[tuple[int, dict[str, Any], str, str]] = []
    for i, lesson in enumerate(lessons):
        book = {"nav": nav_html(lessons, i), "pager": pager_html(lessons, i)}
        page = renderer.render(original_outputs(lesson["nb"]), lesson["title"], book)
        pages.append((out / f"{lesson['stem']}.html", page))
        jobs.extend((i, output, doc, name) for output, doc, name in picture_jobs(lesson["nb"]))
    # KaTeX (a Deno process) and resvg (two worker processes) run at the same time.
    katex = collector.start() if collector.formulas else None
    if jobs:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=min(2, len(jobs), os.cpu_count() or 1)) as pool:
            pngs = list(pool.map(rasterize, [doc for _, _, doc, _ in jobs], chunksize=4))
        for (_, output, _, name), png in zip(jobs, pngs):
            add_picture(output, png, name)
        for i in sorted({i for i, _, _, _ in jobs}):
            notary.sign(lessons[i]["nb"])
            write(out / f"{lessons[i]['stem']}.ipynb", nbformat.writes(lessons[i]["nb"]))
    typeset, css = collector.finish(katex) if katex else ([], None)

    def fill(text: str) -> str:
        return MATH.sub(lambda m: typeset[int(m.group(1))], text)

    for path, page in pages:
        write(path, fill(page))
    book_css = (TEMPLATE_DIR / "book.css").read_text(encoding="utf-8")
    write(out / "index.html", fill(index_html(lessons, book_css)))
    if css is not None:
        target = out / "katex"
        (target / "fonts").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(css, target / "katex.min.css")
        for font in (css.parent / "fonts").glob("*.woff2"):
            if not (target / "fonts" / font.name).exists():
                shutil.copyfile(font, target / "fonts" / font.name)
    return {"pages": len(pages), "formulas": len(collector.formulas), "pictures": len(jobs)}


def _inline_markdown(text: str, collector: MathCollector) -> str:
    """A one-line summary with its code spans and maths, without the <p> around it."""
    from nbconvert.filters.markdown_mistune import MarkdownWithMath

    rendered = MarkdownWithMath(renderer=_InlineRenderer(collector)).render(text).strip()
    return re.sub(r"^<p>(.*)</p>$", r"\1", rendered, flags=re.S)


def _InlineRenderer(collector: MathCollector) -> Any:  # noqa: N802 - a class factory
    from nbconvert.filters.markdown_mistune import IPythonRenderer

    class InlineRenderer(IPythonRenderer):
        def inline_math(self, body: str) -> str:
            return collector.token(body, False)

    return InlineRenderer(escape=True)


if __name__ == "__main__":
    import time

    target = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "build").resolve()
    t0 = time.monotonic()
    done = build(target)
    print(f"book: {done['pages']} pages, {done['formulas']} formulas, {done['pictures']} new chart pictures, "
          f"{time.monotonic() - t0:.1f} s; open {target / 'index.html'}")
