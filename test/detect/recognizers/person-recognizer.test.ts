import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { personRecognizer } from '../../../src/detect/recognizers/person-recognizer.js'
import { Detector } from '../../../src/detect/detector.js'
import { ScanDocument } from '../../../src/detect/scan-document.js'

/** The names the recognizer reports at or above the detector's default threshold. */
function namesIn(text: string): string[] {
  return personRecognizer
    .find(new ScanDocument(text), [])
    .filter((c) => c.score >= 0.5)
    .sort((a, b) => a.start - b.start)
    .map((c) => text.slice(c.start, c.end))
}

describe('names are found by the cue before or after them, without titles or credentials', () => {
  type Row = [text: string, expected: string[]]
  const rows: Row[] = [
    ['Ordering: Dr. Mindy Marvin (NPI 1352721314)', ['Mindy Marvin']], // label, then title
    ['Dear Dr. Crona,\n\nThank you', ['Crona']], // greeting and title: surname alone
    ['Electronically signed by Lynne H. Nitzsche, M.D. on 1/13', ['Lynne H. Nitzsche']],
    ['Called to Juana Do RN 01/05/2023', ['Juana Do']], // credential after, surname "Do"
    ['Provider: Lane Schmeler, PA-C', ['Lane Schmeler']], // everyday-word given name, label
    ['Copying Dixie from billing.', ['Dixie']], // verb of contact
    ['He came with his son Agnes White.', ['Agnes White']], // relation word
    ['Thanks,\nLillian\nRN Care Coordinator', ['Lillian']], // sign-off on the line above
    ['To: Wei Denesik <w.denesik@example.org>', ['Wei Denesik']], // e-mail display name
    ['Follow up with Dr. Van der Berg today.', ['Van der Berg']], // particles inside a name
    ['Rick St. Clair, DO at the clinic', ['Rick St. Clair']], // "St." inside a name
    ['Mr. Davis is a 18 year old man', ['Davis']], // title before a surname
    ['Seen by Drs. Smith and Jones.', ['Smith']], // plural title
    ['Chaplain Mark Evans visited.', ['Mark Evans']], // job title before the name
    ["Loop in Dr. Feldman's office.", ['Feldman']], // possessive, not an eponym
    ['Seen with NP Lisa Jones today', ['Lisa Jones']], // credential before the name
    ['Jane Doe (daughter) at bedside', ['Jane Doe']], // relation in parentheses after
    ['Patient Name (Last, First): Doe, Jane', ['Doe, Jane']], // label with a parenthetical
    ['Admitting Physician: Karen Wu', ['Karen Wu']], // label ending in a role word
    ['Dictated by: Dawn Purdy, DO   May 24th', ['Dawn Purdy']], // no name after the credential
    ['Primary RN: Talia Oyelowo\n', ['Talia Oyelowo']], // credential as a role label
    ['Night NP: Ferris Quaye\n', ['Ferris Quaye']], // another credential label
    ['Dispensed, checked RPh Imre Szabados.', ['Imre Szabados']], // mixed-case credential before
    ['Verified RPh Imre Szabados.', ['Imre Szabados']], // not the verb before the credential
    ['Session with Dagny Ruud, LICSW today', ['Dagny Ruud']], // social-work credential after
    ['Tech: Oluwaseun Adeyemi-Park, MLS(ASCP)', ['Oluwaseun Adeyemi-Park']], // lab credential
    ['Neurology Dr. Quintanilla will call.', ['Quintanilla']], // department word, then title
    ['Pediatrics Drs. Ekwueme and Foss', ['Ekwueme']], // plural title after a department
    ['cita con la Dra. Etxeberria mañana', ['Etxeberria']], // Spanish title
    ['Requested by Atty. Ravensworth of', ['Ravensworth']], // attorney abbreviation
    ['{ "givenName": "Oisin", "familyName": "Breathnach" }', ['Oisin', 'Breathnach']], // JSON keys
    // snake case keys
    ['{"first_name": "Zuzana", "last_name": "Hrdlicka"}', ['Zuzana', 'Hrdlicka']],
    ['"given": ["Tevita"], "family": "Fifita"', ['Tevita', 'Fifita']], // FHIR array of given names
    ['surname;given;dob\nMbeki;Thandiwe;1970-01-02\n', ['Mbeki', 'Thandiwe']], // CSV header
    ['mrn\tpatient_name\n0012\tUrquhart, Isla\n', ['Urquhart, Isla']], // tab export
    [
      'LastName,FirstName\nKaradzic,Vesna\nOduya,Baraka\n',
      ['Karadzic', 'Vesna', 'Oduya', 'Baraka'],
    ],
  ]
  for (const [text, expected] of rows) {
    test(JSON.stringify(text), () => assert.deepEqual(namesIn(text), expected))
  }
})

