/**
 * Word lists that say what a number counts: the organisation's people, its IT people, or
 * something else (years, laptops, offices, money). Lower case, one token per entry unless split
 * into phrases with `phraseList()`.
 */
import { phraseList, wordSet } from "./tokens.ts";

/** Nouns that count everyone in the organisation and nobody else. */
export const EMPLOYEE_NOUNS = wordSet(`
  employees employee users user personnel workforce headcount payroll end-users enduser endusers
  staffers colleagues workers
`);

/** People nouns that count the organisation unless IT is said around them ("3 people in IT"). */
export const PERSON_NOUNS = wordSet(`
  people persons person staff folk folks guys guy individuals heads bodies souls members member
  lads blokes chaps men women ladies humans fte ftes ppl peeps team-members strong ft pt timers
  timer fulltimers parttimers fellas fellows lasses gals dudes bloke chap lad fella lass dude lady
`);

/** Words that turn "it" into IT when they follow it: "it team", "it guy", "it department". */
export const IT_COMPOUNDS = wordSet(`
  staff team teams shop people person persons guy guys girl girls lady ladies man men woman women bod
  bods bloke blokes chap chaps lad lads folk folks crew department departments dept function
  support manager managers director directors lead leads head heads engineer engineers technician
  technicians tech techs techie techies admin admins administrator administrators specialist
  specialists expert experts professional professionals pro pros officer officers analyst
  analysts apprentice apprentices side resource resources headcount personnel employees employee
  worker workers coordinator coordinators helpdesk desk ops operations provision salaries mgr
  fella fellas fellow lass lassie gal dude
`);

/** Nouns that name an IT role on their own: "2 sysadmins", "a helpdesk tech", "3 engineers". */
export const IT_ROLE_NOUNS = wordSet(`
  sysadmin sysadmins sysadmins technician technicians techs techie techies engineer engineers
  devops dba dbas netadmin netadmins cto cio ciso helpdesk servicedesk techie
`);

/** First words of two-word IT roles: "network admin", "support engineer", "desktop support". */
export const IT_ROLE_QUALIFIERS = wordSet(`
  system systems network networks infrastructure infra support desktop cyber cloud server servers
  database tech technical techie computer computers digital
`);

/** Second words of two-word IT roles, after a qualifier. */
export const IT_ROLE_HEADS = wordSet(`
  admin admins administrator administrators engineer engineers manager managers tech techs
  technician technicians analyst analysts desk staff team teams people person guy guys girl bod
  mgr
  bods specialist specialists officer officers lead leads folk folks crew department support
  apprentice apprentices agent agents
`);

/** Singular nouns that "a"/"an" can count as one IT person: "an IT guy", "a sysadmin". */
export const SINGULAR_IT_NOUNS = wordSet(`
  person guy girl lady man woman bod bloke chap lad manager director lead head engineer technician
  tech techie admin administrator specialist expert professional pro officer analyst apprentice
  sysadmin netadmin dba cto cio ciso coordinator mgr fella fellow lass lassie gal dude
`);

/** Adjectives and fillers allowed between a number and the noun it counts. */
export const NOUN_FILLERS = wordSet(`
  full part time fulltime parttime full-time part-time in-house inhouse house internal dedicated
  permanent proper actual real core paid more other extra additional further different separate
  current existing regular - x total odd or so odd-ish total hard-working hardworking overworked
  busy small great brilliant good capable competent skilled experienced junior senior qualified
  loyal long-serving longstanding remote office-based on-site onsite first second third 1st 2nd
  3rd line level tier perm perms permie permies
`);

/** Nouns for the whole organisation: "a 50-person company", "a firm of 80". */
export const ORGANISATION_NOUNS = wordSet(`
  company companies business businesses firm firms organisation organisations organization
  organizations org orgs practice charity agency school group outfit operation trust council
  partnership consultancy studio office
`);

