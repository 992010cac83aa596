"""One linguistic analysis of a text, shared by every rule.

Rules never call spaCy themselves: they read tokens, sentences and entities here, with
offsets already shifted into the whole text, so a rule is plain Python over data.
Paragraphs are analysed one by one, which keeps sentences from running across a
paragraph break and lets an editor re-analyse only the paragraph that changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from psassist.checks.spans import span_index
from psassist.findings import Example
from psassist.text.paragraphs import paragraph_spans

T = TypeVar("T")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    lower: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int  # index into Analysis.tokens
    ent_type: str
    is_alpha: bool
    is_punct: bool
    is_space: bool
    is_stop: bool
    like_num: bool
    sentence: int  # index into Analysis.sentences


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    first_token: int
    last_token: int  # exclusive
    paragraph: int

    def word_tokens(self, tokens: Sequence[Token]) -> list[Token]:
        return [t for t in tokens[self.first_token : self.last_token] if is_word(t)]


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    label: str
    text: str


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class CheckOptions:
    """What the user told this run beyond the text itself."""

    program: str | None = None
    specialty: str | None = None
    disabled_rules: frozenset[str] = frozenset()
    #: (name, text) of statements to compare against for originality.
    corpus: tuple[tuple[str, str], ...] = ()
    #: The path of the statement itself, so it is not compared with itself.
    own_path: str | None = None

    @classmethod
    def for_example(cls, example: Example) -> CheckOptions:
        """The options a rule's example is checked with (its --program, --specialty...)."""
        return cls(program=example.program, specialty=example.specialty, corpus=example.corpus)


@dataclass
class Analysis:
    text: str
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    tokens: list[Token]
    entities: list[Entity]
    has_parser: bool
    options: CheckOptions = field(default_factory=CheckOptions)
    _memo: dict[str, Any] = field(default_factory=dict, repr=False)

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """Share a derived value (scores, word counts) between rules of one run."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]  # type: ignore[no-any-return]

    def words(self) -> Iterator[Token]:
        return (t for t in self.tokens if is_word(t))

    def sentence_at(self, offset: int) -> int:
        """The index of the sentence holding `offset`, or -1; a binary search, not a scan."""
        starts = self.memo("sentence-starts", lambda: [s.start for s in self.sentences])
        return span_index(self.sentences, starts, offset)

    def sentence_tokens(self, sentence: Sentence) -> list[Token]:
        return self.tokens[sentence.first_token : sentence.last_token]


def is_word(token: Token) -> bool:
    return not (token.is_punct or token.is_space) and any(c.isalnum() for c in token.text)


def split_paragraphs(text: str) -> list[Paragraph]:
    """The text's paragraphs (see psassist.text.paragraphs for what counts as one)."""
    return [Paragraph(start, end, text[start:end]) for start, end in paragraph_spans(text)]


def analyse(text: str, nlp: Any, has_parser: bool, options: CheckOptions | None = None) -> Analysis:
    """Run the pipeline over each paragraph and flatten the results into whole-text offsets."""
    paragraphs = split_paragraphs(text)
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    entities: list[Entity] = []
    docs = nlp.pipe([p.text for p in paragraphs]) if paragraphs else []
    for p_index, (paragraph, doc) in enumerate(zip(paragraphs, docs, strict=True)):
        base_token = len(tokens)
        offset = paragraph.start
        for sent in doc.sents:
            s_index = len(sentences)
            for tok in sent:
                tokens.append(
                    Token(
                        start=offset + tok.idx,
                        end=offset + tok.idx + len(tok.text),
                        text=tok.text,
                        lower=tok.lower_,
                        lemma=(tok.lemma_ or tok.lower_).lower(),
                        pos=tok.pos_,
                        tag=tok.tag_,
                        dep=tok.dep_,
                        head=base_token + tok.head.i,
                        ent_type=tok.ent_type_,
                        is_alpha=tok.is_alpha,
                        is_punct=tok.is_punct,
                        is_space=tok.is_space,
                        is_stop=tok.is_stop,
                        like_num=tok.like_num,
                        sentence=s_index,
                    )
                )
            start = offset + sent.start_char
            end = offset + sent.end_char
            sentences.append(
                Sentence(
                    start,
                    end,
                    text[start:end],
                    base_token + sent.start,
                    base_token + sent.end,
                    p_index,
                )
            )
        for ent in doc.ents:
            entities.append(
                Entity(offset + ent.start_char, offset + ent.end_char, ent.label_, ent.text)
            )
    return Analysis(
        text, paragraphs, sentences, tokens, entities, has_parser, options or CheckOptions()
    )
