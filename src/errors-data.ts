/**
 * The error catalogue: every problem the toolkit reports, by its code. The
 * code is public (`--json`, docs/errors.md) and stays the same; the title
 * names the problem in the docs; the message says what happened, filled in
 * with the problem's details; the hint says what to do. A call site picks an
 * entry and gives the details (`problem()` in errors.ts); it never words a
 * problem itself. docs/errors.md is made from this file (`npm run docs`).
 * Details are text or numbers, formatted by the caller.
 */
export interface ErrorData<P> {
  title: string;
  message: (p: P) => string;
  /** What to do; a call site may give a more precise one. */
  hint?: string | ((p: P) => string);
}

type S = string;
type N = number;
const def = <P = Record<string, never>>(e: ErrorData<P>) => e;

export const ERRORS = {
  // Sources: reading and parsing
  read: def<{ why: S; code: S }>({
    title: 'Bronbestand niet leesbaar',
    message: (p) => `kan het bestand niet lezen (${p.why}, ${p.code})`,
    hint: 'Kijk of het bestand er is en of je het mag lezen.',
  }),
  'not-a-file': def<{ kind: S }>({
    title: 'Geen gewoon bestand',
    message: (p) => `dit is ${p.kind}, geen bestand met tekst, dus het is niet gelezen`,
    hint: 'Op deze plaats hoort een gewoon YAML-bestand. Haal het weg of zet er een bestand voor in de plaats.',
  }),
  'file-too-large': def<{ size: S; max: S }>({
    title: 'Bronbestand te groot',
    message: (p) => `het bestand is ${p.size} groot; een bronbestand mag hoogstens ${p.max} zijn, dus het is niet gelezen`,
    hint: 'Kijk of er per ongeluk iets in geplakt is (een hele tekst, een afbeelding) en haal dat weg.',
  }),
  encoding: def({
    title: 'Bestand niet in UTF-8',
    message: () => 'het bestand is niet als UTF-8 opgeslagen, daardoor worden letters als ë en é onleesbaar',
    hint: 'Sla het bestand opnieuw op als UTF-8: in Kladblok bij "Opslaan als" onder Codering "UTF-8"; in Visual Studio Code rechtsonder op de codering klikken, "Save with Encoding", "UTF-8"; in TextEdit bij Opslaan "Unicode (UTF-8)". Kijk daarna of de letters met accenten nog kloppen.',
  }),
  'yaml-syntax': def<{ what: S }>({
    title: 'YAML-fout',
    message: (p) => `YAML-fout: ${p.what}`,
    hint: 'Kijk of het inspringen klopt (spaties, geen tabs), en zet tekst met ": " erin, of die met een aanhalingsteken begint, tussen aanhalingstekens.',
  }),
  'yaml-aliases': def<{ max: N }>({
    title: 'Te veel verwijzingen in YAML',
    message: (p) => `het bestand gebruikt meer dan ${p.max} verwijzingen (*naam) naar andere delen; zo veel kan de YAML-lezer niet veilig uitvouwen`,
    hint: 'Schrijf de tekst gewoon uit in plaats van met &naam en *naam te verwijzen.',
  }),
  'yaml-parser': def<{ why: S }>({
    title: 'YAML niet leesbaar',
    message: (p) => `de YAML-lezer kan dit bestand niet lezen (${p.why})`,
    hint: 'Kijk of het een gewoon tekstbestand in YAML is; vergelijk het met een ander pakketbestand.',
  }),
  'field-too-long': def<{ length: N; max: N }>({
    title: 'Veld te lang',
    message: (p) => `deze tekst is ${p.length} tekens lang; een veld mag hoogstens ${p.max} tekens hebben`,
    hint: 'Maak de tekst korter. Kijk ook of er per ongeluk iets dubbel in geplakt is.',
  }),
  'no-packages': def<{ dir: S }>({
    title: 'Map met werkpakketten niet leesbaar',
    message: (p) => `kan de map ${p.dir} niet lezen`,
    hint: 'Start de toolkit in de projectmap, of geef de map met --data.',
  }),

  // Sources: the schema
  'not-text': def<{ found: S }>({ title: 'Geen tekst', message: (p) => `hier hoort tekst, maar er staat ${p.found}` }),
  'colon-in-text': def({
    title: 'Dubbele punt in tekst',
    message: () => 'hier hoort één tekst, maar door de ": " erin leest YAML het als "sleutel: waarde"',
    hint: 'Zet de hele tekst tussen aanhalingstekens, zo: "Wat zeg je: ja of nee?"',
  }),
  'merged-items': def({
    title: 'Twee items samengevoegd',
    message: () => 'deze tekst loopt door over een regel die met "- " begint: twee items zijn samengevoegd',
    hint: 'Zet het streepje recht onder de streepjes erboven, dan wordt het een eigen item. Is het zo bedoeld, zet de tekst dan tussen aanhalingstekens.',
  }),
  empty: def({ title: 'Lege tekst', message: () => 'is leeg', hint: 'Schrijf hier tekst, of haal de sleutel weg.' }),
  'too-many-chars': def<{ length: N; max: N }>({
    title: 'Tekst te lang',
    message: (p) => `is ${p.length} tekens lang, er passen er hoogstens ${p.max}`,
    hint: 'Maak het korter.',
  }),
  'too-many-words': def<{ words: N; max: N }>({
    title: 'Te veel woorden',
    message: (p) => `heeft ${p.words} woorden, er passen er hoogstens ${p.max}`,
    hint: 'Maak het korter.',
  }),
  'not-integer': def<{ found: S }>({ title: 'Geen heel getal', message: (p) => `hier hoort een heel getal, maar er staat ${p.found}` }),
  'out-of-range': def<{ min: N; max: N; value: N }>({ title: 'Getal buiten het bereik', message: (p) => `moet van ${p.min} tot en met ${p.max} zijn, maar is ${p.value}` }),
  'not-colour': def<{ found: S }>({ title: 'Geen kleur', message: (p) => `hier hoort een kleur zoals "#1f6f8b", maar er staat ${p.found}` }),
  'not-date': def<{ found: S }>({ title: 'Geen datum', message: (p) => `hier hoort een datum zoals 2026-11-27, maar er staat ${p.found}` }),
  'not-url': def<{ value: S }>({ title: 'Geen webadres', message: (p) => `"${p.value}" is geen webadres`, hint: 'Schrijf het helemaal uit, beginnend met https://' }),
  'not-list': def<{ found: S }>({ title: 'Geen lijst', message: (p) => `hier hoort een lijst (regels die met "- " beginnen), maar er staat ${p.found}` }),
  'too-few': def<{ items: S; min: N }>({ title: 'Te weinig items', message: (p) => `heeft ${p.items}, er moeten er minstens ${p.min} zijn` }),
  'too-many': def<{ items: S; max: N }>({ title: 'Te veel items', message: (p) => `heeft ${p.items}, er mogen er hoogstens ${p.max} zijn` }),
  'not-map': def<{ found: S }>({ title: 'Geen sleutels met waarden', message: (p) => `hier horen sleutels met waarden (sleutel: waarde), maar er staat ${p.found}` }),
  missing: def<{ what: S }>({ title: 'Verplicht veld ontbreekt', message: (p) => p.what }),
  'unknown-key': def<{ key: S }>({ title: 'Onbekende sleutel', message: (p) => `onbekende sleutel "${p.key}"` }),
  'not-one-of': def<{ what: S }>({ title: 'Keuze kan hier niet', message: (p) => p.what }),
  'plan-minutes': def<{ total: N; off: S; minutes: N }>({
    title: 'Stappen vullen de bijeenkomst niet',
    message: (p) => `de stappen duren samen ${p.total} minuten, ${p.off}: een bijeenkomst duurt ${p.minutes} minuten`,
  }),
  'word-count': def<{ words: N; off: S; min: N; max: N }>({ title: 'Aantal woorden', message: (p) => `heeft ${p.words} woorden, ${p.off}: schrijf er ${p.min} tot ${p.max}` }),
  'werkplaat-areas': def<{ areas: N; most: N }>({
    title: 'Te veel vakken voor post-its',
    message: (p) => `heeft ${p.areas} vakken; op één A3 passen er hoogstens ${p.most} met ruimte voor post-its van 76 x 76 mm`,
    hint: 'Voeg twee vakken samen, of verdeel ze over twee werkplaten.',
  }),
  'werkplaat-postit': def<{ width: N; height: N }>({
    title: 'Vak te klein voor een post-it',
    message: (p) => `heeft ${p.width} x ${p.height} mm vrij onder de tekst; een post-it van 76 x 76 mm heeft 80 x 80 mm nodig`,
    hint: 'Kies een layout met minder vakken naast elkaar, of voeg vakken samen.',
  }),
  'area-count': def<{ layout: S; needs: S; found: N }>({ title: 'Aantal vakken past niet bij de layout', message: (p) => `layout ${p.layout} heeft ${p.needs} vakken nodig, er staan er ${p.found}` }),
  uses: def<{ what: S }>({ title: 'Onbekend materiaal in een stap', message: (p) => p.what, hint: 'Noem bij uses alleen materialen die het werkpakket heeft.' }),

  // The toolkit as a whole
  theme: def<{ what: S }>({ title: 'Onbekend thema', message: (p) => p.what }),
  'file-name': def<{ id: S }>({
    title: 'Bestandsnaam past niet',
    message: (p) => `de bestandsnaam past niet bij nummer en titel: verwacht ${p.id}.yaml`,
    hint: (p) => `Geef het bestand de naam ${p.id}.yaml, of verbeter het nummer of de titel.`,
  }),
  'duplicate-number': def<{ number: N; file: S }>({ title: 'Nummer dubbel', message: (p) => `nummer ${p.number} is al van ${p.file}`, hint: 'Elk werkpakket heeft een eigen nummer.' }),
  'theme-id': def<{ value: S }>({
    title: 'Themaletter',
    message: (p) => `"${p.value}" kan geen themaletter zijn: die komt in bestandsnamen, zoals thema-A-…-bundel.pdf`,
    hint: 'Kies een letter of een cijfer, zoals A of 1.',
  }),
  'duplicate-theme': def<{ id: S }>({ title: 'Thema dubbel', message: (p) => `thema ${p.id} staat er twee keer in` }),
  'duplicate-text': def<{ what: S; text: S; where: S }>({ title: 'Tekst dubbel', message: (p) => `${p.what} "${p.text}" staat al in ${p.where}: die mag maar één keer in de toolkit staan` }),
  'seed-copy': def<{ words: N; run: S; seed: S }>({
    title: 'Overgenomen tekst',
    message: (p) => `${p.words} woorden op een rij staan zo ook op de oorspronkelijke toolkitpagina: "${p.run}"`,
    hint: (p) => `Schrijf dit in je eigen woorden. (Vergeleken met ${p.seed}.)`,
  }),
  // Reader text: what an editor would mark (src/model/readerText.ts)
  'straight-quote': def<{ mark: S; around: S }>({
    title: 'Recht aanhalingsteken',
    message: (p) => `er staat een recht aanhalingsteken ${p.mark} in de tekst ("${p.around}"); de toolkit gebruikt overal ‘ ’`,
    hint: 'Zet de woorden tussen ‘ en ’ (en gebruik ’ als apostrof).',
  }),
  'number-sign': def<{ found: S; number: S }>({
    title: 'Werkpakket als #nummer',
    message: (p) => `"${p.found}" is hoe de makers een werkpakket nummeren, niet hoe een lezer het vindt`,
    hint: (p) => `Schrijf "werkpakket ${p.number}" en de titel, zoals ‘werkpakket ${p.number}, …’.`,
  }),
  'werkplaat-minutes': def<{ werkplaat: N; said: N; planned: S }>({
    title: 'Duur van een werkplaat past niet bij het draaiboek',
    message: (p) => `werkplaat ${p.werkplaat} noemt ${p.said} minuten, maar ${p.planned}`,
    hint: 'Eén duur per werkplaat: zet in de instructie de minuten van de stap die hem gebruikt, of noem geen duur.',
  }),
  'question-connective': def<{ word: S }>({
    title: 'Vraag begint met een verbindingswoord',
    message: (p) => `de vraag begint met "${p.word}": zo leunt hij op de vraag ervoor, maar op het werkblad kiest de lezer vragen los`,
    hint: 'Schrijf de vraag zo dat hij op zichzelf staat.',
  }),
  'question-points-back': def<{ word: S }>({
    title: 'Vraag verwijst terug',
    message: (p) => `de vraag begint met "${p.word}" en verwijst zo naar iets uit een andere vraag`,
    hint: 'Noem waar het over gaat, zodat de vraag op zichzelf staat.',
  }),
  'same-plan': def<{ steps: S; where: S }>({
    title: 'Twee draaiboeken met dezelfde stappen',
    message: (p) => `het draaiboek heeft dezelfde stappen in dezelfde volgorde als ${p.where}: ${p.steps}`,
    hint: 'Laat de bijeenkomst volgen uit het idee van dit werkpakket: andere stappen, een andere volgorde of een andere werkvorm.',
  }),
  limits: def<{ min: N; max: N }>({ title: 'Grenzen omgedraaid', message: (p) => `min (${p.min}) is groter dan max (${p.max})`, hint: 'Zet het kleinste getal bij min.' }),
  'file-extension': def<{ what: S; name: S }>({ title: 'Naam van een pakketbestand', message: (p) => p.what, hint: (p) => `Noem het ${p.name}.` }),
  'toolkit-colour': def<{ what: S }>({ title: 'Kleur van de toolkit', message: (p) => p.what }),
  'film-url': def<{ what: S }>({ title: 'Filmlink', message: (p) => p.what, hint: 'Gebruik een kortere link naar de film, bijvoorbeeld de deellink van het filmplatform.' }),
  'no-facilitation': def({ title: 'Geen draaiboek', message: () => 'heeft geen draaiboek (facilitation:)', hint: 'Zonder facilitation: krijgt dit werkpakket geen draaiboek. Zie docs/content-schema.md.' }),
  'no-background': def({ title: 'Geen achtergrondtekst', message: () => 'heeft geen achtergrondtekst (background:)', hint: 'Schrijf in 150 tot 250 woorden het idee achter het werkpakket, voor als de film niet kan.' }),
  'no-film-link': def<{ email: S }>({ title: 'Geen filmlink', message: () => 'heeft geen link naar de film (film.url)', hint: (p) => `Werkblad en draaiboek verwijzen nu naar ${p.email} voor de film.` }),
  'low-contrast': def<{ where: S; ratio: S; size: S; need: S }>({ title: 'Te weinig contrast', message: (p) => `${p.where} heeft een contrast van ${p.ratio}:1; op ${p.size} pt is minstens ${p.need}:1 nodig` }),

  // Typesetting: what does not fit
  glyph: def<{ code: S; char: S; font: S }>({
    title: 'Teken niet in het lettertype',
    message: (p) => `het teken ${p.code} "${p.char}" staat niet in het lettertype ${p.font}`,
    hint: 'Haal het weg of schrijf het anders (emoji en zeldzame symbolen kunnen niet geprint worden).',
  }),
  'text-too-wide': def<{ size: S; word: S; excess: N }>({
    title: 'Woord te breed',
    message: (p) => `de tekst past niet, ook niet op ${p.size}: het woord "${p.word}" is ${p.excess} pt breder dan de ruimte en kan niet worden afgebroken`,
    hint: 'Splits het woord, of zet er een streepje in waar het mag afbreken.',
  }),
  'word-too-wide': def<{ word: S; length: N; excess: N; where: S }>({
    title: 'Woord te breed voor zijn plaats',
    message: (p) => `het woord "${p.word}" (${p.length} tekens) is ${p.excess} pt breder dan de ruimte op ${p.where} en kan niet worden afgebroken`,
    hint: 'Splits het woord, of zet er een streepje in waar het mag afbreken.',
  }),
  'text-overflow': def<{ size: S; much: S }>({ title: 'Tekst past niet', message: (p) => `de tekst past niet, ook niet op ${p.size}: ${p.much}` }),
  'card-shrunk': def<{ size: S; normal: N; words: N }>({
    title: 'Kaarten verkleind',
    message: (p) => `de kaarten zijn verkleind tot ${p.size} pt (gewoon is ${p.normal} pt) om deze kaart (${p.words} woorden) te laten passen`,
    hint: 'Ze worden geprint, maar klein. Maak deze tekst wat korter, dan blijven alle kaarten van dit werkpakket goed leesbaar.',
  }),
  'cover-too-long': def<{ number: N }>({
    title: 'Voorblad te lang',
    message: (p) => `het voorblad van werkpakket ${p.number} past niet op één A4-pagina`,
    hint: 'Maak de inleiding korter, of de titels en instructies van de werkplaten: het voorblad toont ze allemaal.',
  }),
  'draaiboek-pages': def<{ pages: N; max: N }>({
    title: 'Draaiboek te lang',
    message: (p) => `het draaiboek wordt ${p.pages} pagina's A4, er passen er ${p.max}`,
    hint: 'Kort de teksten van de stappen, de tips of de achtergrond in.',
  }),
  'card-size': def<{ size: S }>({
    title: 'Kaartformaat past niet op A4',
    message: (p) => `kaarten van ${p.size} passen niet op een A4-vel met afloop en snijtekens`,
    hint: 'Kies een kleiner kaartformaat in de instellingen van de toolkit (63 x 88 mm is gebruikelijk).',
  }),

  'source-date-epoch': def<{ shown: S; why: S }>({
    title: 'SOURCE_DATE_EPOCH',
    message: (p) => `SOURCE_DATE_EPOCH is ${p.shown}; ${p.why}`,
    hint: `Zet SOURCE_DATE_EPOCH op een aantal seconden sinds 1970 (bijvoorbeeld ${Math.floor(Date.UTC(2027, 0, 14) / 1000)} voor 14 januari 2027), of haal hem weg: dan geldt date: in toolkit.yaml.`,
  }),

  // Choosing what to make
  selection: def<{ what: S }>({ title: 'Keuze bestaat niet', message: (p) => p.what, hint: "Kies nummers en thema's die bestaan; `toolkit list` toont ze." }),
  'selection-conflict': def<{ what: S }>({ title: 'Keuzes gaan niet samen', message: (p) => p.what }),
  'no-themes': def<{ themes: S; toolkit: S }>({
    title: "Toolkit zonder thema's",
    message: (p) => `--theme ${p.themes} kan niet: deze toolkit (${p.toolkit}) heeft geen thema's`,
    hint: 'Kies werkpakketten met --package, zoals --package 2 of 1-3, of laat --theme weg voor alles.',
  }),
  skipped: def<{ reason: S }>({ title: 'Niet gemaakt', message: (p) => p.reason }),
  'session-package': def({
    title: 'Bijeenkomst zonder werkpakket',
    message: () => 'welk werkpakket? De optie --package is nodig',
    hint: 'Bijvoorbeeld toolkit sessie --pakket 8 --deelnemers 12, of voor twee na elkaar --pakket 8,9.',
  }),
  'session-groups': def<{ groups: N; people: S; max: N }>({
    title: 'Meer groepen dan deelnemers',
    message: (p) => `${p.groups} groepen voor ${p.people} kan niet: elke groep heeft minstens één deelnemer`,
    hint: (p) => `Kies hoogstens ${p.max} groepen, of laat --groepen weg: dan worden het groepen van ongeveer 4.`,
  }),
  'session-folder': def<{ what: S }>({
    title: 'Geen bijeenkomst in deze map',
    message: (p) => p.what,
    hint: 'Geef de map die toolkit sessie maakte, zoals out/sessies/2027-01-14-08-hoort-het-of-helpt-het. Maak hem eerst met toolkit sessie --pakket 8 --deelnemers 12.',
  }),
  'fix-missing': def<{ why: S; library: S; version: S; name: S }>({
    title: 'Correctie van een bibliotheek past niet',
    message: (p) => `${p.why}: zonder die correctie worden de pdf's anders, dus maak ik ze niet`,
    hint: (p) => `Zet ${p.library} terug op ${p.version} (\`npm ci\`), of pas src/patches/${p.name}.ts aan de nieuwe versie aan.`,
  }),
  'port-in-use': def<{ port: N }>({
    title: 'Poort bezet',
    message: (p) => `poort ${p.port} is al in gebruik door een ander programma`,
    hint: 'Kies een andere met --port, of laat --port weg: dan neemt het voorbeeld de eerste vrije poort.',
  }),
  'init-not-a-folder': def<{ dir: S }>({ title: 'Geen map', message: (p) => `${p.dir} is een bestand, geen map`, hint: 'Kies een nieuwe, lege map voor je toolkit.' }),
  'init-not-empty': def<{ dir: S; contents: S }>({
    title: 'Map niet leeg',
    message: (p) => `de map ${p.dir} is niet leeg (er ${p.contents} in), dus er is niets geschreven`,
    hint: 'Kies een nieuwe of lege map, zoals: toolkit init mijn-toolkit. Zo overschrijft de toolkit nooit je eigen werk.',
  }),

  // The command line
  'usage-command': def<{ word: S }>({ title: 'Onbekende opdracht', message: (p) => `"${p.word}" is geen opdracht` }),
  'usage-option': def<{ flag: S; where: S }>({ title: 'Onbekende optie', message: (p) => `de optie ${p.flag} bestaat niet${p.where}` }),
  'usage-value': def<{ what: S }>({ title: 'Waarde ontbreekt of klopt niet', message: (p) => p.what }),
  'usage-required': def<{ flag: S }>({ title: 'Optie nodig', message: (p) => `de optie ${p.flag} is nodig` }),
  'usage-arguments': def<{ what: S; words: S }>({ title: 'Losse woorden', message: (p) => `${p.what} geen losse woorden zoals "${p.words}"` }),
  'usage-other': def<{ what: S }>({ title: 'Verkeerd gebruik', message: (p) => p.what }),
  'usage-npm-options': def<{ flags: S }>({
    title: 'Opties bij npm in plaats van bij de toolkit',
    message: (p) => `npm heeft ${p.flags} zelf gehouden: zonder -- ervoor gaan opties naar npm, niet naar de toolkit`,
    hint: 'Zet -- na npm run toolkit, dan gaat alles wat erna komt naar de toolkit: npm run toolkit -- bouw 8 --open',
  }),

  // Mail
  'no-recipient': def<{ what: S }>({ title: 'Geen ontvanger', message: (p) => p.what, hint: 'Voeg --to toe, bijvoorbeeld --to iemand@example.org of --to "Jan Jansen <jan@example.org>".' }),
  'no-selection': def({ title: 'Niets gekozen om te sturen', message: () => 'er is niets gekozen om te sturen', hint: 'Voeg --package 8, --theme C of --all toe.' }),
  'no-sender': def({
    title: 'Geen afzender',
    message: () => 'om te versturen is een afzender nodig, en die is niet ingesteld',
    hint: 'Stel je naam en adres één keer in met toolkit mail --setup (of zet TOOLKIT_MAIL_FROM). Zonder --smtp maakt de toolkit een concept waarin je zelf de afzender kiest.',
  }),
  'max-size': def<{ value: S; standard: N }>({ title: 'Grens van de mail', message: (p) => `--max-size moet een aantal MB boven 0 zijn, niet ${p.value}`, hint: (p) => `Standaard is het ${p.standard}.` }),
  'message-file': def<{ file: S; why: S }>({ title: 'Berichtbestand', message: (p) => `het berichtbestand ${p.file} ${p.why}`, hint: 'Geef het pad van een tekstbestand met de tekst van de mail.' }),
  'from-address': def<{ what: S; address: S }>({ title: 'Afzender geen adres', message: (p) => `${p.what} "${p.address}" is geen e-mailadres`, hint: 'Zet TOOLKIT_MAIL_FROM op een adres zoals naam@example.org.' }),
  'nothing-to-attach': def({ title: 'Niets om mee te sturen', message: () => 'er zijn geen bestanden gemaakt om mee te sturen', hint: 'Kijk met toolkit list welke werkpakketten er zijn.' }),
  'mail-size': def<{ size: S; max: S }>({ title: 'Mail te groot', message: (p) => `de zip is ${p.size}, meer dan de grens van ${p.max}`, hint: 'Veel mailservers weigeren zulke grote berichten; stuur minder werkpakketten per mail.' }),
  'header-line-break': def<{ name: S; value: S }>({
    title: 'Regelovergang in een kopregel',
    message: (p) => `${p.name} bevat een regelovergang of stuurteken: ${p.value}`,
    hint: 'Een kopregel van een mail is één regel. Haal de regelovergang weg; er is niets gemaakt of verstuurd.',
  }),
  address: def<{ option: S; address: S }>({
    title: 'Geen e-mailadres',
    message: (p) => `${p.option} "${p.address}" is geen e-mailadres`,
    hint: 'Schrijf het als naam@domein, bijvoorbeeld iemand@example.org, of als "Naam <naam@domein>". Scheid meer adressen met komma\'s.',
  }),
  config: def<{ what: S }>({ title: 'Instellingenbestand', message: (p) => p.what }),
  'smtp-url': def<{ what: S }>({ title: 'SMTP-adres', message: (p) => p.what }),
  'smtp-credentials-in-url': def({
    title: 'Inloggegevens in het SMTP-adres',
    message: () => 'het SMTP-adres bevat een gebruikersnaam of wachtwoord; die worden alleen uit de omgeving gelezen',
    hint: 'Zet TOOLKIT_SMTP_USER en TOOLKIT_SMTP_PASS, en geef het adres zonder: smtp://host:poort.',
  }),
  'smtp-credentials': def<{ set: S; unset: S }>({
    title: 'Half ingelogd',
    message: (p) => `${p.set} is gezet, maar ${p.unset} niet`,
    hint: 'Zet ze allebei voor een server waar je moet inloggen, of geen van beide.',
  }),
  'smtp-recipient': def<{ address: S }>({
    title: 'Ontvanger geweigerd',
    message: (p) => `de mailserver nam ${p.address} niet aan; de anderen hebben het bericht gekregen`,
    hint: (p) => `Kijk het adres na en stuur het dan alleen naar dat adres, met --to ${p.address}.`,
  }),
  'smtp-unknown': def<{ why: S }>({
    title: 'Onbekend of de mail aankomt',
    message: (p) => `het bericht is naar de mailserver gestuurd, maar die bevestigde niet ${p.why} dat hij het heeft aangenomen: het is onbekend of het aankomt`,
    hint: 'Vraag de ontvanger of kijk in je verzonden items voor je het opnieuw stuurt: stuur je het nog eens, dan kan de ontvanger het twee keer krijgen.',
  }),
  'smtp-time': def<{ what: S }>({ title: 'Versturen duurde te lang', message: (p) => p.what, hint: 'Er is niets verstuurd. Probeer het later nog eens, of kijk of de server en de poort kloppen.' }),
  'smtp-refused': def<{ what: S }>({ title: 'Mailserver weigert het bericht', message: (p) => p.what }),
  'smtp-later': def<{ what: S }>({ title: 'Mailserver kan nu niet', message: (p) => p.what }),
  'smtp-login': def<{ what: S }>({ title: 'Inloggen bij de mailserver', message: (p) => p.what }),
  'smtp-tls': def<{ what: S }>({ title: 'Geen versleutelde verbinding', message: (p) => p.what }),
  'smtp-size': def<{ what: S }>({ title: 'Bericht te groot voor de server', message: (p) => p.what }),
  'smtp-sender': def<{ what: S }>({ title: 'Afzender geweigerd', message: (p) => p.what }),
  'smtp-recipients': def<{ what: S }>({ title: 'Ontvangers geweigerd', message: (p) => p.what }),
  'smtp-garbled': def<{ what: S }>({ title: 'Geen mailserver op die poort', message: (p) => p.what }),
  'smtp-host': def<{ what: S }>({ title: 'Mailserver niet gevonden', message: (p) => p.what }),
  'smtp-timeout': def<{ what: S }>({ title: 'Mailserver antwoordt niet', message: (p) => p.what }),
  'smtp-connection': def<{ what: S }>({ title: 'Mailserver niet bereikbaar', message: (p) => p.what }),

  // The machine
  'file-system': def<{ what: S; why: S }>({ title: 'Bestandssysteem', message: (p) => `${p.what}: ${p.why}` }),
  internal: def<{ what: S }>({ title: 'Interne fout', message: (p) => p.what }),
} as const;

export type ErrorCode = keyof typeof ERRORS;
export type ParamsOf<C extends ErrorCode> = Parameters<(typeof ERRORS)[C]['message']>[0];
