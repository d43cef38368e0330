/**
 * Words that end an organisation name ("Hospital", "Associates", "LLC"). Lower case, keys as
 * from keyOf. Written by hand from general knowledge of US healthcare and business names.
 */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set(
  `hospital hospitals clinic clinics center centers centre health healthcare associates
  group partners laboratories laboratory labs pharmacy pharmacies drugstore drugs insurance
  assurance llc llp inc incorporated corp corporation co company sons brothers practice
  living orthopedics orthopaedics pediatrics cardiology dermatology neurology oncology
  radiology urology gastroenterology pulmonology nephrology endocrinology rheumatology
  ophthalmology psychiatry obstetrics gynecology diagnostics medicine services foundation
  institute hospice rehabilitation imaging surgery dental therapy technologies foods motors
  system systems solutions bank university college network alliance physicians specialists
  infirmary sanatorium healthplan consultants enterprises industries holdings international
  financial global pharmaceuticals pharmaceutical pharma biosciences therapeutics
  energy electric airlines bancorp capital ventures media communications telecom brands
  stores markets wholesale logistics software analytics networks consulting lab cemetery
  mortuary crematory endodontics orthodontics periodontics collaborative cooperative rescue
  ministries mission plan`.split(/\s+/),
)

/**
 * Words that may stand inside an organisation name but do not make one on their own
 * ("Regional", "Medical", "Family"). An organisation needs at least one word that is neither
 * a head nor a modifier: "Internal Medicine" alone is a specialty, "Valley Internal Medicine"
 * a practice.
 */
export const ORGANIZATION_MODIFIERS: ReadonlySet<string> = new Set(
  `medical health regional community general memorial family internal senior assisted
  nursing rehabilitation university childrens womens county behavioral mental specialty
  surgical urgent primary care sports physical occupational outpatient ambulatory cancer
  heart eye vision skin kidney sleep pain orthopedic cardiac cardiovascular vascular
  pediatric dermatology cardiology women children teaching veterans home national american
  united st saint the of and clinical diagnostic imaging laboratory pharmacy dental
  integrated comprehensive advanced premier allied associated`.split(/\s+/),
)

/**
 * Place words that may begin an organisation name rather than a sentence: "Fort Rico
 * Memorial Hospital", "New Bradfort Medical Center", "St. Peter's Hospital".
 */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set([
  'st',
  'saint',
  'san',
  'santa',
  'fort',
  'ft',
  'lake',
  'new',
  'port',
  'mount',
  'mt',
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'upper',
  'lower',
  'central',
  'greater',
  'los',
  'las',
  'el',
  'la',
])

/**
 * Payers, pharmacies, laboratories and large employers known by name alone. Each entry is
 * the key sequence of a whole name ("rite aid"; "heb" for H-E-B, keys have no hyphens).
 * Written from general knowledge.
 */
export const KNOWN_ORGANIZATIONS: readonly string[] = `aetna
cigna
humana
anthem
anthem blue cross
blue cross
blue shield
blue cross blue shield
unitedhealthcare
united healthcare
molina
centene
ambetter
highmark
tricare
kaiser permanente
kaiser
oscar health
harvard pilgrim
wellcare
wellpoint
elevance
carefirst
emblemhealth
geisinger
optum
optumrx
caremark
cvs
cvs caremark
walgreens
rite aid
walmart
costco
kroger
publix
safeway
meijer
express scripts
labcorp
quest diagnostics
arup
bioreference
sonora quest
mayo clinic
cleveland clinic
johns hopkins
amazon
home depot
lowes
general motors
ford motor
tyson foods
dell technologies
boeing
ups
fedex
usps
ibm
microsoft
google
starbucks
mcdonalds
verizon
comcast
pepsico
coca cola
lockheed martin
wells fargo
bank of america
jpmorgan chase
costco wholesale
best buy
state farm
geico
allstate
liberty mutual
usaa
ameritas
selecthealth
uhc
bcbs
premera
regence
wellmark
excellus
florida blue
independence blue cross
health net
amerigroup
caresource
priority health
medica
delta dental
vsp
eyemed
metlife
tufts health plan
harvard pilgrim health care
providence health plan
oregon health plan
kaiser foundation health plan
heb
hyvee
giant eagle
wegmans
albertsons
duane reade
intermountain healthcare
sutter health
atrium health
ochsner
hca healthcare
languageline
raytheon
knightswift
jb hunt
tyson
walmart supercenter`.split('\n')