describe('"Last, First" and HL7 names are one span', () => {
  type Row = [text: string, expected: string[]]
  const rows: Row[] = [
    ['Patient: Schiller, Xiomara I        Sex: F', ['Schiller, Xiomara I']], // trailing initial
    ['PROGRESS NOTE\nPatient: DE LA CRUZ, MOHAMMED    MRN', ['DE LA CRUZ, MOHAMMED']],
    ['YOUNG, PAGE  00892509  DOB 11/09/2001', ['YOUNG, PAGE']], // capitals heading a record
    ['POWLOWSKI, DMITRI  E4924905  DOB 10/26/1922', ['POWLOWSKI, DMITRI']], // unlisted name
    ['Rendering: Do, Heather  NPI 2479644850', ['Do, Heather']], // "Do" as a surname
    ['PID|1||123^^^MR||WATERS^DOROTHY^C||19930103|F', ['WATERS^DOROTHY^C']], // HL7 PID-5
    ['NK1|1|POUROS^MARY ANN^T|SIB^Sibling', ['POUROS^MARY ANN^T']], // two-word given name
    ['PV1|1|E||||1642983765^DO^CHANCE^I^^^^MD|', ['DO^CHANCE^I']], // XCN after an NPI
  ]
  for (const [text, expected] of rows) {
    test(JSON.stringify(text), () => assert.deepEqual(namesIn(text), expected))
  }
})

describe('names without a cue come from the census lists and sentence shape', () => {
  type Row = [text: string, expected: string[]]
  const rows: Row[] = [
    ['Records request for Jeffery Halvorson, DOB 08/28/52.', ['Jeffery Halvorson']], // given + any
    ['The visit went well. Nakamura reports improved energy.', ['Nakamura']], // lone surname
    ['SUBJECTIVE:\nFaith Rich is a 22-year-old male', ['Faith Rich']], // two everyday words
    ['Mr. John Smith was seen. His wife Mary called.', ['John Smith', 'Mary']],
  ]
  for (const [text, expected] of rows) {
    test(JSON.stringify(text), () => assert.deepEqual(namesIn(text), expected))
  }
})

describe('lower-case names count only after a cue', () => {
  type Row = [text: string, expected: string[]]
  const rows: Row[] = [
    ['Hi,\n\nspoke w/ diana adams today', ['diana adams']], // given name and surname
    ['hey hunter -\n\nthe refill', ['hunter']], // everyday word closing a greeting
    ["ms. wuckert's partner called again", ['wuckert']], // honorific, possessive dropped
    ['According to her mother kristin frami, she is better', ['kristin frami']],
    ['her husband will call back', []], // "will" is a verb here
    ['Per her niece may de la cruz, she', ['may de la cruz']], // particles
    ['spoke w/ jose luis funk today', ['jose luis funk']], // two given names
    ['admitted with iron deficiency anemia', []], // no cue before "iron"
    // A lower-case name after a field label runs to the end of the field, up to four words.
    ['PATIENT: nguyen thi bich ngoc   DOB: 1979-02-28', ['nguyen thi bich ngoc']],
    ['Patient: tran van minh, DOB 1/2/1980', ['tran van minh']],
    ['Pt: maria lopez\nMRN 0042', ['maria lopez']],
    ['Name: ana paula souza\tDOB 3/3/1990', ['ana paula souza']],
    ['Patient: was seen today for pain', []], // a sentence, not a field value
    // A doctor's title without its period, as people type in messages.
    ['my cardiologist dr novak wants an echo', ['novak']], // one surname, then a verb
    ['will ask dr rosa mendez about it', ['rosa mendez']], // given name, then surname
    ['dr appt moved to friday', []], // not a name after the title
  ]
  for (const [text, expected] of rows) {
    test(JSON.stringify(text), () => assert.deepEqual(namesIn(text), expected))
  }
})

