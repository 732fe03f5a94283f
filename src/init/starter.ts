/**
 * The files `toolkit init` writes: a small toolkit that builds and checks clean
 * as it is. The texts are placeholders that say what belongs there, so a
 * content editor can replace them one by one; they state no facts.
 */
export const STARTER_FILES: Record<string, string> = {
  'toolkit.yaml': `# Je eigen toolkit. Vervang de teksten door die van jou, en draai daarna:
#   toolkit check --data <deze map>
#   toolkit build --data <deze map>
title: Mijn toolkit
version: 0.1.0
# De datum komt in elke pdf: zet hem op de dag dat je een nieuwe versie uitgeeft.
date: 2026-12-01
contact:
  name: Naam van de makers
  email: naam@example.org
# De maat van de kaarten: 63 x 88 mm (een speelkaart) geeft 9 kaarten per A4-vel.
cards: { width_mm: 63, height_mm: 88 }
# Thema's zijn niet verplicht. Haal je ze weg, haal dan ook theme: weg uit elk werkpakket;
# de toolkit krijgt dan één kleur, met colour en cmyk hier bovenaan.
# Per thema een letter, een naam en de kleur twee keer: voor het scherm (colour) en voor
# de drukker (cmyk: cyaan, magenta, geel, zwart in procenten). Verander ze samen.
themes:
  - { id: A, name: Eerste thema, colour: "#1f6f8b", cmyk: [93, 50, 33, 9] }
# Hoeveel werkpakketten, vragen en kaarten deze toolkit mag hebben.
limits:
  packages: 20
  questions: { min: 3, max: 12 }
  cards: { min: 2, max: 12 }
guide:
  - heading: Waar is deze toolkit voor?
    text: >-
      Schrijf hier in een paar zinnen waar je de toolkit voor gebruikt en voor wie hij is.
      Houd het kort en gewoon: wie de gebruiksaanwijzer leest, wil snel weten of hij iets voor
      zijn team is.
  - heading: Zo werk je ermee
    text: >-
      Schrijf hier hoe een bijeenkomst met de toolkit gaat. Bijvoorbeeld: kies een werkpakket,
      bekijk samen de film, praat verder met de vragen van het werkblad en sluit af met een
      doekaart.
`,

  'packages/01-eerste-werkpakket.yaml': `# Een werkpakket. De naam van dit bestand is het nummer en de titel: verander je de titel,
# geef het bestand dan ook een nieuwe naam (toolkit check zegt welke).
number: 1
theme: A
title: Eerste werkpakket
intro: >-
  Schrijf hier in drie tot zes zinnen waar dit werkpakket over gaat. Zeg wat je samen gaat
  doen en wat het je team oplevert. Schrijf zoals je praat, met ‘je’.
film:
  title: Titel van de film
  # De link naar de film: het werkblad drukt hem af, met een QR-code. Vervang hem door je eigen link.
  url: https://example.org/film-1
questions:
  - Waar ben je deze week tevreden over in je werk?
  - Wat zou je anders doen als het aan jou lag?
  - Wie heb je nodig om dat voor elkaar te krijgen?
  - Wat is een kleine stap die je morgen kunt zetten?
werkplaten:
  - title: Twee kanten van je werk
    layout: columns
    instruction: Met 3 tot 6 mensen, 25 minuten. Schrijf op post-its en plak ze in het vak.
    areas:
      - { heading: Wat gaat goed, prompt: Waar ben je trots op? Wat wil je houden? }
      - { heading: Wat kan beter, prompt: Waar loop je tegenaan? Wat wil je veranderen? }
  - title: Waar sta je nu?
    layout: sliders
    instruction: Zet op elke lijn een stip waar je nu staat. Vergelijk daarna met elkaar.
    sliders:
      - { heading: Tijd, left: te weinig, right: genoeg }
      - { heading: Ruimte, left: weinig, right: veel }
      - { heading: Steun, left: alleen, right: samen }
cards:
  - kind: denk
    title: Een goed moment
    text: Denk aan een moment in je werk dat goed voelde. Wat maakte het goed?
  - kind: doe
    title: Vraag het na
    text: Vraag deze week aan een collega wat hij of zij nodig heeft. Luister en schrijf het op.
  - kind: denk
    title: Wat laat je los?
    text: Wat doe je uit gewoonte, terwijl niemand erom vraagt?
  - kind: doe
    title: Eén kleine stap
    text: Kies één ding dat je morgen anders doet. Vertel het aan iemand.
background: >-
  Schrijf hier het idee achter dit werkpakket, in 150 tot 250 woorden. Deze tekst is voor als
  de film niet kan: er is geen scherm, geen internet, of je hebt weinig tijd. Wie de
  bijeenkomst leidt, leest de tekst voor of vertelt hem in eigen woorden. Begin met de vraag
  waar het werkpakket om draait. Vertel daarna waarom die vraag ertoe doet in het werk van
  elke dag. Geef een voorbeeld dat mensen herkennen, uit hun eigen werk, zonder namen. Zeg
  ook wat het lastig maakt: waar lopen mensen tegenaan, en waarom gebeurt het toch vaak
  anders dan ze willen? Sluit af met wat je samen kunt doen, klein en concreet, deze week
  nog. Schrijf in gewone woorden en korte zinnen. Gebruik ‘je’ en spreek de lezer direct
  aan. Vermijd vaktaal en afkortingen, of leg ze kort uit. Noem alleen feiten die je zeker
  weet, en zeg waar ze vandaan komen. Lees de tekst hardop voor je hem afmaakt: loopt hij
  goed, dan is hij goed.
facilitation:
  audience: Een team van 4 tot 12 mensen, met iemand die het gesprek leidt.
  when: Als je met je team wilt praten over wat goed gaat en wat beter kan.
  plan:
    - minutes: 10
      title: Welkom
      text: Iedereen noemt in één zin iets uit het eigen werk van deze week.
      uses: [werkblad]
    - minutes: 15
      title: De film
      text: Bekijk samen de film. Wat valt je op? Schrijf het op.
      uses: [film]
    - minutes: 25
      title: Samen aan de werkplaat
      text: Werk in groepjes aan de werkplaat. Bespreek daarna wat je ziet.
      prepare: Post-its en stiften.
      uses: [werkplaat 1]
    - minutes: 10
      title: Afspraak
      text: Ieder kiest een doekaart en zegt wat hij of zij gaat proberen.
      uses: [kaarten]
  short: Bekijk samen de film en bespreek één vraag van het werkblad. Spreek af wat je gaat proberen.
  tips:
    - Houd het klein en concreet.
    - Het gaat om goede vragen, niet om het goede antwoord.
`,

  'packages/02-tweede-werkpakket.yaml': `number: 2
theme: A
title: Tweede werkpakket
intro: >-
  Schrijf hier waar het tweede werkpakket over gaat. Een werkpakket heeft altijd een werkblad
  met vragen; werkplaten, kaarten, een achtergrondtekst en een draaiboek zijn er als je ze
  schrijft.
film:
  title: Titel van de tweede film
  url: https://example.org/film-2
questions:
  - Welke vraag krijg je het vaakst in je werk?
  - Wat heeft de persoon die het vraagt echt nodig?
  - Wat houdt je tegen om dat te geven?
werkplaten:
  - title: Vier vragen over een casus
    layout: grid
    instruction: Kies samen een casus. Schrijf in elk vak wat jullie erover weten.
    areas:
      - { heading: De vraag, prompt: Wat wordt er gevraagd? }
      - { heading: De persoon, prompt: "Wie vraagt het, en wat heeft die nodig?" }
      - { heading: De regels, prompt: Welke regels spelen mee? }
      - { heading: De ruimte, prompt: Wat mag en kan er wel? }
  - title: Wat doet ertoe?
    layout: canvas
    instruction: Schrijf in het midden waar het om draait. Vul daarna de vakken eromheen.
    centre: { heading: Waar het om draait, prompt: Wat wil je bereiken voor de ander? }
    areas:
      - { heading: Wat helpt, prompt: Wat helpt je daarbij? }
      - { heading: Wat hindert, prompt: Wat zit in de weg? }
cards:
  - kind: denk
    title: De echte vraag
    text: Achter elke vraag zit een andere vraag. Welke hoor jij vaak?
  - kind: doe
    title: Vraag door
    text: Stel bij de volgende vraag die je krijgt nog één vraag terug. Wat hoor je?
background: >-
  Schrijf hier het idee achter het tweede werkpakket, in 150 tot 250 woorden. De tekst is er
  voor als je de film niet kunt laten zien. Wie het gesprek leidt, kan hem voorlezen of in
  eigen woorden vertellen. Een goede opbouw is: eerst de vraag waar het om gaat, dan waarom
  die vraag belangrijk is, dan een voorbeeld uit het werk van elke dag, en tot slot wat je
  samen kunt doen. Houd het voorbeeld dicht bij het werk van de lezers, en noem geen namen
  van inwoners of collega's. Schrijf in korte zinnen en gewone woorden. Spreek de lezer aan
  met ‘je’. Leg een moeilijk woord uit, of kies een makkelijker woord. Zet er alleen feiten
  in die je zeker weet. Twijfel je, laat het dan weg of vraag het na. Een kwartier lezen en
  praten is genoeg: de tekst hoeft niet alles te zeggen. Hij moet het gesprek op gang helpen,
  zodat mensen zelf verder denken over hun eigen werk.
facilitation:
  audience: Een team of een groep collega's, 4 tot 10 mensen.
  when: Als er een casus is waar je samen niet uitkomt.
  plan:
    - minutes: 15
      title: De casus
      text: Iemand vertelt kort over een casus. De anderen stellen alleen vragen.
    - minutes: 30
      title: Aan de werkplaat
      text: Vul samen de vier vakken van de werkplaat in.
      uses: [werkplaat 1]
    - minutes: 15
      title: Wat ga je doen?
      text: Ieder zegt wat hij of zij meeneemt. Kies samen een doekaart.
      uses: [kaarten]
  short: Neem een casus en stel elkaar om de beurt één vraag uit het werkblad.
  tips:
    - Spreek af dat je de casus zonder namen bespreekt.
    - Laat eerst vragen stellen, pas daarna meningen geven.
`,
};
