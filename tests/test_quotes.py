"""Quote finder: every kind of mark, their noise, incises; never raises."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.quotes import find_quotes, split_incises


def quoted(text: str, single: bool = False) -> list[str]:
    return [q.text(text) for q in split_incises(text, find_quotes(text, single=single))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Il a dit « oui » hier.", ["oui"]),
        ("Il a dit «oui» hier.", ["oui"]),
        ("“Nous tiendrons”, a-t-il dit.", ["Nous tiendrons"]),
        ('"We will stand with Ukraine," Sunak said.', ["We will stand with Ukraine,"]),
        ('He said "yes" and "no".', ["yes", "no"]),
        ("les qualifiant de « un ensemble de « slogans » incohérents ».", ["un ensemble de « slogans » incohérents"]),
        # a lone » opening a quote at a paragraph start
        ("» Le président a été clair », a déclaré Blinken.", ["Le président a été clair"]),
        # glued to the sentence before
        ("a déclaré Pistorius.» C’est pourquoi nous aidons », a-t-il ajouté.", ["C’est pourquoi nous aidons"]),
        # German marks folded to “…“
        ("Er sagte “Wir helfen“ gestern.", ["Wir helfen"]),
        # reversed German-style marks »…«, next to ordinary ones
        ("Elle a dénoncé »une escalade« et « une provocation ».", ["une escalade", "une provocation"]),
        ('She condemned »an escalation« on Telegram.', ["an escalation"]),
        # a spaced » after a word still closes, a lone » at a sentence start still opens
        ("Il a dit « oui » et »non« hier.", ["oui", "non"]),
        # an incise inside the marks makes two rows
        ("« Nous tiendrons, a-t-il assuré, jusqu’au bout »", ["Nous tiendrons", "jusqu’au bout"]),
        ("« Il devrait être reconnaissant, a lancé M. Trump. Ce pays les a soutenus. »",
         ["Il devrait être reconnaissant", "Ce pays les a soutenus."]),
        ("« C’est difficile, poursuit-il, mais nous tenons »", ["C’est difficile", "mais nous tenons"]),
        # a quote over two paragraphs that reopens the mark: one span per paragraph
        ("« Première partie.\n« Seconde partie », a-t-il dit.", ["Première partie.", "Seconde partie"]),
        ('"First part.\n"Second part," he said.', ["First part.", "Second part,"]),
        ("Il a expliqué : « Le front tient.\n\n« Mais les obus manquent. »", ["Le front tient.", "Mais les obus manquent."]),
        ('She went on: "The line holds.\n\n"But shells run short."', ["The line holds.", "But shells run short."]),
        # spaced straight marks, as some sites write them
        ('Il raille ces " amis de Kiev " qui " paient avec l\'argent des autres ".', ["amis de Kiev", "paient avec l'argent des autres"]),
        ('He mocked the " friends of Kyiv " who " spend other people\'s money ".', ["friends of Kyiv", "spend other people's money"]),
        # a stray opening mark that never closes keeps the rest of its paragraph
        ("Il a dit « nous verrons bien.\nAutre paragraphe.", ["nous verrons bien."]),
        # reversed marks with spaces, as a mangled encoding leaves them: » opens, a « before punctuation closes
        ("Rien ne change. » Nous tiendrons bon «, a-t-il dit. Puis « autre chose ».", ["Nous tiendrons bon", "autre chose"]),
        ("Nothing changes. » We will hold on «, she said.", ["We will hold on"]),
        ("» Ce sera dur. Très dur «. Puis il part.", ["Ce sera dur. Très dur"]),
        # a lone » that a word-led « follows is still an ordinary broken opener
        ("Il a dit « oui ». » Non, pas ça » répond-il.", ["oui", "Non, pas ça"]),
        # apostrophes are no marks
        ("L’Ukraine n’a pas dit ça.", []),
    ],
)
def test_marks(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Zelensky: 'We will win' as aid stalls", ["We will win"]),
        ("The allies' support for 'peace' grew.", ["peace"]),
        ("He called it ‘a disgrace’ on Monday.", ["a disgrace"]),
        ("They don’t know.", []),
    ],
)
def test_single_quotes_in_english(text, expected):
    assert quoted(text, single=True) == expected


def test_offsets_point_inside_the_marks():
    text = "Il a dit « oui, vraiment » hier."
    (q,) = find_quotes(text)
    assert text[q.start : q.end] == "oui, vraiment"
    assert text[q.open_at] == "«" and text[q.close_at - 1] == "»"


@given(st.text(alphabet=st.sampled_from(list("ab «»“”\"‘’',.:\n-tilaé")), max_size=200), st.booleans())
def test_never_raises(text, single):
    for q in split_incises(text, find_quotes(text, single=single)):
        assert 0 <= q.start <= q.end <= len(text)
