#!/usr/bin/env python3
"""Write the tokenizer goldens of attnviz from reference tokenizers.

Reads models/minilm/tokenizer.json (all-MiniLM-L6-v2, BERT uncased) and
models/smollm2/*.gguf (SmolLM2-135M-Instruct) from ATTNVIZ_MODELS_DIR (default:
models/ at the repository root), and writes Tests/Fixtures/tokenization/bert.json
and smollm2.json: for each text of the corpus, the reference ids and offsets
(Unicode scalar offsets of the text). bert-literal.json and smollm2-literal.json hold
the texts with typed special-token strings in literal mode (the tokenizers'
encode_special_tokens = True: typed special tokens are split like any other text).

BERT: the Hugging Face `tokenizers` library with the model's own tokenizer.json.
SmolLM2: a Hugging Face `tokenizers` BPE built from the GGUF vocabulary and merges
(read with the `gguf` package) with SmolLM2's pre-tokenizer (digits split one by
one, then the GPT-2 byte-level regex) and its control tokens as special tokens.

Requires: pip install tokenizers gguf
Usage: python3 scripts/reference/tokenizer_goldens.py
"""

import glob
import json
import os
import sys

from gguf import GGUFReader
from tokenizers import AddedToken, Tokenizer, decoders, models, pre_tokenizers

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "Fixtures", "tokenization")

# The corpus: the failing inputs of cases 1, 3, 4, 6, 7, 9, 14, 18, 20, 21 of
# shared/cases.md, then the lesson sentence and texts per script and feature.
CORPUS = [
    "ガラスでできた パン",
    "がぎぐげござじずぜぞだぢづでど",
    "nice😊 then",
    "🙂 ok then",
    "ok👍🏽",
    "สวัสดีครับ",
    "co\u00adop a\u200db",
    "\ufeffhi x\U000f0001y",
    "I ❤️ café 🤗",
    "東京",
    "i ⭢ j",
    "cafe\u0301 ok",
    "a\r\nb",
    "स्वा",
    "1\ufe0f\u20e3",
    "see <|endoftext|> here",
    "<|endoftext|>",
    "fill [MASK] in",
    "fill [mask] in",
    "[UNK] x=y",
    "$5 x_1 _ \\alpha ^",
    "$x_1$ costs $5",
    "a<b<c",
    "x & y <b>bold</b>",
    "</script><script>alert(1)</script>",
    "<!--<script>",
    "a\u2028b",
    "\x1b[31mred",
    "x\x00y",
    "a\x04b",
    "R&D <ok>",
    "The animal didn't cross the street because it was too tired.",
    "Wait... what?! (yes) — \"quoted\" 'single' [x] {y} ¿Qué? «guillemets»",
    "In 2024, 3.14159 × 1,000,000 = 3141590; ½ ⅓ x² ١٢٣ ४२",
    "Crème brûlée à São Paulo, naïve façade, Ångström, İstanbul, ΟΔΟΣ",
    "我爱北京天安门。韓國語 한국어 テスト 𠀀𠮷 \U0002b820x",
    "👨‍👩‍👧 family, 🏳️‍🌈 flag, 👍🏽 thumbs",
    "שלום עולם! مرحبا بالعالم 123",
    "हिन्दी भाषा नमस्ते",
    "line one\r\nline two\r\n\r\nend",
    "tab\there\u0007bell\u0085nel\u00a0nbsp\u3000ideo",
    "<|im_start|>user\nHi there<|im_end|>\n",
    "one [SEP] two",
    "a  b   c    1  2 end   ",
    "'s 'S it's I'M we'll they'VE",
    "x" * 120 + " ok",
]

# The texts with typed special-token strings (case 9), also written in literal mode.
LITERAL_CORPUS = [
    "see <|endoftext|> here",
    "<|endoftext|>",
    "fill [MASK] in",
    "fill [mask] in",
    "[UNK] x=y",
    "<|im_start|>user\nHi there<|im_end|>\n",
    "one [SEP] two",
]

# BERT ids stated in shared/cases.md, checked before anything is written.
BERT_EXPECTED = {
    "ガラスでできた パン": [101, 1700, 30257, 30233, 30191, 30191, 30178, 30187, 1718, 30263, 102],
    "がぎぐげござじずぜぞだぢづでど": [
        101, 1651, 30178, 30179, 30180, 30181, 30182, 30183, 30184, 30185, 30186,
        30187, 30188, 30190, 30191, 30192, 102],
    "nice😊 then": [101, 100, 2059, 102],
    "🙂 ok then": [101, 100, 7929, 2059, 102],
    "ok👍🏽": [101, 100, 102],
    "สวัสดีครับ": [101, 100, 102],
    "co\u00adop a\u200db": [101, 21859, 11113, 102],
    "\ufeffhi x\U000f0001y": [101, 7632, 1060, 2100, 102],
    "fill [MASK] in": [101, 6039, 103, 1999, 102],
    "fill [mask] in": [101, 6039, 1031, 7308, 1033, 1999, 102],
    "[UNK] x=y": [101, 100, 1060, 1027, 1061, 102],
    "$x_1$ costs $5": [101, 1002, 1060, 1035, 1015, 1002, 5366, 1002, 1019, 102],
    "a<b<c": [101, 1037, 1026, 1038, 1026, 1039, 102],
}

