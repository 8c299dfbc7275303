import { describe, expect, it } from 'vitest';
import { type ReidentificationKind, findReidentifyingPassages, reidentificationKinds } from './reidentification.ts';

/** Each sentence with the kind expected and the words it should point at (bokmål and nynorsk). */
const POSITIVE: Array<[string, ReidentificationKind, string]> = [
  ['Ho fortalde at ho var 42 år', 'age', '42 år'],
  ['Han var 34 år da han ble innlagt.', 'age', '34 år'],
  ['En 34-åring fortalte om ventetiden.', 'age', '34-åring'],
  ['Mannen (67) var misfornøyd med oppfølgingen.', 'age', '(67)'],
  ['Ho var trettifire år gammal då ho kom.', 'age', 'trettifire år gammal'],
  ['Ein mann på 58 år sa at tilbodet var for dårleg.', 'age', '58 år'],
  ['Han er i 40-årene og bor alene.', 'age', '40-årene'],
  ['Kari, 34 år, sa at hun ble møtt med respekt.', 'age', '34 år'],
  ['Sjur, 58 år, fortalde om ventetida.', 'age', '58 år'],
  ['Samtalen var 12.03.2024 på kontoret.', 'date', '12.03.2024'],
  ['Vi møttes 3. mai 2025 for første gang.', 'date', '3. mai 2025'],
  ['Ho vart innlagd 12. mars og skreven ut ei veke seinare.', 'date', '12. mars'],
  ['Ring meg på 92233444 om du lurer på noe.', 'phone', '92233444'],
  ['Nummeret er +47 922 33 444, sa han.', 'phone', '+47 922 33 444'],
  ['Ho gav meg nummeret 41 22 33 44 i pausen.', 'phone', '41 22 33 44'],
  ['Skriv til kari.nordmann@example.no for mer.', 'email', 'kari.nordmann@example.no'],
  ['Han bor i Storgata 5 sammen med broren.', 'address', 'Storgata 5'],
  ['Kontoret ligger i Kongens gate 12B i sentrum.', 'address', 'Kongens gate 12B'],
  ['Eg budde i Kolstad i mange år.', 'place', 'Kolstad'],
  ['Vi har vært på Saupstad hele livet.', 'place', 'Saupstad'],
  ['Tilbudet på Heimdal var bedre enn her.', 'place', 'Heimdal'],
  ['Dei som bur på Lundamo må køyre langt.', 'place', 'Lundamo'],
  ['Ho kjem frå Hana og tek bussen.', 'place', 'Hana'],
  ['Alle i grenda Grøtting visste det.', 'place', 'Grøtting'],
  ['Han har Huntingtons sykdom og trenger hjelp.', 'diagnosis', 'Huntingtons'],
  ['Ho har narkolepsi og søv mykje på dagtid.', 'diagnosis', 'narkolepsi'],
  ['Sønnen har cystisk fibrose.', 'diagnosis', 'cystisk fibrose'],
  ['Etter at han fikk ALS ble alt annerledes.', 'diagnosis', 'ALS'],
  ['Dottera har Prader-Willi syndrom.', 'diagnosis', 'Prader-Willi'],
  ['Hun snakket med ordføreren om saken.', 'role', 'ordføreren'],
  ['Rådmannen lovte å sjå på det.', 'role', 'Rådmannen'],
  ['Kommunedirektøren svarte aldri.', 'role', 'Kommunedirektøren'],
  ['Hun er den eneste sykepleieren på natta.', 'role', 'eneste sykepleieren'],
  ['Ho er einaste jordmora i kommunen.', 'role', 'einaste jordmora'],
  ['Han er daglig leder i bedriften.', 'role', 'daglig leder'],
  ['Presten kom på besøk.', 'role', 'Presten'],
  ['Jeg snakket med Kari om det.', 'name', 'Kari'],
  ['Ingrid sa at det hjalp.', 'name', 'Ingrid'],
  ['Eg ringde til Sjur og Ragnhild dagen etter.', 'name', 'Sjur'],
  ['Saksbehandleren, Hamza, var grei.', 'name', 'Hamza'],
  ['Vi gikk til Kjersti etterpå.', 'name', 'Kjersti'],
];

