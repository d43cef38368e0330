import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { recordIdRecognizer } from '../../../src/detect/recognizers/record-id-recognizer.js'
import { ScanDocument } from '../../../src/detect/scan-document.js'

/** What the recognizer proposes, as `TYPE value` strings in text order. */
function found(text: string): string[] {
  return recordIdRecognizer
    .find(new ScanDocument(text), [])
    .sort((a, b) => a.start - b.start)
    .map((c) => `${c.type} ${text.slice(c.start, c.end)}`)
}

describe('record-id: a label in front names the identifier', () => {
  const rows: Array<[name: string, text: string, want: string[]]> = [
    // Medical record numbers
    ['MRN with colon', 'MRN: 00801120', ['MRN 00801120']],
    ['MRN in parentheses', 'Jane Roe (MRN 00801120) was seen', ['MRN 00801120']],
    ['Med Rec # with dashes', 'Med Rec #: 684-46-26', ['MRN 684-46-26']],
    ['MR# glued', 'MR#12345678', ['MRN 12345678']],
    ['medical record number spelled out', 'Medical Record Number: E1234567', ['MRN E1234567']],
    ['patient ID', 'Patient ID: PT-0048812', ['MRN PT-0048812']],
    ['label then verb', 'her MRN is 00123456', ['MRN 00123456']],
    ['a form that allows a blank', 'MRN (if known): KB2203318', ['MRN KB2203318']],
    ['hospice number', 'Hospice ID: HSP-77102 (cert period 2)', ['MRN HSP-77102']],
    [
      'an access-log line with the quoted patient name',
      '09:12:44 jdoe RN VIEW_NOTE 6620931 "MARTINEZ, ROSA" reason=treatment',
      ['MRN 6620931'],
    ],
    ['a quoted name after a count is no log line', 'printed 12 "Smith, Jo" labels', []],
    ['a payer, a comma, then ID', 'Coverage: Aetna, ID W551208904', ['HEALTH_PLAN_ID W551208904']],
    [
      'a collection agency file',
      'Our File Number: CR-2511-40712',
      ['ACCOUNT_NUMBER CR-2511-40712'],
    ],
    ['an attorney', 'counsel of record, State Bar No. 240118', ['LICENSE_NUMBER 240118']],
    ['a speech pathologist', 'M. Ortiz, CCC-SLP, ASHA # 14420981', ['LICENSE_NUMBER 14420981']],
    ['a police report', 'Report filed with Eastside PD # 25-118204.', ['OTHER_ID 25-118204']],
    ['a case number in two groups', 'Board case no. K2207 4410 filed', ['OTHER_ID K2207 4410']],
    [
      'two accessions under one label',
      'accession SP25-30112 / SP25-30113 sent',
      ['OTHER_ID SP25-30112', 'OTHER_ID SP25-30113'],
    ],
    [
      'a policy under a named insurer',
      'Carrier: Granite State Mutual  Policy 77102-2025',
      ['HEALTH_PLAN_ID 77102-2025'],
    ],
    [
      'spaced member groups with a person code',
      'Member ID: QHP 551 208 904-02',
      ['HEALTH_PLAN_ID QHP 551 208 904-02'],
    ],
    // Health plan numbers
    [
      'member and group on one line',
      'Member ID: W123456789  Group #: GA37548',
      ['HEALTH_PLAN_ID W123456789', 'HEALTH_PLAN_ID GA37548'],
    ],
    ['subscriber number', 'Subscriber No. XJK355404821', ['HEALTH_PLAN_ID XJK355404821']],
    ['policy number', 'Policy Number: POL-88812345', ['HEALTH_PLAN_ID POL-88812345']],
    [
      'payer then ID in parentheses',
      'He has Aetna (ID W123456789).',
      ['HEALTH_PLAN_ID W123456789'],
    ],
    ['payer right before ID', 'Blue Cross ID 12345678', ['HEALTH_PLAN_ID 12345678']],
    // Accounts
    [
      'header block with two labels',
      'MRN 4995008  Acct 889378-2174',
      ['MRN 4995008', 'ACCOUNT_NUMBER 889378-2174'],
    ],
    ['patient account number', 'Patient Acct No: HAR100293847', ['ACCOUNT_NUMBER HAR100293847']],
    // Licences
    [
      'driver licence with dashes',
      "Driver's License #: A616-4490-7061",
      ['LICENSE_NUMBER A616-4490-7061'],
    ],
    [
      'driver licence in spaced groups',
      "Driver's license number is 74 060 485",
      ['LICENSE_NUMBER 74 060 485'],
    ],
    ['letter then spaced groups', 'DL# X 242 175 528 134', ['LICENSE_NUMBER X 242 175 528 134']],
    [
      'state code between label and number',
      "Driver's License (CA): D1234567",
      ['LICENSE_NUMBER D1234567'],
    ],
    ['professional licence', 'State License: MD910418', ['LICENSE_NUMBER MD910418']],
    // Devices
    [
      'serial no. of an implant',
      'pacemaker (Abbott, serial no. SN71172057)',
      ['DEVICE_ID SN71172057'],
    ],
    ['S/N', 'S/N: RNB412345S', ['DEVICE_ID RNB412345S']],
    // Encounter-level identifiers
    ['claim', 'CLAIM 3908012807877  PAYER: Aetna', ['OTHER_ID 3908012807877']],
    ['accession', 'Accession #: 30-388-0705', ['OTHER_ID 30-388-0705']],
    ['encounter ID', 'Encounter ID: ENC88213345', ['OTHER_ID ENC88213345']],
    ['prior authorization', 'Prior authorization PA-77812-X approved', ['OTHER_ID PA-77812-X']],
    // An identifier between a name and a date of birth in a header line
    ['header before DOB', 'YOUNG, PAGE  00892509  DOB 11/09/2007  F', ['MRN 00892509']],
  ]
  for (const [name, text, want] of rows) {
    test(name, () => assert.deepEqual(found(text), want))
  }
})