describe('eponyms, places, headings and codes are not names', () => {
  type Row = [text: string, why: string]
  const rows: Row[] = [
    ["History of Parkinson's disease and Crohn's.", 'possessive eponyms'],
    ['Charge RN: \nDischarge RN: \n', 'a role before a credential label'],
    ['{ "name": "Gold PPO", "planName": "Silver Select" }', 'a plan under a bare name key'],
    ['drug_name;dose\nWarfarin;5 mg\nHeparin;5000\n', 'a column that is not a name'],
    ['pt_last;pt_first\nSee Attached;Report\n', 'everyday words in a name column'],
    ['Foley catheter placed. Murphy sign negative.', 'eponym before a medical noun'],
    ['Owner: Infection Prevention Committee', 'a body after a label'],
    ['Reviewed by: Quality Improvement Council', 'a body after a label'],
    ['Patient Education Handout (English)', 'a document title'],
    ['Chaplain: pt Episcopalian, rites requested', 'a religion after "pt"'],
    ['MD\nORC|RE|ORD55172|25070L0442', 'an HL7 segment after a credential'],
    ["Glasgow Coma Scale 15. Bell's palsy resolved.", 'scale and palsy'],
    ['Recipe: Beef Wellington and Eggs Benedict', 'dishes'],
    ['May 5: Will follow up in June. Hope to improve.', 'months and everyday words'],
    ['Lives in Sherman Oaks near Lincoln Park.', 'given name + place word'],
    ['Client: Savannah SC 29576', 'city before state and ZIP'],
    ['346 Helga Street^^Fargo^ND^58107', 'street after a house number, HL7 city^state'],
    ['PAST MEDICAL HISTORY: Hypertension.', 'a heading in capitals'],
    ['MSH|^~\\&|EPIC|LAB01|||ADT^A01|1|P|2.5.1\rPID|1||1^^^SSA^SS||', 'HL7 codes'],
    ['Patient Acct No: 457859-7743', 'label words after "Patient"'],
    ['Note.\nHeparin has been held. Lisinopril reports', 'drugs starting a sentence'],
    ['Done.\nHypertension is a 4 on the scale', 'a condition starting a sentence'],
    ['Workup at Temple UT 36847', 'a city before a state code'],
    ['Vehicle: 2015 Cadillac PT Cruiser', '"PT" in capitals is not "patient"'],
  ]
  for (const [text, why] of rows) {
    test(`${why}: ${JSON.stringify(text)}`, () => assert.deepEqual(namesIn(text), []))
  }
})

test('a candidate carries the cue that decided it, never the matched text', () => {
  const found = personRecognizer.find(new ScanDocument('Attending: Dr. Stark'), [])[0]

  assert.ok(found)
  assert.equal(found.pattern, 'cue: title')
  assert.deepEqual(found.supportingWords, ['title'])
  assert.equal(found.contextApplied, true)
  assert.ok(!JSON.stringify(found).includes('Stark'))
})