/** Sentences with nothing that points to a person. */
const NEGATIVE = [
  'Vi ble møtt med respekt.',
  'Det var 5 av oss i gruppa.',
  'NAV var vanskelig å få tak i.',
  'Nav ringte aldri tilbake.',
  'Eg følte meg ikkje høyrd.',
  'Jeg har bodd her i 3 år.',
  'Jeg har bodd her i 3 år, og det har gått fint.',
  'Dei har venta i fleire år på svar.',
  'Møtet var klokka 12.30 og varte en time.',
  'Det tok 2 uker før noen svarte.',
  'Tilbudet i Trondheim kommune er for dårlig.',
  'Vi fikk hjelp av fastlegen.',
  'Sykepleierne var flinke.',
  'Det eneste som hjalp var samtalene.',
  'Det einaste eg ønskjer er å bli teken på alvor.',
  'Ventetida var lang, men det gjekk bra til slutt.',
  'Brukerne ønsker mer informasjon.',
  'Mange opplever at DPS har lang ventetid.',
  'Han var sint. Etterpå ble det bedre.',
  'Heldigvis fikk jeg en fast kontaktperson.',
  'Dei tilsette var travle heile tida.',
  'Omtrent 30 prosent sa de var fornøyde.',
  'Jeg har ventet i 6 måneder.',
  'Vi var 12 personer på møtet.',
  'Ein av tre sa at dei ikkje fekk svar.',
  'Ho sa: «Det var ei god oppleving.»',
  'Helse Midt-Norge har ansvaret.',
  'De fleste ønsker kortere ventetid.',
  'Samtalene i Stavanger kommune var nyttige.',
  'Tjenesten har blitt bedre det siste året.',
  'Eg har brukt tenesta i 10 år.',
  'Brukarane fortalde om lang ventetid og lite informasjon.',
  'Vi trenger flere ansatte.',
];

describe('findReidentifyingPassages', () => {
  it.each(POSITIVE)('%s → %s', (text, kind, words) => {
    const hits = findReidentifyingPassages(text);
    const hit = hits.find((h) => h.kind === kind);
    expect(hit, JSON.stringify(hits)).toBeDefined();
    expect(hit!.text).toBe(words);
    expect(text.slice(hit!.start, hit!.end)).toBe(words);
  });

  it.each(NEGATIVE)('nothing in «%s»', (text) => {
    expect(findReidentifyingPassages(text)).toEqual([]);
  });

  it('has at least 30 examples each way', () => {
    expect(POSITIVE.length).toBeGreaterThanOrEqual(30);
    expect(NEGATIVE.length).toBeGreaterThanOrEqual(30);
  });

  it('gives hits in order, without overlap or trailing whitespace', () => {
    const text =
      'Kari (34) fra Saupstad ringte 922 33 444 den 12.03.2024 og sa at ordføreren, som bor i Storgata 5, har ALS.  ';
    const hits = findReidentifyingPassages(text);
    expect(hits.map((h) => h.kind)).toEqual(['name', 'age', 'place', 'phone', 'date', 'role', 'address', 'diagnosis']);
    for (const [i, hit] of hits.entries()) {
      expect(hit.text).toBe(hit.text.trim());
      expect(text.slice(hit.start, hit.end)).toBe(hit.text);
      if (i > 0) expect(hit.start).toBeGreaterThanOrEqual(hits[i - 1]!.end);
    }
  });

  it('lists the kinds once each, in a fixed order', () => {
    expect(reidentificationKinds('Kari og Ingrid var 42 år og 40 år gamle, Kari sa det.')).toEqual(['name', 'age']);
    expect(reidentificationKinds('Vi ble møtt med respekt.')).toEqual([]);
  });
});
