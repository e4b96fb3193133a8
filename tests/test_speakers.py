"""Speaker resolution: names, aliases, roles, institutions, pronouns; never raises."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.model import PartialDate
from transforms.quotes import find_quotes, split_incises
from transforms.speakers import Article, english_spelling, parse_role, stem, translit_key

OCT_2024 = PartialDate(dt.date(2024, 10, 1), "month")
FEB_2025 = PartialDate(dt.date(2025, 2, 1), "month")


def speakers(text: str, published: PartialDate | None = None, language: str = "fr") -> list[str | None]:
    quotes = split_incises(text, find_quotes(text, single=language == "en"))
    article = Article(text, quotes, published, language)
    out = []
    for q in quotes:
        speaker, sent, _ = article.speaker_for(q)
        name = speaker.name if speaker else None
        if name:
            article.record(sent, name)
        out.append(name)
    return out


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # aliases to canonical names
        ("« Nous tiendrons », a déclaré Vladimir Zelensky.", None, ["Volodymyr Zelensky"]),
        ("« Nous tiendrons », a déclaré Anthony Blinken.", None, ["Antony Blinken"]),
        ("« Non », a répondu Dmitri Medvedev.", None, ["Dmitry Medvedev"]),
        # unknown people keep the name the article gives
        ("« La situation est grave », explique Jean Dupont, agriculteur.", None, ["Jean Dupont"]),
        # roles: apposition earlier in the article, then the role alone
        ("Le chancelier allemand Olaf Scholz était à Kiev. « Nous aiderons », a dit le chancelier.", None,
         ["Olaf Scholz"]),
        # roles: the office holder at the publication date, when the article names them
        ("Joe Biden et Donald Trump. « Nous aiderons », a déclaré le président américain.", OCT_2024, ["Joe Biden"]),
        ("Joe Biden et Donald Trump. « Nous aiderons », a déclaré le président américain.", FEB_2025,
         ["Donald Trump"]),
        ("Dmitri Peskov était là. « Rien ne changera », a assuré le porte-parole du Kremlin.", None,
         ["Dmitry Peskov"]),
        # never a person the article does not name: the institution of the role, else nobody
        ("« Nous aiderons », a déclaré le président américain.", OCT_2024, [None]),
        ("« Rien ne changera », a assuré le porte-parole du Kremlin.", None, ["Kremlin"]),
        ("« Rien ne changera », a assuré le chef de la diplomatie russe.", None, ["Russian Foreign Ministry"]),
        # institutions
        ("« Nous suivons la situation », a indiqué la Maison Blanche.", None, ["White House"]),
        ("« Nous suivons la situation », a déclaré un responsable de la Maison Blanche.", None, ["White House"]),
        ("« Les chars brûleront », a réagi le Kremlin.", None, ["Kremlin"]),
        ("Selon la diplomatie russe, ces livraisons sont « une provocation ».", None, ["Russian Foreign Ministry"]),
        # pronouns: the subject of the sentence before, with the right gender
        ("Mette Frederiksen a reçu Volodymyr Zelensky. « Votre liberté est la nôtre », a-t-elle lancé.", None,
         ["Mette Frederiksen"]),
        ("Mette Frederiksen a reçu Volodymyr Zelensky. « Merci à tous », a-t-il répondu.", None,
         ["Volodymyr Zelensky"]),
        ("Volodymyr Zelensky salue l'aide. Le président ukrainien a remercié Berlin. « Déjà à Berlin », il a écrit "
         "sur Twitter.", None, ["Volodymyr Zelensky"]),
        # a participle takes the subject of its clause
        ("Joe Biden a parlé à Zelensky, promettant de « tout faire » pour Kiev.", None, ["Joe Biden"]),
        # an unnamed source is nobody
        ("« Personne ne sait d’où viendra l’argent », glisse un diplomate européen.", None, [None]),
        # scare quotes and titles are uttered by nobody
        ("Le dirigeant ukrainien a dévoilé son « plan de victoire » mercredi.", None, [None]),
        ("Le prix est attribué lors de la cérémonie du « prix Charlemagne ».", None, [None]),
        # an interview: a several-speaker exchange
        ("« Nous avons besoin d’armes », a dit Dmytro Kuleba. « Vous les aurez », a répondu Antony Blinken.", None,
         ["Dmytro Kuleba", "Antony Blinken"]),
    ],
)
def test_french(text, published, expected):
    assert speakers(text, published) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"We will not falter," Sunak said.', ["Rishi Sunak"]),
        ('"We will not falter," said British Prime Minister Rishi Sunak.', ["Rishi Sunak"]),
        ('"We are ready," Treasury Secretary Janet Yellen said.', ["Janet Yellen"]),
        ('"Nothing changes," Kremlin spokesman Dmitry Peskov told reporters.', ["Dmitry Peskov"]),
        ('Zelenskiy called it an "unprecedented security agreement" and said it was vital.', ["Volodymyr Zelensky"]),
        ('Maria Zakharova dismissed the decisions as "just pieces of paper".', ["Maria Zakharova"]),
        ('Kishida laid flowers in Bucha. "I feel great anger," he said.', ["Fumio Kishida"]),
        ('"It is about survival," Shapps said. "It is also about ours."', ["Grant Shapps", "Grant Shapps"]),
        ("The Pentagon said the package was \"the largest yet\".", ["Pentagon"]),
        ('Military analyst Michael Kofman said the package was "meaningful but not decisive".', ["Michael Kofman"]),
        ('The first of the so-called "security guarantees" was signed.', [None]),
    ],
)
def test_english(text, expected):
    assert speakers(text, OCT_2024, "en") == expected


# Classes of attribution that real coverage uses beyond the plain "a déclaré X" / "X said".
@pytest.mark.parametrize(
    "text, published, expected",
    [
        # unusual speech verbs, before or after the quote
        ("Donald Tusk a raillé « une diplomatie de salon ».", FEB_2025, ["Donald Tusk"]),
        ("« Nous ne lâcherons rien », a fait savoir Pedro Sánchez.", FEB_2025, ["Pedro Sánchez"]),
        ("Viktor Orbán s'est moqué d'« une Europe qui joue à la guerre ».", FEB_2025, ["Viktor Orbán"]),
        # a former office, "ancien(ne)", names the person the article is speaking of
        ("Mark Rutte a reçu les alliés à La Haye. « Il faut produire davantage », a insisté l'ancien Premier "
         "ministre néerlandais.", FEB_2025, ["Mark Rutte"]),
        ("Kaja Kallas a présidé la réunion. « L'Europe doit se réveiller », a averti l'ancienne cheffe du "
         "gouvernement estonien.", FEB_2025, ["Kaja Kallas"]),
        # a descriptive role ("l'officier", "le général à la retraite") takes up the person spoken of
        ("L'amiral Tony Radakin a témoigné devant les députés. « Nos stocks sont bas », a admis l'officier.",
         FEB_2025, ["Tony Radakin"]),
        # ... but an office names only someone who holds it: not the Ukrainian leader
        ("Le dirigeant ukrainien a présenté son plan. « Nous devons agir », a justifié le chancelier.", None, [None]),
        # il: the subject of the sentence before, not a person merely mentioned in it
        ("Le Premier ministre hongrois Viktor Orbán a quitté la salle. Alors que les Vingt-Sept discutaient de "
         "l'adhésion voulue par Volodymyr Zelensky, il a refusé de voter. « Ce n'est pas notre guerre », a-t-il "
         "lancé.", FEB_2025, ["Viktor Orbán"]),
        ("Lors d'un entretien avec Donald Trump, il a plaidé pour la paix. Emmanuel Macron a ensuite ajouté : "
         "« Rien n'est réglé ».", FEB_2025, ["Emmanuel Macron"]),
        ("Le secrétaire général de l'ONU, António Guterres, a rencontré Vladimir Poutine à Kazan. « La guerre doit "
         "cesser », a lancé le diplomate portugais.", OCT_2024, ["António Guterres"]),
        # an institution's words given to the spokesperson the same sentence names
        ("La diplomatie chinoise a appelé à « la retenue », d'après sa porte-parole Mao Ning.", OCT_2024,
         ["Mao Ning"]),
        # full names: an Arabic article, a family name written first
        ("« Nous suivons la situation », a déclaré le Premier ministre irakien Mohammed Chia al-Soudani.", None,
         ["Mohammed Chia al-Soudani"]),
        # "ce dernier": the person named last
        ("Emmanuel Macron a longuement parlé avec Keir Starmer. « Nous sommes prêts », a confirmé ce dernier.",
         FEB_2025, ["Keir Starmer"]),
    ],
)
def test_french_attribution_classes(text, published, expected):
    assert speakers(text, published) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Frederiksen hailed what she called "a turning point for Europe."', ["Mette Frederiksen"]),
        ('Boris Johnson landed in Kyiv on Friday. "It is a dark day," the former British prime minister said.',
         ["Boris Johnson"]),
        ("Defense Secretary Pete Hegseth arrived in Brussels. Before the meeting with Andrii Sybiha, he spoke "
         'briefly. "Europe must own its security," he said.', ["Pete Hegseth"]),
        ('The State Department rejected the claim as "pure fiction," spokeswoman Tammy Bruce told a briefing.',
         ["Tammy Bruce"]),
        ('Foreign Minister Cho Tae Yul said Seoul was "watching closely." "Nothing is decided," President Cho said.',
         ["Cho Tae Yul", "Cho Tae Yul"]),
        ("Ana Pereira, Portugal's defence minister, said Lisbon would \"keep helping.\"", ["Ana Pereira"]),
        ('"We act," Hans van der Berg, a Dutch lawmaker, said.', ["Hans van der Berg"]),
        ('Vance, speaking aboard Air Force Two, said the Europeans had to "step up."', [None]),
    ],
)
def test_english_attribution_classes(text, expected):
    assert speakers(text, FEB_2025, "en") == expected


# The speaker named after the quote, past a party, an object pronoun, complements or a descriptive role.
@pytest.mark.parametrize(
    "text, expected",
    [
        # a role, a party and a name after an inverted verb
        ("« Ce budget est une fiction », ironise le sénateur LR Cédric Perrin.", ["Cédric Perrin"]),
        ("« Ce budget est une fiction », ironise le député SPD Michael Roth.", ["Michael Roth"]),
        ("« Le texte est bâclé », grince la députée écologiste Sandrine Rousseau.", ["Sandrine Rousseau"]),
        # an object pronoun before the verb
        ("Le chercheur Pierre Martin suit le dossier. « La ligne de front bouge peu », nous explique "
         "l’historien.", ["Pierre Martin"]),
        ("« Vous aurez les obus », lui a répondu Antony Blinken.", ["Antony Blinken"]),
        # a descriptive role of either gender: the person spoken of
        ("Anna Weber, de l’institut DIW, est prudente. « La croissance ralentira », ajoute l’économiste.",
         ["Anna Weber"]),
        ("Le président de la Bundesbank, Joachim Nagel, a pris la parole. « La situation reste fragile », a "
         "ajouté le banquier central allemand.", ["Joachim Nagel"]),
        # an office the gazetteer cannot check, held by the speaker just quoted
        ("La présidente du Bundestag, Julia Klöckner, a appelé à « plus de sérieux ». « Le Parlement doit "
         "décider », a ajouté la députée chrétienne-démocrate.", ["Julia Klöckner", "Julia Klöckner"]),
        # a long inverted attribution: time, place and addressee before the subject
        ("« Les caisses sont vides », a prévenu mercredi devant la commission des finances du Sénat la "
         "ministre Amélie de Montchalin.", ["Amélie de Montchalin"]),
        ("« Nous attendons une réponse », a répété jeudi lors d’un point presse à Bruxelles le porte-parole "
         "de la Commission, Eric Mamer.", ["Eric Mamer"]),
        ("« Le fonds est épuisé », a écrit mardi aux sénateurs le directeur du Trésor américain, Paul Martin.",
         ["Paul Martin"]),
        # a role of a speech verb's role phrase is not stretched over "dans"
        ("Zelensky parle. « Nos accords sont tenus », a déclaré le président ukrainien dans son allocution du soir.",
         ["Volodymyr Zelensky"]),
    ],
)
def test_speaker_named_after_the_quote(text, expected):
    assert speakers(text, OCT_2024) == expected


# The subject, not the object, of a verb that frames a partial quote; a narrative infinitive; a partial
# quote in a sentence without speech verb.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dmitri Peskov a accusé Londres de « jeter de l’huile sur le feu ».", ["Dmitry Peskov"]),
        ("Emmanuel Macron a invité l’Allemagne à « prendre ses responsabilités ».", ["Emmanuel Macron"]),
        ("Andriï Sybiha a remercié le Japon pour son « soutien indéfectible ».", ["Andrii Sybiha"]),
        ("Le président ukrainien Volodymyr Zelensky a remercié Oslo pour une « aide décisive ».",
         ["Volodymyr Zelensky"]),
        ("Kaja Kallas a plaidé pour plus de sanctions. Et d’ajouter, en marge du sommet : « Moscou ne "
         "comprend que la force. »", ["Kaja Kallas"]),
        ("Le ministre Sébastien Lecornu a détaillé le calendrier. Puis de conclure : « Rien n’est joué. »",
         ["Sébastien Lecornu"]),
        ("Le chancelier Olaf Scholz a seulement promis d’étudier la demande, pour agir « dès que les stocks le "
         "permettront ». « Nous ne céderons pas », a-t-il insisté.", ["Olaf Scholz", "Olaf Scholz"]),
        # a name in quote marks is no clause: nobody says it
        ("Le chancelier Olaf Scholz a présenté un plan en dix points « bouclier de l’Europe ». « Nous ne "
         "céderons pas », a-t-il insisté.", [None, "Olaf Scholz"]),
    ],
)
def test_french_subjects_of_partial_quotes(text, expected):
    assert speakers(text, OCT_2024) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Zelensky thanked Norway for its "decisive help."', ["Volodymyr Zelensky"]),
        ('"We will keep the pressure on," Blinken told a news conference in Brussels.', ["Antony Blinken"]),
        # a relative clause between the subject and its verb names someone else
        ('Keir Starmer, who met Zelensky at Chequers on Sunday, said: "We stand with Ukraine."', ["Keir Starmer"]),
        ('Olaf Scholz, who had spoken with Joe Biden earlier, told reporters: "We stand with Ukraine."',
         ["Olaf Scholz"]),
        # a sentence ending on its speech verb announces the quote after it
        ('Olaf Scholz said. "We stand with Ukraine. We always will."', ["Olaf Scholz"]),
        ('"The aid is vital," Olaf Scholz said, adding: "We stand with Ukraine."', ["Olaf Scholz", "Olaf Scholz"]),
        # "quoted as saying by" is no passive; a person "of" an institution speaks, not the institution
        ('"We will respond," Peskov was quoted as saying by RIA Novosti.', ["Dmitry Peskov"]),
        ('Economist Anna Weber of the Kiel Institute warned of "a dangerous gap." "Europe cannot fill it alone," '
         "the economist said.", ["Anna Weber", "Anna Weber"]),
        ('"Europe cannot fill it alone," Weber, an economist at the Kiel Institute, said.', [None]),
    ],
)
def test_english_subjects_and_continuations(text, expected):
    assert speakers(text, OCT_2024, "en") == expected


@pytest.mark.parametrize(
    "word, expected",
    [("ukrainiennes", "ukrainien"), ("Américaine", "américain"), ("présidente", "président"),
     ("française", "français"), ("Defence", "défense"), ("chancelière", "chancelier")],
)
def test_stem_makes_genders_and_plurals_meet(word, expected):
    assert stem(word) == stem(expected)


def test_role_nationality_is_read_apart():
    role = parse_role("secrétaire d'État américain")
    assert role.nat == "USA" and role.words == {"secretair", "etat"}


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab «»\",.:\nIlElle a dit déclaré Biden selon le président ")), max_size=160))
def test_never_raises(text):
    speakers(text)
    speakers(text, OCT_2024, "en")


# Generalisation cases (held-out 3 classes, new wording): each class in French and in English.
@pytest.mark.parametrize(
    "text, language, expected",
    [
        # names with any Unicode letter, people the gazetteer does not know
        ("« Notre ciel reste protégé », a souligné la ministre Łucja Żółtowska.", "fr", ["Łucja Żółtowska"]),
        ('"Our skies stay safe," said Defence Minister Tomáš Ďurčo.', "en", ["Tomáš Ďurčo"]),
        # a person named after a role and its complement, set off by commas, is the subject
        ("Dans l’opposition, la cheffe du parti Volt, Anna Šťastná, a dénoncé un « cadeau électoral ».", "fr",
         ["Anna Šťastná"]),
        ('In opposition, the leader of the Freedom Party, Herbert Kickl, denounced a "blank cheque".', "en",
         ["Herbert Kickl"]),
        # a capital is a place, not a speaker, when a person is the subject
        ("Le président lituanien Gitanas Nausėda, qui attendait ces systèmes depuis des mois, a remercié "
         "Varsovie, saluant « une aide de vrais voisins ».", "fr", ["Gitanas Nausėda"]),
        ("« Une aide de vrais voisins », a remercié Vilnius.", "fr", [None]),
        ("Son porte-parole, le colonel Piotr Mazur, a accusé les Occidentaux de vouloir « tout bloquer ».", "fr",
         ["Piotr Mazur"]),
        # an institution keeps its own name; a role resolves only to a person the article names
        ("Le ministère russe de la Défense a affirmé avoir abattu des drones « fournis par l’Otan ».", "fr",
         ["Russian Defence Ministry"]),
        ('The Russian Defence Ministry said the missiles were "supplied by a NATO country".', "en",
         ["Russian Defence Ministry"]),
        ("« Rien ne changera », a prévenu le porte-parole du Kremlin.", "fr", ["Kremlin"]),
        ("« Nous aiderons », a déclaré le président français, annonçant qu’il se rendrait à Kiev.", "fr", [None]),
        # a pronoun stands for the subject who came after the last quote, of its gender
        ('Olaf Scholz said: "We must hold the line." Annalena Baerbock, who chairs the group, took another '
         'view. "Europe cannot wait," she said.', "en", ["Olaf Scholz", "Annalena Baerbock"]),
        ("Olaf Scholz a déclaré : « Nous tiendrons bon. » Annalena Baerbock, qui préside le groupe, s’est "
         "montrée plus inquiète. « L’Europe ne peut pas attendre », a-t-elle dit.", "fr",
         ["Olaf Scholz", "Annalena Baerbock"]),
        # a quote standing alone after a sentence that reports a named speaker's words
        ("Le vice-ministre Jan Novák a assuré aux journalistes que la position de Prague n’avait pas changé. "
         "« Nous n’envisageons pas d’armes létales pour l’instant. »", "fr", ["Jan Novák"]),
        ("Deputy minister Jan Novák told reporters that Prague's position had not changed. \"We are not "
         "looking at lethal arms for now.\"", "en", ["Jan Novák"]),
        # partial quotes after verbs of mention and of joy, and through a spokesperson
        ("La ministre suédoise Maria Lindqvist a parlé d’un « tournant historique ».", "fr", ["Maria Lindqvist"]),
        ("Le ministre Petr Dvořák s’est réjoui sur X de la création d’une « alliance des drones ».", "fr",
         ["Petr Dvořák"]),
        ('Finnish envoy Mikko Laine spoke of a "historic turning point".', "en", ["Mikko Laine"]),
        ("Pékin a protesté par la voix de son porte-parole, Lin Jian, contre une « ingérence flagrante ».", "fr",
         ["Lin Jian"]),
        # a company, named by its kind, then "the company"
        ('Swedish defence group Saab said it would speed up deliveries. "We are ready to deliver," the '
         "company said.", "en", ["Saab"]),
        ("Le fabricant tchèque Excalibur livrera des obus. « Nous sommes prêts », a indiqué l’entreprise.", "fr",
         ["Excalibur"]),
        # a surname alone, of someone the article named in full
        ('The drive was launched by writer Marta Kowalczyk. "This is about people, not drones," Kowalczyk '
         "told The Associated Press.", "en", ["Marta Kowalczyk"]),
        ("La collecte a été lancée par l’écrivaine Marta Kowalczyk. Kowalczyk a expliqué au Monde : « C’est "
         "une affaire de citoyens. »", "fr", ["Marta Kowalczyk"]),
        # an indefinite subject names nobody
        ("Dans les couloirs de l’hôtel Adlon, beaucoup évoquaient déjà un « moment Suez ».", "fr", [None]),
        ('In the corridors of the Hotel Adlon, many spoke of a "Suez moment".', "en", [None]),
    ],
)
def test_generalises_to_new_wording(text, language, expected):
    assert speakers(text, OCT_2024, language) == expected


# Held-out 4 and 5 classes, new wording, each in French and in English.
@pytest.mark.parametrize(
    "text, language, expected",
    [
        # the pronoun is the sentence's subject past its relative clause (closed inside a name's marks),
        # not the person it received
        ('Zelensky, who flew in to pitch what he calls his "peace plan," met the president. "Every shell '
         'counts," he told journalists.', "en", [None, "Volodymyr Zelensky"]),
        ("Olaf Scholz, qui est arrivé mardi à Kiev pour une visite surprise, a reçu Volodymyr Zelensky. "
         "« Chaque obus compte », a-t-il dit aux journalistes.", "fr", ["Olaf Scholz"]),
        # a bare role: the holder in focus, not a president who is only a preposition's object
        ("Emmanuel Macron a été interrogé sur les menaces proférées par Vladimir Poutine. Le président a "
         "répondu que la France « ne cédera pas ».", "fr", ["Emmanuel Macron"]),
        ("Joe Biden was asked about the threats made by Vladimir Putin. The president said America would "
         '"not be intimidated".', "en", ["Joe Biden"]),
        # a counterpart is someone else, of the country the role names
        ("Antony Blinken et la ministre britannique Yvette Cooper étaient à Kiev. M. Blinken a parlé le "
         "premier. Son homologue britannique a, elle, promis « un soutien durable », a-t-elle assuré.", "fr",
         ["Yvette Cooper"]),
        ("Antony Blinken and British minister Yvette Cooper visited Kyiv. Blinken spoke first. His British "
         'counterpart promised "lasting support".', "en", ["Yvette Cooper"]),
        # a role with long modifiers, then the name after a comma
        ("« Ces canons arrivent à temps », a expliqué le ministre estonien de la Défense par intérim, Hanno "
         "Pevkur.", "fr", ["Hanno Pevkur"]),
        ('"These guns arrive just in time," said the acting defence minister of Estonia, Hanno Pevkur.', "en",
         ["Hanno Pevkur"]),
        # the name an inverted role announces wins over the speaker quoted just before
        ("Alain Berset a parlé de « frénésie ». « Nous ne comprenons pas », a déclaré l’ambassadeur "
         "d’Italie à Berne, Marco Rossi, dans un entretien.", "fr", ["Alain Berset", "Marco Rossi"]),
        # a party adjective does not hide the office
        ("Le Premier ministre Keir Starmer était à Kiev. « Nous restons », a déclaré le chef du "
         "gouvernement travailliste.", "fr", ["Keir Starmer"]),
        # an institution's kind alone stands for the last one named of that kind, with its post
        ("L’ambassade de Russie à Oslo a protesté. « C’est une provocation », a réagi jeudi l’ambassade sur "
         "son site.", "fr", ["Russian Embassy in Norway"]),
        ('The Russian embassy in Ottawa protested. "This is a provocation," the embassy said on Telegram.',
         "en", ["Russian Embassy in Canada"]),
        # an office whose holder the gazetteer does not know: the subject of the sentence just before
        ("À Moscou, William Ruto a plaidé pour une trêve. « La guerre doit cesser », a lancé le chef de "
         "l’État kényan.", "fr", ["William Ruto"]),
        # a participle with its own subject after an institution's clause
        ("Le Kremlin a dénoncé la décision, le porte-parole Dmitri Peskov y voyant « une provocation ».", "fr",
         ["Dmitry Peskov"]),
    ],
)
def test_heldout_classes_in_new_wording(text, language, expected):
    assert speakers(text, OCT_2024, language) == expected


# Held-out 6 and 7 classes, new wording, each in French and in English.
@pytest.mark.parametrize(
    "text, language, expected",
    [
        # another transliteration of a known name, then a role and a pronoun pointing back to it
        ("Le chef du gouvernement suédois a reçu Denys Chmyhal à Stockholm. Le premier ministre ukrainien a "
         "salué l’aide. « Chaque jour compte », a-t-il souligné.", "fr", ["Denys Shmyhal"]),
        ('Dmitri Peskow told reporters the talks were over. "There is nothing to discuss," Peskow added.',
         "en", ["Dmitry Peskov"]),
        ("« Ce n’est pas notre guerre », a déclaré M. Lawrow.", "fr", ["Sergei Lavrov"]),
        ('Wolodymyr Selenskyj thanked Berlin. "We will not forget," he said.', "en", ["Volodymyr Zelensky"]),
        ("Maria Sacharowa a dénoncé « une provocation ».", "fr", ["Maria Zakharova"]),
        # the news-agency layout: "Source:" names the speaker of the "Quote:" line below it
        ("Ukraine's President Volodymyr Zelensky spoke after the summit.\n\nSource: Zelensky on Telegram\n\n"
         'Quote: "We have agreed on new air defence."', "en", ["Volodymyr Zelensky"]),
        ("Le ministre estonien Hanno Pevkur a parlé.\n\nSource : Pevkur sur X\n\nCitation : « Nous enverrons "
         "plus d’obus. »", "fr", ["Hanno Pevkur"]),
        # a head of government under another name of the office, and a federal government
        ("Le Premier ministre Alexander De Croo était à Kiev. « Nous tiendrons parole », a assuré le chef du "
         "gouvernement fédéral.", "fr", ["Alexander De Croo"]),
        ('Belgian Prime Minister Alexander De Croo was in Kyiv. The head of the federal government said it was '
         '"a promise kept".', "en", ["Alexander De Croo"]),
        # a capitalised body between a role and the name: "président de la Confédération X"
        ("« Notre neutralité a des limites », a affirmé le président de la Commission Jan Horák devant la presse.",
         "fr", ["Jan Horák"]),
        ('"Neutrality is not indifference," said the President of the Confederation Ignazio Cassis.', "en",
         ["Ignazio Cassis"]),
        # a nationality the old list lacked, then the name after a comma
        ("« La Russie doit payer », a déclaré la Première ministre islandaise, Katrín Jakobsdóttir.", "fr",
         ["Katrín Jakobsdóttir"]),
        # "Ce dernier" at a sentence start points back to the last person named
        ("Pedro Sánchez a reçu Volodymyr Zelensky. Ce dernier a insisté sur l’urgence : « Il faut des "
         "missiles. »", "fr", ["Volodymyr Zelensky"]),
        ("Pedro Sánchez met Volodymyr Zelensky. The latter stressed the urgency: \"We need missiles.\"", "en",
         ["Volodymyr Zelensky"]),
        # a bare role followed by its addressee ("aux députés", "to lawmakers")
        ("Volodymyr Zelensky a présenté son plan. \"Il faut agir maintenant\", a déclaré le président aux "
         "députés.", "fr", ["Volodymyr Zelensky"]),
        # a quote ending on a full stop before its mark ends its sentence: the next subject is not its speaker
        ('President Volodymyr Zelensky called the meeting "a sign of hope." Prime Minister Denys Shmyhal told '
         'donors it would cost "at least $500 billion."', "en", ["Volodymyr Zelensky", "Denys Shmyhal"]),
        # an embassy with its post, translated; the post carries on to "l'ambassade" later
        ("L’ambassade de Russie en Suède a dénoncé « une escalade ». « Rien ne changera », a écrit l’ambassade.",
         "fr", ["Russian Embassy in Sweden", "Russian Embassy in Sweden"]),
        ('The Russian Embassy in Tokyo called it "a hostile step".', "en", ["Russian Embassy in Japan"]),
    ],
)
def test_heldout6_7_classes_in_new_wording(text, language, expected):
    assert speakers(text, OCT_2024, language) == expected


@pytest.mark.parametrize(
    "variant, canonical",
    [("Chmygal", "Shmyhal"), ("Selenskyj", "Zelensky"), ("Zelenskyy", "Zelensky"), ("Kouleba", "Kuleba"),
     ("Sybiga", "Sybiha"), ("Oumerov", "Umerov"), ("Poutine", "Putin"), ("Lavroff", "Lavrov"),
     ("Peskow", "Peskov"), ("Sakharova", "Zakharova"), ("Sergueï", "Sergey")],
)
def test_transliterations_share_a_key(variant, canonical):
    assert translit_key(variant) == translit_key(canonical)


@pytest.mark.parametrize(
    "french, english",
    [
        ("Alexandre Jiline", "Alexander Zhilin"),
        ("Sergueï Narychkine", "Sergei Naryshkin"),
        ("Evgueni Prigojine", "Yevgeny Prigozhin"),
        ("Iouri Ouchakov", "Yuri Ushakov"),
        ("Andreï Belooussov", "Andrei Belousov"),
        ("Kirill Boudanov", "Kirill Budanov"),
        ("Roman Starovoït", "Roman Starovoit"),
        # French names stay as they are, -ine and j included
        ("Sabine Racine", "Sabine Racine"),
        ("Pierre Jouvet", "Pierre Jouvet"),
        ("Emmanuel Macron", "Emmanuel Macron"),
        ("Jean Trojanowski", "Jean Trojanowski"),
    ],
)
def test_french_romanisation_of_slavic_names_is_undone(french, english):
    assert english_spelling(french) == english