describe('record-id: near-misses are not identifiers', () => {
  const rows: Array<[name: string, text: string]> = [
    // Card authorisation codes are not prior authorisations
    ['auth code', 'card 4111 exp 01/27 auth code AP1234'],
    // Order, invoice and purchase order numbers belong to businesses
    ['order and invoice numbers', 'Order #: 31362956  Invoice 88812345  PO Number 5444518'],
    // Codes are health information, not identifiers
    ['LOINC, CPT and NDC codes', 'LOINC 54570-6  CPT 99214  NDC 0002-1433-80'],
    // A word that is a label only with a qualifier
    ['patient without qualifier', 'Patient 12345678 seen today'],
    // A hospital policy, not an insurance policy
    ['policy without qualifier', 'per hospital policy 4412-3'],
    // Dates after a label
    ['date after encounter', 'Encounter: 2021-03-04'],
    // A bank account is another recognizer's
    ['bank account', 'ACH refund to account 000123456789 (checking)'],
    // "ID" without a payer in front
    ['order ID in parentheses', 'Order (ID 12345678)'],
    // Version numbers and message control IDs
    ['version number', 'Version 10.5.8.22 build 20240501'],
    // A unit, not a driver licence
    ['mg/dL is not DL', 'Glucose 105 mg/dL 70-99'],
    // Placeholder digits
    ['repeated digit', 'MRN: 0000000'],
  ]
  for (const [name, text] of rows) {
    test(name, () => assert.deepEqual(found(text), []))
  }
})

