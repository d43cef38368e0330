/**
 * Synthetic clinical text for the benchmarks: discharge summaries, progress notes, referral
 * letters and message threads built from templates and small word lists.
 *
 * Everything here is made up and deterministic (a seeded generator), so two runs scan the same
 * text. The output is ASCII only: V8 then stores it one byte per character, and megabytes of
 * text are megabytes of memory. Most of it is ordinary clinical prose, as in real notes,
 * with identifiers (names, dates, MRNs, phones, addresses, e-mails, SSNs) scattered through.
 */

// Space-separated, so that the lists stay short on the page.
const FIRST_NAMES = (
  'Marisol Thomas Priya Howard Aaliyah Gunnar Ines Kwame Dorothy Rafael Mei Oluwaseun ' +
  'Bridget Tobias Leticia Arjun Colleen Dmitri Fatima Wendell Yuki Esperanza Callum ' +
  'Naomi Bartholomew Ingrid'
).split(' ')
const LAST_NAMES = (
  'Delgado Okafor Raman Feng Whitcombe Lindqvist Barros Mensah Kowalski Ferreira ' +
  'Takahashi Adeyemi Fitzgerald Brandt Quintero Venkataraman McAllister Volkov Haddad ' +
  'Pruitt Nakamura Castellanos Abernathy Osei'
).split(' ')
const STREETS = [
  'Larkspur Lane',
  'Birchwood Avenue',
  'Old Mill Road',
  'Harbor View Drive',
  'Cedar Street',
  'Maple Court',
  'Quarry Hill Road',
  'Sycamore Boulevard',
  'Juniper Way',
  'Station Street',
] as const
const CITIES = [
  ['Springfield', 'IL', '627'],
  ['Fairview', 'OR', '970'],
  ['Riverton', 'WY', '825'],
  ['Greenville', 'SC', '296'],
  ['Madison', 'WI', '537'],
  ['Franklin', 'TN', '370'],
  ['Salem', 'MA', '019'],
  ['Georgetown', 'TX', '786'],
  ['Clinton', 'IA', '527'],
] as const
const DIAGNOSES = [
  'community-acquired pneumonia',
  'type 2 diabetes mellitus',
  'congestive heart failure',
  'chronic obstructive pulmonary disease',
  'acute kidney injury',
  'atrial fibrillation',
  'major depressive disorder',
  'cellulitis of the left lower leg',
  'urinary tract infection',
  'essential hypertension',
  'hypothyroidism',
  'iron deficiency anaemia',
  'migraine without aura',
  'osteoarthritis of the right knee',
  'gastro-oesophageal reflux disease',
  'asthma exacerbation',
] as const
const DRUGS = [
  'metformin 1000 mg twice daily',
  'lisinopril 20 mg daily',
  'atorvastatin 40 mg at night',
  'apixaban 5 mg twice daily',
  'furosemide 40 mg every morning',
  'levothyroxine 75 mcg daily',
  'sertraline 50 mg daily',
  'amoxicillin-clavulanate 875 mg twice daily for 5 days',
  'omeprazole 20 mg before breakfast',
  'salbutamol inhaler 2 puffs as needed',
  'insulin glargine 18 units at bedtime',
  'ferrous sulfate 325 mg daily',
  'cephalexin 500 mg four times daily for 7 days',
  'metoprolol succinate 50 mg daily',
] as const
const FINDINGS = [
  'Lungs clear to auscultation bilaterally, no wheeze or crackles.',
  'Heart sounds regular, no murmurs, rubs or gallops.',
  'Abdomen soft and non-tender, bowel sounds present.',
  'No peripheral oedema; pedal pulses palpable.',
  'Alert and oriented to person, place and time.',
  'Mild erythema and warmth over the anterior shin, no fluctuance.',
  'Oxygen saturation 94% on room air, rising to 98% on 2 L nasal cannula.',
  'Blood pressure 142/88, heart rate 96, temperature 38.2 C.',
  'Chest X-ray shows right lower lobe consolidation without effusion.',
  'ECG: atrial fibrillation with controlled ventricular rate, no acute ST changes.',
  'Creatinine 1.8 mg/dL, up from a baseline of 1.1; potassium 5.2 mmol/L.',
  'HbA1c 8.4%, LDL 132 mg/dL, TSH 6.1 mIU/L.',
] as const
const PLANS = [
  'Continue current antibiotics and reassess in 48 hours.',
  'Encourage oral fluids and repeat renal function tomorrow morning.',
  'Titrate the diuretic to daily weights, target loss 0.5 to 1 kg per day.',
  'Refer to physiotherapy for mobility assessment before discharge.',
  'Discussed the diagnosis and the plan; questions answered.',
  'Diabetes education booked; review home glucose log at next visit.',
  'Hold anticoagulation the night before the procedure, resume the day after.',
  'Return to the emergency department with chest pain, fever or shortness of breath.',
  'Smoking cessation counselling given; nicotine replacement offered and accepted.',
  'Follow up in the clinic in two weeks with repeat bloods.',
] as const
const PROSE = [
  'The patient reports gradually worsening symptoms over the past several days.',
  'Sleep has been poor because of nocturnal cough, and appetite is reduced.',
  'There is no history of recent travel, sick contacts or new medications.',
  'Family history is notable for ischaemic heart disease in a first-degree relative.',
  'Social history: lives with a partner, independent with activities of daily living.',
  'Review of systems is otherwise negative apart from fatigue.',
  'Previous admissions were uncomplicated and records were reviewed in full.',
  'Pain is rated five out of ten, worse on movement and relieved by rest.',
  'Medication adherence is good according to the pharmacy refill history.',
  'The nursing team noted stable observations overnight without escalation.',
] as const

