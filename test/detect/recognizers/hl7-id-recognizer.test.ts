import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { hl7IdRecognizer } from '../../../src/detect/recognizers/hl7-id-recognizer.js'
import { ScanDocument } from '../../../src/detect/scan-document.js'

function found(text: string): string[] {
  return hl7IdRecognizer
    .find(new ScanDocument(text), [])
    .sort((a, b) => a.start - b.start)
    .map((c) => `${c.type} ${text.slice(c.start, c.end)}`)
}

/** A segment with the given fields set by HL7 field number and the others empty. */
function segment(name: string, fields: Record<number, string>): string {
  const last = Math.max(...Object.keys(fields).map(Number))
  const values = Array.from({ length: last }, (_, i) => fields[i + 1] ?? '')
  return [name, ...values].join('|')
}

const MSH = 'MSH|^~\\&|EPIC|LAB01|ROUTER|HIE|20240101||ADT^A01|2223895186|P|2.5.1'

describe('hl7-id: identifiers by segment and field', () => {
  const rows: Array<[name: string, segment: string, want: string[]]> = [
    // PID-3 repetitions: the type code decides; SS is the SSN recognizer's
    ['PID-3 MR and SS', 'PID|1||00306297^^^LAB01^MR~074-59-7370^^^SSA^SS', ['MRN 00306297']],
    ['PID-3 account type', 'PID|1||A1234567^^^HOSP^AN', ['ACCOUNT_NUMBER A1234567']],
    ['PID-3 without a type code', 'PID|1||E5361019', ['MRN E5361019']],
    // PID-18 account, PID-20 driver licence with its state
    [
      'PID-18 and PID-20',
      segment('PID', { 3: '1234567^^^H^MR', 5: 'DOE^JANE', 18: 'HAR515867364', 20: 'D1234567^CA' }),
      ['MRN 1234567', 'ACCOUNT_NUMBER HAR515867364', 'LICENSE_NUMBER D1234567'],
    ],
    // One field late, a number^state licence is still a licence
    [
      'licence in PID-21',
      segment('PID', { 3: '1234567^^^H^MR', 18: '87386490', 21: 'S 175 271 796 762^MI' }),
      ['MRN 1234567', 'ACCOUNT_NUMBER 87386490', 'LICENSE_NUMBER S 175 271 796 762'],
    ],
    // The account one field late, in PID-19, when that field holds no SSN
    [
      'account in PID-19',
      segment('PID', { 3: 'M0048812^^^H^MR', 5: 'ROE^ANA', 19: '0077120455' }),
      ['MRN M0048812', 'ACCOUNT_NUMBER 0077120455'],
    ],
    [
      'SSN in PID-19 is left to the SSN recognizer',
      segment('PID', { 3: 'M0048812^^^H^MR', 19: '512-44-0917' }),
      ['MRN M0048812'],
    ],
    // PV1-19 visit number (and PV1-18 where senders put it)
    ['PV1 visit number', segment('PV1', { 2: 'O', 19: 'ENC24130963' }), ['OTHER_ID ENC24130963']],
    // IN1-8 group number, IN1-36 policy number
    [
      'IN1 group and policy',
      segment('IN1', {
        1: '1',
        2: 'PPO',
        3: '69644',
        4: 'ANTHEM',
        8: 'GRP-7788',
        36: 'UCV532445J63',
      }),
      ['HEALTH_PLAN_ID GRP-7788', 'HEALTH_PLAN_ID UCV532445J63'],
    ],
    // OBR-3 filler order number is the lab accession; OBR-2 placer order is not reported
    [
      'OBR accession',
      'OBR|1|87258838|69-893-1725|CBC^Complete blood count',
      ['OTHER_ID 69-893-1725'],
    ],
    // SCH-1 and SCH-2: the placer's and the filler's ID of one appointment
    [
      'SCH appointment IDs',
      'SCH|55031987^EPIC|APT-77120^PACS||||CT^CT HEAD',
      ['OTHER_ID 55031987', 'OTHER_ID APT-77120'],
    ],
  ]
  for (const [name, segment, want] of rows) {
    test(name, () => assert.deepEqual(found(`${MSH}\r${segment}\r`), want))
  }

  test('the message control ID and facility codes in MSH are not identifiers', () => {
    assert.deepEqual(found(`${MSH}\rEVN|A01|20240101\r`), [])
  })

  test('a segment name inside a line is not a segment', () => {
    assert.deepEqual(found('see note: XPID|1||00306297^^^LAB01^MR'), [])
  })

  test('X12 claim text: identifiers by segment, element and qualifier', () => {
    const x12 = [
      'ST*835*0001~',
      'CLP*PCN-44120*1*250.00*180.00**MC*2025041100877*11*1~',
      'NM1*QC*1*OKAFOR*CHIDI****MI*ZKP441200871~',
      'NM1*82*1*LINDQVIST*ANNA****XX*1234567893~',
      'REF*EA*00551207~',
      'REF*G1*AUTH-77120~',
      'SVC*HC:99213*250*180**1~',
      'AMT*B6*180~',
    ].join('\n')
    assert.deepEqual(found(x12), [
      'ACCOUNT_NUMBER PCN-44120',
      'OTHER_ID 2025041100877',
      'HEALTH_PLAN_ID ZKP441200871',
      'NPI 1234567893',
      'MRN 00551207',
      'OTHER_ID AUTH-77120',
    ])
  })

  test('X12 amounts, codes and an NPI that fails its check are not identifiers', () => {
    const x12 =
      'CLM*A1*250***11:B:1*Y*A*Y*Y~\nNM1*82*1*ROE*ANA****XX*1234567890~\nSV1*HC:99213*250~'
    assert.deepEqual(found(x12), [])
  })

  test('IN1 amounts and dates after the policy field are not member IDs', () => {
    const in1 = segment('IN1', { 36: 'P123456', 37: '500.00', 38: '20240101', 39: '30' })
    assert.deepEqual(found(`${MSH}\r${in1}`), ['HEALTH_PLAN_ID P123456'])
  })
})