describe('record-id: labels of other settings and styles', () => {
  const rows: Array<[name: string, text: string, want: string[]]> = [
    // A colon qualifies words that are ordinary on their own
    ['chart with colon', 'Pt seen in clinic.  Chart: 20931   DOB 4/4/1961', ['MRN 20931']],
    ['patient with colon', 'Patient: 77120455 (transfer from 4W)', ['MRN 77120455']],
    // Behavioural and home health call the patient a client
    ['client number', 'Client #: HHA-55120  Visit 3 of 12', ['MRN HHA-55120']],
    ['client ID', 'Client ID 0093318 attended group', ['MRN 0093318']],
    // Two labels joined by a slash: the one next to the value counts
    ['chart after slash', 'Acct/Chart # VMC-330187', ['MRN VMC-330187']],
    ['account after slash', 'MRN/Acct: 55120-04', ['ACCOUNT_NUMBER 55120-04']],
    // Pharmacy benefit and insurance cards
    ['cardholder ID', 'Cardholder ID: RXB88120034', ['HEALTH_PLAN_ID RXB88120034']],
    [
      'payer unknown to the list after Ins:',
      'Ins: Prairie Mutual ID PMH40021877',
      ['HEALTH_PLAN_ID PMH40021877'],
    ],
    ['person code after member ID', 'member no. is K70042218 02.', ['HEALTH_PLAN_ID K70042218 02']],
    // Encounter-level identifiers of other genres
    ['event number', 'Safety Event #: SE-2025-00412 filed', ['OTHER_ID SE-2025-00412']],
    ['call ID', 'Call ID: IVR-5531-0092 (inbound)', ['OTHER_ID IVR-5531-0092']],
    ['police report', 'Police report no. 25-118420 filed', ['OTHER_ID 25-118420']],
    [
      'case with ID-shaped value',
      'opened case HIM-25-0331 for the request',
      ['OTHER_ID HIM-25-0331'],
    ],
    ['pathology case with colon', 'Case: S25-40112', ['OTHER_ID S25-40112']],
    ['ref with ID-shaped value', 'appeal sent, ref BCX-77120-A', ['OTHER_ID BCX-77120-A']],
    ['accession as ACC:', 'ACC: CT99120334', ['OTHER_ID CT99120334']],
    ['prescription number', 'Rx #: 6620184  Refills: 2', ['OTHER_ID 6620184']],
    ['application number', 'SNAP application # APP-2291044', ['OTHER_ID APP-2291044']],
    // A short capital prefix and spaced digit groups after a label
    ['kit with a prefix', 'screening kit # NBS 25-330172 sent', ['OTHER_ID NBS 25-330172']],
    ['reference in groups', 'reference PA 4410 2297, pending', ['OTHER_ID PA 4410 2297']],
    // Dotted professional and facility licences
    ['board licence with a dot', 'Certifier license # 35.204417', ['LICENSE_NUMBER 35.204417']],
    ['facility licence with a dot', 'Funeral home licence FH.004471', ['LICENSE_NUMBER FH.004471']],
    // Claim text: the provider's patient control number, the payer's control number
    ['patient control number', 'Pt Control No. BRK-PT-448120', ['ACCOUNT_NUMBER BRK-PT-448120']],
    ['clearinghouse ICN', 'Payer ICN 24190044178812 denied', ['OTHER_ID 24190044178812']],
    ['Medicaid TCN', 'TCN: 2025044100712 (resubmit)', ['OTHER_ID 2025044100712']],
    // Ambulance, blood bank and telehealth records number one person's episode
    ['ambulance report', 'ePCR #: MED7-2025-11402 attached', ['OTHER_ID MED7-2025-11402']],
    ['blood bank band', 'Blood Bank ID: BB-88120 on wristband', ['OTHER_ID BB-88120']],
    ['armband number', 'armband no. Q551207 checked x2', ['OTHER_ID Q551207']],
    ['telehealth session', 'Session ID: TH-4471-20931 dropped once', ['OTHER_ID TH-4471-20931']],
    ['records request', 'ROI Request #: 25-00917 logged', ['OTHER_ID 25-00917']],
    ['credentialing profile', 'CAQH ProView # 12044718', []],
    ['CAQH number', 'CAQH # 12044718', ['OTHER_ID 12044718']],
    // A word in parentheses between the label and its value
    ['registry ID with its system', 'Registry ID (CAIR2): CA-55120-884', ['OTHER_ID CA-55120-884']],
    [
      'member ID with a variant',
      'Member ID (primary): JQX77120455',
      ['HEALTH_PLAN_ID JQX77120455'],
    ],
    // A payer's full plan name before a bare ID
    [
      'a plan name of several words before ID',
      'Payer: Keystone Senior Advantage PPO  ID K70042218',
      ['HEALTH_PLAN_ID K70042218'],
    ],
    [
      'a listed payer, then more words, then ID',
      'Aetna Better Health of Ohio   ID MHX44120087',
      ['HEALTH_PLAN_ID MHX44120087'],
    ],
    [
      'a listed payer before a policy word',
      'also covered by Cigna (policy U44120981)',
      ['HEALTH_PLAN_ID U44120981'],
    ],
    [
      'a Medicare supplement plan before a policy word',
      'Secondary: Bayou Senior Supplement   Policy BSS-44120871',
      ['HEALTH_PLAN_ID BSS-44120871'],
    ],
    ['a pharmacy card group', 'RxGrp: HPX44120', ['HEALTH_PLAN_ID HPX44120']],
    // A clinician's malpractice policy is no health plan number
    [
      'a malpractice policy',
      'Professional liability carrier: MedPro  Policy # MP-0044128',
      ['OTHER_ID MP-0044128'],
    ],
    // A record number in parentheses after the patient's name in a list
    ['schedule row', '0930  Okafor, Chidi N. (KM0044120)  labs first', ['MRN KM0044120']],
    ['census row in capitals', 'BED 4  LINDQVIST, ANNA (00551207)', ['MRN 00551207']],
  ]
  for (const [name, text, want] of rows) {
    test(name, () => assert.deepEqual(found(text), want))
  }
})

