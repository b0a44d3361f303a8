/** Word lists for the synthetic demo youths: plausible, not real people. */

export const femaleFirstNames = [
  'Emma', 'Ida', 'Clara', 'Freja', 'Alma', 'Sofie', 'Laura', 'Anna', 'Ella', 'Karla', 'Josefine', 'Mathilde', 'Agnes', 'Nora', 'Isabella',
  'Maja', 'Frida', 'Caroline', 'Emilie', 'Cecilie', 'Amalie', 'Signe', 'Sara', 'Julie', 'Line', 'Louise', 'Mille', 'Asta', 'Liva', 'Vigga',
  'Fatima', 'Aisha', 'Zainab', 'Maryam', 'Yasmin', 'Leyla', 'Amina', 'Hiba', 'Nadia', 'Sana', 'Elif', 'Zeynep', 'Hawa', 'Ayan', 'Noor',
];

export const maleFirstNames = [
  'William', 'Noah', 'Oscar', 'Lucas', 'Carl', 'Victor', 'Malthe', 'Alfred', 'Oliver', 'Emil', 'Frederik', 'Magnus', 'Elias', 'Mikkel', 'Mads',
  'Rasmus', 'Jonas', 'Tobias', 'Sebastian', 'Christian', 'Mathias', 'Nikolaj', 'Anton', 'Valdemar', 'August', 'Storm', 'Theo', 'Johan', 'Kasper', 'Benjamin',
  'Mohammed', 'Ali', 'Ahmed', 'Omar', 'Yusuf', 'Hassan', 'Ibrahim', 'Mustafa', 'Abdi', 'Khalid', 'Emre', 'Mehmet', 'Bilal', 'Hamza', 'Adam',
];

export const lastNames = [
  'Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen', 'Petersen', 'Madsen',
  'Kristensen', 'Olsen', 'Thomsen', 'Christiansen', 'Poulsen', 'Johansen', 'Møller', 'Mortensen', 'Knudsen', 'Jakobsen', 'Mikkelsen', 'Frederiksen',
  'Holm', 'Lund', 'Schmidt', 'Eriksen', 'Kjær', 'Bach', 'Dam', 'Vestergaard', 'Nørgaard', 'Bak', 'Lauridsen', 'Kristiansen', 'Hussein', 'Ahmed',
  'Ali', 'Mohamed', 'Yilmaz', 'Demir', 'Khan', 'Hassan', 'Abdi', 'Omar', 'Nguyen', 'Kowalski', 'Nowak', 'Haddad',
];

/** Street, house-number range, postcode and town. */
export const streets: [string, number, string][] = [
  ['Nørrebrogade', 240, '2200 København N'],
  ['Blågårdsgade', 40, '2200 København N'],
  ['Jagtvej', 220, '2200 København N'],
  ['Tagensvej', 180, '2200 København N'],
  ['Mjølnerparken', 120, '2200 København N'],
  ['Frederikssundsvej', 300, '2400 København NV'],
  ['Rentemestervej', 90, '2400 København NV'],
  ['Tingbjerg Allé', 60, '2700 Brønshøj'],
  ['Ålholmvej', 80, '2500 Valby'],
  ['Valby Langgade', 200, '2500 Valby'],
  ['Vigerslevvej', 160, '2500 Valby'],
  ['Sjælør Boulevard', 100, '2450 København SV'],
  ['Mozartsvej', 40, '2450 København SV'],
  ['Amagerbrogade', 280, '2300 København S'],
  ['Englandsvej', 250, '2300 København S'],
  ['Urbanplanen', 60, '2300 København S'],
  ['Istedgade', 130, '1650 København V'],
  ['Vesterbrogade', 190, '1620 København V'],
  ['Enghavevej', 110, '1674 København V'],
  ['Østerbrogade', 150, '2100 København Ø'],
  ['Ryesgade', 110, '2100 København Ø'],
  ['Falkoner Allé', 120, '2000 Frederiksberg'],
  ['Godthåbsvej', 160, '2000 Frederiksberg'],
  ['Gammel Køge Landevej', 400, '2500 Valby'],
  ['Bispebjerg Parkallé', 40, '2400 København NV'],
];

export const floors = ['st.', '1.', '2.', '3.', '4.', '5.'];
export const sides = ['th.', 'tv.', 'mf.'];

export const specialNeedsTexts = [
  'Har brug for korte møder og pauser undervejs; bliver hurtigt træt.',
  'Ordblind: skriftligt materiale skal også gennemgås mundtligt.',
  'Undgår større menneskemængder; møder helst i rolige omgivelser.',
  'Har brug for at få aftaler på sms dagen før.',
  'Kan ikke møde før kl. 10 på grund af medicin.',
  'Har brug for faste rammer og samme mødested hver gang.',
  'Angst i nye situationer; første møde på skolen sammen med mentor.',
];

export const healthNotesTexts = [
  'Diagnosticeret med ADHD; i medicinsk behandling via egen læge.',
  'Angst og depression; i forløb hos psykolog.',
  'Udskrevet fra psykiatrisk afdeling for tre måneder siden; tilknyttet distriktspsykiatrien.',
  'Tidligere misbrug af hash; i ambulant behandling.',
  'Kronisk smertepatient; kan have fravær i perioder.',
];

