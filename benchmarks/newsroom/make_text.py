"""How the article texts of the newsroom set were made from the saved pages (kept for the record; the texts in
`articles/` are the ones scored, and this script needs the two repositories named in `sources.json` checked
out and trafilatura installed, neither of which the project depends on).

    python benchmarks/newsroom/make_text.py readability PATH/TO/readability test-page-name > article.txt
    python benchmarks/newsroom/make_text.py postlight PATH/TO/parser fixture-name > article.txt

Held-out half c (its own repositories, never used for the halves a and b):

    python benchmarks/newsroom/make_text.py trafilatura PATH/TO/trafilatura tests/cache/page.html > article.txt
    python benchmarks/newsroom/make_text.py aeb PATH/TO/article-extraction-benchmark page-hash > article.txt

Half g (flairNLP/fundus, a repository no other half used):

    python benchmarks/newsroom/make_text.py fundus PATH/TO/fundus \
        tests/resources/parser/test_data/uk/Metro.json#V1 > article.txt

Half n (Wikinews articles of the GUM corpus, and further trafilatura test pages):

    python benchmarks/newsroom/make_text.py gum PATH/TO/gum dep/GUM_news_iodine.conllu > article.txt

Half o (ABC Science and Rural News of 2006, NLTK's abc corpus):

    python benchmarks/newsroom/make_text.py abc PATH/TO/nltk_data science.txt#26 > article.txt

Half p (AP World and New York Times newswire of 1998, NLTK's ieer corpus):

    python benchmarks/newsroom/make_text.py ieer PATH/TO/nltk_data APW_19980314#0 > article.txt

Half q (Wall Street Journal stories of 1989, the Penn Treebank sample in NLTK's data):

    python benchmarks/newsroom/make_text.py treebank PATH/TO/nltk_data wsj_0041 > article.txt
"""
from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser

BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "figcaption", "tr", "br", "section",
          "article", "header", "footer", "ul", "ol", "table", "pre", "dd", "dt", "figure"}
SKIPPED = {"script", "style", "noscript"}


class _Blocks(HTMLParser):
    """Text of an HTML fragment with a paragraph break at every block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.skip += tag in SKIPPED
        if tag in BLOCKS:
            self.out.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        self.skip -= tag in SKIPPED
        if tag in BLOCKS:
            self.out.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.append(data)


def paragraphs(text: str) -> str:
    """One paragraph a block, spaces collapsed, blank lines between."""
    parts = [re.sub(r"\s+", " ", x).strip() for x in re.split(r"\n\s*\n", text)]
    return "\n\n".join(x for x in parts if x) + "\n"


def from_readability(repo: str, name: str) -> str:
    """mozilla/readability test page: its expected output (already the article's HTML) as text."""
    html = subprocess.run(["git", "-C", repo, "show", f"HEAD:test/test-pages/{name}/expected.html"],
                          capture_output=True, check=True).stdout.decode("utf-8")
    parser = _Blocks()
    parser.feed(html)
    return paragraphs("".join(parser.out))


def from_postlight(repo: str, name: str) -> str:
    """postlight/parser fixture: a whole saved page, its main text read by trafilatura."""
    import trafilatura  # only for making the set

    html = subprocess.run(["git", "-C", repo, "show", f"HEAD:fixtures/{name}.html"],
                          capture_output=True, check=True).stdout.decode("utf-8", "replace")
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True) or ""
    return paragraphs(text.replace("\n", "\n\n"))


def from_trafilatura(repo: str, path: str) -> str:
    """adbar/trafilatura test page (tests/cache/… or tests/eval/…): its main text read by trafilatura, as for
    the postlight fixtures."""
    import trafilatura  # only for making the set

    html = subprocess.run(["git", "-C", repo, "show", f"HEAD:{path}"],
                          capture_output=True, check=True).stdout.decode("utf-8", "replace")
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True) or ""
    return paragraphs(text.replace("\n", "\n\n"))


def from_aeb(repo: str, page: str) -> str:
    """scrapinghub/article-extraction-benchmark page: the benchmark's hand-made article body of the page whose
    hash is `page` (ground-truth.json), its paragraphs kept."""
    import json

    truth = json.loads(subprocess.run(["git", "-C", repo, "show", "HEAD:ground-truth.json"],
                                      capture_output=True, check=True).stdout.decode("utf-8"))
    return paragraphs(truth[page]["articleBody"])


def from_fundus(repo: str, test: str) -> str:
    """flairNLP/fundus parser test (`path/to/Publisher.json#key`): the expected title, summary and body of the
    parser's test case, one paragraph per line, blank lines between."""
    import json

    path, _, key = test.partition("#")
    case = json.loads(subprocess.run(["git", "-C", repo, "show", f"HEAD:{path}"],
                                     capture_output=True, check=True).stdout.decode("utf-8"))[key or "V1"]
    body = case.get("body") or {}
    lines = [case.get("title") or "", *(body.get("summary") or [])]
    for section in body.get("sections") or []:
        lines += [*(section.get("headline") or []), *(section.get("paragraphs") or [])]
    return "\n\n".join(line.strip() for line in lines if line and line.strip()) + "\n"