/** A seeded generator (mulberry32): fast, and the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Writes one synthetic document after another. */
export class NoteWriter {
  readonly #random: () => number

  constructor(seed = 20250301) {
    this.#random = seededRandom(seed)
  }

  /** Next document: a note, a referral letter or a message thread, about 1 to 4 KB. */
  next(): string {
    const roll = this.#random()
    if (roll < 0.6) return this.#note()
    if (roll < 0.85) return this.#letter()
    return this.#thread()
  }

  /** Documents joined by blank lines until the text is at least `chars` long. */
  piece(chars: number): string {
    const parts: string[] = []
    let length = 0
    while (length < chars) {
      const doc = this.next()
      parts.push(doc)
      length += doc.length + 2
    }
    return parts.join('\n\n')
  }

  #note(): string {
    const name = this.#name()
    const [first, last] = name
    const lines = [
      'DISCHARGE SUMMARY',
      `Patient: ${last}, ${first}    MRN: ${this.#digits(8)}    DOB: ${this.#date()}`,
      `Address: ${this.#address()}`,
      `Phone: ${this.#phone()}    Admitted: ${this.#date()}    Discharged: ${this.#date()}`,
      `Attending: Dr. ${this.#fullName()}, MD`,
      '',
      `Diagnoses: ${this.#pick(DIAGNOSES)}; ${this.#pick(DIAGNOSES)}.`,
      '',
      `History: ${first} ${last} is a ${String(20 + this.#int(70))}-year-old seen for ` +
        `${this.#pick(DIAGNOSES)}. ${this.#sentences(PROSE, 4)}`,
      '',
      `Examination: ${this.#sentences(FINDINGS, 4)}`,
      '',
      `Course: ${this.#sentences(PROSE, 3)} ${this.#sentences(FINDINGS, 2)}`,
      '',
      `Medications: ${this.#pick(DRUGS)}; ${this.#pick(DRUGS)}; ${this.#pick(DRUGS)}.`,
      '',
      `Plan: ${this.#sentences(PLANS, 3)}`,
    ]
    if (this.#random() < 0.2) lines.push(`Insurance verified; SSN on file ${this.#ssn()}.`)
    return lines.join('\n')
  }

  #letter(): string {
    const [first, last] = this.#name()
    return [
      `Dear Dr. ${this.#pick(LAST_NAMES)},`,
      '',
      `Thank you for seeing ${first} ${last} (DOB ${this.#date()}, MRN ${this.#digits(8)}), ` +
        `whom I reviewed on ${this.#date()} for ${this.#pick(DIAGNOSES)}.`,
      `${this.#sentences(PROSE, 3)} ${this.#sentences(FINDINGS, 3)}`,
      `Current medications are ${this.#pick(DRUGS)} and ${this.#pick(DRUGS)}.`,
      this.#sentences(PLANS, 2),
      `The patient can be reached on ${this.#phone()} or at ${this.#email(first, last)}.`,
      '',
      'Kind regards,',
      `${this.#fullName()}, Family Medicine`,
    ].join('\n')
  }

  #thread(): string {
    const [first, last] = this.#name()
    const sender = this.#name()
    return [
      `From: ${sender[0]} ${sender[1]} <${this.#email(sender[0], sender[1])}>`,
      `Subject: Follow-up for ${first} ${last}`,
      '',
      `Can you call ${first} back on ${this.#phone()} about the results from ${this.#date()}?`,
      `${this.#sentences(FINDINGS, 2)} ${this.#sentences(PLANS, 2)}`,
      this.#sentences(PROSE, 2),
      'Thanks.',
    ].join('\n')
  }

  #name(): [string, string] {
    return [this.#pick(FIRST_NAMES), this.#pick(LAST_NAMES)]
  }

  #fullName(): string {
    return `${this.#pick(FIRST_NAMES)} ${this.#pick(LAST_NAMES)}`
  }

  #address(): string {
    const [city, state, zip3] = this.#pick(CITIES)
    return (
      `${String(100 + this.#int(9800))} ${this.#pick(STREETS)}, ${city}, ${state} ` +
      `${zip3}${this.#digits(2)}`
    )
  }

  #phone(): string {
    return `(${String(201 + this.#int(700))}) 555-${this.#digits(4)}`
  }

  #email(first: string, last: string): string {
    return `${first.toLowerCase()}.${last.toLowerCase()}${this.#digits(2)}@example.org`
  }

  #ssn(): string {
    return `${String(100 + this.#int(565))}-${String(10 + this.#int(89))}-${this.#digits(4)}`
  }

  #date(): string {
    const month = String(1 + this.#int(12)).padStart(2, '0')
    const day = String(1 + this.#int(28)).padStart(2, '0')
    return `${month}/${day}/${String(1930 + this.#int(95))}`
  }

  #digits(count: number): string {
    let out = ''
    for (let i = 0; i < count; i++) out += String(this.#int(10))
    return out
  }

  #sentences(list: readonly string[], count: number): string {
    const out: string[] = []
    for (let i = 0; i < count; i++) out.push(this.#pick(list))
    return out.join(' ')
  }

  #pick<T>(list: readonly T[]): T {
    return list[this.#int(list.length)]!
  }

  #int(below: number): number {
    return Math.floor(this.#random() * below)
  }
}
