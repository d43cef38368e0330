/**
 * Words that look like names when capitalised but, in clinical and business text, almost
 * never are. Lower case. A capitalised run that holds one of these is cut there.
 *
 * Written by hand from general knowledge: function words, pronouns, note headings, clinical
 * nouns, calendar words, places and titles. Names that are also common words ("Young",
 * "Hope") are in AMBIGUOUS_NAMES instead: they count only with a cue.
 */
const US_STATE_WORDS = `alabama alaska arizona arkansas california colorado connecticut delaware
  florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
  massachusetts michigan minnesota mississippi missouri montana nebraska nevada hampshire
  jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode island tennessee
  texas utah vermont virginia washington wisconsin wyoming`

/** Words of US state names, lower case ("new", "york" are not here: see NOT_A_NAME). */
export const US_STATES: ReadonlySet<string> = new Set(US_STATE_WORDS.split(/\s+/))

export const NOT_A_NAME: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before
  being below between both but by can could did do does doing down during each few for from
  further had has have having he her here hers herself him himself his how i if in into is it
  its itself just me more most my myself no nor not now of off on once only or other our ours
  out over own same she should so some such than that the their theirs them then there these
  they this those through to too under until up very was we were what when where which while
  who whom why with would you your yours yes ok okay please thank thanks sincerely regards
  best cheers dear hi hello hey re fw fwd cc bcc subject from sent date attn per via note notes
  patient pt name names provider physician dr mr mrs ms miss mx prof sir madam
  staff team office department dept unit room bed floor ward clinic hospital center
  centre medical health care family practice internal medicine general primary emergency urgent
  history physical exam examination assessment plan subjective objective impression diagnosis
  diagnoses procedure procedures medications medication meds allergies allergy labs lab
  results result reference range value values test tests tested vitals vital signs sign
  review reviewed discharge discharged admission admitted admit follow followup course hospital
  summary report reports reported progress visit visits referral reason chief complaint hpi
  ros pmh psh fh sh social surgical past present presents presented denies denied states
  stated reported reports noted notes tolerated underwent returns returned might must
  can shall continue continued start started stop stopped increase decrease hold monitor check
  recheck repeat return call called contact contacted seen see saw spoke discussed
  signature signed electronically dictated transcribed attending ordering referring rendering
  billing claim claims insurance member group policy payer plan subscriber guarantor primary
  secondary status paid pending pended denied submitted approved amount total balance due
  account invoice order receipt service services item items qty quantity price unit units
  sex male female man woman boy girl gentleman lady infant child adult elderly age aged dob
  yo year years month months week weeks day days today tomorrow yesterday morning evening
  night daily weekly monthly hour hours minute minutes time
  january february march september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri
  sat sun
  street st avenue ave road rd drive dr lane ln boulevard blvd court ct circle cir place pl
  suite ste apt apartment unit box po building way parkway pkwy highway hwy route terrace
  trail square loop row path crossing
  city town county state zip country north south east west northeast northwest southeast
  southwest lake mount mt fort port new saint san santa los las
  america american usa
  md do rn np pa pac phd lpn cna pharmd dnp aprn crna dds dmd dpm fnp msw lcsw rph ma mba
  mph facp facc jr sr ii iii iv esq
  bp hr rr spo temp wt ht bmi ekg ecg ct mri cbc bmp cmp inr ptt tsh ldl hdl eos abg ua
  er icu or pacu nicu picu ob gyn ent gi pcp ssn mrn npi dea dx rx tx hx sx fx
  po iv im sc sq prn bid tid qid qhs qd
  mg ml kg lb lbs cm mm mcg iu meq dl
  tablet tablets capsule capsules injection cream ointment solution drops inhaler
  normal abnormal high low positive negative pos neg critical stable unstable improved
  worsening chronic acute mild moderate severe bilateral left right upper lower anterior
  posterior
  phone tel telephone fax cell mobile home work email e-mail web www http https portal
  address city mailing billing
  heart lung lungs kidney liver brain chest abdomen head neck back skin eye eyes ear ears
  blood urine pain fever cough nausea vomiting
  disease syndrome palsy sign catheter scale score scores coma
  version release changelog fixed added removed changed deprecated security bug fix fixes
  feature features breaking update updated updates upgrade build
  recipe recipes ingredients method serves prep cook cooks tip tips cup cups tbsp tsp oz
  bake whisk stir simmer
  english spanish french chinese language interpreter
  mother father son daughter wife husband spouse partner sister brother parent parents
  grandmother grandfather grandson granddaughter aunt uncle niece nephew cousin friend
  guardian caregiver relationship relation emergency
  ms-drg drg cpt icd hcpcs loinc ndc tin ein
  ${US_STATE_WORDS}
  yes no none unknown other n/a na tbd self mom dad grandma grandpa desk front scheduling
  triage reception records referrals unassigned declined refused deceased selfreferred walkin
  multiple various file above below listed acct registration copying paging per
  turned says said told asked wants needs called calls came went goes lives living
  pizza cake cakes pie pies soup salad bread chicken beef pork sauce cookies cookie muffins
  cheesecake crust cracker crackers pasta casserole stew roast grilled baked fried pudding
  tart brownies pancakes waffles chili curry tacos burger sandwich smoothie
  science sciences
  accounts relations management utilization formal hired employee type cosigned
  cosign sbp dbp hgb wbc plt gcs bnp
  education handout handouts brochure leaflet pamphlet worksheet committee committees council
  subcommittee intake output outputs
  episcopalian muslim hindu buddhist sikh agnostic atheist hispanic latino latina caucasian
  level levels support helpdesk
  vietnamese spanish mandarin cantonese arabic somali russian korean tagalog portuguese polish
  hmong amharic farsi punjabi hindi urdu japanese navajo creole haitian swahili tigrinya nepali
  burmese ukrainian italian bengali gujarati tamil telugu khmer oromo dari pashto marshallese
  chuukese samoan tongan yoruba igbo ilocano`.split(/\s+/),
)

/**
 * Given names and surnames that are also everyday words ("Will", "Hope", "Young", "Street").
 * They count as names only with a cue (a title, label, credential or a known partner name),
 * and are found again by the late pass only where capitalised.
 */
export const AMBIGUOUS_NAMES: ReadonlySet<string> = new Set(
  `will hope grant may june april august rose lily iris violet daisy ivy summer autumn winter
  spring dawn eve faith joy grace glory honor honour mercy patience prudence charity chance
  hunter royal sunny sky storm rain river brook brooks lane drew mark bill bob pat sue art
  frank rich young white black brown green gray grey long little short small strong street
  hand church frost nurse doctor cook cooks baker miller smith carter mason porter parker
  fisher hill wood woods stone king bishop knight page price rice ward hall bell foley
  parkinson graves murphy whipple crohn wellington benedict rockefeller apgar babinski
  glasgow hodgkin addison cushing bell's down downs kaposi alzheimer huntington tourette
  raynaud hashimoto guillain barre lou gehrig wilson wilms paget bright hale gay love
  dean earl duke major rocky chase cash gold silver golden sterling penny star early
  day days nights christmas easter even ever hardy hazard best joy sharp moody
  freeman wise bliss
  clay field fields ford forest glen dale valley vale bay banks marsh moss reed reeds
  north south west east winter summers paris london sydney phoenix austin dallas houston
  jordan chelsea victoria florence camden georgia virginia carolina dakota tennessee
  trinity destiny harmony serenity genesis journey liberty justice
  ed do jan doc crystal amber ruby pearl jade coral ginger olive basil rosemary sage bud buck
  rusty cliff lance miles rod sandy skip wade gene holly misty dusty ray guy max chip colt
  norm pepper candy cherry ginger honey`.split(/\s+/),
)

/**
 * Lower-case words after a capitalised word that make it an eponym, not a person
 * ("Foley catheter", "Murphy sign", "Glasgow Coma Scale").
 */
export const EPONYM_HEADS: ReadonlySet<string> = new Set(
  `disease diseases syndrome palsy sign signs catheter catheters procedure procedures scale
  scales score scores test tests maneuver manoeuvre reflex reflexes operation tube tubes
  lymphoma sarcoma tumor tumour anomaly fracture fractures classification criteria
  phenomenon triad law node nodes cell cells ulcer ulcers cyst cysts hernia disorder
  downgoing upgoing negative positive stain stains solution bandage position coma
  thyroiditis anemia ataxia chorea dementia neuralgia encephalopathy encephalitis edema
  contracture diverticulum esophagus sarcoidosis fasciitis ligament canal duct gland glands
  membrane space body bodies tendon fistula shunt`.split(/\s+/),
)

/** Capitalised words after a name-like word that make the pair an eponym or a dish. */
export const EPONYM_CAPITALISED_HEADS: ReadonlySet<string> = new Set(
  `disease syndrome palsy sign catheter procedure scale coma score test maneuver
  reflex classification criteria`.split(/\s+/),
)

/**
 * Last words that make a given name plus a word a place rather than a person when nothing
 * else says "person": "Sherman Oaks", "Lincoln Park", "Jordan Valley".
 */
export const PLACE_TAILS: ReadonlySet<string> = new Set(
  `park parks oaks heights hills hill springs falls beach beaches island islands harbor harbour
  bay lake lakes river rivers creek ridge grove groves gardens garden square village station
  airport county city town township valley vale canyon point mesa shores meadows estates
  plaza mall bridge commons junction crossing pass mountain mountains forest`.split(/\s+/),
)