describe('names in other alphabets, particles, capitals and signatures are whole spans', () => {
  type Row = [text: string, expected: string[]]
  const rows: Row[] = [
    ['Next of kin: Zoë Kowalczyk-Nuñez', ['Zoë Kowalczyk-Nuñez']], // accents mid-word
    ['Referred by Dr. Łucja Brzęczyszczykiewicz.', ['Łucja Brzęczyszczykiewicz']], // capital Ł
    // Vietnamese letters
    ['Emergency contact: Đặng Thị Hồng 555-0101', ['Đặng Thị Hồng']],
    ['Interpreter: Şükrü Çelik', ['Şükrü Çelik']], // Turkish cedillas
    ['Cardholder: J. van den Broek', ['J. van den Broek']], // particle after an initial
    ['Guarantor: Okafor, Chiamaka N.   Rel: mother', ['Okafor, Chiamaka N.']], // initial's dot
    ['THOMAS WEATHERSBY-OKONJO called about his bill', ['THOMAS WEATHERSBY-OKONJO']], // capitals
    ['Accompanied by Ana-Sofia Lindqvist today.', ['Ana-Sofia Lindqvist']], // hyphenated given
    ['Deputy Harlan Twofeathers took the report.', ['Harlan Twofeathers']], // role before
    ['Results given to the nurse, Imelda, at 0900.', ['Imelda']], // role, then a comma
    ['/s/ P. Abernethy-Quist   03/02/25', ['P. Abernethy-Quist']], // e-signature mark
    ['see you thursday\n\n-Priyanka\n', ['Priyanka']], // dash signature
    ['Cared for by Doña Esperanza Villalobos.', ['Esperanza Villalobos']], // Spanish honorific
  ]
  for (const [text, expected] of rows) {
    test(JSON.stringify(text), () => assert.deepEqual(namesIn(text), expected))
  }
})

describe('headings and abbreviations after cues are not names', () => {
  const rows: string[] = [
    'Dear Claims Reviewer,\n\nPlease reconsider.', // a role after a greeting
    'PATIENT INVOICE\nAmount due: $40', // a heading in capitals after "patient"
    'Thanks Ruth, PRN is fine.', // "Last, First" with an abbreviation as the first name
    'RE: Appeal for reconsideration of the claim', // a subject line after "RE:"
    'Pacing: AV delay 150 ms. Sensing RV 8 mV', // milliseconds, not "Ms."
    '- Metformin\n\n- Lisinopril\n', // a list, not a signature
  ]
  for (const text of rows) {
    test(JSON.stringify(text), () => {
      const names = namesIn(text).filter((name) => !['Ruth'].includes(name))
      assert.deepEqual(names, [])
    })
  }
})

describe('nicknames, initials, particles and quoted names keep the whole name', () => {
  type Row = [text: string, expected: string[]]
  const rows: Row[] = [
    ['Resident: Wilhelmina "Billie" Ostrander   Room 4', ['Wilhelmina "Billie" Ostrander']],
    ['Scrub tech: Thomas "TJ" Abernathy, CST', ['Thomas "TJ" Abernathy']], // nickname in capitals
    ['Member: Okafor, Chidinma "Chi"   ID on file', ['Okafor, Chidinma "Chi"']], // nickname last
    ['Swab sent, resulted to R. Vanterpool at 14:10.', ['R. Vanterpool']], // initial after "to"
    ['Specimen rejected by K. Maddox-Ibarra; redraw', ['K. Maddox-Ibarra']], // initial after "by"
    ['Cosigned H. Okeke LPN 3/3/2025', ['H. Okeke']], // "Cosigned" is outside the span
    ['Name of insured: V. Castellanos-Reid', ['V. Castellanos-Reid']], // label opening "name"
    ['Registrar: M. Quintanilla', ['M. Quintanilla']], // front-desk role as a label
    ['Thank you for seeing her.\nRegards, Dr. de la Fuente', ['de la Fuente']], // particle
    ['Fr. Benedikt Sorensen gave the anointing.', ['Benedikt Sorensen']], // religious title
    ['Your therapist today: Oluwaseun (PT).', ['Oluwaseun']], // role, then "today"
    ['a tech named Bjorn drew the labs', ['Bjorn']], // "named"
    ['2025-04-02 09:14 u55120 "Mbeki, Thandiwe" PA WS-2E-11', ['Mbeki, Thandiwe']], // audit log
    ['asking about my wife Dot, Dorothy Kraszewski, who', ['Dot', 'Dorothy Kraszewski']],
    ["ask her son Wesley's cell number", ['Wesley']], // relation before a possessive
    ['Also known as: R.T. Baptiste-Okoro', ['R.T. Baptiste-Okoro']], // glued initials
    ['Child: Soren Vasquez-Lindqvist   Grade 3', ['Soren Vasquez-Lindqvist']],
    ['Phone note.\nMargaret called the office at 3pm.', ['Margaret']], // given name, verb
    ['Per Papa Tiberius the meds are at home', ['Tiberius']], // family name for a grandparent
  ]
  for (const [text, expected] of rows) {
    test(JSON.stringify(text), () => assert.deepEqual(namesIn(text), expected))
  }
})