export const caseNotesTexts = [
  'Har tidligere afbrudt to uddannelser. Motiveret for at starte på erhvervsuddannelse.',
  'Bor alene i egen lejlighed; økonomien er presset.',
  'Har en god kontakt til sin ungeguide i KUI.',
  'Familien er involveret og støtter op om uddannelsesvalget.',
  'Har svært ved at møde stabilt; mentor skal hjælpe med morgenrutiner.',
  'Ønsker at blive tømrer; har været i praktik med godt resultat.',
  'Har gæld til det offentlige; henvist til gældsrådgivning.',
  'Netop løsladt; samarbejde med Kriminalforsorgen om overgangen.',
];

/** Education goals by the kind of institution the support is delivered at: a goal names no other kind. */
export const goalsEducation = {
  VOCATIONAL: [
    'Den unge gennemfører grundforløbet på erhvervsuddannelsen.',
    'Den unge starter stabilt på uddannelsen og møder op hver dag.',
    'Den unge fastholdes på erhvervsuddannelsen og finder en læreplads.',
    'Den unge består grundforløbets afsluttende prøve.',
  ],
  ADULT_EDUCATION: [
    'Den unge fastholdes i avu og består de planlagte fag.',
    'Den unge starter stabilt på uddannelsen og møder op hver dag.',
    'Den unge gennemfører eksamen i dansk og matematik på VUC.',
    'Den unge gennemfører avu-fagene og søger ind på en ungdomsuddannelse.',
  ],
} as const;

export const goalsEmployment = [
  'Den unge opnår en praktikplads og fastholdes i den.',
  'Den unge kommer i ordinært job ved siden af uddannelsen.',
];

export const taskTexts = [
  'Hjælpe den unge med at skabe struktur i hverdagen',
  'Støtte fremmøde og fastholdelse på uddannelsen',
  'Sikre afklaring af SPS og handicapkompenserende ordninger',
  'Samarbejde med studievejleder og KUI',
  'Støtte den unge i kontakt med myndigheder',
  'Hjælpe med budget og hverdagsøkonomi',
];

export const journalOpenings = [
  'Mødtes med den unge',
  'Havde en god samtale med den unge',
  'Kort møde med den unge',
  'Fulgtes med den unge',
  'Talte med den unge',
];

export const journalBodies = [
  'om ugens skema og de kommende afleveringer.',
  'om fremmøde; den unge har været der alle dage denne uge.',
  'om morgenrutiner; vi aftalte vækning via sms.',
  'om at kontakte studievejlederen om SPS.',
  'om eksamensangst og strategier til at håndtere den.',
  'om praktikpladssøgning; vi skrev en ansøgning sammen.',
  'om økonomi; vi lagde et budget for næste måned.',
  'om trivsel i klassen; den unge føler sig bedre tilpas.',
  'om fravær i sidste uge og en plan for at indhente det.',
  'om overgangen til næste forløb og hvem der tager over.',
];

export const journalClosings = [
  'Næste møde er aftalt.',
  'Den unge virkede motiveret.',
  'Vi følger op i næste uge.',
  'Den unge var træt, men deltog aktivt.',
  'Aftalt at jeg kontakter skolen.',
];

export const statusAssessments = [
  'Forløbet går efter planen; fremmødet er stabilt.',
  'Den unge har haft en svær periode, men er tilbage i rutinerne.',
  'Fremmødet er forbedret markant siden opstart.',
  'Den unge trives i klassen og har fået venner.',
  'Der er fortsat udfordringer med fremmøde om morgenen.',
];

export const nextSteps = [
  'Fortsæt som planlagt; ny opfølgning om 13 uger.',
  'Mentor og studievejleder holder fælles møde med den unge.',
  'Vurder behov for forlængelse ved næste opfølgning.',
  'Forbered overgang til hovedforløb.',
];

export const effectTexts = [
  'Mentorstøtten har haft tydelig effekt på fremmøde og trivsel.',
  'Den unge er blevet mere selvstændig og kan nu selv kontakte skolen.',
  'Effekten er begrænset; den unge har fortsat meget fravær.',
];

export const spsTexts = [
  'Afklaret med studievejleder: den unge får SPS i form af it-rygsæk og studiestøttetimer.',
  'Afklaret: ingen behov for handicapkompenserende ordninger eller SPS.',
  'SPS-ansøgning sendt via skolen; den unge får støttetimer i dansk.',
];

export const rejectionReasons = ['Leverandøren har ikke kapacitet i den ønskede periode.', 'Ingen mentor med de nødvendige sprogkompetencer er ledig.'];

export const cancellationReasons = ['Den unge er flyttet til en anden kommune.', 'Den unge har afbrudt uddannelsen inden opstart.', 'Behovet er dækket af andet tilbud.'];

export const outcomeNotes = ['Den unge har gennemført grundforløbet.', 'Overgået til anden plan i samarbejde med KUI.', 'Forløbet er afsluttet efter aftale.'];

export const specialReasonTexts = ['HOSPITALISED', 'IMPRISONED', 'Den unge var syg og kunne ikke møde op.'];

export const citySpots = ['Hovedbiblioteket', 'Café i Nørrebrohallen', 'Jobcenter København', 'Kulturhuset Islands Brygge'];