def from_gum(repo: str, path: str) -> str:
    """amir-zeldes/gum dependency file (`dep/GUM_news_….conllu`, a Wikinews article): each sentence's untokenised
    `# text`, a paragraph at every `# newpar`, blank lines between."""
    conllu = subprocess.run(["git", "-C", repo, "show", f"HEAD:{path}"],
                            capture_output=True, check=True).stdout.decode("utf-8")
    paragraphs_: list[list[str]] = []
    for line in conllu.splitlines():
        if line.startswith("# newpar") and not line.startswith("# newpar_block"):
            paragraphs_.append([])
        elif line.startswith("# text = ") and paragraphs_:
            paragraphs_[-1].append(line[len("# text = "):])
    return "\n\n".join(" ".join(p) for p in paragraphs_ if p) + "\n"


def from_abc(repo: str, block: str) -> str:
    """nltk/nltk_data's abc corpus (ABC Science and Rural News, 2006), `science.txt#N` or `rural.txt#N`: the Nth
    block (from 0) of the file's blank-line-separated blocks, one paragraph per line, blank lines between (the
    science file is Latin-1 with CRLF line ends, the rural file UTF-8)."""
    import io
    import zipfile

    name, _, number = block.partition("#")
    packed = subprocess.run(["git", "-C", repo, "show", "HEAD:packages/corpora/abc.zip"],
                            capture_output=True, check=True).stdout
    raw = zipfile.ZipFile(io.BytesIO(packed)).read(f"abc/{name}")
    text = raw.decode("utf-8" if name == "rural.txt" else "latin-1").replace("\r", "")
    blocks = [b.strip("\n") for b in re.split(r"\n\s*\n", text) if b.strip()]
    return "\n\n".join(line.strip() for line in blocks[int(number)].split("\n") if line.strip()) + "\n"


def from_ieer(repo: str, doc: str) -> str:
    """nltk/nltk_data's ieer corpus (AP World and New York Times newswire of 1998, NIST's IE-ER sample),
    `APW_19980314#N`: the Nth document (from 0) of the file, its headline then its text, the entity tags dropped,
    a paragraph at each tab-indented line, the wire's ``…'' marks as curly ones and its " _ " dash as a dash."""
    import io
    import zipfile

    name, _, number = doc.partition("#")
    packed = subprocess.run(["git", "-C", repo, "show", "HEAD:packages/corpora/ieer.zip"],
                            capture_output=True, check=True).stdout
    raw = zipfile.ZipFile(io.BytesIO(packed)).read(f"ieer/{name}").decode("latin-1")
    found = re.findall(r"<DOC>(.*?)</DOC>", raw, re.S)[int(number)]
    headline = re.search(r"<HEADLINE>(.*?)</HEADLINE>", found, re.S)
    body = re.search(r"<TEXT>(.*?)</TEXT>", found, re.S)
    parts = [headline.group(1) if headline else ""] + re.split(r"\n\t", body.group(1) if body else "")
    out = []
    for part in parts:
        line = " ".join(re.sub(r"<[^>]+>", "", part).split())
        line = line.replace("&AMP;", "&").replace("``", "“").replace("''", "”").replace("`", "‘")
        line = re.sub(r"(?<=\w)'(?=\w)", "’", line).replace(" _ ", " — ")
        if line:
            out.append(line)
    return "\n\n".join(out) + "\n"


def from_treebank(repo: str, name: str) -> str:
    """nltk/nltk_data's Penn Treebank sample (Wall Street Journal stories of 1989), `wsj_0041`: the raw text of
    the story, its `.START` marker dropped, one paragraph per blank-line-separated block (the lines of a block
    joined with a space)."""
    import io
    import zipfile

    packed = subprocess.run(["git", "-C", repo, "show", "HEAD:packages/corpora/treebank.zip"],
                            capture_output=True, check=True).stdout
    raw = zipfile.ZipFile(io.BytesIO(packed)).read(f"treebank/raw/{name}").decode("latin-1")
    blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", raw.replace(".START", "", 1)) if b.strip()]
    return "\n\n".join(blocks) + "\n"


MAKERS = {"readability": from_readability, "postlight": from_postlight, "trafilatura": from_trafilatura,
          "aeb": from_aeb, "fundus": from_fundus, "gum": from_gum, "abc": from_abc, "ieer": from_ieer,
          "treebank": from_treebank}

if __name__ == "__main__":
    kind, repo, name = sys.argv[1:4]
    sys.stdout.write(MAKERS[kind](repo, name))