/** Things counted that are not people; a number before them is never a headcount. */
export const UNIT_NOUNS = wordSet(`
  year years yr yrs month months week weeks day days hour hours hr hrs minute minutes min mins
  second seconds decade decades night nights weekend weekends shift shifts term terms quarter
  quarters am pm o'clock oclock percent per pound pounds quid dollar dollars euro euros grand gbp
  usd eur pence bucks k server servers laptop laptops desktop desktops pc pcs computer computers
  machine machines device devices workstation workstations endpoint endpoints printer printers
  phone phones mobile mobiles handset handsets tablet tablets ipad ipads iphones monitor monitors
  screen screens vm vms host hosts switch switches router routers firewall firewalls nas san disk
  disks drive drives tb gb mb terabytes gigabytes licence licences license licenses
  mailbox mailboxes account accounts subscription subscriptions app apps application applications
  system systems database databases website websites domain domains ticket tickets call calls
  email emails incident incidents alert alerts backup backups camera cameras line lines circuit
  circuits rack racks cabinet cabinets site sites office offices location locations branch
  branches building buildings floor floors store stores shop shops warehouse warehouses school
  schools campus campuses clinic clinics practices surgery surgeries hospital hospitals hotel
  hotels restaurant restaurants factory factories plant plants depot depots country countries
  city cities region regions room rooms desk desks customer customers client clients patient
  patients student students pupil pupils learner learners project projects time times thing
  things step steps question questions point points issue issues problem problems option options
  reason reasons item items page pages mile miles km kilometres kilometers metres meters feet
  mph mbps gbps kb star stars bed beds vehicle vehicles van vans car cars truck trucks lorry
  lorries kid kids child children dog dogs cat cats old year-old years-old yo tenant tenants
  property properties unit units vendor vendors supplier suppliers provider providers contract
  contracts version versions release releases product products service services tool tools
  platform platforms cloud clouds tenancy tenancies
`);

/** Words right before a number that make it a product, standard or version: "Windows 11". */
export const CODE_WORDS = wordSet(`
  windows win office microsoft dynamics exchange sharepoint server sql iso soc pci dss nist
  version v ver release build gen generation level tier stage step phase page chapter section
  article ios android macos ubuntu debian rhel centos php python java node angular react net
  intel ryzen iphone dell hp lenovo covid wifi fi ipv tls ssl sha aes rsa raid vlan port ext
  extension tel phone mobile call ring fax ref reference ticket id pin code cyber essentials m365
  o365 hyper vmware vsphere esxi veeam sophos sentinelone number
`);

/** Verbs of change before "from N to M": the count is now M ("grown from 60 to 110"). */
export const CHANGE_VERBS = wordSet(`
  grown grew gone went increased jumped expanded doubled risen rose shrunk shrank dropped fallen
  fell climbed moved
`);

/** Words right before a number that make it money. */
export const MONEY_WORDS = wordSet(`
  budget budgets salary salaries cost costs spend spending spent revenue revenues turnover price
  prices fee fees pay paying paid earn earns earning earnings worth charge charges charged invoice
  quote quoted bill billed profit profits loss losses rate rates wage wages
`);

/** Vague amounts: a reply of just these is "unparseable", not "not-mentioned". */
export const VAGUE_AMOUNTS = phraseList(`
  loads, load, lots, lot, many, hundreds, thousands, dozens, tons, tonnes, heaps, bunch, several,
  some, handful, plenty, numerous, countless, masses, quite a few, a good few, a fair few,
  a number of, not many, not much, too many, enough, few, more, most, big, small, large, huge,
  tiny, massive
`);

/** Zero said in words: a bare answer for the IT headcount. */
export const ZERO_ANSWERS = phraseList(`
  none, zero, nil, nobody, no one, no - one, noone, no body, nought, nada, not one, not any,
  not a single one, not a soul, nobody at all, none at all, none whatsoever, 0
`);

/** Words before a number that mark it as a correction of something said earlier. */
export const CORRECTION_MARKERS = phraseList(`
  actually, sorry, i meant, i mean, meant, make that, make it, no wait, wait, correction,
  scratch that, oops, whoops, my mistake, my bad, or rather, rather, should be, should have said,
  should've said, typo, change that to, change it to, update that to, update it to,
  it's actually, more like, closer to, nearer, not, instead, no, apologies, hang on, hold on,
  no sorry, call it, let's call it, lets call it, let's say, lets say, say roughly, round it to
`);

/** Any word that names people or an IT role: it stops a number being read as a unit count. */
export function isPersonOrRoleWord(word: string): boolean {
  return (
    word === "it" ||
    EMPLOYEE_NOUNS.has(word) ||
    PERSON_NOUNS.has(word) ||
    IT_ROLE_NOUNS.has(word) ||
    IT_ROLE_HEADS.has(word)
  );
}
