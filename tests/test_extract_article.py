"""Reading articles: encodings, binary input, front matter, several files in one call, repeats."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from analysis.__main__ import main
from analysis.intake.extract.article import ArticleError, decode_text, read_article, split_front_matter

TEXT = "Seoul\u2019s spy agency said 3,000 \u201cmore\u201d troops went \u2013 the NIS said.\n"


@pytest.mark.parametrize(
    ("data", "warned"),
    [
        (TEXT.encode("utf-8"), False),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), False),
        (TEXT.encode("utf-16"), False),  # BOM, little-endian
        (b"\xfe\xff" + TEXT.encode("utf-16-be"), False),
        (TEXT.encode("cp1252"), True),  # curly quotes and the dash are single bytes
    ],
)
def test_text_is_decoded_from_utf8_utf16_and_windows_1252(data: bytes, warned: bool) -> None:
    text, warnings = decode_text("a.txt", data)
    assert text == TEXT
    assert bool(warnings) == warned
    if warned:
        assert warnings[0].startswith("a.txt: not UTF-8 (byte 0x92 at offset 5); read as Windows-1252")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "a.txt: is empty"),
        (b"\n \n", "a.txt: is empty"),
        (b"abc\x00def", "a.txt: is binary, not text (byte 0x00 at offset 3)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a.txt: is binary, not text (byte 0x00 at offset 8)"),
        (b"ok so far \x81 then", "a.txt: is binary, not text (byte 0x81 at offset 10)"),
        (b"text\x07bell", "a.txt: is binary, not text (byte 0x07 at offset 4)"),
    ],
)
def test_binary_and_empty_input_is_refused_naming_the_offset(data: bytes, message: str) -> None:
    with pytest.raises(ArticleError) as err:
        decode_text("a.txt", data)
    assert str(err.value).startswith(message) and "\n" not in str(err.value)


@pytest.mark.parametrize(
    ("front", "message"),
    [
        ("a: &x [1, 2]\nb: *x\n", "anchor or alias"),
        ("a: &a [x,x,x]\nb: &b [*a,*a,*a]\nc: [*b,*b,*b]\n", "anchor or alias"),  # an alias bomb
        ("published: 2025-13-01\n", "front matter has a value YAML cannot read (month must be in 1..12)"),
        ("published: '2025-13-01'\n", "front matter published '2025-13-01' is not allowed"),
        ("- a list\n", "must be key: value lines"),
        ("title: [unclosed\n", "is not valid YAML"),
    ],
)
def test_bad_front_matter_is_one_line(front: str, message: str) -> None:
    with pytest.raises(ArticleError) as err:
        split_front_matter("a.md", f"---\n{front}---\nBody.\n")
    assert message in str(err.value) and "\n" not in str(err.value)


def test_unclosed_front_matter_and_folders_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="never closed"):
        split_front_matter("a.md", "---\ntitle: x\nBody.\n")
    with pytest.raises(ArticleError, match="is a folder"):
        read_article(tmp_path)


def test_one_bad_file_is_reported_while_the_good_ones_print(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.txt"
    good.write_text("The NIS said 3,000 troops went.\n", encoding="utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("The NIS said 1,500 \u201cmore\u201d troops went.\n".encode("cp1252"))
    status = main(
        ["extract", str(good), str(binary), str(tmp_path / "missing.txt"), str(latin), "--published", "2025-03-27"]
    )
    out = capsys.readouterr()
    assert status == 2
    rows = list(csv.DictReader(io.StringIO(out.out)))
    assert [r["value_best"] for r in rows] == ["3000", "1500"]
    errors = out.err.strip().splitlines()
    assert len(errors) == 3 and "Traceback" not in out.err
    # warnings as each file is read, then the unusable files, once the good ones are printed
    assert [e.split(":")[0] for e in errors] == ["warning", "error", "error"]
    assert any("binary.txt: is binary" in e for e in errors)
    assert any("missing.txt: cannot be read" in e for e in errors)
    assert any(e.startswith("warning: ") and "latin.txt: not UTF-8" in e for e in errors)


def test_a_folder_of_articles_and_an_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.md").write_text("---\npublished: 2025-03-27\n---\nThe NIS said 3,000 troops went.\n", "utf-8")
    (tmp_path / "notes.csv").write_text("not an article", "utf-8")
    assert main(["extract", str(tmp_path), "--format", "jsonl"]) == 0
    assert '"value_best": 3000' in capsys.readouterr().out
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["extract", str(empty)]) == 2
    assert "no article files" in capsys.readouterr().err


def test_repeated_text_is_reported_once_with_a_count(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = "North Korea has sent 3,000 more troops to Russia, the NIS said."
    path = tmp_path / "scraped.txt"
    path.write_text(f"North Korea sends 3,000 more troops\n{line}\n{line}\nShare this: {line}\n", "utf-8")
    assert main(["extract", str(path), "--published", "2025-03-27"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["value_best"], r["claimant"], r["sentence_no"], r["count"]) for r in rows] == [
        ("3000", "South Korea NIS", "2", "4")
    ]


@pytest.mark.parametrize(
    "argv",
    [
        ["extract", "x.txt", "--published", "2025-02-30"],
        ["extract", "x.txt", "--format", "xml"],
        ["evaluate", "/nowhere/at/all"],
    ],
)
def test_bad_options_end_in_one_line_naming_them(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    try:
        status = main(argv)
    except SystemExit as exc:  # argparse's own errors
        status = int(exc.code or 0)
    err = capsys.readouterr().err
    assert status == 2 and "Traceback" not in err
    last = err.strip().splitlines()[-1]
    assert any(word in last for word in ("2025-02-30", "xml", "/nowhere/at/all"))