# Offsets stated in shared/cases.md for the content tokens.
BERT_EXPECTED_OFFSETS = {
    "ガラスでできた パン": [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (8, 9), (9, 10)],
    "nice😊 then": [(0, 5), (6, 10)],
    "co\u00adop a\u200db": [(0, 5), (6, 9)],
    "\ufeffhi x\U000f0001y": [(1, 3), (4, 5), (6, 7)],
}


def models_dir():
    return os.environ.get("ATTNVIZ_MODELS_DIR", os.path.join(ROOT, "models"))


def bert_reference():
    tokenizer = Tokenizer.from_file(os.path.join(models_dir(), "minilm", "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return tokenizer


def gguf_field(reader, name):
    return reader.fields[name].contents()


def smollm2_reference():
    paths = sorted(glob.glob(os.path.join(models_dir(), "smollm2", "*.gguf")))
    if not paths:
        sys.exit("no .gguf file in " + os.path.join(models_dir(), "smollm2"))
    reader = GGUFReader(paths[0])
    assert gguf_field(reader, "tokenizer.ggml.model") == "gpt2"
    assert gguf_field(reader, "tokenizer.ggml.pre") == "smollm"
    tokens = gguf_field(reader, "tokenizer.ggml.tokens")
    types = gguf_field(reader, "tokenizer.ggml.token_type")
    merges = [tuple(m.split(" ")) for m in gguf_field(reader, "tokenizer.ggml.merges")]
    vocab = {token: index for index, token in enumerate(tokens)}
    tokenizer = Tokenizer(models.BPE(vocab=vocab, merges=merges))
    tokenizer.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Digits(individual_digits=True),
        pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True),
    ])
    tokenizer.decoder = decoders.ByteLevel()
    specials = [t for t, kind in zip(tokens, types) if kind in (3, 4)]
    tokenizer.add_special_tokens([AddedToken(t, special=True, normalized=False) for t in specials])
    return tokenizer


def encode_all(tokenizer, corpus=CORPUS):
    cases = []
    for text in corpus:
        encoding = tokenizer.encode(text)
        cases.append({
            "text": text,
            "ids": encoding.ids,
            "offsets": [list(pair) for pair in encoding.offsets],
        })
    return cases


def check_bert(cases):
    by_text = {case["text"]: case for case in cases}
    for text, ids in BERT_EXPECTED.items():
        assert by_text[text]["ids"] == ids, (text, by_text[text]["ids"], ids)
    for text, offsets in BERT_EXPECTED_OFFSETS.items():
        got = [tuple(pair) for pair in by_text[text]["offsets"][1:-1]]
        assert got == offsets, (text, got, offsets)
    long_text = bert_reference().encode("word " * 600)
    assert len(long_text.ids) == 602, len(long_text.ids)


def check_smollm2(tokenizer, cases):
    for case in cases:
        ids = case["ids"]
        assert all(0 <= i < tokenizer.get_vocab_size() for i in ids)
        for start, end in case["offsets"]:
            assert 0 <= start <= end <= len(case["text"]), case
    long_text = tokenizer.encode("word" + " word" * 1099)
    assert len(long_text.ids) == 1100, len(long_text.ids)


def write(name, description, cases):
    """Writes one case a line, so a diff shows which text changed."""
    os.makedirs(OUT, exist_ok=True)
    lines = [json.dumps(case, ensure_ascii=False, separators=(", ", ": ")) for case in cases]
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as out:
        out.write('{"reference": %s,\n "cases": [\n  ' % json.dumps(description))
        out.write(",\n  ".join(lines))
        out.write("\n]}\n")


def literal_cases(tokenizer):
    """The literal corpus with typed special tokens read as plain text."""
    tokenizer.encode_special_tokens = True
    try:
        return encode_all(tokenizer, LITERAL_CORPUS)
    finally:
        tokenizer.encode_special_tokens = False


def main():
    bert = bert_reference()
    bert_cases = encode_all(bert)
    check_bert(bert_cases)
    bert_description = "Hugging Face tokenizers, all-MiniLM-L6-v2 tokenizer.json (BERT uncased)"
    write("bert.json", bert_description, bert_cases)
    bert_literal = literal_cases(bert)
    assert bert_literal[2]["ids"] == [101, 6039, 1031, 7308, 1033, 1999, 102], bert_literal[2]
    write("bert-literal.json", bert_description + "; encode_special_tokens = True",
          bert_literal)
    smollm2 = smollm2_reference()
    smollm2_cases = encode_all(smollm2)
    check_smollm2(smollm2, smollm2_cases)
    smollm2_description = (
        "Hugging Face tokenizers BPE from the SmolLM2-135M-Instruct GGUF vocabulary and "
        "merges; pre-tokenizer: Digits(individual) then ByteLevel regex; no offset trimming")
    write("smollm2.json", smollm2_description, smollm2_cases)
    write("smollm2-literal.json", smollm2_description + "; encode_special_tokens = True",
          literal_cases(smollm2))


if __name__ == "__main__":
    main()