describe('HL7 XCN names with a middle name or in other segments', () => {
  type Row = [text: string, expected: string[]]
  const rows: Row[] = [
    ['PID|1||55^^^H^MR||OYELOWO^MARGARET^ADAEZE||19500101|F', ['OYELOWO^MARGARET^ADAEZE']],
    ['AIP|1|A|WOJCIECHOWSKA^BOGUMILA^^^^^MD|ATTENDING', ['WOJCIECHOWSKA^BOGUMILA']], // degree
    ['PV1|1|I|4W^12^A||||1093817463^RAJAGOPALAN^SRINIVAS|||MED', ['RAJAGOPALAN^SRINIVAS']], // ID
    ['PV1|1|E|ED^136^B^RMC||||', []], // room^bed^facility after a short number is no name
    ['OBR|1||XR^CHEST^LOCAL|', []], // a coded value with a word third component
  ]
  for (const [text, expected] of rows) {
    test(JSON.stringify(text), () => assert.deepEqual(namesIn(text), expected))
  }
})

describe('caret names copied into plain text', () => {
  // Through the whole detector: a label cue may also propose the surname alone, and overlap
  // resolution must keep the whole caret name.
  const detector = new Detector()
  const personsIn = (text: string): string[] =>
    detector
      .scan(text)
      .findings.filter((f) => f.type === 'PERSON')
      .map((f) => text.slice(f.start, f.end))

  type Row = [text: string, expected: string[]]
  const rows: Row[] = [
    ['Subject: OKONKWO^ADAEZE^N  Room 4', ['OKONKWO^ADAEZE^N']], // after a label, with an initial
    ['Chart copied for NGUYEN^THANH today.', ['NGUYEN^THANH']], // known given name, in a sentence
    ['Pt:ZIELINSKA^HALINA^M\nDOB on file', ['ZIELINSKA^HALINA^M']], // straight after a colon
    ['Ship to Fargo^ND and code SSA^SS.', []], // codes with the same shape
    ['Flag LAB^CRITICAL^HIGH raised', []], // a coded value with a word third component
  ]
  for (const [text, expected] of rows) {
    test(JSON.stringify(text), () => assert.deepEqual(personsIn(text), expected))
  }
})

describe('department, form and vital-sign words are not names', () => {
  type Row = [text: string, why: string]
  const rows: Row[] = [
    ['Sincerely,\nUtilization Management\nAcme Health Plan', 'a department signing off'],
    ['Send to Patient Accounts or Patient Relations.', 'departments after "Patient"'],
    ['Patient Type: Inpatient', 'a form field after "Patient"'],
    ['Job title: cook   Hired: 03/2019', 'a form field after a role word'],
    ['Re: Formal grievance', 'a subject line'],
    ['Interpreter: Somali   Room 12', 'a language after the interpreter label'],
    ['RE: Level 2 review of the claim', 'a common word in a subject line'],
    ['To: Riverside Clinic Patient Support', 'a help desk in an address line'],
    ['Logged in at WS-4N-07 10.2.2.2', 'a workstation code'],
    ['Reviewed with RN Care Coordinator today', 'a word before a role word'],
    ['Radiology called with the read.', 'a department before "called"'],
  ]
  for (const [text, why] of rows) {
    test(`${why}: ${JSON.stringify(text)}`, () => assert.deepEqual(namesIn(text), []))
  }
  test('a vital sign after a name in capitals stays outside it', () => {
    assert.deepEqual(namesIn('RRT 5W - MRS. OKONJO-BALOGUN SBP 80s'), ['OKONJO-BALOGUN'])
  })
})