describe('record-id: look-alikes of the new labels', () => {
  const rows: Array<[name: string, text: string]> = [
    // An invoice's reference and a lab's reference range: no letters, no identifier
    ['invoice reference', 'Reference: 938-21-4019'],
    ['reference range', 'Sodium 140 (ref 135-145)'],
    // A hospital policy document's own number
    ['policy document code', 'POLICY: Specimen Labeling    Policy No. QA-LAB-0107'],
    // A general-ledger account belongs to the hospital
    ['GL account', 'charge to GL account 7240-110-6610, cost center 4410'],
    ['vendor account', 'Vendor account # 100442-77'],
    // Without a colon or an ID-shaped value the word is ordinary
    ['case in prose', 'in case 2024 goes badly'],
    ['chart in prose', 'chart 1200 mL intake'],
    // Times and CPT codes after words that do not take a bare colon
    ['visit with colon and CPT', 'Visit: 99214 level 4'],
    ['admission time', 'Admission: 0830 via ED'],
    // A code name between a label and its number is not a prefix of it
    ['NPI after a group name', 'Billing: Lakeside Medical Group  NPI 1234567893'],
    ['CPT after an account word', 'acct CPT 99213 billed'],
    // A pharmacy card's BIN and PCN name the processor, not the member
    ['BIN after Rx', 'Rx BIN 004336  PCN ADV'],
    // IT tickets and change requests are about a system
    ['IT ticket', 'opened IT ticket INC0044120 for the printer'],
    ['change request', 'Change Request # CHG0044120 approved'],
    // Other IDs after a payer's name are not the member's
    ['provider ID after a payer', 'Aetna  Provider ID PRV441208'],
    // Parentheses after a name that hold no record number
    ['a count after a name', 'Okafor, Chidi (x3 attempts)'],
    ['a year after a name', 'Okafor, Chidi (2019)'],
  ]
  for (const [name, text] of rows) {
    test(name, () => assert.deepEqual(found(text), []))
  }
})

test('record-id: a hand-aligned table drifts a column, with values above the row', () => {
  const table = [
    'ITEM                     MODEL     SERIAL          LOT',
    'Generator, single        XR100     GNB448120Q      L2291',
    'Lead, passive, 45 cm      4092-45   LDA5512093      --',
  ].join('\n')

  assert.deepEqual(found(table), ['DEVICE_ID GNB448120Q', 'DEVICE_ID LDA5512093'])
})

test('record-id: a finding explains itself with the label, never the value', () => {
  const [candidate] = recordIdRecognizer.find(new ScanDocument('Acct #: 4455667788'), [])
  assert.ok(candidate)

  assert.equal(candidate.type, 'ACCOUNT_NUMBER')
  assert.deepEqual(candidate.supportingWords, ['acct #'])
  assert.equal(candidate.contextApplied, true)
  assert.ok(!JSON.stringify(candidate).includes('4455667788'))
})

describe('record-id: a column header names the identifiers below it', () => {
  const rows: Array<[name: string, text: string, want: string[]]> = [
    // Space-aligned columns
    [
      'aligned table',
      'MRN       Account      DOB\n00123456  8812345-01   01/02/1950',
      ['MRN 00123456', 'ACCOUNT_NUMBER 8812345-01'],
    ],
    // Comma-separated values, header in the first row
    [
      'CSV',
      'Name,MRN,DOB,Member ID\nRoe Jane,00123456,01/02/1950,W123456789',
      ['MRN 00123456', 'HEALTH_PLAN_ID W123456789'],
    ],
    // Markdown table with its separator row
    [
      'markdown table',
      '| Patient | MRN | Visit # |\n|---|---|---|\n| Jane Roe | E1234567 | V20240011 |',
      ['MRN E1234567', 'OTHER_ID V20240011'],
    ],
    // A heading that merely ends in a label word is not a column header
    ['letterhead above an address', 'Valley Medical Group\n15859 Daniel Mills', []],
    // A column headed by something else
    ['CPT column', 'LN  DOS         CPT    DX\n01  02/21/2025  99232  E05.00', []],
  ]
  for (const [name, text, want] of rows) {
    test(name, () => assert.deepEqual(found(text), want))
  }
})
