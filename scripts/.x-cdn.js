var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e9) {
    throw err = [e9], e9;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __decorateClass = (decorators, target, key, kind) => {
  var result = kind > 1 ? void 0 : kind ? __getOwnPropDesc(target, key) : target;
  for (var i7 = decorators.length - 1, decorator; i7 >= 0; i7--)
    if (decorator = decorators[i7])
      result = (kind ? decorator(target, key, result) : decorator(result)) || result;
  if (kind && result) __defProp(target, key, result);
  return result;
};

// src/strings/date-names.ts
function intlSpeaks(lang) {
  let known2 = intlKnows.get(lang);
  if (known2 === void 0) intlKnows.set(lang, known2 = Intl.DateTimeFormat.supportedLocalesOf(lang).length > 0);
  return known2;
}
function monthName(year, month, lang, style, names) {
  if (names?.length === 12 && !intlSpeaks(lang)) return names[month - 1];
  return new Intl.DateTimeFormat(lang, { month: style, timeZone: "UTC" }).format(Date.UTC(year, month - 1, 15));
}
var englishWeekdayNames, englishMonthNames, welshWeekdayNames, welshMonthNames, welshMonthNamesShort, intlKnows;
var init_date_names = __esm({
  "src/strings/date-names.ts"() {
    "use strict";
    englishWeekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    englishMonthNames = [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December"
    ];
    welshWeekdayNames = [
      "Dydd Llun",
      "Dydd Mawrth",
      "Dydd Mercher",
      "Dydd Iau",
      "Dydd Gwener",
      "Dydd Sadwrn",
      "Dydd Sul"
    ];
    welshMonthNames = [
      "Ionawr",
      "Chwefror",
      "Mawrth",
      "Ebrill",
      "Mai",
      "Mehefin",
      "Gorffennaf",
      "Awst",
      "Medi",
      "Hydref",
      "Tachwedd",
      "Rhagfyr"
    ];
    welshMonthNamesShort = [
      "Ion",
      "Chwef",
      "Maw",
      "Ebr",
      "Mai",
      "Meh",
      "Gorff",
      "Awst",
      "Medi",
      "Hyd",
      "Tach",
      "Rhag"
    ];
    intlKnows = /* @__PURE__ */ new Map();
    __name(intlSpeaks, "intlSpeaks");
    __name(monthName, "monthName");
  }
});

// src/core/text.ts
function pickTextIn(text, lang, fallback = "en") {
  if (text === void 0) return { text: "", lang };
  if (typeof text === "string") return { text, lang: fallback };
  const base = lang.split("-")[0];
  const key = [lang, base, fallback].find((candidate) => text[candidate] !== void 0) ?? Object.keys(text)[0];
  return key === void 0 ? { text: "", lang } : { text: text[key], lang: key };
}
var pickText;
var init_text = __esm({
  "src/core/text.ts"() {
    "use strict";
    __name(pickTextIn, "pickTextIn");
    pickText = /* @__PURE__ */ __name((text, lang, fallback = "en") => pickTextIn(text, lang, fallback).text, "pickText");
  }
});

// src/strings/cy/charter.ts
var cy;
var init_charter = __esm({
  "src/strings/cy/charter.ts"() {
    "use strict";
    cy = {
      loading: "Wrthi\u2019n llwytho\u2019r siarter gwasanaeth\u2026",
      problemTitle: "Mae problem gyda\u2019r siarter gwasanaeth hwn",
      networkError: "Nid oedd modd llwytho\u2019r siarter. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.",
      invalidJson: "Nid oedd modd darllen ffeil y siarter: nid yw\u2019n JSON dilys.",
      invalidCharter: "Nid oes modd dangos y siarter hwn. Gofynnwch i\u2019r sefydliad wirio ffeil ei siarter.",
      partlyInvalid: "Nid oedd modd dangos rhai rhannau o\u2019r siarter hwn:",
      untitledCharter: "Siarter gwasanaeth",
      vision: "Ein gweledigaeth",
      values: "Ein gwerthoedd",
      promises: "Ein haddewidion",
      contact: "Cysylltu",
      everyonePromises: "Pa ffordd bynnag y byddwch yn cysylltu \xE2 ni",
      sites: "Ble i ddod o hyd i ni",
      languages: "Ieithoedd: {languages}.",
      access: "Hygyrchedd ac ieithoedd",
      accessOffers: {
        interpreter: "Gallwn drefnu cyfieithydd ar y pryd",
        "sign-language": "Gallwn drefnu dehonglydd iaith arwyddion",
        translation: "Gallwn gyfieithu ein dogfennau i chi",
        "large-print": "Gallwn roi ein dogfennau i chi mewn print bras",
        braille: "Gallwn roi ein dogfennau i chi mewn Braille",
        "easy-read": "Gallwn roi ein dogfennau i chi mewn fformat hawdd ei ddeall",
        audio: "Gallwn roi ein dogfennau i chi ar ffurf sain",
        "private-room": "Gallwn siarad \xE2 chi mewn ystafell breifat",
        "staff-choice": "Gallwch ddewis cael eich gweld gan ddyn neu fenyw"
      },
      accessWithin: "{time} o\u2019ch cais",
      languageNames: { bfi: "Iaith Arwyddion Prydain", cy: "Cymraeg", en: "Saesneg" },
      listAnd: " a "
    };
  }
});

// src/strings/cy/common.ts
var cy2;
var init_common = __esm({
  "src/strings/cy/common.ts"() {
    "use strict";
    cy2 = {
      retry: "Rhowch gynnig arall arni",
      bankHolidaysFailed: "Nid oedd modd llwytho gwyliau\u2019r banc, felly efallai nad yw\u2019r oriau a ddangosir yn eu cynnwys.",
      noticeLabel: "Pwysig:",
      noticeUntil: "Tan {date}.",
      noticeUntilTime: "Tan {time} ar {date}."
    };
  }
});

// src/strings/cy/form-words.ts
var cy3;
var init_form_words = __esm({
  "src/strings/cy/form-words.ts"() {
    "use strict";
    cy3 = {
      privacyNoticeLink: "Darllenwch ein hysbysiad preifatrwydd",
      honeypotLabel: "Gadewch y maes hwn yn wag",
      characterLimit: { other: "Gallwch roi hyd at # nod" },
      charactersLeft: { other: "Mae gennych # nod ar \xF4l" },
      charactersOver: { other: "Mae gennych # nod yn ormod" },
      submit: "Anfon",
      sending: "Yn anfon\u2026",
      errorSummary: "Mae problem wedi codi",
      errorPrefix: "Gwall:",
      retryNow: "Rhoi cynnig arall arni nawr",
      errorCode: "(Cod gwall {status})",
      draftRestored: "Rydym wedi adfer yr hyn a deipiwyd gennych yn gynharach."
    };
  }
});

// src/strings/cy/complaint-form.ts
var cy4;
var init_complaint_form = __esm({
  "src/strings/cy/complaint-form.ts"() {
    "use strict";
    init_form_words();
    cy4 = {
      ...cy3,
      formHeading: "Gwneud cwyn, rhoi canmoliaeth neu adael sylw",
      policyHeading: "Sut rydym yn ymdrin \xE2 chwynion",
      kindLegend: "Beth hoffech chi ei wneud?",
      kinds: {
        complaint: "Gwneud cwyn",
        compliment: "Rhoi canmoliaeth",
        comment: "Gwneud sylw neu awgrym"
      },
      detailsLabel: {
        complaint: "Beth ddigwyddodd?",
        compliment: "Beth hoffech chi ei ddweud wrthym?",
        comment: "Beth yw eich sylw neu awgrym?"
      },
      detailsHint: {
        complaint: "Dywedwch wrthym beth ddigwyddodd, pryd, a phwy oedd yn rhan ohono. Peidiwch \xE2 chynnwys manylion banc.",
        compliment: "Dywedwch wrthym pwy wnaeth eich helpu a beth wnaethon nhw\u2019n dda. Peidiwch \xE2 chynnwys manylion banc.",
        comment: "Dywedwch wrthym beth y gallem ei wneud yn well neu\u2019n wahanol. Peidiwch \xE2 chynnwys manylion banc."
      },
      outcomeLabel: "Beth hoffech chi i ni ei wneud i unioni pethau?",
      serviceLabel: "Pa wasanaeth yw hyn? (dewisol)",
      serviceNone: "Ddim yn si\u0175r neu rywbeth arall",
      whenLabel: "Pryd ddigwyddodd hyn? (dewisol)",
      whenHint: "Er enghraifft, 27 Mawrth 2026",
      contactLegend: "Sut gallwn ni gysylltu \xE2 chi?",
      contactHint: "Rhowch gyfeiriad e-bost, rhif ff\xF4n neu\u2019r ddau.",
      nameLabel: "Enw llawn",
      emailLabel: "Cyfeiriad e-bost",
      phoneLabel: "Rhif ff\xF4n",
      anonymousLabel: "Nid wyf eisiau rhoi fy manylion cyswllt",
      anonymousHint: "Ni fyddwn yn gallu ateb i chi.",
      consentLabel: "Rwy\u2019n cytuno",
      errors: {
        "kind.required": "Dewiswch a ydych am wneud cwyn, rhoi canmoliaeth neu wneud sylw",
        "details.required": "Dywedwch wrthym beth ddigwyddodd",
        "details.tooLong": "Rhaid i\u2019r hyn rydych yn ei ddweud fod yn 5,000 nod neu lai",
        "outcome.required": "Dywedwch wrthym beth hoffech chi i ni ei wneud",
        "outcome.tooLong": "Rhaid i\u2019r hyn yr hoffech i ni ei wneud fod yn 2,000 nod neu lai",
        "when.invalid": "Rhowch ddyddiad go iawn, er enghraifft 27 Mawrth 2026",
        "when.future": "Rhaid i\u2019r dyddiad fod heddiw neu yn y gorffennol",
        "name.required": "Rhowch eich enw llawn",
        "contact.required": "Rhowch gyfeiriad e-bost neu rif ff\xF4n, er mwyn i ni allu ateb",
        "email.invalid": "Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com",
        "phone.invalid": "Rhowch rif ff\xF4n, fel 01632 960 001 neu +44 808 157 0192",
        "consent.required": "Cadarnhewch eich bod yn cytuno \xE2 sut rydym yn defnyddio eich manylion"
      },
      statusSending: "Yn anfon eich neges\u2026",
      statusRetrying: "Nid ydym wedi gallu ei hanfon eto. Mae eich neges wedi\u2019i chadw ac rydym yn rhoi cynnig arall arni.",
      statusOffline: "Rydych all-lein. Mae eich neges wedi\u2019i chadw ar y ddyfais hon a bydd yn cael ei hanfon pan fyddwch yn \xF4l ar-lein.",
      statusStalled: "Nid oeddem yn gallu anfon eich neges. Mae wedi\u2019i chadw ar y ddyfais hon.",
      rejected: "Nid oeddem yn gallu derbyn eich neges. Mae wedi\u2019i chadw: gwiriwch hi a rhowch gynnig arall arni, neu cysylltwch \xE2 ni mewn ffordd arall.",
      receivedHeading: {
        complaint: "Cwyn wedi dod i law",
        compliment: "Canmoliaeth wedi dod i law",
        comment: "Sylw wedi dod i law"
      },
      reference: "Eich cyfeirnod yw",
      noReference: "Mae eich neges wedi\u2019i throsglwyddo.",
      receiptDeadlines: "Byddwn yn {steps}.",
      receiptTrack: "{track}: {sentence}",
      receiptVerbs: { acknowledge: { first: "cydnabod eich cwyn", next: "a chydnabod eich cwyn" } },
      dateAtTime: "{date} am {time}",
      thanks: "Diolch am ddweud wrthym."
    };
  }
});

// src/strings/cy/feedback.ts
var cy5;
var init_feedback = __esm({
  "src/strings/cy/feedback.ts"() {
    "use strict";
    init_form_words();
    cy5 = {
      ...cy3,
      promiseQuestion: "A wnaethom gadw\u2019r addewid hwn?",
      promiseAnswers: { yes: "Do", partly: "Yn rhannol", no: "Naddo" },
      scaleQuestion: "Pa mor fodlon oeddech chi \xE2\u2019r gwasanaeth hwn?",
      scaleWords: ["Anfodlon iawn", "Anfodlon", "Ddim yn fodlon nac yn anfodlon", "Bodlon", "Bodlon iawn"],
      commentLabel: "Dywedwch fwy wrthym (dewisol)",
      commentHint: "Peidiwch \xE2 chynnwys manylion personol nac ariannol, fel eich enw, eich cyfeiriad neu fanylion banc.",
      feedbackErrors: {
        "answer.promise": "Dewiswch do, yn rhannol neu naddo",
        "answer.scale": "Dewiswch pa mor fodlon oeddech chi",
        "comment.tooLong": "Rhaid i\u2019ch sylw fod yn 1,200 nod neu lai"
      },
      feedbackSending: "Yn anfon eich ateb\u2026",
      feedbackRetrying: "Nid yw eich ateb wedi\u2019i anfon eto. Mae wedi\u2019i gadw, ac rydym yn rhoi cynnig arall arni.",
      feedbackOffline: "Rydych all-lein. Mae eich ateb wedi\u2019i gadw ar y ddyfais hon a bydd yn cael ei anfon pan fyddwch yn \xF4l ar-lein.",
      feedbackStalled: "Nid oeddem yn gallu anfon eich ateb. Mae wedi\u2019i gadw ar y ddyfais hon.",
      feedbackRejected: "Nid oeddem yn gallu derbyn eich ateb. Mae wedi\u2019i gadw: gwiriwch ef a rhowch gynnig arall arni, neu cysylltwch \xE2 ni mewn ffordd arall.",
      feedbackReceived: "Diolch am eich adborth",
      yourAnswer: "Eich ateb: {answer}",
      feedbackAbout: "Rydym yn darllen pob ateb ac yn eu defnyddio i wella ein gwasanaethau. Nid ydym yn ateb adborth.",
      complaintOffer: "Os hoffech i ni unioni pethau neu ateb i chi, {link}.",
      complaintLink: "gwnewch g\u0175yn",
      unknownPromise: 'Nid oes addewid "{promise}" yn y siarter hwn.',
      unknownChannel: 'Nid oes sianel "{channel}" yn y siarter hwn.',
      unknownService: 'Nid oes gwasanaeth "{service}" yn y siarter hwn.'
    };
  }
});

// src/strings/cy/figures.ts
var cy6;
var init_figures = __esm({
  "src/strings/cy/figures.ts"() {
    "use strict";
    init_date_names();
    cy6 = {
      achieved: "Wedi cyflawni {achieved} yn erbyn targed o {target}",
      achievedNoTarget: "Wedi cyflawni {achieved}",
      period: "yn {period}",
      met: "Targed wedi\u2019i gyrraedd",
      missed: "Targed heb ei gyrraedd",
      noFigures: "Dim ffigurau wedi\u2019u cyhoeddi eto",
      units: {
        seconds: { other: "# eiliad" },
        minutes: { other: "# munud" },
        days: { two: "# ddiwrnod", other: "# diwrnod" },
        count: { other: "#" }
      },
      quarter: "Ch{quarter} {year}",
      months: welshMonthNames
    };
  }
});

// src/strings/cy/hours.ts
var cy7;
var init_hours = __esm({
  "src/strings/cy/hours.ts"() {
    "use strict";
    init_date_names();
    cy7 = {
      openingHours: "Oriau agor",
      openNow: "Ar agor nawr",
      closedNow: "Ar gau",
      closedHoliday: "Ar gau ar gyfer y gwyliau",
      closedToday: "Ar gau heddiw",
      open24Hours: "Ar agor 24 awr",
      closesAt: "yn cau {when}",
      opensAt: "yn agor {when}",
      nowOpen: "Ar agor nawr",
      nowClosed: "Ar gau nawr",
      atTime: "am {time}",
      todayAt: "am {time}",
      tomorrowAt: "yfory am {time}",
      dayAt: "{day} am {time}",
      today: "heddiw",
      closed: "Ar gau",
      interval: "{open} i {close}",
      midnight: "hanner nos",
      holiday: "G\u0175yl: ar gau",
      specialHours: "Oriau arbennig",
      upcoming: "Gwyliau ac oriau arbennig",
      noUpcoming: "Dim gwyliau na newidiadau i\u2019r oriau hyn yn y 30 diwrnod nesaf.",
      periodRange: "{name}: {from} i {to}",
      periodHours: "Oriau gwahanol",
      timeZoneNote: "Mae\u2019r amseroedd yn {zone}.",
      day: "Diwrnod",
      hours: "Oriau",
      stateAndChange: "{state}, {change}",
      closedBankHoliday: "Ar gau ar gyfer g\u0175yl y banc",
      channelHours: "{channel}: oriau agor",
      weekCaption: "Oriau agor am y 7 diwrnod nesaf",
      todayMarker: "(heddiw)",
      holidayNote: "g\u0175yl",
      bankHolidayNote: "g\u0175yl y banc",
      specialNote: "oriau arbennig",
      invalidSchedule: "Nid yw\u2019r oriau agor yn ddilys: {detail}",
      noHours: "Nid yw\u2019r oriau agor ar gael.",
      unknownChannel: 'Nid oes sianel "{channel}" yn y siarter hwn.',
      zoneNames: { "Europe/London": "amser y DU" },
      noDeadline: "Ni allwn gyfrifo dyddiad ateb ar gyfer yr addewid hwn.",
      invalidTarget: "Nid yw\u2019r targed yn ddilys: {detail}",
      unknownPromise: 'Nid oes addewid "{promise}" yn y siarter hwn.',
      weekdayNames: welshWeekdayNames,
      monthNames: welshMonthNames,
      dateFormat: "{weekday} {day} {month}",
      dateFormatWithYear: "{weekday} {day} {month} {year}",
      replyBy: "{action} nawr a\u2019n nod yw ateb erbyn {deadline}",
      replyWithin: "{action} nawr a\u2019n nod yw ateb {target}",
      deadlineToday: "{time} heddiw",
      deadlineTomorrow: "yfory am {time}",
      deadlineDay: "{date} am {time}",
      actions: {
        phone: "Ffoniwch ni",
        email: "E-bostiwch ni",
        "web-form": "Cysylltwch \xE2 ni ar-lein",
        voicemail: "Gadewch neges i ni",
        "in-person": "Dewch i\u2019n gweld",
        post: "Ysgrifennwch atom",
        chat: "Sgwrsiwch \xE2 ni"
      },
      contactUs: "Cysylltwch \xE2 ni"
    };
  }
});

// src/strings/cy/improvements.ts
var cy8;
var init_improvements = __esm({
  "src/strings/cy/improvements.ts"() {
    "use strict";
    cy8 = {
      youSaidWeDid: "Dywedoch chi, gwnaethom ni",
      youSaid: "Dywedoch chi",
      weDid: "Gwnaethom ni",
      changedWhen: "Pryd",
      saidAndDone: "Dywedoch wrthym: {said}. Newidiwyd: {done}.",
      changedOn: "Newidiwyd: {done}.",
      aboutThis: "Yngl\u0177n \xE2",
      noChanges: "Nid oes newidiadau wedi\u2019u cyhoeddi eto."
    };
  }
});

// src/strings/cy/performance.ts
var cy9;
var init_performance = __esm({
  "src/strings/cy/performance.ts"() {
    "use strict";
    init_date_names();
    cy9 = {
      performance: "Pa mor dda rydym yn cadw\u2019r addewid hwn",
      figuresLoading: "Wrthi\u2019n llwytho ffigurau perfformiad\u2026",
      figuresLoaded: "Mae\u2019r ffigurau perfformiad wedi\u2019u llwytho.",
      figuresNetworkError: "Nid oedd modd llwytho\u2019r ffigurau perfformiad diweddaraf. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.",
      figuresNotJson: "Nid oedd modd darllen y ffigurau perfformiad: nid yw\u2019r ffeil yn JSON dilys.",
      figuresNoColumns: "Nid oedd modd darllen y ffigurau perfformiad: nid oes gan y ffeil y colofnau promise, period ac achieved.",
      figuresFromCharter: "Y ffigurau isod yw\u2019r rhai a gyhoeddwyd yn y siarter.",
      figuresProblems: "Nid oedd modd darllen rhai ffigurau ac nid ydynt yn cael eu dangos:",
      latest: "Diweddaraf",
      trend: "{direction} ers {period}, pan oedd yn {figure}.",
      improving: "Yn gwella",
      worsening: "Yn gwaethygu",
      steady: "Dim newid",
      higherIsBetter: "Gorau po uchaf.",
      lowerIsBetter: "Gorau po isaf.",
      chartLabel: "Siart o {measure} o {first} i {last}.",
      chartLabelOne: "Siart o {measure} ar gyfer {first}.",
      chartTheseFigures: "y ffigurau hyn",
      chartTarget: {
        other: "Cyrhaeddwyd y targed mewn # o {judged} cyfnod."
      },
      chartTable: "Mae pob ffigur yn y tabl ffigurau.",
      tableToggle: "Tabl ffigurau",
      tableCaption: "{measure}: wedi\u2019i gyflawni yn erbyn y targed fesul cyfnod",
      columnPeriod: "Cyfnod",
      columnAchieved: "Wedi\u2019i gyflawni",
      columnTarget: "Targed",
      columnResult: "Canlyniad",
      noFigure: "Dim ffigur",
      noTarget: "Dim targed",
      notJudged: "Heb ei fesur yn erbyn targed",
      legendAchieved: "Wedi\u2019i gyflawni",
      legendTarget: "Targed",
      monthsShort: welshMonthNamesShort,
      axis: {
        percent: "Y cant",
        seconds: "Eiliadau",
        minutes: "Munudau",
        days: "Diwrnodau",
        count: "Nifer"
      }
    };
  }
});

// src/strings/cy/policy.ts
var cy10;
var init_policy = __esm({
  "src/strings/cy/policy.ts"() {
    "use strict";
    cy10 = {
      target: "Targed",
      complaints: "Cwynion",
      stageAcknowledge: "Byddwn yn cydnabod eich cwyn {target}.",
      stageRespond: "Byddwn yn ymateb {target}.",
      stageRespondAfterAcknowledge: "Byddwn yn ymateb {target} ar \xF4l ei chydnabod.",
      escalation: "Os ydych chi\u2019n dal yn anfodlon, gallwch gysylltu {with} {name}.",
      escalationContact: "Cysylltwch {with} {name}.",
      withBeforeVowel: "ag",
      withBeforeConsonant: "\xE2",
      tracksIntro: "Mae\u2019r ffordd rydym yn ymdrin \xE2\u2019ch cwyn yn dibynnu ar ei phwnc.",
      stageRespondFromReceipt: "Byddwn yn ymateb {target} o\u2019r adeg y daw eich cwyn i law.",
      stageNoTimescale: "Nid oes amserlen benodol ar gyfer y cam hwn: byddwn yn cytuno ar un gyda chi.",
      escalationAfter: "Gallwch fynd atynt {after} ar \xF4l i chi gwyno i ni.",
      escalationWithin: "Dylech fynd atynt o fewn {within}.",
      phone: "Ff\xF4n",
      email: "E-bost",
      online: "Ar-lein",
      address: "Cyfeiriad",
      targets: {
        seconds: { other: "o fewn # eiliad" },
        minutes: { other: "o fewn # munud" },
        hours: { one: "o fewn # awr", other: "o fewn # awr" },
        days: { one: "o fewn # diwrnod", two: "o fewn # ddiwrnod", other: "o fewn # diwrnod" },
        weeks: { other: "o fewn # wythnos" },
        businessHours: { other: "o fewn # awr waith" },
        workingDays: { two: "o fewn # ddiwrnod gwaith", other: "o fewn # diwrnod gwaith" }
      },
      sameWorkingDay: "erbyn diwedd y diwrnod gwaith"
    };
  }
});

// src/strings/cy/promises.ts
var cy11;
var init_promises = __esm({
  "src/strings/cy/promises.ts"() {
    "use strict";
    init_date_names();
    cy11 = {
      aimTo: "Ein nod yw {commitment}.",
      qualified: "{commitment}, {qualifier}",
      kindPhrases: {
        answer: { one: "ateb {your} {time}", share: "ateb {percent} o {many} {time}", next: "a\u2019i ateb {time}" },
        acknowledge: {
          one: "cydnabod {your} {time}",
          share: "cydnabod {percent} o {many} {time}",
          next: "a\u2019i gydnabod {time}"
        },
        reply: {
          one: "ateb {your} yn llawn {time}",
          share: "ateb {percent} o {many} yn llawn {time}",
          next: "ac ateb yn llawn {time}"
        },
        resolve: { one: "datrys {your} {time}", share: "datrys {percent} o {many} {time}", next: "a\u2019i ddatrys {time}" },
        complete: {
          one: "cwblhau\u2019r gwaith {time}",
          share: "cwblhau\u2019r gwaith {time} mewn {percent} o achosion",
          next: "a chwblhau\u2019r gwaith {time}"
        },
        "call-back": {
          one: "eich ffonio\u2019n \xF4l {time}",
          share: "ffonio {percent} o alwyr yn \xF4l {time}",
          next: "a\u2019ch ffonio\u2019n \xF4l {time}"
        },
        see: { one: "eich gweld {time}", share: "gweld {percent} o ymwelwyr {time}", next: "a\u2019ch gweld {time}" },
        attend: {
          one: "dod atoch {time}",
          share: "dod atoch {time} mewn {percent} o achosion",
          next: "a dod atoch {time}"
        },
        notice: {
          one: "rhoi {time} i chi",
          share: "rhoi {time} i chi mewn {percent} o achosion",
          next: "a rhoi {time} i chi"
        },
        custom: { one: "{time}", share: "{time} mewn {percent} o achosion", next: "ac {time}" }
      },
      nextShare: "{step} mewn {percent} o achosion",
      nouns: {
        phone: { your: "eich galwad", many: "alwadau", feminine: true },
        textphone: { your: "eich galwad", many: "alwadau", feminine: true },
        "video-relay": { your: "eich galwad", many: "alwadau", feminine: true },
        voicemail: { your: "eich neges", many: "negeseuon", feminine: true },
        email: { your: "eich e-bost", many: "negeseuon e-bost" },
        "web-form": { your: "eich ffurflen", many: "ffurflenni ar-lein", feminine: true },
        chat: { your: "eich sgwrs", many: "sgyrsiau", feminine: true },
        sms: { your: "eich neges destun", many: "negeseuon testun", feminine: true },
        social: { your: "eich neges", many: "negeseuon", feminine: true },
        post: { your: "eich llythyr", many: "lythyrau" },
        fax: { your: "eich ffacs", many: "ffacsys" },
        complaint: { your: "eich cwyn", many: "gwynion", feminine: true },
        default: { your: "eich cais", many: "geisiadau" }
      },
      itFeminine: {
        "ei gydnabod": "ei chydnabod",
        "a\u2019i gydnabod": "a\u2019i chydnabod",
        "ei ateb": "ei hateb",
        "a\u2019i ateb": "a\u2019i hateb",
        "ei ddatrys": "ei datrys",
        "a\u2019i ddatrys": "a\u2019i datrys"
      },
      fromReceipt: "{time} o\u2019r adeg y daw i law",
      fromPrevious: {
        acknowledge: "{time} ar \xF4l ei gydnabod",
        answer: "{time} ar \xF4l ei ateb",
        attend: "{time} ar \xF4l dod atoch",
        see: "{time} ar \xF4l eich gweld",
        default: "{time} ar \xF4l hynny"
      },
      range: "{low} i {high}",
      extendable: "{time} (hyd at {max} os bydd angen mwy o amser arnom)",
      durations: {
        seconds: { other: "# eiliad" },
        minutes: { other: "# munud" },
        hours: { other: "# awr" },
        days: { two: "# ddiwrnod", other: "# diwrnod" },
        weeks: { other: "# wythnos" },
        businessHours: { other: "# awr waith" },
        workingDays: { two: "# ddiwrnod gwaith", other: "# diwrnod gwaith" },
        months: { two: "# fis", other: "# mis" }
      },
      notices: {
        seconds: { other: "o leiaf # eiliad o rybudd" },
        minutes: { other: "o leiaf # munud o rybudd" },
        hours: { other: "o leiaf # awr o rybudd" },
        days: { two: "o leiaf # ddiwrnod o rybudd", other: "o leiaf # diwrnod o rybudd" },
        weeks: { other: "o leiaf # wythnos o rybudd" },
        businessHours: { other: "o leiaf # awr waith o rybudd" },
        workingDays: { two: "o leiaf # ddiwrnod gwaith o rybudd", other: "o leiaf # diwrnod gwaith o rybudd" }
      },
      atLeast: "ar \xF4l o leiaf {duration}",
      guaranteeAutomatic: "{condition}, byddwn yn talu {amount} i chi yn awtomatig.",
      guaranteeClaim: "{condition}, gallwch hawlio {amount} gennym.",
      guaranteeLabel: "Ein gwarant",
      weekdayNames: welshWeekdayNames,
      monthNames: welshMonthNames,
      dateFormat: "{weekday} {day} {month}",
      dateFormatWithYear: "{weekday} {day} {month} {year}",
      responseSentence: "{action} nawr a\u2019n nod yw {steps}",
      responseShare: "{action} nawr: ein nod yw {commitment}",
      responseVerbs: {
        answer: { first: "ateb", next: "a\u2019i ateb" },
        acknowledge: { first: "ei gydnabod", next: "a\u2019i gydnabod" },
        reply: { first: "ateb yn llawn", next: "ac ateb yn llawn" },
        resolve: { first: "ei ddatrys", next: "a\u2019i ddatrys" },
        complete: { first: "cwblhau\u2019r gwaith", next: "a chwblhau\u2019r gwaith" },
        "call-back": { first: "eich ffonio\u2019n \xF4l", next: "a\u2019ch ffonio\u2019n \xF4l" },
        see: { first: "eich gweld", next: "a\u2019ch gweld" },
        attend: { first: "dod atoch", next: "a dod atoch" },
        custom: { first: "ateb", next: "ac ateb" }
      },
      byDeadline: "erbyn {deadline}",
      byLatest: "{step} (neu erbyn {latest} fan bellaf os bydd angen mwy o amser arnom)",
      moreActions: {
        sms: "Anfonwch neges destun atom",
        social: "Anfonwch neges atom ar y cyfryngau cymdeithasol",
        textphone: "Cysylltwch \xE2 ni drwy ff\xF4n testun neu Relay UK",
        "video-relay": "Cysylltwch \xE2 ni drwy gyfnewid fideo BSL",
        "online-account": "Anfonwch neges atom o\u2019ch cyfrif ar-lein",
        appointment: "Trefnwch apwyntiad",
        "home-visit": "Gofynnwch am ymweliad cartref",
        fax: "Anfonwch ffacs atom",
        custom: "Cysylltwch \xE2 ni drwy {type}"
      }
    };
  }
});

// src/strings/cy/scorecard.ts
var cy12;
var init_scorecard = __esm({
  "src/strings/cy/scorecard.ts"() {
    "use strict";
    cy12 = {
      scorecardTitle: "Sut wnaethom ni yn {period}",
      scorecardHeadline: { other: "Fe wnaethom gadw {met} o\u2019n # addewid yn {period}." },
      scorecardMissed: "Targed heb ei gyrraedd: {count}",
      scorecardNoTarget: "Dim targed i\u2019w fesur yn ei erbyn: {count}",
      scorecardNoFigure: "Dim ffigur wedi\u2019i gyhoeddi: {count}",
      scorecardPrevious: "Yn {period} fe wnaethom gadw {met} o {total}.",
      scorecardNone: "Nid oes ffigurau wedi\u2019u cyhoeddi ar gyfer {period}.",
      scorecardNoFigureFor: "Dim ffigur wedi\u2019i gyhoeddi ar gyfer {period}.",
      scorecardPromises: "Ein haddewidion",
      satisfaction: "Beth rydych chi\u2019n ei feddwl ohonom",
      scorecardTable: "Tabl canlyniadau",
      scorecardCaption: "Ein haddewidion yn {period}: wedi\u2019u cyflawni yn erbyn y targed",
      columnMeasure: "Beth rydym yn ei fesur",
      scorecardNoEarlier: "Dim ffigur cynharach",
      columnChange: "Newid ers y ffigur blaenorol"
    };
  }
});

// src/strings/cy/wait.ts
var cy13;
var init_wait = __esm({
  "src/strings/cy/wait.ts"() {
    "use strict";
    cy13 = {
      waitUnderMinute: "Llai na munud",
      waitMinutes: { other: "Tua # munud" },
      waitOverHour: "Dros awr",
      waitToAnswer: {
        phone: "{wait} i ateb galwad",
        chat: "{wait} i ateb sgwrs",
        "in-person": "{wait} i gael eich gweld",
        default: "{wait} i gael ateb"
      },
      waitUpdated: "diweddarwyd {age}",
      waitAges: {
        second: { other: "# eiliad yn \xF4l" },
        minute: { two: "# funud yn \xF4l", other: "# munud yn \xF4l" },
        hour: { other: "# awr yn \xF4l" }
      },
      waitUpdatedJustNow: "newydd ei ddiweddaru",
      waitUpdatedAt: "diweddarwyd am {time}",
      waitConnecting: "Wrthi\u2019n gwirio\u2019r amser aros presennol\u2026",
      waitStale: "Efallai fod y ffigur hwn wedi dyddio.",
      waitUnavailable: "Nid yw\u2019r amser aros presennol ar gael ar hyn o bryd.",
      waitClosed: { phone: "Mae\u2019r llinellau ar gau.", chat: "Mae\u2019r sgwrs fyw ar gau.", default: "Ar gau." },
      waitOpens: {
        phone: "Mae\u2019r llinellau\u2019n agor {when}",
        chat: "Mae\u2019r sgwrs fyw yn agor {when}",
        default: "Yn agor {when}"
      },
      waitOpensToday: "am {time}",
      waitOpensTomorrow: "yfory am {time}",
      waitOpensDay: "{day} am {time}",
      waitOpensDate: "ar {date} am {time}",
      waitPause: "Oedi\u2019r diweddariadau",
      waitResume: "Ailddechrau\u2019r diweddariadau",
      waitPaused: "Mae\u2019r diweddariadau wedi\u2019u hoedi."
    };
  }
});

// src/strings/cy.ts
var cy_exports = {};
__export(cy_exports, {
  cy: () => cy14
});
var cy14;
var init_cy = __esm({
  "src/strings/cy.ts"() {
    "use strict";
    init_charter();
    init_common();
    init_complaint_form();
    init_feedback();
    init_figures();
    init_hours();
    init_improvements();
    init_performance();
    init_policy();
    init_promises();
    init_scorecard();
    init_wait();
    cy14 = {
      ...cy2,
      ...cy10,
      ...cy11,
      ...cy6,
      ...cy,
      ...cy7,
      ...cy9,
      ...cy4,
      ...cy13,
      ...cy8,
      ...cy12,
      ...cy5
    };
  }
});

// src/core/charter-model.ts
var CHANNEL_TYPES, FEED_TRANSPORTS, PERFORMANCE_UNITS, PROMISE_KINDS, ACCESS_OFFERS;
var init_charter_model = __esm({
  "src/core/charter-model.ts"() {
    "use strict";
    CHANNEL_TYPES = [
      "phone",
      "email",
      "web-form",
      "voicemail",
      "in-person",
      "post",
      "chat",
      "sms",
      "social",
      "textphone",
      "video-relay",
      "online-account",
      "appointment",
      "home-visit",
      "fax",
      "custom"
    ];
    FEED_TRANSPORTS = ["poll", "sse"];
    PERFORMANCE_UNITS = ["percent", "seconds", "minutes", "days", "count"];
    PROMISE_KINDS = [
      "answer",
      "acknowledge",
      "reply",
      "resolve",
      "complete",
      "call-back",
      "see",
      "attend",
      "notice",
      "custom"
    ];
    ACCESS_OFFERS = [
      "interpreter",
      "sign-language",
      "translation",
      "large-print",
      "braille",
      "easy-read",
      "audio",
      "private-room",
      "staff-choice",
      "custom"
    ];
  }
});

// src/core/limits.ts
var DURATION_MAXIMA, WHOLE_UNITS, LIST_MAXIMA, SCALE_VALUE_MAX, grouped, tooLong;
var init_limits = __esm({
  "src/core/limits.ts"() {
    "use strict";
    DURATION_MAXIMA = {
      seconds: 63072e3,
      minutes: 1051200,
      hours: 17520,
      days: 730,
      weeks: 104,
      businessHours: 17520,
      workingDays: 520,
      months: 24
    };
    WHOLE_UNITS = /* @__PURE__ */ new Set(["days", "weeks", "workingDays", "months"]);
    LIST_MAXIMA = {
      /** Opening intervals in one day. */
      intervals: 48,
      /** Dates in one calendar's `holidays`, and in its `special`. */
      dates: 3660,
      /** Dated periods in one calendar, each at most `periodDays` long. */
      periods: 100,
      periodDays: 366,
      /** Calendars, channels, sites, services, access offers, notices, complaint services and "You said, we did" entries. */
      items: 500,
      /** Promises. */
      promises: 2e3,
      /** Targets of one promise, stage or offer. */
      targets: 8,
      /** Complaint tracks, stages of one track, escalation bodies, satisfaction measures. */
      steps: 20,
      /** Performance periods of one promise; languages of one channel or offer. */
      figures: 1200,
      /** Points of a feedback scale (at least 2: 0–10 has 11). */
      scalePoints: 11
    };
    SCALE_VALUE_MAX = 100;
    grouped = /* @__PURE__ */ __name((value) => String(value).replace(/\B(?=(\d{3})+$)/g, ","), "grouped");
    tooLong = /* @__PURE__ */ __name((value, maximum) => Array.isArray(value) && value.length > maximum ? `has ${value.length} entries; at most ${grouped(maximum)} are allowed` : void 0, "tooLong");
  }
});

// src/core/problems.ts
var ProblemLog, childPath;
var init_problems = __esm({
  "src/core/problems.ts"() {
    "use strict";
    ProblemLog = class {
      constructor() {
        this.problems = [];
      }
      static {
        __name(this, "ProblemLog");
      }
      add(path, message) {
        this.problems.push({ path, message });
        return void 0;
      }
    };
    childPath = /* @__PURE__ */ __name((path, key) => typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${key}` : key, "childPath");
  }
});

// src/core/schedule-types.ts
var wallMinutes, WEEKDAYS;
var init_schedule_types = __esm({
  "src/core/schedule-types.ts"() {
    "use strict";
    wallMinutes = /* @__PURE__ */ __name((time) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)), "wallMinutes");
    WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
  }
});

// src/core/time-zone.ts
function daysFromCivil(year, month, day) {
  const y3 = month <= 2 ? year - 1 : year;
  const era = Math.floor(y3 / 400);
  const yearOfEra = y3 - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
function civilFromDays(days) {
  const z2 = days + 719468;
  const era = Math.floor(z2 / 146097);
  const dayOfEra = z2 - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shiftedMonth + (shiftedMonth < 10 ? 3 : -9);
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1
  };
}
function parseLocalDate(date) {
  const match = LOCAL_DATE.exec(date);
  if (!match) return NaN;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const days = daysFromCivil(year, month, day);
  const check2 = civilFromDays(days);
  return check2.month === month && check2.day === day ? days : NaN;
}
function formatLocalDate(days) {
  const { year, month, day } = civilFromDays(days);
  const yearText = year >= 0 && year <= 9999 ? pad(year, 4) : (year < 0 ? "-" : "+") + pad(Math.abs(year), 6);
  return `${yearText}-${pad(month, 2)}-${pad(day, 2)}`;
}
function localDateToDays(date) {
  const days = parseLocalDate(date);
  if (Number.isNaN(days)) throw new RangeError(`"${date}" is not a date written YYYY-MM-DD`);
  return days;
}
function formatterFor(timeZone) {
  let formatter2 = formatters.get(timeZone);
  if (!formatter2) {
    const intl = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      numberingSystem: "latn",
      era: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric"
    });
    const fieldOrder = intl.formatToParts(0).flatMap(({ type }) => NUMERIC_FIELDS.has(type) ? [type] : []);
    formatter2 = { format: intl.format, fieldOrder };
    formatters.set(timeZone, formatter2);
  }
  return formatter2;
}
function zoneOffsetMs(timeZone, instant) {
  const wholeSecond = Math.floor(instant / 1e3) * 1e3;
  const { format, fieldOrder } = formatterFor(timeZone);
  const text = format(wholeSecond);
  const digits = text.match(DIGITS);
  const fields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  fieldOrder.forEach((field, index) => fields[field] = Number(digits[index]));
  const year = text.includes("BC") ? 1 - fields.year : fields.year;
  const wall = daysFromCivil(year, fields.month, fields.day) * DAY_MS + fields.hour * HOUR_MS + fields.minute * MINUTE_MS + fields.second * 1e3;
  return wall - wholeSecond;
}
function localClockTime(timeZone, instant) {
  let format = clockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", hour: "2-digit", minute: "2-digit" }).format;
    clockFormats.set(timeZone, format);
  }
  return format(instant);
}
function wallToInstant(timeZone, wall) {
  const offsetBefore = zoneOffsetMs(timeZone, wall - DAY_MS);
  const offsetAfter = zoneOffsetMs(timeZone, wall + DAY_MS);
  const candidates = [offsetBefore, offsetAfter].filter((offset, index) => index === 0 || offset !== offsetBefore).map((offset) => wall - offset).filter((instant) => instantToWall(timeZone, instant) === wall);
  return candidates.length ? Math.min(...candidates) : wall - offsetBefore;
}
function startOfLocalDay(timeZone, days) {
  let starts = dayStarts.get(timeZone);
  if (!starts) dayStarts.set(timeZone, starts = /* @__PURE__ */ new Map());
  let start = starts.get(days);
  if (start === void 0) {
    if (starts.size >= MAX_CACHED_DAYS) starts.clear();
    start = wallToInstant(timeZone, days * DAY_MS);
    starts.set(days, start);
  }
  return start;
}
function localDateOf(timeZone, at) {
  let format = dateFormatters.get(timeZone);
  if (!format) {
    const options = { timeZone, year: "numeric", month: "2-digit", day: "2-digit", calendar: "gregory" };
    dateFormatters.set(timeZone, format = new Intl.DateTimeFormat("en-US-u-nu-latn", options));
  }
  const parts = format.formatToParts(at);
  const part = /* @__PURE__ */ __name((type) => parts.find((p4) => p4.type === type).value, "part");
  return `${part("year").padStart(4, "0")}-${part("month")}-${part("day")}`;
}
var MINUTE_MS, HOUR_MS, DAY_MS, weekdayIndex, LOCAL_DATE, pad, weekdayOf, NUMERIC_FIELDS, formatters, DIGITS, clockFormats, instantToWall, MAX_CACHED_DAYS, dayStarts, localDayOf, dateFormatters;
var init_time_zone = __esm({
  "src/core/time-zone.ts"() {
    "use strict";
    init_schedule_types();
    MINUTE_MS = 6e4;
    HOUR_MS = 36e5;
    DAY_MS = 864e5;
    __name(daysFromCivil, "daysFromCivil");
    __name(civilFromDays, "civilFromDays");
    weekdayIndex = /* @__PURE__ */ __name((days) => ((days + 3) % 7 + 7) % 7, "weekdayIndex");
    LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
    __name(parseLocalDate, "parseLocalDate");
    pad = /* @__PURE__ */ __name((value, width) => String(value).padStart(width, "0"), "pad");
    __name(formatLocalDate, "formatLocalDate");
    __name(localDateToDays, "localDateToDays");
    weekdayOf = /* @__PURE__ */ __name((date) => WEEKDAYS[weekdayIndex(localDateToDays(date))], "weekdayOf");
    NUMERIC_FIELDS = /* @__PURE__ */ new Set(["year", "month", "day", "hour", "minute", "second"]);
    formatters = /* @__PURE__ */ new Map();
    __name(formatterFor, "formatterFor");
    DIGITS = /\d+/g;
    __name(zoneOffsetMs, "zoneOffsetMs");
    clockFormats = /* @__PURE__ */ new Map();
    __name(localClockTime, "localClockTime");
    instantToWall = /* @__PURE__ */ __name((timeZone, instant) => instant + zoneOffsetMs(timeZone, instant), "instantToWall");
    __name(wallToInstant, "wallToInstant");
    MAX_CACHED_DAYS = 4096;
    dayStarts = /* @__PURE__ */ new Map();
    __name(startOfLocalDay, "startOfLocalDay");
    localDayOf = /* @__PURE__ */ __name((timeZone, instant) => Math.floor(instantToWall(timeZone, instant) / DAY_MS), "localDayOf");
    dateFormatters = /* @__PURE__ */ new Map();
    __name(localDateOf, "localDateOf");
  }
});

// src/core/readers.ts
function numberReader(options = {}) {
  const { whole = false, min = 0, max } = options;
  const range = max === void 0 ? `\u2265 ${min}` : `from ${min} to ${max}`;
  const wanted = `must be ${whole ? "a whole number" : "a number"} ${range}`;
  return (value, path, log) => typeof value === "number" && Number.isFinite(value) && (!whole || Number.isInteger(value)) && value >= min && (max === void 0 || value <= max) ? value : log.add(path, wanted);
}
function oneOf(choices) {
  return (value, path, log) => choices.includes(value) ? value : log.add(path, `must be one of ${choices.map((c5) => `"${c5}"`).join(", ")}`);
}
function linkReader(kind) {
  const message = LINK_MESSAGES[kind];
  return (value, path, log) => typeof value === "string" && LINK_SCHEMES[kind].test(value.trim()) ? value.trim() : log.add(path, message);
}
function readList(value, path, log, item, max = Infinity) {
  if (!Array.isArray(value)) return log.add(path, "must be a list") ?? [];
  const long = tooLong(value, max);
  if (long) return log.add(path, long) ?? [];
  const items = [];
  for (let index = 0; index < value.length; index++) {
    const read = item(value[index], childPath(path, index), log);
    if (read !== void 0) items.push(read);
  }
  return items;
}
function collectFields(value, path, log, spec) {
  const object = readObject(value, path, log);
  if (!object) return void 0;
  let complete = true;
  const fields = {};
  for (const [key, field] of Object.entries(spec)) {
    const fieldPath = childPath(path, key);
    if (object[key] === void 0) {
      if (field.required) complete = log.add(fieldPath, "is required") ?? false;
      continue;
    }
    const read = field.read(object[key], fieldPath, log);
    if (read !== void 0) fields[key] = read;
    else if (field.required) complete = false;
  }
  for (const key of Object.keys(object)) {
    if (key !== "$schema" && !(key in spec)) log.add(childPath(path, key), "is not a known field");
  }
  return { fields, complete };
}
function readFields(value, path, log, spec) {
  const read = collectFields(value, path, log, spec);
  return read?.complete ? read.fields : void 0;
}
var isObject, readObject, readString, readBoolean, readText, LINK_SCHEMES, LINK_MESSAGES, required, optional, listOf, strictListOf;
var init_readers = __esm({
  "src/core/readers.ts"() {
    "use strict";
    init_problems();
    init_limits();
    isObject = /* @__PURE__ */ __name((value) => typeof value === "object" && value !== null && !Array.isArray(value), "isObject");
    readObject = /* @__PURE__ */ __name((value, path, log) => isObject(value) ? value : log.add(path, "must be an object"), "readObject");
    readString = /* @__PURE__ */ __name((value, path, log) => typeof value === "string" && value.trim() !== "" ? value : log.add(path, "must be a non-empty string"), "readString");
    readBoolean = /* @__PURE__ */ __name((value, path, log) => typeof value === "boolean" ? value : log.add(path, "must be true or false"), "readBoolean");
    readText = /* @__PURE__ */ __name((value, path, log) => {
      if (typeof value === "string") return readString(value, path, log);
      if (isObject(value) && Object.keys(value).length > 0) {
        const bad = Object.entries(value).filter(([, text]) => typeof text !== "string" || text.trim() === "");
        if (bad.length === 0) return value;
        for (const [lang] of bad) log.add(childPath(path, lang), "must be a non-empty string");
        return void 0;
      }
      return log.add(path, 'must be a string or a map of language codes to strings, e.g. {"en": "\u2026", "cy": "\u2026"}');
    }, "readText");
    __name(numberReader, "numberReader");
    __name(oneOf, "oneOf");
    LINK_SCHEMES = {
      web: /^https?:\/\/[^\s]+$/i,
      email: /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/,
      phone: /^\+?[0-9 ()-]{3,}$/
    };
    LINK_MESSAGES = {
      web: "must be an http(s) URL",
      email: "must be an email address",
      phone: "must be a phone number (digits, spaces, brackets, dashes, optional leading +)"
    };
    __name(linkReader, "linkReader");
    __name(readList, "readList");
    __name(collectFields, "collectFields");
    __name(readFields, "readFields");
    required = /* @__PURE__ */ __name((read) => ({ read, required: true }), "required");
    optional = /* @__PURE__ */ __name((read) => ({ read }), "optional");
    listOf = /* @__PURE__ */ __name((item, max = Infinity) => (value, path, log) => readList(value, path, log, item, max), "listOf");
    strictListOf = /* @__PURE__ */ __name((item, max = Infinity) => (value, path, log) => {
      const list = readList(value, path, log, item, max);
      return Array.isArray(value) && list.length === value.length ? list : void 0;
    }, "strictListOf");
  }
});

// src/core/gov-uk-holidays.ts
function holidaysFromGovUk(json, division) {
  if (!isObject(json)) throw new Error("GOV.UK bank holidays: expected a JSON object keyed by division");
  const entry = json[division];
  if (!isObject(entry) || !Array.isArray(entry.events)) {
    const known2 = Object.keys(json).filter((key) => isObject(json[key]));
    throw new Error(
      `GOV.UK bank holidays: no division "${division}" with events (found: ${known2.join(", ") || "none"})`
    );
  }
  const days = /* @__PURE__ */ new Set();
  for (const event of entry.events) {
    const day = isObject(event) && typeof event.date === "string" ? parseLocalDate(event.date) : NaN;
    if (!Number.isNaN(day)) days.add(day);
  }
  return [...days].sort((a3, b3) => a3 - b3).map(formatLocalDate);
}
var init_gov_uk_holidays = __esm({
  "src/core/gov-uk-holidays.ts"() {
    "use strict";
    init_time_zone();
    init_readers();
    __name(holidaysFromGovUk, "holidaysFromGovUk");
  }
});

// src/core/bank-holidays.ts
function withBankHolidays(schedule, dates) {
  const holidays = [.../* @__PURE__ */ new Set([...schedule.holidays ?? [], ...dates])].sort();
  return { ...schedule, holidays, bankHolidays: { division: schedule.bankHolidays?.division ?? "", dates } };
}
async function loadBankHolidays(schedule, load) {
  const source = schedule.bankHolidays;
  if (!source?.url || !needsBankHolidayUrl(schedule)) return schedule;
  try {
    return withBankHolidays(schedule, holidaysFromGovUk(await load(source.url), source.division));
  } catch (error) {
    return { ...schedule, bankHolidays: { ...source, error: `${source.url}: ${error.message}` } };
  }
}
function charterCalendars(charter) {
  const all = [
    ...Object.values(charter.calendars ?? {}),
    charter.hours,
    charter.workingCalendar,
    ...charter.channels.map((c5) => c5.hours),
    ...(charter.sites ?? []).map((s7) => s7.hours),
    ...(charter.services ?? []).map((s7) => s7.hours)
  ];
  return [...new Set(all.filter((calendar) => !!calendar))];
}
async function loadCharterBankHolidays(charter, load) {
  const needing = charterCalendars(charter).filter(needsBankHolidayUrl);
  if (needing.length === 0) return charter;
  const loaded2 = new Map(
    await Promise.all(needing.map(async (calendar) => [calendar, await loadBankHolidays(calendar, load)]))
  );
  const swap = /* @__PURE__ */ __name((calendar) => (calendar && loaded2.get(calendar)) ?? calendar, "swap");
  const withHours = /* @__PURE__ */ __name((item) => item.hours && loaded2.has(item.hours) ? { ...item, hours: swap(item.hours) } : item, "withHours");
  return {
    ...charter,
    calendars: Object.fromEntries(Object.entries(charter.calendars ?? {}).map(([id, c5]) => [id, swap(c5)])),
    hours: swap(charter.hours),
    workingCalendar: swap(charter.workingCalendar),
    channels: charter.channels.map(withHours),
    sites: (charter.sites ?? []).map(withHours),
    services: (charter.services ?? []).map(withHours)
  };
}
var needsBankHolidayUrl, bankHolidayErrors;
var init_bank_holidays = __esm({
  "src/core/bank-holidays.ts"() {
    "use strict";
    init_gov_uk_holidays();
    __name(withBankHolidays, "withBankHolidays");
    needsBankHolidayUrl = /* @__PURE__ */ __name((schedule) => !!schedule?.bankHolidays?.url && !schedule.bankHolidays.dates && !schedule.bankHolidays.error, "needsBankHolidayUrl");
    __name(loadBankHolidays, "loadBankHolidays");
    __name(charterCalendars, "charterCalendars");
    __name(loadCharterBankHolidays, "loadCharterBankHolidays");
    bankHolidayErrors = /* @__PURE__ */ __name((charter) => charterCalendars(charter).flatMap((s7) => s7.bankHolidays?.error ?? []), "bankHolidayErrors");
  }
});

// src/core/read-schedule.ts
function isLocalDate(value) {
  const match = typeof value === "string" && LOCAL_DATE2.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
function isKnownTimeZone(name) {
  canonicalZones ??= new Set(Intl.supportedValuesOf?.("timeZone"));
  if (canonicalZones.has(name)) return true;
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
function calendarReader(format, defaultTimeZone) {
  const v2 = format === 2;
  const none = /* @__PURE__ */ __name((_v, p4, l4) => l4.add(p4, "is not a known field"), "none");
  return (value, path, log) => {
    const read = collectFields(value, path, log, {
      timeZone: defaultTimeZone ? optional(readTimeZone) : required(readTimeZone),
      weekly: v2 ? optional(readWeekly) : required(readWeekly),
      days: optional(v2 ? readWorkingDays : none),
      holidays: optional(readHolidays),
      holidaysUntil: optional(v2 ? readLocalDate : none),
      special: optional(readSpecial),
      periods: optional(v2 ? readPeriods : none),
      bankHolidays: optional(readGovUkSource)
    });
    if (!read?.complete) return void 0;
    const { days, weekly, timeZone = defaultTimeZone, ...rest } = read.fields;
    if (v2 && days === void 0 === (weekly === void 0)) {
      const either = isObject(value) && ("days" in value || "weekly" in value);
      return either && days && weekly ? log.add(path, 'must have "weekly" (opening hours) or "days" (working days without hours), not both') : either ? void 0 : log.add(childPath(path, "weekly"), 'is required (or "days" for working days without hours)');
    }
    const calendar = { timeZone, weekly: weekly ?? days, ...rest };
    if (days) calendar.workingDaysOnly = true;
    return withInlineBankHolidays(calendar, path, log);
  };
}
function withInlineBankHolidays(calendar, path, log) {
  const source = calendar.bankHolidays;
  if (!source?.data) return calendar;
  try {
    return withBankHolidays(calendar, holidaysFromGovUk(source.data, source.division));
  } catch (error) {
    log.add(childPath(childPath(path, "bankHolidays"), "data"), error.message);
    return { ...calendar, bankHolidays: void 0 };
  }
}
function readAmount(unit, value, path, log) {
  const whole = WHOLE_UNITS.has(unit);
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || whole && !Number.isInteger(value))
    return log.add(path, `must be ${whole ? "a whole number" : "a number"} \u2265 0`);
  const max = DURATION_MAXIMA[unit];
  return value <= max ? value : log.add(path, `must be at most ${grouped(max)} (see the limits)`);
}
function durationReader(units) {
  const list = units.join(", ");
  return (value, path, log) => {
    const object = readObject(value, path, log);
    if (!object) return void 0;
    const keys = Object.keys(object);
    const known2 = keys.filter((key) => units.includes(key));
    for (const key of keys)
      if (!known2.includes(key))
        log.add(childPath(path, key), `is not a known unit: use one of ${list}`);
    if (known2.length !== 1) return log.add(path, `must have exactly one of ${list}`);
    const [unit] = known2;
    const amount = readAmount(unit, object[unit], childPath(path, unit), log);
    return amount === void 0 || keys.length !== 1 ? void 0 : { [unit]: amount };
  };
}
var WALL_TIME, LOCAL_DATE2, readLocalDate, canonicalZones, readTimeZone, readDayIntervals, readWeekly, readSpecial, readGovUkSource, readHolidays, readPeriod, readPeriods, readWorkingDays, readSchedule, TARGET_UNITS, DURATION_UNITS, targetReader;
var init_read_schedule = __esm({
  "src/core/read-schedule.ts"() {
    "use strict";
    init_bank_holidays();
    init_gov_uk_holidays();
    init_problems();
    init_limits();
    init_readers();
    init_schedule_types();
    init_time_zone();
    WALL_TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;
    LOCAL_DATE2 = /^(\d{4})-(\d{2})-(\d{2})$/;
    __name(isLocalDate, "isLocalDate");
    readLocalDate = /* @__PURE__ */ __name((value, path, log) => isLocalDate(value) ? value : log.add(path, "must be a date written YYYY-MM-DD"), "readLocalDate");
    __name(isKnownTimeZone, "isKnownTimeZone");
    readTimeZone = /* @__PURE__ */ __name((value, path, log) => typeof value === "string" && value !== "" && isKnownTimeZone(value) ? value : log.add(path, 'must be an IANA time zone name such as "Europe/London"'), "readTimeZone");
    readDayIntervals = /* @__PURE__ */ __name((value, path, log) => {
      if (!Array.isArray(value)) return log.add(path, 'must be a list of ["HH:MM", "HH:MM"] intervals ([] = closed)');
      const long = tooLong(value, LIST_MAXIMA.intervals);
      if (long) return log.add(path, long);
      let valid = true;
      let previousClose = -1;
      Array.from(value).forEach((interval, index) => {
        const at = childPath(path, index);
        const pair = Array.isArray(interval) && interval.length === 2 && // Array.from: a hole is read as undefined, not skipped.
        Array.from(interval).every((t6) => typeof t6 === "string" && WALL_TIME.test(t6));
        if (!pair) {
          valid = log.add(at, 'must be a pair of 24-hour times ["HH:MM", "HH:MM"] ("24:00" = end of day)') ?? false;
          return;
        }
        const [open, close] = interval.map(wallMinutes);
        if (close <= open) valid = log.add(at, "must close after it opens") ?? false;
        else if (open < previousClose)
          valid = log.add(at, "must start after the previous interval closes (sorted, no overlap)") ?? false;
        previousClose = Math.max(previousClose, close);
      });
      return valid ? value : void 0;
    }, "readDayIntervals");
    readWeekly = /* @__PURE__ */ __name((value, path, log) => {
      const object = readObject(value, path, log);
      if (!object) return void 0;
      const weekly = {};
      let valid = true;
      for (const [day, intervals] of Object.entries(object)) {
        if (!WEEKDAYS.includes(day)) {
          valid = log.add(childPath(path, day), `is not a weekday: use ${WEEKDAYS.join(", ")}`) ?? false;
          continue;
        }
        const read = readDayIntervals(intervals, childPath(path, day), log);
        if (read) weekly[day] = read;
        else valid = false;
      }
      return valid ? weekly : void 0;
    }, "readWeekly");
    readSpecial = /* @__PURE__ */ __name((value, path, log) => {
      const object = readObject(value, path, log);
      if (!object) return void 0;
      const long = tooLong(Object.keys(object), LIST_MAXIMA.dates);
      if (long) return log.add(path, long.replace("entries", "dates"));
      let valid = true;
      for (const [date, intervals] of Object.entries(object)) {
        if (!isLocalDate(date))
          valid = log.add(childPath(path, date), "must be keyed by a date written YYYY-MM-DD") ?? false;
        else if (!readDayIntervals(intervals, childPath(path, date), log)) valid = false;
      }
      return valid ? object : void 0;
    }, "readSpecial");
    readGovUkSource = /* @__PURE__ */ __name((value, path, log) => {
      const source = readFields(value, path, log, {
        division: required(readString),
        url: optional(
          (v2, p4, l4) => typeof v2 === "string" && /^https?:\/\//i.test(v2) ? v2 : l4.add(p4, "must be an http(s) URL")
        ),
        data: optional((v2, p4, l4) => isObject(v2) ? v2 : l4.add(p4, "must be the GOV.UK bank-holidays JSON object"))
      });
      if (source && !source.url && !source.data) return log.add(path, 'needs a "url" or inline "data"');
      return source;
    }, "readGovUkSource");
    readHolidays = /* @__PURE__ */ strictListOf(readLocalDate, LIST_MAXIMA.dates);
    readPeriod = /* @__PURE__ */ __name((value, path, log) => {
      const period = readFields(value, path, log, {
        from: required(readLocalDate),
        to: required(readLocalDate),
        weekly: required(readWeekly),
        name: optional(readText)
      });
      if (!period) return void 0;
      const days = localDateToDays(period.to) - localDateToDays(period.from) + 1;
      if (days < 1) return log.add(childPath(path, "to"), 'must be on or after "from"');
      if (days > LIST_MAXIMA.periodDays)
        return log.add(childPath(path, "to"), `must be at most ${LIST_MAXIMA.periodDays} days after "from"`);
      return period;
    }, "readPeriod");
    readPeriods = /* @__PURE__ */ __name((value, path, log) => {
      const periods = strictListOf(readPeriod, LIST_MAXIMA.periods)(value, path, log);
      if (!periods) return void 0;
      const byStart = periods.map((period, index) => ({ period, index })).sort((a3, b3) => a3.period.from < b3.period.from ? -1 : 1);
      let valid = true;
      byStart.slice(1).forEach(({ period, index }, order) => {
        const before2 = byStart[order].period;
        if (period.from <= before2.to)
          valid = log.add(childPath(path, index), `overlaps the period from ${before2.from} to ${before2.to}`) ?? false;
      });
      return valid ? periods : void 0;
    }, "readPeriods");
    readWorkingDays = /* @__PURE__ */ __name((value, path, log) => {
      const days = strictListOf(oneOf(WEEKDAYS), WEEKDAYS.length)(value, path, log);
      if (!days) return void 0;
      if (new Set(days).size !== days.length) return log.add(path, "must not name a weekday twice");
      return Object.fromEntries(days.map((day) => [day, [["00:00", "24:00"]]]));
    }, "readWorkingDays");
    __name(calendarReader, "calendarReader");
    __name(withInlineBankHolidays, "withInlineBankHolidays");
    readSchedule = /* @__PURE__ */ calendarReader(2);
    __name(readAmount, "readAmount");
    __name(durationReader, "durationReader");
    TARGET_UNITS = ["minutes", "hours", "days", "weeks", "businessHours", "workingDays"];
    DURATION_UNITS = ["seconds", ...TARGET_UNITS];
    targetReader = /* @__PURE__ */ __name((allowSeconds) => durationReader(allowSeconds ? DURATION_UNITS : TARGET_UNITS), "targetReader");
  }
});

// src/core/read-charter-parts.ts
var webUrl, readId, readOrganisation, readValue, readContact, readEndpoint, readComplaintEndpoint, readFeedConfig, PERIOD, readPeriod2, readPerformance, readComplaintService, readLanguage;
var init_read_charter_parts = __esm({
  "src/core/read-charter-parts.ts"() {
    "use strict";
    init_charter_model();
    init_limits();
    init_readers();
    webUrl = /* @__PURE__ */ linkReader("web");
    readId = /* @__PURE__ */ __name((value, path, log) => typeof value === "string" && /^[a-z0-9][a-z0-9_-]*$/i.test(value) ? value : log.add(path, 'must be an id of letters, digits, "-" or "_"'), "readId");
    readOrganisation = /* @__PURE__ */ __name((value, path, log) => readFields(value, path, log, {
      name: required(readText),
      url: optional(webUrl),
      logo: optional((v2, p4, l4) => readFields(v2, p4, l4, { src: required(webUrl), alt: required(readText) }))
    }), "readOrganisation");
    readValue = /* @__PURE__ */ __name((value, path, log) => {
      if (isObject(value) && "name" in value) {
        return readFields(value, path, log, { name: required(readText), description: optional(readText) });
      }
      const name = readText(value, path, log);
      return name === void 0 ? void 0 : { name };
    }, "readValue");
    readContact = /* @__PURE__ */ __name((value, path, log) => readFields(value, path, log, {
      phone: optional(linkReader("phone")),
      email: optional(linkReader("email")),
      url: optional(webUrl),
      address: optional(readText)
    }), "readContact");
    readEndpoint = /* @__PURE__ */ __name((v2, p4, l4) => typeof v2 === "string" && /^(?:https?:\/\/|\/)\S*$/i.test(v2) ? v2 : l4.add(p4, "must be an http(s) URL or a path starting with /"), "readEndpoint");
    readComplaintEndpoint = /* @__PURE__ */ __name((v2, p4, l4) => typeof v2 === "string" && /^(?:https?:\/\/|\/)/i.test(v2) ? v2 : l4.add(p4, "must be an http(s) URL or a path starting with /"), "readComplaintEndpoint");
    readFeedConfig = /* @__PURE__ */ __name((value, path, log) => readFields(value, path, log, {
      url: required(readEndpoint),
      transport: optional(oneOf(FEED_TRANSPORTS)),
      maxAgeSeconds: optional(numberReader({ min: 1 })),
      pollSeconds: optional(numberReader({ min: 1 }))
    }), "readFeedConfig");
    PERIOD = /^\d{4}(?:-(?:0[1-9]|1[0-2]|Q[1-4]))?$/;
    readPeriod2 = /* @__PURE__ */ __name((value, path, log) => readFields(value, path, log, {
      period: required(
        (v2, p4, l4) => typeof v2 === "string" && PERIOD.test(v2) ? v2 : l4.add(p4, "must be a period: YYYY, YYYY-Qn or YYYY-MM")
      ),
      achieved: required((v2, p4, l4) => v2 === null ? null : numberReader()(v2, p4, l4)),
      target: optional(numberReader())
    }), "readPeriod");
    readPerformance = /* @__PURE__ */ __name((value, path, log) => {
      const read = readFields(value, path, log, {
        measure: optional(readText),
        unit: optional(oneOf(PERFORMANCE_UNITS)),
        better: optional(oneOf(["higher", "lower"])),
        periods: required(listOf(readPeriod2, LIST_MAXIMA.figures))
      });
      return read && { unit: "percent", better: "higher", ...read, periods: read.periods ?? [] };
    }, "readPerformance");
    readComplaintService = /* @__PURE__ */ __name((value, path, log) => readFields(value, path, log, { id: required(readId), name: required(readText) }), "readComplaintService");
    readLanguage = /* @__PURE__ */ __name((value, path, log) => typeof value === "string" && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(value) ? value : log.add(path, 'must be a language code such as "en" or "cy"'), "readLanguage");
  }
});

// src/core/unique-ids.ts
function uniqueIds(read, raw, path, log) {
  const firstAt = /* @__PURE__ */ new Map();
  if (Array.isArray(raw)) {
    raw.forEach((entry, index) => {
      const id = isObject(entry) ? entry.id : void 0;
      if (typeof id !== "string") return;
      const first = firstAt.get(id);
      if (first === void 0) firstAt.set(id, index);
      else log.add(childPath(childPath(path, index), "id"), `repeats the id of ${childPath(path, first)}: "${id}"`);
    });
  }
  const kept = /* @__PURE__ */ new Set();
  return read.filter((item) => !kept.has(item.id) && kept.add(item.id));
}
var init_unique_ids = __esm({
  "src/core/unique-ids.ts"() {
    "use strict";
    init_problems();
    init_readers();
    __name(uniqueIds, "uniqueIds");
  }
});

// src/core/promise-v1.ts
var promiseFromV1, asCharterPromise;
var init_promise_v1 = __esm({
  "src/core/promise-v1.ts"() {
    "use strict";
    promiseFromV1 = /* @__PURE__ */ __name(({ target, ...promise }) => ({
      id: promise.id,
      kind: "custom",
      channel: promise.channel,
      text: promise.text,
      targets: [{ kind: "custom", within: target, countedFrom: "receipt" }],
      ...promise.performance ? { performance: promise.performance } : {}
    }), "promiseFromV1");
    asCharterPromise = /* @__PURE__ */ __name((promise) => "target" in promise ? promiseFromV1(promise) : promise, "asCharterPromise");
  }
});

// src/core/read-charter-v1.ts
var read_charter_v1_exports = {};
__export(read_charter_v1_exports, {
  readCharterV1: () => readCharterV1
});
function promiseReader2(channelIds) {
  return (value, path, log) => {
    const promise = readFields(value, path, log, {
      id: required(readId),
      channel: required(readId),
      text: required(readText),
      target: required(targetReader(true)),
      performance: optional(readPerformance)
    });
    if (promise && !channelIds.has(promise.channel)) {
      return log.add(`${path}.channel`, `names no channel in "channels": "${promise.channel}"`);
    }
    return promise;
  };
}
function readCharterV1(json, log) {
  let channelIds = /* @__PURE__ */ new Set();
  const read = collectFields(json, "", log, {
    version: required(() => 1),
    language: optional(readLanguage),
    organisation: required(readOrganisation),
    title: required(readText),
    vision: optional(readText),
    values: optional(listOf(readValue, LIST_MAXIMA.items)),
    hours: optional(readSchedule2),
    channels: optional((value, path, l4) => {
      const channels = uniqueIds(readList(value, path, l4, readChannel, LIST_MAXIMA.items), value, path, l4);
      channelIds = new Set(channels.map((channel) => channel.id));
      return channels;
    }),
    promises: optional(
      (value, path, l4) => uniqueIds(readList(value, path, l4, promiseReader2(channelIds), LIST_MAXIMA.promises), value, path, l4)
    ),
    complaints: optional(readComplaints),
    feed: optional(readFeedConfig)
  });
  return read && fromVersion1(read.fields);
}
function stageTargets(stage) {
  const reply = /* @__PURE__ */ __name((countedFrom) => ({
    kind: "reply",
    within: stage.respond,
    countedFrom
  }), "reply");
  if (!stage.acknowledge) return [reply("receipt")];
  const acknowledge = { kind: "acknowledge", within: stage.acknowledge, countedFrom: "receipt" };
  return [acknowledge, reply(stage.respondFrom === "receipt" ? "receipt" : "previous")];
}
function complaintsFromV1(policy) {
  const { stages, escalation, ...rest } = policy;
  const asStage = /* @__PURE__ */ __name(({ name, description, ...targets }) => ({
    name,
    ...description === void 0 ? {} : { description },
    targets: stageTargets({ name, ...targets })
  }), "asStage");
  return {
    ...rest,
    tracks: [{ id: "complaints", stages: stages.map(asStage) }],
    escalation: escalation ? [escalation] : []
  };
}
function fromVersion1(fields) {
  const channels = fields.channels ?? [];
  const calendars = {};
  if (fields.hours) calendars.hours = fields.hours;
  for (const channel of channels) if (channel.hours) calendars[`${channel.id}-hours`] = channel.hours;
  const services = fields.complaints?.services ?? [];
  return {
    version: 2,
    sourceVersion: 1,
    language: fields.language ?? "en",
    timeZone: fields.hours?.timeZone ?? channels.find((c5) => c5.hours)?.hours?.timeZone ?? "Europe/London",
    organisation: fields.organisation ?? { name: "" },
    title: fields.title ?? "",
    ...fields.vision === void 0 ? {} : { vision: fields.vision },
    values: fields.values ?? [],
    calendars,
    ...fields.hours ? { hours: fields.hours } : {},
    sites: [],
    channels,
    services: services.map(({ id, name }) => ({ id, name })),
    promises: (fields.promises ?? []).map(promiseFromV1),
    access: [],
    notices: [],
    ...fields.complaints ? { complaints: complaintsFromV1(fields.complaints) } : {},
    ...fields.feed ? { feed: fields.feed } : {}
  };
}
var V1_CHANNEL_TYPES, readSchedule2, readChannel, readTarget2, readStage2, readComplaints;
var init_read_charter_v1 = __esm({
  "src/core/read-charter-v1.ts"() {
    "use strict";
    init_limits();
    init_read_charter_parts();
    init_read_schedule();
    init_unique_ids();
    init_readers();
    init_promise_v1();
    V1_CHANNEL_TYPES = ["phone", "email", "web-form", "voicemail", "in-person", "post", "chat"];
    readSchedule2 = /* @__PURE__ */ calendarReader(1);
    readChannel = /* @__PURE__ */ __name((value, path, log) => readFields(value, path, log, {
      id: required(readId),
      type: required(oneOf(V1_CHANNEL_TYPES)),
      name: required(readText),
      description: optional(readText),
      contact: optional(readContact),
      hours: optional(readSchedule2),
      feed: optional(readFeedConfig)
    }), "readChannel");
    readTarget2 = /* @__PURE__ */ targetReader(false);
    readStage2 = /* @__PURE__ */ __name((value, path, log) => readFields(value, path, log, {
      name: required(readText),
      description: optional(readText),
      acknowledge: optional(readTarget2),
      respond: required(readTarget2),
      respondFrom: optional(oneOf(["acknowledgement", "receipt"]))
    }), "readStage");
    readComplaints = /* @__PURE__ */ __name((value, path, log) => readFields(value, path, log, {
      summary: optional(readText),
      stages: required(listOf(readStage2, LIST_MAXIMA.steps)),
      escalation: optional(
        (v2, p4, l4) => readFields(v2, p4, l4, {
          name: required(readText),
          url: required(webUrl),
          description: optional(readText)
        })
      ),
      endpoint: optional(readComplaintEndpoint),
      anonymousAllowed: optional(readBoolean),
      consent: optional(readText),
      services: optional(listOf(readComplaintService, LIST_MAXIMA.items)),
      draftStorage: optional(oneOf(["session", "local"]))
    }), "readComplaints");
    __name(promiseReader2, "promiseReader");
    __name(readCharterV1, "readCharterV1");
    __name(stageTargets, "stageTargets");
    __name(complaintsFromV1, "complaintsFromV1");
    __name(fromVersion1, "fromVersion1");
  }
});

// src/core/structured-data.ts
function weeklySpecs(weekly, extra) {
  const byInterval = /* @__PURE__ */ new Map();
  for (const weekday of WEEKDAYS) {
    for (const interval of weekly[weekday] ?? []) {
      const key = interval.join("-");
      const entry = byInterval.get(key) ?? { interval, days: [] };
      entry.days.push(`https://schema.org/${DAY_NAMES[weekday]}`);
      byInterval.set(key, entry);
    }
  }
  return [...byInterval.values()].map(
    ({ interval, days }) => hoursSpec(interval, { dayOfWeek: days.length === 1 ? days[0] : days, ...extra })
  );
}
function openingHoursSpecification(schedule, fromDate = "") {
  const specs = weeklySpecs(schedule.weekly, {});
  for (const period of schedule.periods ?? []) {
    if (period.to < fromDate) continue;
    specs.push(...weeklySpecs(period.weekly, { validFrom: period.from, validThrough: period.to }));
  }
  const special = schedule.special ?? {};
  const dated = /* @__PURE__ */ new Map();
  for (const date of schedule.holidays ?? []) if (!(date in special)) dated.set(date, []);
  for (const [date, intervals] of Object.entries(special)) dated.set(date, intervals);
  for (const date of [...dated.keys()].sort()) {
    if (date < fromDate) continue;
    const intervals = dated.get(date);
    const day = { validFrom: date, validThrough: date };
    specs.push(...(intervals.length ? intervals : [CLOSED]).map((interval) => hoursSpec(interval, day)));
  }
  return specs;
}
function languagesOf(charter) {
  const keys = /* @__PURE__ */ __name((text) => typeof text === "string" ? [] : Object.keys(text), "keys");
  const offered = (charter.access ?? []).flatMap((offer) => offer.languages ?? []);
  return [.../* @__PURE__ */ new Set([charter.language, ...keys(charter.title), ...keys(charter.organisation.name), ...offered])];
}
function siteNode(site, pick, fromDate) {
  const node = { "@type": "Place", name: pick(site.name) };
  if (site.address) node.address = pick(site.address);
  const hours = site.hours && !site.hours.workingDaysOnly ? site.hours : void 0;
  if (hours) node.openingHoursSpecification = openingHoursSpecification(hours, fromDate);
  return node;
}
function channelNode(channel, charter, options) {
  const { contact = {} } = channel;
  const pick = /* @__PURE__ */ __name((text) => pickText(text, options.language, charter.language), "pick");
  const hours = channel.hours ? openingHoursSpecification(channel.hours, options.fromDate) : void 0;
  const sites = (channel.sites ?? []).flatMap((id) => charter.sites?.find((site) => site.id === id) ?? []);
  const node = {
    "@type": "ServiceChannel",
    "@id": `#channel-${channel.id}`,
    name: pick(channel.name),
    availableLanguage: channel.languages?.length ? channel.languages : languagesOf(charter)
  };
  if (channel.description) node.description = pick(channel.description);
  if (contact.phone) {
    node.servicePhone = { "@type": "ContactPoint", telephone: contact.phone, ...hours && { hoursAvailable: hours } };
  }
  if (contact.email) node.serviceUrl = `mailto:${contact.email}`;
  if (contact.url) node.serviceUrl = contact.url;
  if (contact.address) {
    const address = pick(contact.address);
    if (channel.type === "post") node.servicePostalAddress = { "@type": "PostalAddress", streetAddress: address };
    else node.serviceLocation = { "@type": "Place", address, ...hours && { openingHoursSpecification: hours } };
  }
  if (sites.length) node.serviceLocation = sites.map((site) => siteNode(site, pick, options.fromDate));
  return node;
}
function charterStructuredData(charter, options = {}) {
  const settings = { government: false, language: charter.language, fromDate: "", ...options };
  const pick = /* @__PURE__ */ __name((text) => pickText(text, settings.language, charter.language), "pick");
  const { organisation } = charter;
  const provider = {
    "@type": settings.government ? "GovernmentOrganization" : "Organization",
    name: pick(organisation.name)
  };
  if (organisation.url) provider.url = organisation.url;
  if (organisation.logo) provider.logo = organisation.logo.src;
  const service = {
    "@context": "https://schema.org",
    "@type": settings.government ? "GovernmentService" : "Service",
    name: pick(charter.title),
    provider,
    availableLanguage: languagesOf(charter)
  };
  if (charter.vision) service.description = pick(charter.vision);
  if (charter.hours && !charter.hours.workingDaysOnly)
    service.hoursAvailable = openingHoursSpecification(charter.hours, settings.fromDate);
  if (charter.channels.length)
    service.availableChannel = charter.channels.map((c5) => channelNode(c5, charter, settings));
  return service;
}
var DAY_NAMES, schemaTime, hoursSpec, CLOSED, scriptSafeJson;
var init_structured_data = __esm({
  "src/core/structured-data.ts"() {
    "use strict";
    init_schedule_types();
    init_text();
    DAY_NAMES = {
      mon: "Monday",
      tue: "Tuesday",
      wed: "Wednesday",
      thu: "Thursday",
      fri: "Friday",
      sat: "Saturday",
      sun: "Sunday"
    };
    schemaTime = /* @__PURE__ */ __name((time) => time === "24:00" ? "23:59" : time, "schemaTime");
    hoursSpec = /* @__PURE__ */ __name((interval, extra) => ({
      "@type": "OpeningHoursSpecification",
      ...extra,
      opens: schemaTime(interval[0]),
      closes: schemaTime(interval[1])
    }), "hoursSpec");
    CLOSED = ["00:00", "00:00"];
    __name(weeklySpecs, "weeklySpecs");
    __name(openingHoursSpecification, "openingHoursSpecification");
    __name(languagesOf, "languagesOf");
    __name(siteNode, "siteNode");
    __name(channelNode, "channelNode");
    __name(charterStructuredData, "charterStructuredData");
    scriptSafeJson = /* @__PURE__ */ __name((data) => JSON.stringify(data).replace(/</g, "\\u003c"), "scriptSafeJson");
  }
});

// src/controllers/structured-data.ts
function scriptText(json) {
  const tt = globalThis.trustedTypes;
  if (!tt) return json;
  const shared = globalThis;
  if (shared[SHARED] === void 0) {
    try {
      shared[SHARED] = tt.createPolicy(POLICY_NAME, {
        // JSON text cannot call anything; refuse whatever is not JSON.
        createScript: /* @__PURE__ */ __name((input) => (JSON.parse(input), input), "createScript")
      });
    } catch {
      shared[SHARED] = null;
    }
  }
  return shared[SHARED]?.createScript(json) ?? null;
}
var POLICY_NAME, SHARED, OWNED, StructuredDataController;
var init_structured_data2 = __esm({
  "src/controllers/structured-data.ts"() {
    "use strict";
    init_structured_data();
    POLICY_NAME = "service-charter";
    SHARED = /* @__PURE__ */ Symbol.for("service-charter.json-ld-policy");
    __name(scriptText, "scriptText");
    OWNED = "data-service-charter";
    StructuredDataController = class {
      constructor(host, data) {
        this.host = host;
        this.data = data;
        this.warned = false;
        host.addController(this);
      }
      static {
        __name(this, "StructuredDataController");
      }
      hostUpdated() {
        const data = this.data();
        const current = this.host.querySelector(`:scope > script[${OWNED}]`);
        const json = data && scriptSafeJson(data);
        if (current?.textContent === json) return;
        current?.remove();
        if (!json) return;
        const text = scriptText(json);
        if (text === null) {
          if (this.warned) return;
          this.warned = true;
          console.warn(
            `<${this.host.localName}>: structured data needs "${POLICY_NAME}" in the page's trusted-types policy`
          );
          return;
        }
        const script = document.createElement("script");
        script.type = "application/ld+json";
        script.setAttribute(OWNED, "");
        script.textContent = text;
        this.host.append(script);
      }
    };
  }
});

// src/components/service-charter/charter-json-ld.ts
var charter_json_ld_exports = {};
__export(charter_json_ld_exports, {
  addCharterJsonLd: () => addCharterJsonLd
});
function addCharterJsonLd(host, source) {
  new StructuredDataController(host, () => {
    const { charter, structuredData, language, now } = source();
    if (structuredData == null || !charter) return void 0;
    const today = localDateOf(charter.hours?.timeZone ?? "UTC", new Date(now));
    return charterStructuredData(charter, { government: structuredData === "government", language, fromDate: today });
  });
}
var init_charter_json_ld = __esm({
  "src/components/service-charter/charter-json-ld.ts"() {
    "use strict";
    init_structured_data();
    init_time_zone();
    init_structured_data2();
    __name(addCharterJsonLd, "addCharterJsonLd");
  }
});

// node_modules/@lit/context/lib/context-request-event.js
var s = class extends Event {
  static {
    __name(this, "s");
  }
  constructor(s7, t6, e9, o8) {
    super("context-request", { bubbles: true, composed: true }), this.context = s7, this.contextTarget = t6, this.callback = e9, this.subscribe = o8 ?? false;
  }
};

// node_modules/@lit/context/lib/create-context.js
function n(n6) {
  return n6;
}
__name(n, "n");

// node_modules/@lit/context/lib/controllers/context-consumer.js
var s2 = class {
  static {
    __name(this, "s");
  }
  constructor(t6, s7, i7, h3) {
    if (this.subscribe = false, this.provided = false, this.value = void 0, this.t = (t7, s8) => {
      this.unsubscribe && (this.unsubscribe !== s8 && (this.provided = false, this.unsubscribe()), this.subscribe || this.unsubscribe()), this.value = t7, this.host.requestUpdate(), this.provided && !this.subscribe || (this.provided = true, this.callback && this.callback(t7, s8)), this.unsubscribe = s8;
    }, this.host = t6, void 0 !== s7.context) {
      const t7 = s7;
      this.context = t7.context, this.callback = t7.callback, this.subscribe = t7.subscribe ?? false;
    } else this.context = s7, this.callback = i7, this.subscribe = h3 ?? false;
    this.host.addController(this);
  }
  hostConnected() {
    this.dispatchRequest();
  }
  hostDisconnected() {
    this.unsubscribe && (this.unsubscribe(), this.unsubscribe = void 0);
  }
  dispatchRequest() {
    this.host.dispatchEvent(new s(this.context, this.host, this.t, this.subscribe));
  }
};

// node_modules/@lit/context/lib/value-notifier.js
var s3 = class {
  static {
    __name(this, "s");
  }
  get value() {
    return this.o;
  }
  set value(s7) {
    this.setValue(s7);
  }
  setValue(s7, t6 = false) {
    const i7 = t6 || !Object.is(s7, this.o);
    this.o = s7, i7 && this.updateObservers();
  }
  constructor(s7) {
    this.subscriptions = /* @__PURE__ */ new Map(), this.updateObservers = () => {
      for (const [s8, { disposer: t6 }] of this.subscriptions) s8(this.o, t6);
    }, void 0 !== s7 && (this.value = s7);
  }
  addCallback(s7, t6, i7) {
    if (!i7) return void s7(this.value);
    this.subscriptions.has(s7) || this.subscriptions.set(s7, { disposer: /* @__PURE__ */ __name(() => {
      this.subscriptions.delete(s7);
    }, "disposer"), consumerHost: t6 });
    const { disposer: h3 } = this.subscriptions.get(s7);
    s7(this.value, h3);
  }
  clearCallbacks() {
    this.subscriptions.clear();
  }
};

// node_modules/@lit/context/lib/controllers/context-provider.js
var e = class extends Event {
  static {
    __name(this, "e");
  }
  constructor(t6, s7) {
    super("context-provider", { bubbles: true, composed: true }), this.context = t6, this.contextTarget = s7;
  }
};
var i = class extends s3 {
  static {
    __name(this, "i");
  }
  constructor(s7, e9, i7) {
    super(void 0 !== e9.context ? e9.initialValue : i7), this.onContextRequest = (t6) => {
      if (t6.context !== this.context) return;
      const s8 = t6.contextTarget ?? t6.composedPath()[0];
      s8 !== this.host && (t6.stopPropagation(), this.addCallback(t6.callback, s8, t6.subscribe));
    }, this.onProviderRequest = (s8) => {
      if (s8.context !== this.context) return;
      if ((s8.contextTarget ?? s8.composedPath()[0]) === this.host) return;
      const e10 = /* @__PURE__ */ new Set();
      for (const [s9, { consumerHost: i8 }] of this.subscriptions) e10.has(s9) || (e10.add(s9), i8.dispatchEvent(new s(this.context, i8, s9, true)));
      s8.stopPropagation();
    }, this.host = s7, void 0 !== e9.context ? this.context = e9.context : this.context = e9, this.attachListeners(), this.host.addController?.(this);
  }
  attachListeners() {
    this.host.addEventListener("context-request", this.onContextRequest), this.host.addEventListener("context-provider", this.onProviderRequest);
  }
  hostConnected() {
    this.host.dispatchEvent(new e(this.context, this.host));
  }
};

// node_modules/@lit/context/lib/context-root.js
var t = class {
  static {
    __name(this, "t");
  }
  constructor() {
    this.pendingContextRequests = /* @__PURE__ */ new Map(), this.onContextProvider = (t6) => {
      const s7 = this.pendingContextRequests.get(t6.context);
      if (void 0 === s7) return;
      this.pendingContextRequests.delete(t6.context);
      const { requests: o8 } = s7;
      for (const { elementRef: s8, callbackRef: n6 } of o8) {
        const o9 = s8.deref(), c5 = n6.deref();
        void 0 === o9 || void 0 === c5 || o9.dispatchEvent(new s(t6.context, o9, c5, true));
      }
    }, this.onContextRequest = (e9) => {
      if (true !== e9.subscribe) return;
      const t6 = e9.contextTarget ?? e9.composedPath()[0], s7 = e9.callback;
      let o8 = this.pendingContextRequests.get(e9.context);
      void 0 === o8 && this.pendingContextRequests.set(e9.context, o8 = { callbacks: /* @__PURE__ */ new WeakMap(), requests: [] });
      let n6 = o8.callbacks.get(t6);
      void 0 === n6 && o8.callbacks.set(t6, n6 = /* @__PURE__ */ new WeakSet()), n6.has(s7) || (n6.add(s7), o8.requests.push({ elementRef: new WeakRef(t6), callbackRef: new WeakRef(s7) }));
    };
  }
  attach(e9) {
    e9.addEventListener("context-request", this.onContextRequest), e9.addEventListener("context-provider", this.onContextProvider);
  }
  detach(e9) {
    e9.removeEventListener("context-request", this.onContextRequest), e9.removeEventListener("context-provider", this.onContextProvider);
  }
};

// node_modules/@lit/context/lib/decorators/provide.js
function e2({ context: e9 }) {
  return (n6, i7) => {
    const r7 = /* @__PURE__ */ new WeakMap();
    if ("object" == typeof i7) return { get() {
      return n6.get.call(this);
    }, set(t6) {
      return r7.get(this).setValue(t6), n6.set.call(this, t6);
    }, init(n7) {
      return r7.set(this, new i(this, { context: e9, initialValue: n7 })), n7;
    } };
    {
      n6.constructor.addInitializer(((n7) => {
        r7.set(n7, new i(n7, { context: e9 }));
      }));
      const o8 = Object.getOwnPropertyDescriptor(n6, i7);
      let s7;
      if (void 0 === o8) {
        const t6 = /* @__PURE__ */ new WeakMap();
        s7 = { get() {
          return t6.get(this);
        }, set(e10) {
          r7.get(this).setValue(e10), t6.set(this, e10);
        }, configurable: true, enumerable: true };
      } else {
        const t6 = o8.set;
        s7 = { ...o8, set(e10) {
          r7.get(this).setValue(e10), t6?.call(this, e10);
        } };
      }
      return void Object.defineProperty(n6, i7, s7);
    }
  };
}
__name(e2, "e");

// node_modules/@lit/context/lib/decorators/consume.js
function c({ context: c5, subscribe: e9 }) {
  return (o8, n6) => {
    "object" == typeof n6 ? n6.addInitializer((function() {
      new s2(this, { context: c5, callback: /* @__PURE__ */ __name((t6) => {
        o8.set.call(this, t6);
      }, "callback"), subscribe: e9 });
    })) : o8.constructor.addInitializer(((o9) => {
      new s2(o9, { context: c5, callback: /* @__PURE__ */ __name((t6) => {
        o9[n6] = t6;
      }, "callback"), subscribe: e9 });
    }));
  };
}
__name(c, "c");

// node_modules/@lit/reactive-element/css-tag.js
var t2 = globalThis;
var e3 = t2.ShadowRoot && (void 0 === t2.ShadyCSS || t2.ShadyCSS.nativeShadow) && "adoptedStyleSheets" in Document.prototype && "replace" in CSSStyleSheet.prototype;
var s4 = /* @__PURE__ */ Symbol();
var o = /* @__PURE__ */ new WeakMap();
var n2 = class {
  static {
    __name(this, "n");
  }
  constructor(t6, e9, o8) {
    if (this._$cssResult$ = true, o8 !== s4) throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");
    this.cssText = t6, this.t = e9;
  }
  get styleSheet() {
    let t6 = this.o;
    const s7 = this.t;
    if (e3 && void 0 === t6) {
      const e9 = void 0 !== s7 && 1 === s7.length;
      e9 && (t6 = o.get(s7)), void 0 === t6 && ((this.o = t6 = new CSSStyleSheet()).replaceSync(this.cssText), e9 && o.set(s7, t6));
    }
    return t6;
  }
  toString() {
    return this.cssText;
  }
};
var r = /* @__PURE__ */ __name((t6) => new n2("string" == typeof t6 ? t6 : t6 + "", void 0, s4), "r");
var i2 = /* @__PURE__ */ __name((t6, ...e9) => {
  const o8 = 1 === t6.length ? t6[0] : e9.reduce((e10, s7, o9) => e10 + ((t7) => {
    if (true === t7._$cssResult$) return t7.cssText;
    if ("number" == typeof t7) return t7;
    throw Error("Value passed to 'css' function must be a 'css' function result: " + t7 + ". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.");
  })(s7) + t6[o9 + 1], t6[0]);
  return new n2(o8, t6, s4);
}, "i");
var S = /* @__PURE__ */ __name((s7, o8) => {
  if (e3) s7.adoptedStyleSheets = o8.map((t6) => t6 instanceof CSSStyleSheet ? t6 : t6.styleSheet);
  else for (const e9 of o8) {
    const o9 = document.createElement("style"), n6 = t2.litNonce;
    void 0 !== n6 && o9.setAttribute("nonce", n6), o9.textContent = e9.cssText, s7.appendChild(o9);
  }
}, "S");
var c2 = e3 ? (t6) => t6 : (t6) => t6 instanceof CSSStyleSheet ? ((t7) => {
  let e9 = "";
  for (const s7 of t7.cssRules) e9 += s7.cssText;
  return r(e9);
})(t6) : t6;

// node_modules/@lit/reactive-element/reactive-element.js
var { is: i3, defineProperty: e4, getOwnPropertyDescriptor: h, getOwnPropertyNames: r2, getOwnPropertySymbols: o2, getPrototypeOf: n3 } = Object;
var a = globalThis;
var c3 = a.trustedTypes;
var l = c3 ? c3.emptyScript : "";
var p = a.reactiveElementPolyfillSupport;
var d = /* @__PURE__ */ __name((t6, s7) => t6, "d");
var u = { toAttribute(t6, s7) {
  switch (s7) {
    case Boolean:
      t6 = t6 ? l : null;
      break;
    case Object:
    case Array:
      t6 = null == t6 ? t6 : JSON.stringify(t6);
  }
  return t6;
}, fromAttribute(t6, s7) {
  let i7 = t6;
  switch (s7) {
    case Boolean:
      i7 = null !== t6;
      break;
    case Number:
      i7 = null === t6 ? null : Number(t6);
      break;
    case Object:
    case Array:
      try {
        i7 = JSON.parse(t6);
      } catch (t7) {
        i7 = null;
      }
  }
  return i7;
} };
var f = /* @__PURE__ */ __name((t6, s7) => !i3(t6, s7), "f");
var b = { attribute: true, type: String, converter: u, reflect: false, useDefault: false, hasChanged: f };
Symbol.metadata ??= /* @__PURE__ */ Symbol("metadata"), a.litPropertyMetadata ??= /* @__PURE__ */ new WeakMap();
var y = class extends HTMLElement {
  static {
    __name(this, "y");
  }
  static addInitializer(t6) {
    this._$Ei(), (this.l ??= []).push(t6);
  }
  static get observedAttributes() {
    return this.finalize(), this._$Eh && [...this._$Eh.keys()];
  }
  static createProperty(t6, s7 = b) {
    if (s7.state && (s7.attribute = false), this._$Ei(), this.prototype.hasOwnProperty(t6) && ((s7 = Object.create(s7)).wrapped = true), this.elementProperties.set(t6, s7), !s7.noAccessor) {
      const i7 = /* @__PURE__ */ Symbol(), h3 = this.getPropertyDescriptor(t6, i7, s7);
      void 0 !== h3 && e4(this.prototype, t6, h3);
    }
  }
  static getPropertyDescriptor(t6, s7, i7) {
    const { get: e9, set: r7 } = h(this.prototype, t6) ?? { get() {
      return this[s7];
    }, set(t7) {
      this[s7] = t7;
    } };
    return { get: e9, set(s8) {
      const h3 = e9?.call(this);
      r7?.call(this, s8), this.requestUpdate(t6, h3, i7);
    }, configurable: true, enumerable: true };
  }
  static getPropertyOptions(t6) {
    return this.elementProperties.get(t6) ?? b;
  }
  static _$Ei() {
    if (this.hasOwnProperty(d("elementProperties"))) return;
    const t6 = n3(this);
    t6.finalize(), void 0 !== t6.l && (this.l = [...t6.l]), this.elementProperties = new Map(t6.elementProperties);
  }
  static finalize() {
    if (this.hasOwnProperty(d("finalized"))) return;
    if (this.finalized = true, this._$Ei(), this.hasOwnProperty(d("properties"))) {
      const t7 = this.properties, s7 = [...r2(t7), ...o2(t7)];
      for (const i7 of s7) this.createProperty(i7, t7[i7]);
    }
    const t6 = this[Symbol.metadata];
    if (null !== t6) {
      const s7 = litPropertyMetadata.get(t6);
      if (void 0 !== s7) for (const [t7, i7] of s7) this.elementProperties.set(t7, i7);
    }
    this._$Eh = /* @__PURE__ */ new Map();
    for (const [t7, s7] of this.elementProperties) {
      const i7 = this._$Eu(t7, s7);
      void 0 !== i7 && this._$Eh.set(i7, t7);
    }
    this.elementStyles = this.finalizeStyles(this.styles);
  }
  static finalizeStyles(s7) {
    const i7 = [];
    if (Array.isArray(s7)) {
      const e9 = new Set(s7.flat(1 / 0).reverse());
      for (const s8 of e9) i7.unshift(c2(s8));
    } else void 0 !== s7 && i7.push(c2(s7));
    return i7;
  }
  static _$Eu(t6, s7) {
    const i7 = s7.attribute;
    return false === i7 ? void 0 : "string" == typeof i7 ? i7 : "string" == typeof t6 ? t6.toLowerCase() : void 0;
  }
  constructor() {
    super(), this._$Ep = void 0, this.isUpdatePending = false, this.hasUpdated = false, this._$Em = null, this._$Ev();
  }
  _$Ev() {
    this._$ES = new Promise((t6) => this.enableUpdating = t6), this._$AL = /* @__PURE__ */ new Map(), this._$E_(), this.requestUpdate(), this.constructor.l?.forEach((t6) => t6(this));
  }
  addController(t6) {
    (this._$EO ??= /* @__PURE__ */ new Set()).add(t6), void 0 !== this.renderRoot && this.isConnected && t6.hostConnected?.();
  }
  removeController(t6) {
    this._$EO?.delete(t6);
  }
  _$E_() {
    const t6 = /* @__PURE__ */ new Map(), s7 = this.constructor.elementProperties;
    for (const i7 of s7.keys()) this.hasOwnProperty(i7) && (t6.set(i7, this[i7]), delete this[i7]);
    t6.size > 0 && (this._$Ep = t6);
  }
  createRenderRoot() {
    const t6 = this.shadowRoot ?? this.attachShadow(this.constructor.shadowRootOptions);
    return S(t6, this.constructor.elementStyles), t6;
  }
  connectedCallback() {
    this.renderRoot ??= this.createRenderRoot(), this.enableUpdating(true), this._$EO?.forEach((t6) => t6.hostConnected?.());
  }
  enableUpdating(t6) {
  }
  disconnectedCallback() {
    this._$EO?.forEach((t6) => t6.hostDisconnected?.());
  }
  attributeChangedCallback(t6, s7, i7) {
    this._$AK(t6, i7);
  }
  _$ET(t6, s7) {
    const i7 = this.constructor.elementProperties.get(t6), e9 = this.constructor._$Eu(t6, i7);
    if (void 0 !== e9 && true === i7.reflect) {
      const h3 = (void 0 !== i7.converter?.toAttribute ? i7.converter : u).toAttribute(s7, i7.type);
      this._$Em = t6, null == h3 ? this.removeAttribute(e9) : this.setAttribute(e9, h3), this._$Em = null;
    }
  }
  _$AK(t6, s7) {
    const i7 = this.constructor, e9 = i7._$Eh.get(t6);
    if (void 0 !== e9 && this._$Em !== e9) {
      const t7 = i7.getPropertyOptions(e9), h3 = "function" == typeof t7.converter ? { fromAttribute: t7.converter } : void 0 !== t7.converter?.fromAttribute ? t7.converter : u;
      this._$Em = e9;
      const r7 = h3.fromAttribute(s7, t7.type);
      this[e9] = r7 ?? this._$Ej?.get(e9) ?? r7, this._$Em = null;
    }
  }
  requestUpdate(t6, s7, i7, e9 = false, h3) {
    if (void 0 !== t6) {
      const r7 = this.constructor;
      if (false === e9 && (h3 = this[t6]), i7 ??= r7.getPropertyOptions(t6), !((i7.hasChanged ?? f)(h3, s7) || i7.useDefault && i7.reflect && h3 === this._$Ej?.get(t6) && !this.hasAttribute(r7._$Eu(t6, i7)))) return;
      this.C(t6, s7, i7);
    }
    false === this.isUpdatePending && (this._$ES = this._$EP());
  }
  C(t6, s7, { useDefault: i7, reflect: e9, wrapped: h3 }, r7) {
    i7 && !(this._$Ej ??= /* @__PURE__ */ new Map()).has(t6) && (this._$Ej.set(t6, r7 ?? s7 ?? this[t6]), true !== h3 || void 0 !== r7) || (this._$AL.has(t6) || (this.hasUpdated || i7 || (s7 = void 0), this._$AL.set(t6, s7)), true === e9 && this._$Em !== t6 && (this._$Eq ??= /* @__PURE__ */ new Set()).add(t6));
  }
  async _$EP() {
    this.isUpdatePending = true;
    try {
      await this._$ES;
    } catch (t7) {
      Promise.reject(t7);
    }
    const t6 = this.scheduleUpdate();
    return null != t6 && await t6, !this.isUpdatePending;
  }
  scheduleUpdate() {
    return this.performUpdate();
  }
  performUpdate() {
    if (!this.isUpdatePending) return;
    if (!this.hasUpdated) {
      if (this.renderRoot ??= this.createRenderRoot(), this._$Ep) {
        for (const [t8, s8] of this._$Ep) this[t8] = s8;
        this._$Ep = void 0;
      }
      const t7 = this.constructor.elementProperties;
      if (t7.size > 0) for (const [s8, i7] of t7) {
        const { wrapped: t8 } = i7, e9 = this[s8];
        true !== t8 || this._$AL.has(s8) || void 0 === e9 || this.C(s8, void 0, i7, e9);
      }
    }
    let t6 = false;
    const s7 = this._$AL;
    try {
      t6 = this.shouldUpdate(s7), t6 ? (this.willUpdate(s7), this._$EO?.forEach((t7) => t7.hostUpdate?.()), this.update(s7)) : this._$EM();
    } catch (s8) {
      throw t6 = false, this._$EM(), s8;
    }
    t6 && this._$AE(s7);
  }
  willUpdate(t6) {
  }
  _$AE(t6) {
    this._$EO?.forEach((t7) => t7.hostUpdated?.()), this.hasUpdated || (this.hasUpdated = true, this.firstUpdated(t6)), this.updated(t6);
  }
  _$EM() {
    this._$AL = /* @__PURE__ */ new Map(), this.isUpdatePending = false;
  }
  get updateComplete() {
    return this.getUpdateComplete();
  }
  getUpdateComplete() {
    return this._$ES;
  }
  shouldUpdate(t6) {
    return true;
  }
  update(t6) {
    this._$Eq &&= this._$Eq.forEach((t7) => this._$ET(t7, this[t7])), this._$EM();
  }
  updated(t6) {
  }
  firstUpdated(t6) {
  }
};
y.elementStyles = [], y.shadowRootOptions = { mode: "open" }, y[d("elementProperties")] = /* @__PURE__ */ new Map(), y[d("finalized")] = /* @__PURE__ */ new Map(), p?.({ ReactiveElement: y }), (a.reactiveElementVersions ??= []).push("2.1.2");

// node_modules/lit-html/lit-html.js
var t3 = globalThis;
var i4 = /* @__PURE__ */ __name((t6) => t6, "i");
var s5 = t3.trustedTypes;
var e5 = s5 ? s5.createPolicy("lit-html", { createHTML: /* @__PURE__ */ __name((t6) => t6, "createHTML") }) : void 0;
var h2 = "$lit$";
var o3 = `lit$${Math.random().toFixed(9).slice(2)}$`;
var n4 = "?" + o3;
var r3 = `<${n4}>`;
var l2 = document;
var c4 = /* @__PURE__ */ __name(() => l2.createComment(""), "c");
var a2 = /* @__PURE__ */ __name((t6) => null === t6 || "object" != typeof t6 && "function" != typeof t6, "a");
var u2 = Array.isArray;
var d2 = /* @__PURE__ */ __name((t6) => u2(t6) || "function" == typeof t6?.[Symbol.iterator], "d");
var f2 = "[ 	\n\f\r]";
var v = /<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g;
var _ = /-->/g;
var m = />/g;
var p2 = RegExp(`>|${f2}(?:([^\\s"'>=/]+)(${f2}*=${f2}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`, "g");
var g = /'/g;
var $ = /"/g;
var y2 = /^(?:script|style|textarea|title)$/i;
var x = /* @__PURE__ */ __name((t6) => (i7, ...s7) => ({ _$litType$: t6, strings: i7, values: s7 }), "x");
var b2 = x(1);
var w = x(2);
var T = x(3);
var E = /* @__PURE__ */ Symbol.for("lit-noChange");
var A = /* @__PURE__ */ Symbol.for("lit-nothing");
var C = /* @__PURE__ */ new WeakMap();
var P = l2.createTreeWalker(l2, 129);
function V(t6, i7) {
  if (!u2(t6) || !t6.hasOwnProperty("raw")) throw Error("invalid template strings array");
  return void 0 !== e5 ? e5.createHTML(i7) : i7;
}
__name(V, "V");
var N = /* @__PURE__ */ __name((t6, i7) => {
  const s7 = t6.length - 1, e9 = [];
  let n6, l4 = 2 === i7 ? "<svg>" : 3 === i7 ? "<math>" : "", c5 = v;
  for (let i8 = 0; i8 < s7; i8++) {
    const s8 = t6[i8];
    let a3, u3, d3 = -1, f3 = 0;
    for (; f3 < s8.length && (c5.lastIndex = f3, u3 = c5.exec(s8), null !== u3); ) f3 = c5.lastIndex, c5 === v ? "!--" === u3[1] ? c5 = _ : void 0 !== u3[1] ? c5 = m : void 0 !== u3[2] ? (y2.test(u3[2]) && (n6 = RegExp("</" + u3[2], "g")), c5 = p2) : void 0 !== u3[3] && (c5 = p2) : c5 === p2 ? ">" === u3[0] ? (c5 = n6 ?? v, d3 = -1) : void 0 === u3[1] ? d3 = -2 : (d3 = c5.lastIndex - u3[2].length, a3 = u3[1], c5 = void 0 === u3[3] ? p2 : '"' === u3[3] ? $ : g) : c5 === $ || c5 === g ? c5 = p2 : c5 === _ || c5 === m ? c5 = v : (c5 = p2, n6 = void 0);
    const x2 = c5 === p2 && t6[i8 + 1].startsWith("/>") ? " " : "";
    l4 += c5 === v ? s8 + r3 : d3 >= 0 ? (e9.push(a3), s8.slice(0, d3) + h2 + s8.slice(d3) + o3 + x2) : s8 + o3 + (-2 === d3 ? i8 : x2);
  }
  return [V(t6, l4 + (t6[s7] || "<?>") + (2 === i7 ? "</svg>" : 3 === i7 ? "</math>" : "")), e9];
}, "N");
var S2 = class _S {
  static {
    __name(this, "S");
  }
  constructor({ strings: t6, _$litType$: i7 }, e9) {
    let r7;
    this.parts = [];
    let l4 = 0, a3 = 0;
    const u3 = t6.length - 1, d3 = this.parts, [f3, v2] = N(t6, i7);
    if (this.el = _S.createElement(f3, e9), P.currentNode = this.el.content, 2 === i7 || 3 === i7) {
      const t7 = this.el.content.firstChild;
      t7.replaceWith(...t7.childNodes);
    }
    for (; null !== (r7 = P.nextNode()) && d3.length < u3; ) {
      if (1 === r7.nodeType) {
        if (r7.hasAttributes()) for (const t7 of r7.getAttributeNames()) if (t7.endsWith(h2)) {
          const i8 = v2[a3++], s7 = r7.getAttribute(t7).split(o3), e10 = /([.?@])?(.*)/.exec(i8);
          d3.push({ type: 1, index: l4, name: e10[2], strings: s7, ctor: "." === e10[1] ? I : "?" === e10[1] ? L : "@" === e10[1] ? z : H }), r7.removeAttribute(t7);
        } else t7.startsWith(o3) && (d3.push({ type: 6, index: l4 }), r7.removeAttribute(t7));
        if (y2.test(r7.tagName)) {
          const t7 = r7.textContent.split(o3), i8 = t7.length - 1;
          if (i8 > 0) {
            r7.textContent = s5 ? s5.emptyScript : "";
            for (let s7 = 0; s7 < i8; s7++) r7.append(t7[s7], c4()), P.nextNode(), d3.push({ type: 2, index: ++l4 });
            r7.append(t7[i8], c4());
          }
        }
      } else if (8 === r7.nodeType) if (r7.data === n4) d3.push({ type: 2, index: l4 });
      else {
        let t7 = -1;
        for (; -1 !== (t7 = r7.data.indexOf(o3, t7 + 1)); ) d3.push({ type: 7, index: l4 }), t7 += o3.length - 1;
      }
      l4++;
    }
  }
  static createElement(t6, i7) {
    const s7 = l2.createElement("template");
    return s7.innerHTML = t6, s7;
  }
};
function M(t6, i7, s7 = t6, e9) {
  if (i7 === E) return i7;
  let h3 = void 0 !== e9 ? s7._$Co?.[e9] : s7._$Cl;
  const o8 = a2(i7) ? void 0 : i7._$litDirective$;
  return h3?.constructor !== o8 && (h3?._$AO?.(false), void 0 === o8 ? h3 = void 0 : (h3 = new o8(t6), h3._$AT(t6, s7, e9)), void 0 !== e9 ? (s7._$Co ??= [])[e9] = h3 : s7._$Cl = h3), void 0 !== h3 && (i7 = M(t6, h3._$AS(t6, i7.values), h3, e9)), i7;
}
__name(M, "M");
var R = class {
  static {
    __name(this, "R");
  }
  constructor(t6, i7) {
    this._$AV = [], this._$AN = void 0, this._$AD = t6, this._$AM = i7;
  }
  get parentNode() {
    return this._$AM.parentNode;
  }
  get _$AU() {
    return this._$AM._$AU;
  }
  u(t6) {
    const { el: { content: i7 }, parts: s7 } = this._$AD, e9 = (t6?.creationScope ?? l2).importNode(i7, true);
    P.currentNode = e9;
    let h3 = P.nextNode(), o8 = 0, n6 = 0, r7 = s7[0];
    for (; void 0 !== r7; ) {
      if (o8 === r7.index) {
        let i8;
        2 === r7.type ? i8 = new k(h3, h3.nextSibling, this, t6) : 1 === r7.type ? i8 = new r7.ctor(h3, r7.name, r7.strings, this, t6) : 6 === r7.type && (i8 = new Z(h3, this, t6)), this._$AV.push(i8), r7 = s7[++n6];
      }
      o8 !== r7?.index && (h3 = P.nextNode(), o8++);
    }
    return P.currentNode = l2, e9;
  }
  p(t6) {
    let i7 = 0;
    for (const s7 of this._$AV) void 0 !== s7 && (void 0 !== s7.strings ? (s7._$AI(t6, s7, i7), i7 += s7.strings.length - 2) : s7._$AI(t6[i7])), i7++;
  }
};
var k = class _k {
  static {
    __name(this, "k");
  }
  get _$AU() {
    return this._$AM?._$AU ?? this._$Cv;
  }
  constructor(t6, i7, s7, e9) {
    this.type = 2, this._$AH = A, this._$AN = void 0, this._$AA = t6, this._$AB = i7, this._$AM = s7, this.options = e9, this._$Cv = e9?.isConnected ?? true;
  }
  get parentNode() {
    let t6 = this._$AA.parentNode;
    const i7 = this._$AM;
    return void 0 !== i7 && 11 === t6?.nodeType && (t6 = i7.parentNode), t6;
  }
  get startNode() {
    return this._$AA;
  }
  get endNode() {
    return this._$AB;
  }
  _$AI(t6, i7 = this) {
    t6 = M(this, t6, i7), a2(t6) ? t6 === A || null == t6 || "" === t6 ? (this._$AH !== A && this._$AR(), this._$AH = A) : t6 !== this._$AH && t6 !== E && this._(t6) : void 0 !== t6._$litType$ ? this.$(t6) : void 0 !== t6.nodeType ? this.T(t6) : d2(t6) ? this.k(t6) : this._(t6);
  }
  O(t6) {
    return this._$AA.parentNode.insertBefore(t6, this._$AB);
  }
  T(t6) {
    this._$AH !== t6 && (this._$AR(), this._$AH = this.O(t6));
  }
  _(t6) {
    this._$AH !== A && a2(this._$AH) ? this._$AA.nextSibling.data = t6 : this.T(l2.createTextNode(t6)), this._$AH = t6;
  }
  $(t6) {
    const { values: i7, _$litType$: s7 } = t6, e9 = "number" == typeof s7 ? this._$AC(t6) : (void 0 === s7.el && (s7.el = S2.createElement(V(s7.h, s7.h[0]), this.options)), s7);
    if (this._$AH?._$AD === e9) this._$AH.p(i7);
    else {
      const t7 = new R(e9, this), s8 = t7.u(this.options);
      t7.p(i7), this.T(s8), this._$AH = t7;
    }
  }
  _$AC(t6) {
    let i7 = C.get(t6.strings);
    return void 0 === i7 && C.set(t6.strings, i7 = new S2(t6)), i7;
  }
  k(t6) {
    u2(this._$AH) || (this._$AH = [], this._$AR());
    const i7 = this._$AH;
    let s7, e9 = 0;
    for (const h3 of t6) e9 === i7.length ? i7.push(s7 = new _k(this.O(c4()), this.O(c4()), this, this.options)) : s7 = i7[e9], s7._$AI(h3), e9++;
    e9 < i7.length && (this._$AR(s7 && s7._$AB.nextSibling, e9), i7.length = e9);
  }
  _$AR(t6 = this._$AA.nextSibling, s7) {
    for (this._$AP?.(false, true, s7); t6 !== this._$AB; ) {
      const s8 = i4(t6).nextSibling;
      i4(t6).remove(), t6 = s8;
    }
  }
  setConnected(t6) {
    void 0 === this._$AM && (this._$Cv = t6, this._$AP?.(t6));
  }
};
var H = class {
  static {
    __name(this, "H");
  }
  get tagName() {
    return this.element.tagName;
  }
  get _$AU() {
    return this._$AM._$AU;
  }
  constructor(t6, i7, s7, e9, h3) {
    this.type = 1, this._$AH = A, this._$AN = void 0, this.element = t6, this.name = i7, this._$AM = e9, this.options = h3, s7.length > 2 || "" !== s7[0] || "" !== s7[1] ? (this._$AH = Array(s7.length - 1).fill(new String()), this.strings = s7) : this._$AH = A;
  }
  _$AI(t6, i7 = this, s7, e9) {
    const h3 = this.strings;
    let o8 = false;
    if (void 0 === h3) t6 = M(this, t6, i7, 0), o8 = !a2(t6) || t6 !== this._$AH && t6 !== E, o8 && (this._$AH = t6);
    else {
      const e10 = t6;
      let n6, r7;
      for (t6 = h3[0], n6 = 0; n6 < h3.length - 1; n6++) r7 = M(this, e10[s7 + n6], i7, n6), r7 === E && (r7 = this._$AH[n6]), o8 ||= !a2(r7) || r7 !== this._$AH[n6], r7 === A ? t6 = A : t6 !== A && (t6 += (r7 ?? "") + h3[n6 + 1]), this._$AH[n6] = r7;
    }
    o8 && !e9 && this.j(t6);
  }
  j(t6) {
    t6 === A ? this.element.removeAttribute(this.name) : this.element.setAttribute(this.name, t6 ?? "");
  }
};
var I = class extends H {
  static {
    __name(this, "I");
  }
  constructor() {
    super(...arguments), this.type = 3;
  }
  j(t6) {
    this.element[this.name] = t6 === A ? void 0 : t6;
  }
};
var L = class extends H {
  static {
    __name(this, "L");
  }
  constructor() {
    super(...arguments), this.type = 4;
  }
  j(t6) {
    this.element.toggleAttribute(this.name, !!t6 && t6 !== A);
  }
};
var z = class extends H {
  static {
    __name(this, "z");
  }
  constructor(t6, i7, s7, e9, h3) {
    super(t6, i7, s7, e9, h3), this.type = 5;
  }
  _$AI(t6, i7 = this) {
    if ((t6 = M(this, t6, i7, 0) ?? A) === E) return;
    const s7 = this._$AH, e9 = t6 === A && s7 !== A || t6.capture !== s7.capture || t6.once !== s7.once || t6.passive !== s7.passive, h3 = t6 !== A && (s7 === A || e9);
    e9 && this.element.removeEventListener(this.name, this, s7), h3 && this.element.addEventListener(this.name, this, t6), this._$AH = t6;
  }
  handleEvent(t6) {
    "function" == typeof this._$AH ? this._$AH.call(this.options?.host ?? this.element, t6) : this._$AH.handleEvent(t6);
  }
};
var Z = class {
  static {
    __name(this, "Z");
  }
  constructor(t6, i7, s7) {
    this.element = t6, this.type = 6, this._$AN = void 0, this._$AM = i7, this.options = s7;
  }
  get _$AU() {
    return this._$AM._$AU;
  }
  _$AI(t6) {
    M(this, t6);
  }
};
var j = { M: h2, P: o3, A: n4, C: 1, L: N, R, D: d2, V: M, I: k, H, N: L, U: z, B: I, F: Z };
var B = t3.litHtmlPolyfillSupport;
B?.(S2, k), (t3.litHtmlVersions ??= []).push("3.3.3");
var D = /* @__PURE__ */ __name((t6, i7, s7) => {
  const e9 = s7?.renderBefore ?? i7;
  let h3 = e9._$litPart$;
  if (void 0 === h3) {
    const t7 = s7?.renderBefore ?? null;
    e9._$litPart$ = h3 = new k(i7.insertBefore(c4(), t7), t7, void 0, s7 ?? {});
  }
  return h3._$AI(t6), h3;
}, "D");

// node_modules/lit-element/lit-element.js
var s6 = globalThis;
var i5 = class extends y {
  static {
    __name(this, "i");
  }
  constructor() {
    super(...arguments), this.renderOptions = { host: this }, this._$Do = void 0;
  }
  createRenderRoot() {
    const t6 = super.createRenderRoot();
    return this.renderOptions.renderBefore ??= t6.firstChild, t6;
  }
  update(t6) {
    const r7 = this.render();
    this.hasUpdated || (this.renderOptions.isConnected = this.isConnected), super.update(t6), this._$Do = D(r7, this.renderRoot, this.renderOptions);
  }
  connectedCallback() {
    super.connectedCallback(), this._$Do?.setConnected(true);
  }
  disconnectedCallback() {
    super.disconnectedCallback(), this._$Do?.setConnected(false);
  }
  render() {
    return E;
  }
};
i5._$litElement$ = true, i5["finalized"] = true, s6.litElementHydrateSupport?.({ LitElement: i5 });
var o4 = s6.litElementPolyfillSupport;
o4?.({ LitElement: i5 });
(s6.litElementVersions ??= []).push("4.2.2");

// node_modules/lit-html/is-server.js
var o5 = false;

// node_modules/@lit/reactive-element/decorators/property.js
var o6 = { attribute: true, type: String, converter: u, reflect: false, hasChanged: f };
var r4 = /* @__PURE__ */ __name((t6 = o6, e9, r7) => {
  const { kind: n6, metadata: i7 } = r7;
  let s7 = globalThis.litPropertyMetadata.get(i7);
  if (void 0 === s7 && globalThis.litPropertyMetadata.set(i7, s7 = /* @__PURE__ */ new Map()), "setter" === n6 && ((t6 = Object.create(t6)).wrapped = true), s7.set(r7.name, t6), "accessor" === n6) {
    const { name: o8 } = r7;
    return { set(r8) {
      const n7 = e9.get.call(this);
      e9.set.call(this, r8), this.requestUpdate(o8, n7, t6, true, r8);
    }, init(e10) {
      return void 0 !== e10 && this.C(o8, void 0, t6, e10), e10;
    } };
  }
  if ("setter" === n6) {
    const { name: o8 } = r7;
    return function(r8) {
      const n7 = this[o8];
      e9.call(this, r8), this.requestUpdate(o8, n7, t6, true, r8);
    };
  }
  throw Error("Unsupported decorator location: " + n6);
}, "r");
function n5(t6) {
  return (e9, o8) => "object" == typeof o8 ? r4(t6, e9, o8) : ((t7, e10, o9) => {
    const r7 = e10.hasOwnProperty(o9);
    return e10.constructor.createProperty(o9, t7), r7 ? Object.getOwnPropertyDescriptor(e10, o9) : void 0;
  })(t6, e9, o8);
}
__name(n5, "n");

// node_modules/@lit/reactive-element/decorators/state.js
function r5(r7) {
  return n5({ ...r7, state: true, attribute: false });
}
__name(r5, "r");

// src/context/charter-context.ts
var charterContext = /* @__PURE__ */ n(
  // Symbol.for: a copy of the library loaded from a CDN and one from npm share the key.
  /* @__PURE__ */ Symbol.for("service-charter.charter")
);
var CHARTER_PROVIDER = /* @__PURE__ */ Symbol.for("service-charter.provider");
function enclosingCharter(element) {
  for (let node = element.parentElement; node; node = node.parentElement)
    if (node.localName === "service-charter" || CHARTER_PROVIDER in node) return node;
  return void 0;
}
__name(enclosingCharter, "enclosingCharter");
var insideCharter = /* @__PURE__ */ __name((element) => !!enclosingCharter(element), "insideCharter");

// src/context/clock.ts
var LONGEST_TIMER_MS = 864e5;
var dueIn = /* @__PURE__ */ __name((delay) => delay > 0 ? delay : 0, "dueIn");
function cappedTimer(now, arm) {
  return (callback, delay) => {
    const due = now() + dueIn(delay);
    let cancel;
    const wait = /* @__PURE__ */ __name(() => {
      const left = due - now();
      if (left <= 0) return callback();
      if (left === Infinity) return;
      cancel = arm(wait, Math.min(left, LONGEST_TIMER_MS));
    }, "wait");
    cancel = arm(wait, Math.min(dueIn(delay), LONGEST_TIMER_MS));
    return () => cancel();
  };
}
__name(cappedTimer, "cappedTimer");
var systemClock = {
  now: /* @__PURE__ */ __name(() => Date.now(), "now"),
  setTimer: cappedTimer(
    () => Date.now(),
    (run, ms) => {
      const id = setTimeout(run, ms);
      return () => clearTimeout(id);
    }
  )
};
function fixedClock(at) {
  const time = +at;
  return { now: /* @__PURE__ */ __name(() => time, "now"), setTimer: /* @__PURE__ */ __name(() => () => void 0, "setTimer") };
}
__name(fixedClock, "fixedClock");
var clockContext = /* @__PURE__ */ n(/* @__PURE__ */ Symbol.for("service-charter.clock"));

// src/events/charter-load.ts
var CharterLoadEvent = class _CharterLoadEvent extends Event {
  constructor(charter, problems) {
    super(_CharterLoadEvent.eventName, { bubbles: true, composed: true });
    this.charter = charter;
    this.problems = problems;
  }
  static {
    __name(this, "CharterLoadEvent");
  }
  static {
    this.eventName = "service-charter-load";
  }
};

// src/strings/charter.ts
var en = {
  loading: "Loading the service charter\u2026",
  problemTitle: "There is a problem with this service charter",
  networkError: "The charter could not be loaded. Check your connection and try again.",
  invalidJson: "The charter file could not be read: it is not valid JSON.",
  invalidCharter: "This charter could not be shown. Ask the organisation to check its charter file.",
  partlyInvalid: "Some parts of this charter could not be shown:",
  /** The heading of a charter whose title is missing or invalid. */
  untitledCharter: "Service charter",
  vision: "Our vision",
  values: "Our values",
  promises: "Our promises",
  contact: "Contact",
  /** Promises that belong to no channel or service. */
  everyonePromises: "Whichever way you contact us",
  sites: "Where to find us",
  languages: "Languages: {languages}.",
  access: "Access and languages",
  accessOffers: {
    interpreter: "We can arrange an interpreter",
    "sign-language": "We can arrange a sign language interpreter",
    translation: "We can translate our documents for you",
    "large-print": "We can give you our documents in large print",
    braille: "We can give you our documents in Braille",
    "easy-read": "We can give you our documents in easy read",
    audio: "We can give you our documents as audio",
    "private-room": "We can talk with you in a private room",
    "staff-choice": "You can choose to be seen by a man or a woman"
  },
  /** An access offer's target: "within 21 days of your request". */
  accessWithin: "{time} of your request",
  /** Names of languages the browser may not know, by code. */
  languageNames: { bfi: "British Sign Language" },
  listAnd: " and "
};

// src/strings/common.ts
var en2 = {
  retry: "Try again",
  bankHolidaysFailed: "Bank holidays could not be loaded, so the hours shown may not include them.",
  /** A temporary notice: "Important: We are very busy. Until Friday 8 January." */
  noticeLabel: "Important:",
  noticeUntil: "Until {date}.",
  noticeUntilTime: "Until {time} on {date}."
};

// src/strings/policy.ts
var en3 = {
  target: "Target",
  complaints: "Complaints",
  stageAcknowledge: "We will acknowledge your complaint {target}.",
  stageRespond: "We will respond {target}.",
  stageRespondAfterAcknowledge: "We will respond {target} of acknowledging it.",
  escalation: "If you are still unhappy, you can contact the {name}.",
  /** After the charter's own escalation description, which already says when. */
  escalationContact: "Contact the {name}.",
  /** The word joining "contact" to a name in languages that change it by the name's first sound (Welsh "ag"/"â"): {with}. */
  withBeforeVowel: "",
  withBeforeConsonant: "",
  /** Before alternative tracks: which one applies depends on the complaint. */
  tracksIntro: "How we handle your complaint depends on what it is about.",
  stageRespondFromReceipt: "We will respond {target} of receiving your complaint.",
  stageNoTimescale: "This stage has no set timescale: we will agree one with you.",
  escalationAfter: "You can go to them {after} after you complained to us.",
  escalationWithin: "You should go to them within {within}.",
  phone: "Phone",
  email: "Email",
  online: "Online",
  address: "Address",
  targets: {
    seconds: { one: "within # second", other: "within # seconds" },
    minutes: { one: "within # minute", other: "within # minutes" },
    hours: { one: "within # hour", other: "within # hours" },
    days: { one: "within # day", other: "within # days" },
    weeks: { one: "within # week", other: "within # weeks" },
    businessHours: { one: "within # working hour", other: "within # working hours" },
    workingDays: { one: "within # working day", other: "within # working days" }
  },
  sameWorkingDay: "by the end of the working day"
};

// src/strings/promises.ts
init_date_names();
var en4 = {
  /** A promise with a kind: "We aim to answer 80% of calls within 60 seconds." */
  aimTo: "We aim to {commitment}.",
  /** A qualifier kept with the promise: "…within 2 working days, usually sooner." */
  qualified: "{commitment}, {qualifier}",
  kindPhrases: {
    answer: { one: "answer {your} {time}", share: "answer {percent} of {many} {time}", next: "and answer it {time}" },
    acknowledge: {
      one: "acknowledge {your} {time}",
      share: "acknowledge {percent} of {many} {time}",
      next: "and acknowledge it {time}"
    },
    reply: {
      one: "reply in full to {your} {time}",
      share: "reply in full to {percent} of {many} {time}",
      next: "and reply in full {time}"
    },
    resolve: {
      one: "resolve {your} {time}",
      share: "resolve {percent} of {many} {time}",
      next: "and resolve it {time}"
    },
    complete: {
      one: "complete the work {time}",
      share: "complete the work {time} in {percent} of cases",
      next: "and complete the work {time}"
    },
    "call-back": {
      one: "call you back {time}",
      share: "call back {percent} of callers {time}",
      next: "and call you back {time}"
    },
    see: { one: "see you {time}", share: "see {percent} of visitors {time}", next: "and see you {time}" },
    attend: { one: "attend {time}", share: "attend {time} in {percent} of cases", next: "and attend {time}" },
    notice: { one: "give you {time}", share: "give you {time} in {percent} of cases", next: "and give you {time}" },
    custom: { one: "{time}", share: "{time} in {percent} of cases", next: "and {time}" }
  },
  /** A later step that holds for a share of cases. */
  nextShare: "{step} in {percent} of cases",
  /** What a promise is about, by channel type; `default` for a service or the whole organisation. */
  nouns: {
    phone: { your: "your call", many: "calls" },
    textphone: { your: "your call", many: "calls" },
    "video-relay": { your: "your call", many: "calls" },
    voicemail: { your: "your message", many: "messages" },
    email: { your: "your email", many: "emails" },
    "web-form": { your: "your form", many: "online forms" },
    chat: { your: "your chat", many: "chats" },
    sms: { your: "your text message", many: "text messages" },
    social: { your: "your message", many: "messages" },
    post: { your: "your letter", many: "letters" },
    fax: { your: "your fax", many: "faxes" },
    complaint: { your: "your complaint", many: "complaints" },
    default: { your: "your request", many: "requests" }
  },
  /**
   * The words for "it" after a feminine noun, by their form after any other, for languages
   * where they differ (Welsh "ei gydnabod" becomes "ei chydnabod" after "eich galwad"). English has none.
   */
  itFeminine: {},
  /** A later target counted from receipt, after its time: "within 10 working days of receiving it". */
  fromReceipt: "{time} of receiving it",
  /** A later target counted from the previous one, by the previous one's kind. */
  fromPrevious: {
    acknowledge: "{time} of acknowledging it",
    answer: "{time} of answering it",
    attend: "{time} of attending",
    see: "{time} of seeing you",
    default: "{time} after that"
  },
  /** A range: "within 6 to 8 weeks" (the unit's form follows the larger number). */
  range: "{low} to {high}",
  /** An extension limit: "within 15 working days (at most 35 working days if we need longer)". */
  extendable: "{time} (at most {max} if we need longer)",
  /** Amounts of time without "within". */
  durations: {
    seconds: { one: "# second", other: "# seconds" },
    minutes: { one: "# minute", other: "# minutes" },
    hours: { one: "# hour", other: "# hours" },
    days: { one: "# day", other: "# days" },
    weeks: { one: "# week", other: "# weeks" },
    businessHours: { one: "# working hour", other: "# working hours" },
    workingDays: { one: "# working day", other: "# working days" },
    months: { one: "# month", other: "# months" }
  },
  /** A minimum notice: "at least 24 hours’ notice". */
  notices: {
    seconds: { one: "at least # second\u2019s notice", other: "at least # seconds\u2019 notice" },
    minutes: { one: "at least # minute\u2019s notice", other: "at least # minutes\u2019 notice" },
    hours: { one: "at least # hour\u2019s notice", other: "at least # hours\u2019 notice" },
    days: { one: "at least # day\u2019s notice", other: "at least # days\u2019 notice" },
    weeks: { one: "at least # week\u2019s notice", other: "at least # weeks\u2019 notice" },
    businessHours: { one: "at least # working hour\u2019s notice", other: "at least # working hours\u2019 notice" },
    workingDays: { one: "at least # working day\u2019s notice", other: "at least # working days\u2019 notice" }
  },
  /** A minimum that is not a notice. */
  atLeast: "after at least {duration}",
  guaranteeAutomatic: "{condition}, we will pay you {amount} automatically.",
  guaranteeClaim: "{condition}, you can claim {amount} from us.",
  guaranteeLabel: "Our guarantee",
  // Day and month names, for browsers whose Intl lacks the language (e.g. Welsh in some builds).
  weekdayNames: englishWeekdayNames,
  monthNames: englishMonthNames,
  dateFormat: "{weekday} {day} {month}",
  dateFormatWithYear: "{weekday} {day} {month} {year}",
  // <service-response-time>, by kind: "Email us now and we aim to acknowledge it by …, and reply in full by …"
  responseSentence: "{action} now and we aim to {steps}",
  responseShare: "{action} now: we aim to {commitment}",
  responseVerbs: {
    answer: { first: "answer", next: "and answer" },
    acknowledge: { first: "acknowledge it", next: "and acknowledge it" },
    reply: { first: "reply in full", next: "and reply in full" },
    resolve: { first: "resolve it", next: "and resolve it" },
    complete: { first: "complete the work", next: "and complete the work" },
    "call-back": { first: "call you back", next: "and call you back" },
    see: { first: "see you", next: "and see you" },
    attend: { first: "attend", next: "and attend" },
    custom: { first: "reply", next: "and reply" }
  },
  byDeadline: "by {deadline}",
  /** After a deadline that may be extended: "… (or by … at the latest if we need longer)". */
  byLatest: "{step} (or by {latest} at the latest if we need longer)",
  moreActions: {
    sms: "Text us",
    social: "Message us on social media",
    textphone: "Contact us by textphone or Relay UK",
    "video-relay": "Contact us through BSL video relay",
    "online-account": "Send us a message from your online account",
    appointment: "Book an appointment",
    "home-visit": "Ask for a home visit",
    fax: "Fax us",
    custom: "Contact us by {type}"
  }
};

// src/strings/figures.ts
init_date_names();
var en5 = {
  achieved: "Achieved {achieved} against a target of {target}",
  achievedNoTarget: "Achieved {achieved}",
  period: "in {period}",
  met: "Target met",
  missed: "Target missed",
  noFigures: "No figures published yet",
  units: {
    seconds: { one: "# second", other: "# seconds" },
    minutes: { one: "# minute", other: "# minutes" },
    days: { one: "# day", other: "# days" },
    count: { other: "#" }
  },
  quarter: "Q{quarter} {year}",
  /** Month names, January first, for "October 2026" (the browser's date names when empty). */
  months: englishMonthNames
};

// src/strings/improvements.ts
var en6 = {
  youSaidWeDid: "You said, we did",
  youSaid: "You said",
  weDid: "We did",
  changedWhen: "When",
  /** `{said}` and `{done}` are a month ("March 2026") or a day ("14 March 2026") as published. */
  saidAndDone: "You told us: {said}. Changed: {done}.",
  changedOn: "Changed: {done}.",
  aboutThis: "About",
  noChanges: "No changes have been published yet."
};

// src/context/context-root.ts
var CONTEXT_ROOT = /* @__PURE__ */ Symbol.for("service-charter.context-root");
function attachContextRoot(document2) {
  if (!document2?.documentElement) return;
  const marked = document2;
  if (marked[CONTEXT_ROOT]) return;
  marked[CONTEXT_ROOT] = true;
  new t().attach(document2.documentElement);
}
__name(attachContextRoot, "attachContextRoot");

// src/components/service-element.ts
init_text();

// src/strings/tables.ts
var baseLanguage = /* @__PURE__ */ __name((lang) => lang.split("-")[0].toLowerCase(), "baseLanguage");
function stringsIn(tables, lang, overrides = {}) {
  return { ...tables[baseLanguage(lang)] ?? tables.en, ...overrides };
}
__name(stringsIn, "stringsIn");

// src/strings/languages.ts
var importers = {
  cy: /* @__PURE__ */ __name(() => Promise.resolve().then(() => (init_cy(), cy_exports)).then((module) => module.cy), "cy")
};
var loaded = /* @__PURE__ */ new Map();
var loading = /* @__PURE__ */ new Map();
var shipsLanguage = /* @__PURE__ */ __name((lang) => baseLanguage(lang) in importers, "shipsLanguage");
var languageTable = /* @__PURE__ */ __name((lang) => loaded.get(baseLanguage(lang)), "languageTable");
function pendingLanguage(lang) {
  const base = baseLanguage(lang);
  if (loaded.has(base) || !importers[base]) return void 0;
  if (!loading.has(base))
    loading.set(
      base,
      importers[base]().then(
        (table) => void loaded.set(base, table),
        (error) => {
          loading.delete(base);
          console.warn(`service-charter: the "${base}" strings could not be loaded; showing English`, error);
        }
      )
    );
  return loading.get(base);
}
__name(pendingLanguage, "pendingLanguage");

// src/components/language-watch.ts
var watching = /* @__PURE__ */ new Set();
var observer;
var LANG = { attributeFilter: ["lang"] };
function watchLanguage(element) {
  watching.add(element);
  if (typeof MutationObserver === "undefined") return;
  if (!observer) {
    observer = new MutationObserver(() => watching.forEach((each) => each.requestUpdate()));
    observer.observe(document.documentElement, { ...LANG, subtree: true });
  }
  observer.observe(element, LANG);
}
__name(watchLanguage, "watchLanguage");
function unwatchLanguage(element) {
  watching.delete(element);
  if (watching.size) return;
  observer?.disconnect();
  observer = void 0;
}
__name(unwatchLanguage, "unwatchLanguage");

// src/components/service-element.ts
var BUILT_IN_MARK = "data-built-in-lang";
function closestLang(start) {
  for (let node = start; node; node = node.parentElement ?? node.getRootNode().host ?? null) {
    const lang = node.getAttribute("lang");
    if (lang && !node.hasAttribute(BUILT_IN_MARK)) return lang;
  }
  return void 0;
}
__name(closestLang, "closestLang");
var ServiceElement = class extends i5 {
  constructor() {
    super(...arguments);
    this.strings = {};
  }
  static {
    __name(this, "ServiceElement");
  }
  static {
    /**
     * The element's built-in strings by base language; English is the fallback. Each element
     * sets its English, so a bundle carries only the strings its elements use; the Welsh of
     * every element is imported when one speaks Welsh (strings/languages.ts).
     */
    this.builtInStrings = { en: {} };
  }
  disconnectedCallback() {
    super.disconnectedCallback();
    unwatchLanguage(this);
  }
  /** The time source in force: `clock`, else `now`, else the enclosing charter's, else the system's. */
  get activeClock() {
    const now = this.now === void 0 ? void 0 : new Date(this.now);
    return this.clock ?? (now && !isNaN(+now) ? fixedClock(now) : this.contextClock ?? systemClock);
  }
  connectedCallback() {
    attachContextRoot(this.ownerDocument);
    super.connectedCallback();
    watchLanguage(this);
  }
  /** The charter this element speaks for: the enclosing one (`<service-charter>` returns its own). */
  get currentCharter() {
    return this.charterContext?.charter;
  }
  update(changed) {
    this.spokenInUpdate = void 0;
    const spoken = { page: this.pageLanguage, language: this.language, text: this.text };
    this.spokenInUpdate = spoken;
    try {
      super.update(changed);
    } finally {
      this.spokenInUpdate = void 0;
    }
    this.markFallback(sameLanguage(spoken.language, spoken.page) ? void 0 : spoken.language);
  }
  /**
   * The page's language: the nearest `lang` on the element or its ancestors (crossing shadow
   * roots), else the charter's language, else English. Charter texts are picked in it.
   */
  get pageLanguage() {
    return this.spokenInUpdate?.page ?? closestLang(this) ?? this.currentCharter?.language ?? "en";
  }
  get tables() {
    return this.constructor.builtInStrings;
  }
  /**
   * The language the element speaks: the page's where it has built-in strings in it (loaded
   * or still to load), else English. Its sentences, dates, numbers and plurals are all in it.
   */
  get language() {
    if (this.spokenInUpdate) return this.spokenInUpdate.language;
    const page = this.pageLanguage;
    return this.tables[baseLanguage(page)] || shipsLanguage(page) ? page : "en";
  }
  /**
   * Holds an update until it can render as it should:
   * - while the element's language's strings are on their way, so it never shows English first
   *   and then Welsh (and hydrates server-rendered Welsh as it is);
   * - an element placed in the page's own DOM renders for the first time in a task of its own,
   *   so a page with several elements never renders them all in one long task when the script
   *   runs. Until then it is as empty as before the script ran. A charter renders at once (the
   *   page holds its room until it is defined, and the elements inside wait for it), and so do
   *   elements drawn inside another element's shadow root, with it;
   * - while the chunks a subclass names in `chunksToWait()` arrive.
   * A first update held for a chunk calls `whileFirstHeld()`, so an element can keep its room.
   */
  scheduleUpdate() {
    const first = !this.hasUpdated && !o5;
    const ownTask = first && !(CHARTER_PROVIDER in this) && this.getRootNode() === this.ownerDocument;
    const chunks = [pendingLanguage(this.language), ...this.chunksToWait()].filter(Boolean);
    if (first && chunks.length) this.whileFirstHeld();
    const waits = ownTask ? [...chunks, new Promise((resolve) => setTimeout(resolve, 0))] : chunks;
    return waits.length ? Promise.all(waits).then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }
  /**
   * Chunks this element's next update needs besides its strings: by default, those the
   * enclosing charter waits for to read its document, so the element never speaks without it.
   */
  chunksToWait() {
    const charter = enclosingCharter(this);
    return [charter?.[CHARTER_PROVIDER]?.pending];
  }
  /** Called when the first update waits for a chunk; nothing by default, as before the script ran. */
  whileFirstHeld() {
  }
  /** Built-in strings for the language, with this element's overrides. */
  get text() {
    if (this.spokenInUpdate) return this.spokenInUpdate.text;
    const lang = this.language;
    const loaded2 = languageTable(lang);
    return stringsIn(loaded2 ? { [baseLanguage(lang)]: loaded2, ...this.tables } : this.tables, lang, this.strings);
  }
  /**
   * On a page in a language the element has no strings in, its rendered content is marked
   * with the language it falls back to, so assistive technology reads it as English.
   */
  markFallback(fallback) {
    for (const child of this.renderRoot.children) {
      if (child instanceof HTMLStyleElement) continue;
      if (fallback) {
        child.setAttribute("lang", fallback);
        child.setAttribute(BUILT_IN_MARK, "");
      } else if (child.hasAttribute(BUILT_IN_MARK)) {
        child.removeAttribute("lang");
        child.removeAttribute(BUILT_IN_MARK);
      }
    }
  }
  /** A charter text in the element's language, as a string (for attributes and sentences). */
  pick(text) {
    return this.pickIn(text).text;
  }
  /** A charter text in the element's language, and the language it is actually written in. */
  pickIn(text) {
    return pickTextIn(text, this.pageLanguage, this.currentCharter?.language);
  }
  /**
   * A charter text to show: marked with the language it is written in (`<span lang>`) when that
   * is not the element's, so an English charter on a Welsh page is read as English.
   */
  charterText(text) {
    return inLanguage(this.pickIn(text), this.language);
  }
  /** Marks words taken from a charter text (and built into a sentence) with the language that text is written in. */
  charterMarker(source) {
    const { lang } = this.pickIn(source);
    return (words) => inLanguage({ text: words, lang }, this.language);
  }
};
__decorateClass([
  n5({ attribute: false })
], ServiceElement.prototype, "strings", 2);
__decorateClass([
  n5({ converter: /* @__PURE__ */ __name((value) => value && !isNaN(Date.parse(value)) ? new Date(value) : void 0, "converter") })
], ServiceElement.prototype, "now", 2);
__decorateClass([
  n5({ attribute: false })
], ServiceElement.prototype, "clock", 2);
__decorateClass([
  c({ context: clockContext, subscribe: true }),
  r5()
], ServiceElement.prototype, "contextClock", 2);
__decorateClass([
  c({ context: charterContext, subscribe: true }),
  r5()
], ServiceElement.prototype, "charterContext", 2);
var sameLanguage = /* @__PURE__ */ __name((a3, b3) => baseLanguage(a3) === baseLanguage(b3), "sameLanguage");
function inLanguage({ text, lang }, around) {
  return !text || sameLanguage(lang, around) ? text : b2`<span lang=${lang}>${text}</span>`;
}
__name(inLanguage, "inLanguage");

// src/components/base-styles.ts
var baseStyles = i2`
  :host {
    /* Light or dark follows the host page's color-scheme (inherited), not the system setting:
       a light page in dark mode keeps dark text on its light background. A page that declares
       color-scheme: dark (or light dark, with the system dark) gets the dark colours. */
    --_text: var(--service-color-text, light-dark(#0b0c0c, #f3f2f1));
    --_muted: var(--service-color-muted, light-dark(#505a5f, #c4c8ca));
    --_surface: var(--service-color-surface, light-dark(#ffffff, #1b1b1b));
    --_border: var(--service-color-border, light-dark(#b1b4b6, #6f777b));
    --_accent: var(--service-color-accent, light-dark(#1d70b8, #5694ca));
    --_link: var(--service-color-link, light-dark(#1d70b8, #8fc1ea));
    --_focus: var(--service-color-focus, #ffdd00);
    --_success: var(--service-color-success, light-dark(#00703c, #4caf7d));
    --_error: var(--service-color-error, light-dark(#d4351c, #ff7b6b));
    --_space: var(--service-space, 1rem);
    --_radius: var(--service-radius, 0);
    display: block;
    /* !important in a shadow root wins over any rule of the host page, even an !important
       one on the element itself: a CMS theme (\`* { all: unset }\`, \`body { font: … }\`)
       cannot change our text. Theme through the --service-* properties instead. */
    box-sizing: border-box !important;
    color: var(--_text) !important;
    font-family: var(--service-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif) !important;
    font-size: var(--service-font-size, 1rem) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    line-height: 1.5 !important;
    text-align: start !important;
    /* Long words (an email address, a URL) break only when they would overflow. */
    overflow-wrap: break-word !important;
  }
  :host([hidden]) {
    display: none;
  }
  /* A table column is as wide as its longest word, so a narrow screen never splits "November". */
  th,
  td {
    overflow-wrap: break-word;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_link);
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_text);
    text-decoration: none;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 calc(var(--_space) * 0.5);
    line-height: 1.25;
    font-weight: 700;
  }
  p,
  ul,
  ol,
  dl,
  table {
    margin: 0 0 var(--_space);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  @media print {
    :host {
      --_text: #000;
      --_link: #000;
      --_surface: #fff;
      color: #000;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
  }
`;

// src/components/problem-styles.ts
var problemStyles = i2`
  .problem {
    margin-block-end: var(--_space);
    padding: var(--_space);
    border: 4px solid var(--_error);
  }
  .problem ul {
    margin-block-end: 0;
  }
  button {
    font: inherit;
    padding: 0.5em 1em;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_surface);
    cursor: pointer;
  }
`;

// src/components/service-charter/channel-view.ts
var telHref = /* @__PURE__ */ __name((phone) => `tel:${phone.replace(/(?!^\+)[^\d]/g, "")}`, "telHref");
var breakableAddress = /* @__PURE__ */ __name((address) => address.split(/(?<=[@/])|(?=\.)/).map((part, index) => index ? b2`<wbr />${part}` : part), "breakableAddress");
function contactView(contact, text, pick) {
  if (!contact) return A;
  const rows = [];
  if (contact.phone) rows.push([text.phone, b2`<a href=${telHref(contact.phone)} dir="ltr">${contact.phone}</a>`]);
  if (contact.email)
    rows.push([
      text.email,
      b2`<a href=${`mailto:${contact.email}`} dir="ltr">${breakableAddress(contact.email)}</a>`
    ]);
  if (contact.url)
    rows.push([
      text.online,
      b2`<a href=${contact.url} dir="ltr">${breakableAddress(contact.url.replace(/^https?:\/\//i, ""))}</a>`
    ]);
  if (contact.address) rows.push([text.address, b2`<address>${pick(contact.address)}</address>`]);
  return b2`<dl part="contact" class="contact">
    ${rows.map(
    ([label, value]) => b2`<div>
          <dt>${label}</dt>
          <dd>${value}</dd>
        </div>`
  )}
  </dl>`;
}
__name(contactView, "contactView");

// src/strings/format.ts
init_date_names();
var pluralRules = /* @__PURE__ */ new Map();
function pluralForm(lang, count2, forms) {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, rules = new Intl.PluralRules(lang));
  return forms[rules.select(count2)] ?? forms.other;
}
__name(pluralForm, "pluralForm");
var intlFormats = /* @__PURE__ */ new Map();
function cached(key, build) {
  let format = intlFormats.get(key);
  if (!format) intlFormats.set(key, format = build());
  return format;
}
__name(cached, "cached");
var numberFormat = /* @__PURE__ */ __name((lang, options) => cached(`n|${lang}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(lang, options)), "numberFormat");
function plainDecimal(value, lang, digits, shift = 0) {
  const written = String(value);
  if (!/^(en|cy)\b/.test(lang) || !/^\d+(\.\d+)?$/.test(written)) return void 0;
  const [whole, fraction = ""] = written.split(".");
  const places = fraction.padEnd(shift + digits + 1, "0");
  const kept = BigInt(whole + places.slice(0, shift + digits)) + (places[shift + digits] >= "5" ? 1n : 0n);
  const all = String(kept).padStart(digits + 1, "0");
  const decimals = all.slice(all.length - digits).replace(/0+$/, "");
  const grouped2 = all.slice(0, all.length - digits).replace(/\B(?=(\d{3})+$)/g, ",");
  return decimals ? `${grouped2}.${decimals}` : grouped2;
}
__name(plainDecimal, "plainDecimal");
var formatNumber = /* @__PURE__ */ __name((lang, count2) => plainDecimal(count2, lang, 2) ?? numberFormat(lang, { maximumFractionDigits: 2 }).format(count2), "formatNumber");
function plural(lang, count2, forms) {
  return pluralForm(lang, count2, forms).replace("#", formatNumber(lang, count2));
}
__name(plural, "plural");
function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => name in values ? String(values[name]) : whole);
}
__name(fill, "fill");
function formatPeriod(period, lang, quarterTemplate, months) {
  const [year, part] = period.split("-");
  if (!part) return year;
  if (part.startsWith("Q")) return fill(quarterTemplate, { quarter: part.slice(1), year });
  if (months?.length === 12) return `${months[Number(part) - 1]} ${year}`;
  const month = new Date(Date.UTC(Number(year), Number(part) - 1, 15));
  const format = cached(
    `d|${lang}`,
    () => new Intl.DateTimeFormat(lang, { month: "long", year: "numeric", timeZone: "UTC" })
  );
  return format.format(month);
}
__name(formatPeriod, "formatPeriod");
function targetInWords(target, lang, strings) {
  const [[kind, amount]] = Object.entries(target);
  if (kind === "workingDays" && amount === 0) return strings.sameWorkingDay;
  return plural(lang, amount, strings.targets[kind]);
}
__name(targetInWords, "targetInWords");
function fillParts(template, values) {
  return template.split(/\{(\w+)\}/).map((part, index) => index % 2 === 1 && part in values ? values[part] : part);
}
__name(fillParts, "fillParts");
function formatFigure(amount, unit, lang, units) {
  if (unit === "percent") {
    const share = amount / 100;
    const plain = plainDecimal(share, lang, 1, 2);
    return plain ? `${plain}%` : numberFormat(lang, { style: "percent", maximumFractionDigits: 1 }).format(share);
  }
  return plural(lang, amount, units[unit]);
}
__name(formatFigure, "formatFigure");

// src/core/read-targets.ts
init_charter_model();
init_limits();
init_problems();
init_read_schedule();
init_readers();
var readDuration = /* @__PURE__ */ durationReader(DURATION_UNITS);
var unitOf = /* @__PURE__ */ __name((duration) => Object.entries(duration)[0], "unitOf");
function checkBound(target, bound, path, log) {
  const value = target[bound];
  if (!value) return true;
  const at = childPath(path, bound);
  if (!target.within) {
    return bound === "atMost" ? log.add(at, 'needs "within": it is how far "within" may be extended') ?? false : true;
  }
  const [unit, amount] = unitOf(value);
  const [withinUnit, withinAmount] = unitOf(target.within);
  if (unit !== withinUnit) return log.add(at, `must be in the same unit as "within" (${withinUnit})`) ?? false;
  if (bound === "atLeast" && amount >= withinAmount)
    return log.add(at, 'must be less than "within": together they are a range') ?? false;
  if (bound === "atMost" && amount < withinAmount) return log.add(at, 'must not be less than "within"') ?? false;
  return true;
}
__name(checkBound, "checkBound");
function checkTarget(target, written, kind, first, path, log) {
  const problems = [];
  const timed = "within" in written || "atLeast" in written;
  if (!timed && !("percent" in written)) problems.push([path, 'needs "within", "atLeast" or "percent"']);
  if (kind === "notice" && ("within" in written || !("atLeast" in written)))
    problems.push([path, 'a notice is a minimum: use "atLeast" (e.g. {"hours": 24}), not "within"']);
  if (kind !== "notice" && "atLeast" in written && !("within" in written))
    problems.push([
      childPath(path, "atLeast"),
      'alone is a minimum notice: use kind "notice", or add "within" for a range'
    ]);
  if (first && target.countedFrom === "previous")
    problems.push([childPath(path, "countedFrom"), 'must be "receipt" on the first target: nothing comes before it']);
  if (!first && timed && !target.countedFrom)
    problems.push([childPath(path, "countedFrom"), 'is required after the first target: "receipt" or "previous"']);
  for (const [at, message] of problems) log.add(at, message);
  const bounds = [checkBound(target, "atLeast", path, log), checkBound(target, "atMost", path, log)];
  return problems.length === 0 && bounds.every(Boolean);
}
__name(checkTarget, "checkTarget");
var TARGET_FIELDS = ["kind", "within", "atLeast", "atMost", "percent", "countedFrom"];
function readTarget(defaultKind, first) {
  return (value, path, log) => {
    const read = collectFields(value, path, log, {
      kind: optional(oneOf(PROMISE_KINDS)),
      within: optional(readDuration),
      atLeast: optional(readDuration),
      atMost: optional(readDuration),
      percent: optional(numberReader({ max: 100 })),
      countedFrom: optional(oneOf(["receipt", "previous"]))
    });
    if (!read) return void 0;
    const kind = read.fields.kind ?? defaultKind;
    const written = value;
    const valid = checkTarget(read.fields, written, kind, first, path, log);
    const complete = Object.keys(read.fields).length === Object.keys(written).filter((key) => TARGET_FIELDS.includes(key)).length;
    return valid && complete ? { ...read.fields, kind, countedFrom: read.fields.countedFrom ?? "receipt" } : void 0;
  };
}
__name(readTarget, "readTarget");
function targetsReader(defaultKind) {
  const first = readTarget(defaultKind, true);
  const later = readTarget(defaultKind, false);
  return (value, path, log) => {
    if (!Array.isArray(value)) return log.add(path, "must be a list");
    const long = tooLong(value, LIST_MAXIMA.targets);
    if (long) return log.add(path, long);
    const targets = Array.from(
      value,
      (entry, index) => (index === 0 ? first : later)(entry, childPath(path, index), log)
    );
    return targets.every((target) => target !== void 0) ? targets : void 0;
  };
}
__name(targetsReader, "targetsReader");

// src/strings/promise-words.ts
var periodUnit = /* @__PURE__ */ __name((period) => unitOf(period), "periodUnit");
function durationWords(duration, lang, text) {
  const [unit, amount] = periodUnit(duration);
  return plural(lang, amount, text.durations[unit]);
}
__name(durationWords, "durationWords");
var percentWords = /* @__PURE__ */ __name((percent, lang) => formatFigure(percent, "percent", lang, {}), "percentWords");
function rangeIn(forms, low, high, lang, text) {
  const numbers = fill(text.range, { low: formatNumber(lang, low), high: formatNumber(lang, high) });
  return pluralForm(lang, high, forms).replace("#", numbers);
}
__name(rangeIn, "rangeIn");
function targetTimeWords(target, lang, text, counted) {
  const { within, atLeast, atMost } = target;
  if (within) {
    const [unit, high] = unitOf(within);
    const low = atLeast && unitOf(atLeast)[0] === unit ? unitOf(atLeast)[1] : void 0;
    const base = low === void 0 ? targetInWords(within, lang, text) : rangeIn(text.targets[unit], low, high, lang, text);
    const time = counted ? fill(counted, { time: base }) : base;
    return atMost ? fill(text.extendable, { time, max: durationWords(atMost, lang, text) }) : time;
  }
  if (atLeast) {
    const [unit, amount] = unitOf(atLeast);
    return target.kind === "notice" ? plural(lang, amount, text.notices[unit]) : fill(text.atLeast, { duration: durationWords(atLeast, lang, text) });
  }
  return "";
}
__name(targetTimeWords, "targetTimeWords");
var MESSAGE_KINDS = /* @__PURE__ */ new Set(["answer", "acknowledge", "reply"]);
var tidy = /* @__PURE__ */ __name((words) => words.replace(/\s+/g, " ").replace(/\s+([,.)])/g, "$1").trim(), "tidy");
function stepWords(target, previous, nounKey, lang, text) {
  const phrases = text.kindPhrases[target.kind] ?? text.kindPhrases.custom;
  const noun = MESSAGE_KINDS.has(target.kind) || nounKey === "complaint" ? nounKey : "default";
  const nouns = text.nouns[noun] ?? text.nouns.default;
  const percent = target.percent === void 0 ? void 0 : percentWords(target.percent, lang);
  if (!previous) {
    const time2 = targetTimeWords(target, lang, text);
    const template = percent === void 0 ? phrases.one : phrases.share;
    return tidy(fill(template, { your: nouns.your, many: nouns.many, percent: percent ?? "", time: time2 }));
  }
  const counted = target.countedFrom === "previous" ? text.fromPrevious[previous.kind] ?? text.fromPrevious.default : text.fromReceipt;
  const time = targetTimeWords(target, lang, text, counted);
  const step = agreeingWith(noun, text)(tidy(fill(phrases.next, { time })));
  return percent === void 0 ? step : fill(text.nextShare, { step, percent });
}
__name(stepWords, "stepWords");
function agreeingWith(nounKey, text) {
  if (!text.nouns[nounKey]?.feminine) return (words) => words;
  const forms = Object.entries(text.itFeminine);
  return (words) => forms.reduce((out, [other, feminine]) => out.replaceAll(other, feminine), words);
}
__name(agreeingWith, "agreeingWith");
function commitmentWords(targets, nounKey, lang, text) {
  return targets.map((target, index) => stepWords(target, targets[index - 1], nounKey, lang, text)).join(", ");
}
__name(commitmentWords, "commitmentWords");
var unmarked = /* @__PURE__ */ __name((words) => words, "unmarked");
var aimSentence = /* @__PURE__ */ __name((commitment, text) => fill(text.aimTo, { commitment }), "aimSentence");
function promiseCommitment(promise, nounKey, lang, text) {
  if (promise.kind === "custom") return void 0;
  const targets = promise.targets.length ? promise.targets : promise.kind === "notice" ? [] : [{ kind: promise.kind, countedFrom: "receipt" }];
  return targets.length ? commitmentWords(targets, nounKey, lang, text) : void 0;
}
__name(promiseCommitment, "promiseCommitment");
function promiseSentence(promise, nounKey, lang, text) {
  const commitment = promiseCommitment(promise, nounKey, lang, text);
  return commitment === void 0 ? void 0 : aimSentence(commitment, text);
}
__name(promiseSentence, "promiseSentence");
function withQualifier(words, qualifier, text, sentence, mark = unmarked) {
  const hedge = qualifier?.trim().replace(/\.$/, "");
  if (!hedge) return [sentence(words)];
  if (/^\p{Lu}/u.test(hedge)) return [`${sentence(words)} `, mark(`${hedge}.`)];
  return fillParts(sentence(fill(text.qualified, { commitment: words })), { qualifier: mark(hedge) });
}
__name(withQualifier, "withQualifier");
var customTargetWords = /* @__PURE__ */ __name((targets, lang, text) => commitmentWords(
  targets.map((target) => ({ ...target, kind: "custom" })),
  "default",
  lang,
  text
), "customTargetWords");
var capitalised = /* @__PURE__ */ __name((words, lang) => words.charAt(0).toLocaleUpperCase(lang) + words.slice(1), "capitalised");
function guaranteeWords(guarantee, condition, lang, text, mark = unmarked) {
  const whole = Number.isInteger(guarantee.amount);
  const amount = numberFormat(lang === "en" ? "en-GB" : lang, {
    style: "currency",
    currency: guarantee.currency,
    minimumFractionDigits: whole ? 0 : 2
  }).format(guarantee.amount);
  return fillParts(guarantee.automatic ? text.guaranteeAutomatic : text.guaranteeClaim, {
    condition: mark(capitalised(condition.trim().replace(/[,.]$/, ""), lang)),
    amount
  });
}
__name(guaranteeWords, "guaranteeWords");
var nounKeyOf = /* @__PURE__ */ __name((promise, charter) => charter?.channels.find((channel) => channel.id === promise.channel)?.type ?? "default", "nounKeyOf");

// node_modules/lit-html/directives/if-defined.js
var o7 = /* @__PURE__ */ __name((o8) => o8 ?? A, "o");

// src/components/headings.ts
var LEVELS = [
  (content, id, part) => b2`<h1 id=${o7(id)} part=${o7(part)} class="heading">${content}</h1>`,
  (content, id, part) => b2`<h2 id=${o7(id)} part=${o7(part)} class="heading">${content}</h2>`,
  (content, id, part) => b2`<h3 id=${o7(id)} part=${o7(part)} class="heading">${content}</h3>`,
  (content, id, part) => b2`<h4 id=${o7(id)} part=${o7(part)} class="heading">${content}</h4>`,
  (content, id, part) => b2`<h5 id=${o7(id)} part=${o7(part)} class="heading">${content}</h5>`,
  (content, id, part) => b2`<h6 id=${o7(id)} part=${o7(part)} class="heading">${content}</h6>`
];
var clampLevel = /* @__PURE__ */ __name((level) => Math.min(6, Math.max(1, Math.round(level) || 2)), "clampLevel");
function heading(level, content, id, part) {
  return LEVELS[clampLevel(level) - 1](content, id, part);
}
__name(heading, "heading");

// src/components/service-charter/complaints-view.ts
function targetLine(target, previous, { text, language }) {
  if (target.percent !== void 0 || !["acknowledge", "reply"].includes(target.kind) || !target.within)
    return promiseSentence({ kind: target.kind, targets: [target] }, "complaint", language, text) ?? "";
  const { atMost, ...base } = target;
  const template = target.kind === "acknowledge" ? text.stageAcknowledge : !previous ? text.stageRespond : target.countedFrom === "previous" ? text.stageRespondAfterAcknowledge : text.stageRespondFromReceipt;
  const line = fill(template, { target: targetTimeWords(base, language, text) });
  return atMost ? `${fill(text.extendable, { time: line.replace(/\.$/, ""), max: durationWords(atMost, language, text) })}.` : line;
}
__name(targetLine, "targetLine");
function stageView(stage, context) {
  const { text, pick } = context;
  const lines = stage.noTimescale ? [text.stageNoTimescale] : stage.targets.map((target, index) => targetLine(target, stage.targets[index - 1], context));
  return b2`<li>
    <strong>${pick(stage.name)}</strong>
    ${stage.description ? b2`<br />${pick(stage.description)}` : A} ${lines.map((line) => b2`<br />${line}`)}
  </li>`;
}
__name(stageView, "stageView");
var stagesView = /* @__PURE__ */ __name((track, context) => b2`<ol class="stages">
    ${track.stages.map((stage) => stageView(stage, context))}
  </ol>`, "stagesView");
function tracksView(tracks, context) {
  const { text, pick, headingLevel } = context;
  return b2`<p>${text.tracksIntro}</p>
    ${tracks.map(
    (track) => b2`<section part="track" class="track" data-track=${track.id}>
          ${heading(headingLevel + 1, pick(track.name) || track.id)}
          ${track.description ? b2`<p>${pick(track.description)}</p>` : A} ${stagesView(track, context)}
        </section>`
  )}`;
}
__name(tracksView, "tracksView");
function escalationView(body, context) {
  const { text, language, pick, plain } = context;
  const name = pick(body.name);
  const linked = body.url ? b2`<a href=${body.url}>${name}</a>` : name;
  const joiner = /^[aeiouâêîôûŵŷ]/i.test(plain(body.name)) ? text.withBeforeVowel : text.withBeforeConsonant;
  const when = body.when ? [pick(body.when)] : [
    body.after && fill(text.escalationAfter, { after: durationWords(body.after, language, text) }),
    body.within && fill(text.escalationWithin, { within: durationWords(body.within, language, text) })
  ].filter((line) => !!line);
  return b2`<div part="escalation" class="escalation">
    ${// The charter's own words when it has them, else the built-in sentence, never both.
  body.description ? b2`<p>${pick(body.description)} ${fillParts(text.escalationContact, { name: linked, with: joiner })}</p>` : b2`<p>${fillParts(text.escalation, { name: linked, with: joiner })}</p>`}
    ${contactView({ phone: body.phone, email: body.email, address: body.address }, text, pick)}
    ${when.map((line) => b2`<p>${line}</p>`)}
  </div>`;
}
__name(escalationView, "escalationView");
function complaintsView(policy, context) {
  const { text, pick, headingLevel } = context;
  const { tracks } = policy;
  return b2`<section part="complaints">
    ${heading(headingLevel, text.complaints)} ${policy.summary ? b2`<p>${pick(policy.summary)}</p>` : A}
    ${tracks.length === 1 ? stagesView(tracks[0], context) : tracksView(tracks, context)}
    ${policy.extension ? b2`<p part="extension">${pick(policy.extension)}</p>` : A}
    ${policy.escalation.map((body) => escalationView(body, context))}
  </section>`;
}
__name(complaintsView, "complaintsView");

// src/components/service-charter/load-charter.ts
init_bank_holidays();

// src/core/read-charter.ts
init_problems();

// src/core/read-charter-v2.ts
init_charter_model();
init_limits();
init_problems();
init_read_charter_parts();
init_read_schedule();
init_readers();

// src/core/notice-time.ts
init_read_schedule();
init_time_zone();
var INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
var readNoticeTime = /* @__PURE__ */ __name((value, path, log) => isLocalDate(value) || typeof value === "string" && INSTANT.test(value) && !Number.isNaN(Date.parse(value)) ? value : log.add(path, "must be a date (YYYY-MM-DD) or an instant with its offset (2027-01-08T17:00:00Z)"), "readNoticeTime");
function noticeInstant(text, timeZone, edge) {
  if (!isLocalDate(text)) return Date.parse(text);
  return startOfLocalDay(timeZone, localDateToDays(text) + (edge === "end" ? 1 : 0));
}
__name(noticeInstant, "noticeInstant");

// src/core/read-charter-v2.ts
init_unique_ids();

// src/core/channel-hours.ts
init_problems();
init_schedule_types();
function channelHours(charter, channel) {
  if (channel.hours) return channel.hours;
  const siteHours = new Set((channel.sites ?? []).map((id) => charter.sites.find((site) => site.id === id)?.hours));
  const [only] = siteHours;
  if (siteHours.size === 1 && only) return only;
  return charter.hours?.workingDaysOnly ? void 0 : charter.hours;
}
__name(channelHours, "channelHours");
var BOUNDS = ["within", "atLeast", "atMost"];
function reachableHours(calendar) {
  const minutes = Object.values(calendar.weekly).flat().reduce((sum, [open, close]) => sum + wallMinutes(close) - wallMinutes(open), 0);
  return Math.floor(minutes * 730 / 7 / 60);
}
__name(reachableHours, "reachableHours");
function checkTargetCalendar(calendars, targets, path, log) {
  let valid = true;
  targets.forEach((target, index) => {
    for (const bound of BOUNDS) {
      const duration = target[bound];
      const at = childPath(childPath(path, index), bound);
      if (duration && "businessHours" in duration && !calendars.openingHours) {
        valid = log.add(
          childPath(at, "businessHours"),
          'counts opening hours, but none apply: give the channel or service "hours", or the charter "hours"'
        ) ?? false;
      } else if (duration && "businessHours" in duration && duration.businessHours > reachableHours(calendars.openingHours)) {
        const most = reachableHours(calendars.openingHours);
        valid = log.add(
          childPath(at, "businessHours"),
          `is more than two years of these opening hours: at most ${most} business hours`
        ) ?? false;
      } else if (duration && "workingDays" in duration && !calendars.workingDays) {
        valid = log.add(
          childPath(at, "workingDays"),
          'counts working days, but no calendar applies: give the channel or service "hours", or the charter "hours" or "workingCalendar"'
        ) ?? false;
      }
    }
  });
  return valid;
}
__name(checkTargetCalendar, "checkTargetCalendar");

// src/core/promise-calendars.ts
function promiseCalendars(charter, promise) {
  const channel = promise.channel ? charter.channels.find((c5) => c5.id === promise.channel) : void 0;
  const service = promise.service ? charter.services.find((s7) => s7.id === promise.service) : void 0;
  return calendarsFor(channel?.hours ?? service?.hours, charter.workingCalendar, charter.hours);
}
__name(promiseCalendars, "promiseCalendars");
function calendarsFor(own, workingCalendar, hours) {
  const opening = own ?? hours;
  return {
    workingDays: own ?? workingCalendar ?? hours,
    openingHours: opening?.workingDaysOnly ? void 0 : opening
  };
}
__name(calendarsFor, "calendarsFor");
var organisationCalendar = /* @__PURE__ */ __name((charter) => charter.workingCalendar ?? charter.hours, "organisationCalendar");

// src/core/read-improvements.ts
init_problems();
init_read_charter_parts();
init_read_schedule();
init_readers();
var MONTH = /^\d{4}-(?:0[1-9]|1[0-2])$/;
var readMonthOrDate = /* @__PURE__ */ __name((value, path, log) => isLocalDate(value) || typeof value === "string" && MONTH.test(value) ? value : log.add(path, "must be a month (YYYY-MM) or a date (YYYY-MM-DD)"), "readMonthOrDate");
var before = /* @__PURE__ */ __name((later, earlier) => {
  const length = Math.min(later.length, earlier.length);
  return later.slice(0, length) < earlier.slice(0, length);
}, "before");
function improvementReader(promiseId, serviceId) {
  return (value, path, log) => {
    const read = readFields(value, path, log, {
      id: required(readId),
      youSaid: required(readText),
      weDid: required(readText),
      saidOn: optional(readMonthOrDate),
      doneOn: required(readMonthOrDate),
      promise: optional(promiseId),
      service: optional(serviceId)
    });
    if (!read) return void 0;
    if (read.promise !== void 0 && read.service !== void 0)
      return log.add(path, 'must have "promise" or "service", not both');
    if (read.saidOn !== void 0 && before(read.doneOn, read.saidOn))
      return log.add(childPath(path, "doneOn"), `must not be before "saidOn" (${read.saidOn})`);
    return read;
  };
}
__name(improvementReader, "improvementReader");
var readSatisfaction = /* @__PURE__ */ __name((value, path, log) => {
  if (!isObject(value)) return log.add(path, "must be an object");
  const { id: written, ...figures } = value;
  const id = written === void 0 ? log.add(childPath(path, "id"), "is required") : readId(written, childPath(path, "id"), log);
  const performance2 = readPerformance(figures, path, log);
  if (figures.measure === void 0) log.add(childPath(path, "measure"), "is required");
  return id === void 0 || !performance2?.measure ? void 0 : { id, ...performance2, measure: performance2.measure };
}, "readSatisfaction");

// src/core/read-feedback.ts
init_limits();
init_problems();
init_read_charter_parts();
init_readers();
var readValue2 = /* @__PURE__ */ numberReader({ whole: true, max: SCALE_VALUE_MAX });
var readPoint = /* @__PURE__ */ __name((value, path, log) => readFields(value, path, log, { value: required(readValue2), label: required(readText) }), "readPoint");
var readPoints = /* @__PURE__ */ strictListOf(readPoint, LIST_MAXIMA.scalePoints);
var readScale = /* @__PURE__ */ __name((value, path, log) => {
  const points = readPoints(value, path, log);
  if (!points) return void 0;
  if (points.length < 2) return log.add(path, "must have at least 2 points");
  const out = points.findIndex((point, i7) => i7 > 0 && point.value <= points[i7 - 1].value);
  return out < 0 ? points : log.add(childPath(childPath(path, out), "value"), "must be higher than the point before");
}, "readScale");
var readFeedback = /* @__PURE__ */ __name((value, path, log) => {
  const read = readFields(value, path, log, {
    endpoint: optional(readComplaintEndpoint),
    question: optional(readText),
    scale: optional(readScale),
    complaintUpTo: optional(readValue2),
    about: optional(readText),
    privacyNotice: optional(webUrl),
    complaintUrl: optional(webUrl)
  });
  if (!read || read.complaintUpTo === void 0) return read;
  const values = (read.scale ?? [1, 2, 3, 4, 5].map((v2) => ({ value: v2 }))).map((point) => point.value);
  return values.includes(read.complaintUpTo) ? read : log.add(childPath(path, "complaintUpTo"), `must be a point of the scale: ${values.join(", ")}`);
}, "readFeedback");

// src/core/read-charter-v2.ts
function idReader(known2, what, written) {
  return (value, path, log) => {
    const id = readId(value, path, log);
    if (id === void 0 || known2().has(id)) return id;
    return written.has(`${what}/${id}`) ? void 0 : log.add(path, `names no entry in "${what}": "${id}"`);
  };
}
__name(idReader, "idReader");
function refReader(known2, what, written) {
  const readRef = idReader(known2, what, written);
  return (value, path, log) => {
    const id = readRef(value, path, log);
    return id === void 0 ? void 0 : known2().get(id);
  };
}
__name(refReader, "refReader");
var idsReader = /* @__PURE__ */ __name((known2, what, written) => strictListOf(idReader(known2, what, written), LIST_MAXIMA.items), "idsReader");
var languagesReader = /* @__PURE__ */ strictListOf(readLanguage, LIST_MAXIMA.figures);
var idListOf = /* @__PURE__ */ __name((item, max = LIST_MAXIMA.items) => (value, path, log) => uniqueIds(readList(value, path, log, item, max), value, path, log), "idListOf");
var check = /* @__PURE__ */ __name((broken, log, path, message) => broken ? log.add(path, message) ?? false : true, "check");
var readGuarantee = /* @__PURE__ */ __name((value, path, log) => {
  const read = readFields(value, path, log, {
    amount: required(numberReader({ max: 1e6 })),
    currency: optional(
      (v2, p4, l4) => typeof v2 === "string" && /^[A-Z]{3}$/.test(v2) ? v2 : l4.add(p4, 'must be an ISO 4217 code such as "GBP"')
    ),
    condition: required(readText),
    automatic: optional(readBoolean)
  });
  return read && { ...read, currency: read.currency ?? "GBP" };
}, "readGuarantee");
var escalationPeriod = /* @__PURE__ */ durationReader([...DURATION_UNITS, "months"]);
var readEscalation = /* @__PURE__ */ __name((value, path, log) => {
  const read = readFields(value, path, log, {
    name: required(readText),
    description: optional(readText),
    phone: optional(linkReader("phone")),
    email: optional(linkReader("email")),
    address: optional(readText),
    url: optional(webUrl),
    after: optional(escalationPeriod),
    within: optional(escalationPeriod),
    when: optional(readText)
  });
  const reachable = !read || read.phone || read.email || read.address || read.url;
  return check(!reachable, log, path, 'needs a way to reach them: "phone", "email", "address" or "url"') ? read : void 0;
}, "readEscalation");
var readStage = /* @__PURE__ */ __name((value, path, log) => {
  const read = collectFields(value, path, log, {
    name: required(readText),
    description: optional(readText),
    targets: optional(targetsReader("reply")),
    noTimescale: optional((v2, p4, l4) => v2 === true ? true : l4.add(p4, "must be true (or left out)"))
  });
  if (!read?.complete) return void 0;
  const written = isObject(value) ? value : {};
  const both = "targets" in written && "noTimescale" in written;
  const neither = !("targets" in written) && !("noTimescale" in written);
  if (both) return log.add(path, 'must have "targets" or "noTimescale": true, not both');
  if (neither)
    return log.add(
      childPath(path, "targets"),
      'is required (or "noTimescale": true for a stage with no set timescale)'
    );
  if (!read.fields.targets && !read.fields.noTimescale) return void 0;
  return { ...read.fields, targets: read.fields.targets ?? [] };
}, "readStage");
var readStages = /* @__PURE__ */ __name((value, path, log) => {
  const stages = readList(value, path, log, readStage, LIST_MAXIMA.steps);
  return check(Array.isArray(value) && value.length === 0, log, path, "must have at least one stage") ? stages : void 0;
}, "readStages");
var readTrack = /* @__PURE__ */ __name((value, path, log) => readFields(value, path, log, {
  id: required(readId),
  name: optional(readText),
  description: optional(readText),
  stages: required(readStages)
}), "readTrack");
function complaintsReader(known2) {
  return (value, path, log) => {
    const read = collectFields(value, path, log, {
      summary: optional(readText),
      stages: optional(readStages),
      tracks: optional(idListOf(readTrack, LIST_MAXIMA.steps)),
      extension: optional(readText),
      escalation: optional(listOf(readEscalation, LIST_MAXIMA.steps)),
      endpoint: optional(readComplaintEndpoint),
      anonymousAllowed: optional(readBoolean),
      consent: optional(readText),
      draftStorage: optional(oneOf(["session", "local"]))
    });
    if (!read) return void 0;
    const written = readObject(value, path, log) ?? {};
    const { stages, tracks, escalation = [], ...rest } = read.fields;
    if ("stages" in written === "tracks" in written)
      return log.add(
        path,
        'must have "stages" (one route) or "tracks" (alternative routes by complaint type), not both'
      );
    const unnamed = (tracks ?? []).findIndex((track) => !track.name);
    if (tracks && tracks.length > 1 && unnamed >= 0)
      return log.add(childPath(childPath(path, "tracks"), unnamed), 'needs a "name": there is more than one track');
    const policy = {
      ...rest,
      tracks: tracks ?? (stages ? [{ id: "complaints", stages }] : []),
      escalation
    };
    const calendars = calendarsFor(void 0, known2.workingCalendar, known2.hours);
    const timed = policy.tracks.every(
      (track, t6) => track.stages.every((stage, i7) => {
        const at = tracks ? childPath(childPath(childPath(path, "tracks"), t6), "stages") : childPath(path, "stages");
        return checkTargetCalendar(calendars, stage.targets, childPath(childPath(at, i7), "targets"), log);
      })
    );
    if (!timed) return void 0;
    const named = [...known2.services.values()].map(({ id, name }) => ({ id, name }));
    return named.length ? { ...policy, services: named } : policy;
  };
}
__name(complaintsReader, "complaintsReader");
function noticeReader(known2) {
  return (value, path, log) => {
    const read = readFields(value, path, log, {
      id: required(readId),
      text: required(readText),
      from: optional(readNoticeTime),
      until: required(readNoticeTime),
      channels: optional(idsReader(() => known2.channels, "channels", known2.written)),
      services: optional(idsReader(() => known2.services, "services", known2.written)),
      promises: optional(idsReader(() => known2.promises, "promises", known2.written))
    });
    if (!read) return void 0;
    const timeZone = known2.charterTimeZone();
    const startsAt = read.from === void 0 ? void 0 : noticeInstant(read.from, timeZone, "start");
    const endsAt = noticeInstant(read.until, timeZone, "end");
    if (!check(startsAt !== void 0 && startsAt >= endsAt, log, childPath(path, "until"), 'must be after "from"'))
      return void 0;
    return {
      ...read,
      channels: read.channels ?? [],
      services: read.services ?? [],
      promises: read.promises ?? [],
      ...startsAt === void 0 ? {} : { startsAt },
      endsAt
    };
  };
}
__name(noticeReader, "noticeReader");
var Known = class {
  constructor() {
    this.calendars = /* @__PURE__ */ new Map();
    this.sites = /* @__PURE__ */ new Map();
    this.channels = /* @__PURE__ */ new Map();
    this.services = /* @__PURE__ */ new Map();
    this.promises = /* @__PURE__ */ new Map();
    /** `list/id` of every entry written with an id, valid or not. */
    this.written = /* @__PURE__ */ new Set();
  }
  static {
    __name(this, "Known");
  }
  /** The charter's own time zone, else that of its default hours or working calendar, else Europe/London. */
  charterTimeZone() {
    return this.timeZone ?? this.hours?.timeZone ?? this.workingCalendar?.timeZone ?? "Europe/London";
  }
};
var byId = /* @__PURE__ */ __name((items) => new Map(items.map((item) => [item.id, item])), "byId");
function promiseReader(known2) {
  return (value, path, log) => {
    const kind = isObject(value) && PROMISE_KINDS.includes(value.kind) ? value.kind : "custom";
    const read = collectFields(value, path, log, {
      id: required(readId),
      kind: required(oneOf(PROMISE_KINDS)),
      channel: optional(idReader(() => known2.channels, "channels", known2.written)),
      service: optional(idReader(() => known2.services, "services", known2.written)),
      text: optional(readText),
      targets: optional(targetsReader(kind)),
      qualifier: optional(readText),
      guarantee: optional(readGuarantee),
      performance: optional(readPerformance)
    });
    if (!read) return void 0;
    const written = isObject(value) ? value : {};
    const scoped = check(
      "channel" in written && "service" in written,
      log,
      path,
      'must have "channel" or "service", not both'
    );
    const worded = check(
      kind === "custom" && !("text" in written),
      log,
      childPath(path, "text"),
      'is required for kind "custom"'
    );
    const complete = read.complete && Object.keys(written).every((key) => key in read.fields || !(key in PROMISE_FIELDS));
    if (!scoped || !worded || !complete) return void 0;
    const promise = { ...read.fields, targets: read.fields.targets ?? [] };
    const channel = promise.channel === void 0 ? void 0 : known2.channels.get(promise.channel);
    const service = promise.service === void 0 ? void 0 : known2.services.get(promise.service);
    const calendars = calendarsFor(channel?.hours ?? service?.hours, known2.workingCalendar, known2.hours);
    return checkTargetCalendar(calendars, promise.targets, childPath(path, "targets"), log) ? promise : void 0;
  };
}
__name(promiseReader, "promiseReader");
var PROMISE_FIELDS = {
  id: 1,
  kind: 1,
  channel: 1,
  service: 1,
  text: 1,
  targets: 1,
  qualifier: 1,
  guarantee: 1,
  performance: 1
};
var readAccessOffer = /* @__PURE__ */ __name((value, path, log) => {
  const read = collectFields(value, path, log, {
    id: required(readId),
    offer: required(oneOf(ACCESS_OFFERS)),
    text: optional(readText),
    languages: optional(languagesReader),
    targets: optional(targetsReader("custom"))
  });
  if (!read?.complete) return void 0;
  const written = isObject(value) ? value : {};
  if (!check(
    read.fields.offer === "custom" && !("text" in written),
    log,
    childPath(path, "text"),
    'is required for offer "custom"'
  ))
    return void 0;
  if ("targets" in written && !read.fields.targets) return void 0;
  return { ...read.fields, targets: read.fields.targets ?? [] };
}, "readAccessOffer");
function channelReader(known2) {
  const hours = refReader(() => known2.calendars, "calendars", known2.written);
  return (value, path, log) => {
    const channel = readFields(value, path, log, {
      id: required(readId),
      type: required(oneOf(CHANNEL_TYPES)),
      typeName: optional(readText),
      name: required(readText),
      description: optional(readText),
      contact: optional(readContact),
      hours: optional(hours),
      sites: optional(idsReader(() => known2.sites, "sites", known2.written)),
      languages: optional(languagesReader),
      feed: optional(readFeedConfig)
    });
    if (!channel) return void 0;
    const custom = channel.type === "custom";
    if (!check(custom && !channel.typeName, log, childPath(path, "typeName"), 'is required for type "custom"'))
      return void 0;
    return check(!custom && !!channel.typeName, log, childPath(path, "typeName"), 'is only for type "custom"') ? channel : void 0;
  };
}
__name(channelReader, "channelReader");
function calendarsReader(known2) {
  return (value, path, log) => {
    const object = readObject(value, path, log);
    if (!object) return void 0;
    const long = tooLong(Object.keys(object), LIST_MAXIMA.items);
    if (long) return log.add(path, long.replace("entries", "calendars"));
    const read = calendarReader(2, known2.timeZone);
    const calendars = {};
    for (const [id, entry] of Object.entries(object)) {
      known2.written.add(`calendars/${id}`);
      const at = childPath(path, id);
      if (readId(id, at, log) === void 0) continue;
      const calendar = read(entry, at, log);
      if (calendar) calendars[id] = calendar;
    }
    known2.calendars = new Map(Object.entries(calendars));
    return calendars;
  };
}
__name(calendarsReader, "calendarsReader");
function readCharterV2(json, log) {
  const known2 = new Known();
  const calendarRef = refReader(() => known2.calendars, "calendars", known2.written);
  const remember = /* @__PURE__ */ __name((item, into, max) => (value, path, l4) => {
    if (Array.isArray(value) && value.length <= (max ?? LIST_MAXIMA.items)) {
      for (const entry of value)
        if (isObject(entry) && typeof entry.id === "string") known2.written.add(`${path}/${entry.id}`);
    }
    const items = idListOf(item, max)(value, path, l4) ?? [];
    into(byId(items));
    return items;
  }, "remember");
  const read = collectFields(json, "", log, {
    version: required(() => 2),
    language: optional(readLanguage),
    timeZone: optional((v2, p4, l4) => known2.timeZone = readTimeZone(v2, p4, l4)),
    organisation: required(readOrganisation),
    title: required(readText),
    vision: optional(readText),
    values: optional(listOf(readValue, LIST_MAXIMA.items)),
    calendars: optional(calendarsReader(known2)),
    hours: optional((v2, p4, l4) => known2.hours = calendarRef(v2, p4, l4)),
    workingCalendar: optional((v2, p4, l4) => known2.workingCalendar = calendarRef(v2, p4, l4)),
    sites: optional(
      remember(
        (v2, p4, l4) => readFields(v2, p4, l4, {
          id: required(readId),
          name: required(readText),
          address: optional(readText),
          contact: optional(readContact),
          hours: optional(calendarRef)
        }),
        (map) => known2.sites = map
      )
    ),
    channels: optional(remember(channelReader(known2), (map) => known2.channels = map)),
    services: optional(
      remember(
        (v2, p4, l4) => readFields(v2, p4, l4, {
          id: required(readId),
          name: required(readText),
          description: optional(readText),
          hours: optional(calendarRef)
        }),
        (map) => known2.services = map
      )
    ),
    promises: optional(remember(promiseReader(known2), (map) => known2.promises = map, LIST_MAXIMA.promises)),
    access: optional(idListOf(readAccessOffer)),
    notices: optional(idListOf(noticeReader(known2))),
    complaints: optional(complaintsReader(known2)),
    feedback: optional(readFeedback),
    feed: optional(readFeedConfig),
    improvements: optional(
      idListOf(
        improvementReader(
          idReader(() => known2.promises, "promises", known2.written),
          idReader(() => known2.services, "services", known2.written)
        )
      )
    ),
    satisfaction: optional(idListOf(readSatisfaction, LIST_MAXIMA.steps))
  });
  if (!read) return void 0;
  const fields = read.fields;
  return {
    language: "en",
    values: [],
    calendars: {},
    sites: [],
    channels: [],
    services: [],
    promises: [],
    access: [],
    notices: [],
    organisation: { name: "" },
    title: "",
    ...fields,
    timeZone: known2.charterTimeZone(),
    version: 2,
    sourceVersion: 2
  };
}
__name(readCharterV2, "readCharterV2");

// src/core/read-charter.ts
init_readers();
function readCharterWith(json, readVersion12) {
  const log = new ProblemLog();
  if (!isObject(json)) {
    log.add("", "must be an object");
    return { charter: void 0, problems: log.problems };
  }
  const version = json.version;
  if (version !== 1 && version !== 2) {
    log.add("version", version === void 0 ? "is required" : "must be 1 or 2");
    readCharterV2({ ...json, version: 2 }, log);
    return { charter: void 0, problems: log.problems };
  }
  if (version === 1 && !readVersion12) {
    log.add("version", "is 1, and the version 1 reader could not be loaded (see the console)");
    return { charter: void 0, problems: log.problems };
  }
  const charter = version === 1 ? readVersion12(json, log) : readCharterV2(json, log);
  return { charter, problems: log.problems };
}
__name(readCharterWith, "readCharterWith");

// src/components/service-charter/load-charter.ts
init_readers();

// src/components/bank-holidays.ts
var feeds = /* @__PURE__ */ new Map();
async function fetchFeed(url) {
  const response = await fetch(url, { credentials: "omit", headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`answered ${response.status} ${response.statusText}`.trim());
  return response.json();
}
__name(fetchFeed, "fetchFeed");
function fetchBankHolidays(url) {
  let feed = feeds.get(url);
  if (!feed) {
    feed = fetchFeed(url);
    feeds.set(url, feed);
    feed.catch(() => feeds.delete(url));
  }
  return feed;
}
__name(fetchBankHolidays, "fetchBankHolidays");

// src/components/fetch-text.ts
async function fetchText(src, accept, signal, fail) {
  let response;
  try {
    response = await fetch(src, { signal, credentials: "omit", headers: { Accept: accept } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw fail(`could not fetch ${src}: ${error.message}`);
  }
  if (!response.ok) throw fail(`${src} answered ${response.status} ${response.statusText}`);
  return { text: await response.text(), contentType: response.headers.get("content-type") };
}
__name(fetchText, "fetchText");

// src/components/service-charter/load-charter.ts
var CharterLoadError = class extends Error {
  constructor(failure, detail) {
    super(`service-charter: ${detail}`);
    this.failure = failure;
    this.detail = detail;
  }
  static {
    __name(this, "CharterLoadError");
  }
};
function parseJson(text, where) {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CharterLoadError("json", `${where} is not valid JSON: ${error.message}`);
  }
}
__name(parseJson, "parseJson");
async function fetchCharterJson(src, signal) {
  const { text } = await fetchText(
    src,
    "application/json",
    signal,
    (detail) => new CharterLoadError("network", detail)
  );
  return parseJson(text, src);
}
__name(fetchCharterJson, "fetchCharterJson");
function inlineCharterJson(host) {
  const script = host.querySelector(':scope > script[type="application/json"]');
  return script ? parseJson(script.textContent ?? "", "the inline charter") : void 0;
}
__name(inlineCharterJson, "inlineCharterJson");
var readVersion1;
var version1Import;
function version1ReaderFor(json) {
  if (readVersion1 || !isObject(json) || json.version !== 1) return void 0;
  return version1Import ??= Promise.resolve().then(() => (init_read_charter_v1(), read_charter_v1_exports)).then(
    (module) => void (readVersion1 = module.readCharterV1),
    (error) => {
      version1Import = void 0;
      console.error("service-charter: the version 1 charter reader could not be loaded", error);
    }
  );
}
__name(version1ReaderFor, "version1ReaderFor");
function readAndReport(json, host) {
  const result = readCharterWith(json, readVersion1);
  if (result.problems.length > 0) {
    const lines = result.problems.map((p4) => `  ${p4.path || "(document)"}: ${p4.message}`).join("\n");
    console.warn(`<${host.localName}>: the charter has ${result.problems.length} problem(s):
${lines}`);
  }
  return result;
}
__name(readAndReport, "readAndReport");
async function loadAndReportBankHolidays(charter, host) {
  const loaded2 = await loadCharterBankHolidays(charter, fetchBankHolidays);
  for (const error of bankHolidayErrors(loaded2))
    console.warn(`<${host.localName}>: bank holidays not loaded: ${error}`);
  return loaded2;
}
__name(loadAndReportBankHolidays, "loadAndReportBankHolidays");

// src/components/service-charter/service-charter.ts
init_bank_holidays();

// src/components/service-charter/service-charter.styles.ts
var charterStyles = i2`
  article {
    background: var(--_surface);
    color: var(--_text);
  }
  .loading {
    min-height: var(--service-charter-loading-height, 16rem);
    color: var(--_muted);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    margin-block-end: var(--_space);
    padding-block-end: calc(var(--_space) * 0.5);
    border-block-end: 4px solid var(--_accent);
  }
  header img {
    max-height: 3rem;
    max-width: 10rem;
  }
  .organisation {
    margin: 0;
    color: var(--_muted);
  }
  section {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .channels {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
  }
  .channel {
    /* Grid and flex items may shrink below their longest word, so a long email wraps. */
    min-width: 0;
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .channel ul,
  .values,
  .stages {
    padding-inline-start: 0;
    list-style: none;
  }
  .channel li + li,
  .values li + li {
    margin-block-start: calc(var(--_space) * 0.75);
  }
  .contact div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .contact dt {
    font-weight: 700;
  }
  .contact dt::after {
    content: ':';
  }
  .contact dd,
  address {
    min-width: 0;
    margin: 0;
    font-style: normal;
  }
  .stages li {
    margin-block-end: calc(var(--_space) * 0.75);
    padding-inline-start: calc(var(--_space) * 0.75);
    border-inline-start: 4px solid var(--_border);
  }
  @media print {
    .problem,
    button {
      display: none;
    }
    .channel {
      break-inside: avoid;
    }
  }
`;

// src/strings/access-words.ts
var displayNames = /* @__PURE__ */ new Map();
function languageName(code, lang, names) {
  if (names[code]) return names[code];
  if (!displayNames.has(lang)) {
    let names2;
    try {
      names2 = new Intl.DisplayNames(lang, { type: "language" });
    } catch {
      names2 = void 0;
    }
    displayNames.set(lang, names2);
  }
  return displayNames.get(lang)?.of(code) ?? code;
}
__name(languageName, "languageName");
function languageList(codes, lang, text) {
  const named = codes.map((code) => languageName(code, lang, text.languageNames));
  return named.length < 2 ? named.join("") : `${named.slice(0, -1).join(", ")}${text.listAnd}${named.at(-1)}`;
}
__name(languageList, "languageList");
function accessOfferWords(offer, lang, text, own, mark = (words) => words) {
  const base = offer.offer === "custom" ? mark(own.replace(/\.$/, "")) : text.accessOffers[offer.offer] ?? mark(own);
  const times = offer.targets.map((target) => targetTimeWords(target, lang, text)).filter(Boolean).map((time) => ` ${fill(text.accessWithin, { time })}`);
  return [base, ...times, "."];
}
__name(accessOfferWords, "accessOfferWords");

// src/components/service-charter/access-view.ts
function accessView(offers, { text, language, pick, plain, marker, headingLevel }) {
  return b2`<section part="access" class="access">
    ${heading(headingLevel, text.access)}
    <ul class="values">
      ${offers.map(
    (offer) => b2`<li data-access=${offer.id}>
            ${accessOfferWords(offer, language, text, plain(offer.text), marker(offer.text))}
            ${offer.offer !== "custom" && offer.text ? b2`<br />${pick(offer.text)}` : ""}
            ${offer.languages?.length ? b2`<br />${fill(text.languages, { languages: languageList(offer.languages, language, text) })}` : ""}
          </li>`
  )}
    </ul>
  </section>`;
}
__name(accessView, "accessView");
function sitesView(ids2, charter, { text, pick, headingLevel }) {
  const sites = ids2.map((id) => charter.sites.find((site) => site.id === id)).filter((s7) => !!s7);
  return b2`<div part="sites" class="sites">
    ${heading(headingLevel, text.sites)}
    <ul>
      ${sites.map(
    (site) => b2`<li data-site=${site.id}>
            <strong>${pick(site.name)}</strong>
            ${site.address ? b2`<address>${pick(site.address)}</address>` : ""}
            ${contactView(site.contact, text, pick)}
            ${site.hours && !site.hours.workingDaysOnly ? b2`<service-hours site=${site.id} heading-level=${headingLevel + 1}></service-hours>` : ""}
          </li>`
  )}
    </ul>
  </div>`;
}
__name(sitesView, "sitesView");

// src/components/notices-view.ts
init_read_schedule();

// src/strings/time-format.ts
init_time_zone();
var formatters2 = /* @__PURE__ */ new Map();
function formatter(language, timeZone, options) {
  const lang = language === "en" ? "en-GB" : language;
  const key = `${lang}|${timeZone}|${JSON.stringify(options)}`;
  let format = formatters2.get(key);
  if (!format) formatters2.set(key, format = new Intl.DateTimeFormat(lang, { ...options, timeZone }));
  return format;
}
__name(formatter, "formatter");
function formatTime(at, timeZone, lang) {
  if (!lang.startsWith("en"))
    return formatter(lang, timeZone, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);
  const parts = formatter("en-GB", timeZone, { hour: "numeric", minute: "2-digit", hour12: true }).formatToParts(at);
  const part = /* @__PURE__ */ __name((type) => parts.find((p4) => p4.type === type)?.value ?? "", "part");
  const minute = part("minute");
  const hour = part("hour") === "0" ? "12" : part("hour");
  return `${hour}${minute === "00" ? "" : `:${minute}`}${part("dayPeriod").toLowerCase().replace(/\./g, "")}`;
}
__name(formatTime, "formatTime");
function formatDate(at, timeZone, lang, today) {
  const withYear = today !== void 0 && !sameLocalYear(at, today, timeZone);
  const options = { weekday: "long", day: "numeric", month: "long" };
  if (withYear) options.year = "numeric";
  return formatter(lang, timeZone, options).format(at).replace(",", "");
}
__name(formatDate, "formatDate");
function formatWeekday(at, timeZone, lang) {
  return formatter(lang, timeZone, { weekday: "long" }).format(at);
}
__name(formatWeekday, "formatWeekday");
var daysBetween = /* @__PURE__ */ __name((from, to, timeZone) => (Date.parse(localDateOf(timeZone, to)) - Date.parse(localDateOf(timeZone, from))) / DAY_MS, "daysBetween");
var sameLocalYear = /* @__PURE__ */ __name((a3, b3, timeZone) => localDateOf(timeZone, a3).slice(0, 4) === localDateOf(timeZone, b3).slice(0, 4), "sameLocalYear");
function timeZoneName(timeZone, lang, at) {
  const parts = formatter(lang, timeZone, { timeZoneName: "longGeneric" }).formatToParts(at);
  return parts.find((p4) => p4.type === "timeZoneName")?.value ?? timeZone;
}
__name(timeZoneName, "timeZoneName");
var visitorTimeZone = /* @__PURE__ */ __name(() => Intl.DateTimeFormat().resolvedOptions().timeZone, "visitorTimeZone");

// src/strings/time-words.ts
init_schedule_types();
init_time_zone();
init_date_names();
function fullDate(at, timeZone, lang, names, today) {
  if (intlSpeaks(lang)) return formatDate(at, timeZone, lang, today);
  const date = localDateOf(timeZone, at);
  const withYear = today !== void 0 && !sameLocalYear(at, today, timeZone);
  return fill(withYear ? names.dateFormatWithYear : names.dateFormat, {
    weekday: weekdayName(at, timeZone, lang, names),
    day: Number(date.slice(8, 10)),
    month: names.monthNames[Number(date.slice(5, 7)) - 1],
    year: date.slice(0, 4)
  });
}
__name(fullDate, "fullDate");
function weekdayName(at, timeZone, lang, names) {
  if (intlSpeaks(lang)) return formatWeekday(at, timeZone, lang);
  return names.weekdayNames[WEEKDAYS.indexOf(weekdayOf(localDateOf(timeZone, at)))];
}
__name(weekdayName, "weekdayName");
function formatLocalDate2(date, lang, names) {
  return fullDate(/* @__PURE__ */ new Date(`${date}T12:00:00Z`), "UTC", lang, names);
}
__name(formatLocalDate2, "formatLocalDate");

// src/components/notices-view.ts
function untilWords(notice2, { text, language, timeZone }) {
  if (isLocalDate(notice2.until)) return fill(text.noticeUntil, { date: formatLocalDate2(notice2.until, language, text) });
  const at = new Date(notice2.until);
  return fill(text.noticeUntilTime, {
    time: formatTime(at, timeZone, language),
    date: fullDate(at, timeZone, language, text)
  });
}
__name(untilWords, "untilWords");
function noticesView(notices, context) {
  if (notices.length === 0) return A;
  return notices.map(
    (notice2) => b2`<p part="notice" class="notice" data-notice=${notice2.id}>
        <strong>${context.text.noticeLabel}</strong> ${context.pick(notice2.text)} ${untilWords(notice2, context)}
      </p>`
  );
}
__name(noticesView, "noticesView");
var noticeStyles = i2`
  .notice {
    margin-block: 0 calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border-inline-start: 6px solid var(--_accent);
    background: var(--_surface);
    color: var(--_text);
  }
`;

// src/core/active-notices.ts
var isOrganisationWide = /* @__PURE__ */ __name((notice2) => notice2.channels.length + notice2.services.length + notice2.promises.length === 0, "isOrganisationWide");
function nextNoticeChange(notices, now) {
  const later = notices.flatMap((n6) => [n6.startsAt ?? -Infinity, n6.endsAt]).filter((t6) => t6 > now);
  return later.length ? new Date(Math.min(...later)) : null;
}
__name(nextNoticeChange, "nextNoticeChange");

// src/core/notices.ts
var isNoticeActive = /* @__PURE__ */ __name((notice2, at) => (notice2.startsAt === void 0 || notice2.startsAt <= at.getTime()) && at.getTime() < notice2.endsAt, "isNoticeActive");
var affectsAll = /* @__PURE__ */ __name((notice2) => !notice2.channels.length && !notice2.services.length && !notice2.promises.length, "affectsAll");
function activeNotices(charter, at, scope = {}) {
  if (charter.notices.length === 0) return [];
  const promise = scope.promise ? charter.promises.find((p4) => p4.id === scope.promise) : void 0;
  const channel = scope.channel ?? promise?.channel;
  const service = scope.service ?? promise?.service;
  const scoped = scope.channel !== void 0 || scope.service !== void 0 || scope.promise !== void 0;
  return charter.notices.filter(
    (notice2) => isNoticeActive(notice2, at) && (!scoped || affectsAll(notice2) || channel !== void 0 && notice2.channels.includes(channel) || service !== void 0 && notice2.services.includes(service) || scope.promise !== void 0 && notice2.promises.includes(scope.promise))
  );
}
__name(activeNotices, "activeNotices");

// src/controllers/next-change.ts
var NextChangeController = class {
  constructor(host, clock, nextChange2) {
    this.host = host;
    this.clock = clock;
    this.nextChange = nextChange2;
    this.onVisible = /* @__PURE__ */ __name(() => {
      if (document.visibilityState === "visible") this.host.requestUpdate();
    }, "onVisible");
    host.addController(this);
  }
  static {
    __name(this, "NextChangeController");
  }
  hostConnected() {
    document.addEventListener("visibilitychange", this.onVisible);
  }
  hostDisconnected() {
    document.removeEventListener("visibilitychange", this.onVisible);
    this.cancel?.();
    this.cancel = void 0;
  }
  /** After each render, arm one timer for the next change. */
  hostUpdated() {
    this.cancel?.();
    const next = this.nextChange();
    if (!next) return;
    const clock = this.clock();
    this.cancel = clock.setTimer(() => this.host.requestUpdate(), +next - clock.now());
  }
};

// src/controllers/render-batches.ts
var FIRST_BATCH = 8;
var BATCH_TARGET_MS = 20;
var RenderBatches = class {
  constructor(host, settled) {
    this.host = host;
    this.settled = settled;
    /** How many items the host renders now. */
    this.budget = o5 ? Infinity : FIRST_BATCH;
    this.size = FIRST_BATCH;
    this.all = true;
    this.waiting = [];
    host.addController(this);
  }
  static {
    __name(this, "RenderBatches");
  }
  /** From `render()`: whether it rendered every item. */
  rendered(all) {
    this.all = all;
  }
  hostConnected() {
    if (!this.host.hasUpdated && this.host.shadowRoot?.hasChildNodes()) this.budget = Infinity;
    if (!this.all) this.host.requestUpdate();
  }
  /** A host taken off the page stops rendering batches (and no longer keeps `complete()` waiting) until it is back. */
  hostDisconnected() {
    clearTimeout(this.timer);
    this.timer = void 0;
    this.finish();
  }
  hostUpdated() {
    if (this.all) this.finish();
    else if (this.timer === void 0 && this.host.isConnected) this.timer = setTimeout(() => void this.next(), 0);
  }
  /** Resolves once the host has rendered every item (at once if it has, or if it is off the page). */
  complete() {
    return this.all || !this.host.isConnected ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }
  async next() {
    this.timer = void 0;
    const started = performance.now();
    this.budget += this.size;
    this.host.requestUpdate();
    await this.settled();
    const took = performance.now() - started;
    this.size = Math.max(1, Math.min(100, Math.round(this.size * BATCH_TARGET_MS / Math.max(took, 1))));
  }
  finish() {
    for (const resolve of this.waiting.splice(0)) resolve();
  }
};

// src/core/performance-share.ts
var promiseShare = /* @__PURE__ */ __name((promise) => promise.targets.find((target) => target.percent !== void 0)?.percent, "promiseShare");
function withShareTarget(performance2, promise) {
  const share = promise && promiseShare(promise);
  if (!performance2 || share === void 0 || performance2.unit !== "percent") return performance2;
  if (performance2.periods.every((period) => period.target !== void 0)) return performance2;
  return {
    ...performance2,
    periods: performance2.periods.map((period) => period.target === void 0 ? { ...period, target: share } : period)
  };
}
__name(withShareTarget, "withShareTarget");

// src/core/performance.ts
var byPeriod = /* @__PURE__ */ __name((a3, b3) => a3.period < b3.period ? -1 : a3.period > b3.period ? 1 : 0, "byPeriod");
function latestFigure(performance2) {
  const reported = (performance2?.periods ?? []).filter((p4) => p4.achieved !== null);
  return reported.sort(byPeriod).at(-1);
}
__name(latestFigure, "latestFigure");
function meetsTarget(period, better) {
  if (period.target === void 0) return void 0;
  return better === "lower" ? period.achieved <= period.target : period.achieved >= period.target;
}
__name(meetsTarget, "meetsTarget");

// src/components/service-promise/performance-icons.ts
var verdictIcon = b2`<span class="icon" aria-hidden="true"></span>`;

// src/components/service-promise/latest-figure.ts
var figureIn = /* @__PURE__ */ __name((performance2, { text, language }) => (amount) => formatFigure(amount, performance2.unit, language, text.units), "figureIn");
function latestFigureLine(performance2, context, measure) {
  const latest = latestFigure(performance2);
  if (!performance2 || !latest) return A;
  const { text, language } = context;
  const value = figureIn(performance2, context);
  const met = meetsTarget(latest, performance2.better);
  const figures = latest.target === void 0 ? fill(text.achievedNoTarget, { achieved: value(latest.achieved) }) : fill(text.achieved, { achieved: value(latest.achieved), target: value(latest.target) });
  const period = fill(text.period, { period: formatPeriod(latest.period, language, text.quarter, text.months) });
  const line = `${figures} ${period}`;
  const words = !measure ? line : typeof measure === "string" ? `${line} (${measure})` : b2`${line} (${measure})`;
  if (met === void 0) return b2`<p part="performance" class="performance"><span> ${words}</span></p>`;
  return b2`<p part="performance" class="performance ${met ? "met" : "missed"}">${verdictIcon}<span><span class="verdict">${`${met ? text.met : text.missed}:`}</span> ${words}</span></p>`;
}
__name(latestFigureLine, "latestFigureLine");

// src/components/service-promise/promise-view.ts
function promiseView(promise, notices, context) {
  const { text, language, pick, plain, marker, charter } = context;
  const own = plain(promise.text);
  const commitment = promiseCommitment(promise, nounKeyOf(promise, charter), language, text);
  const sentence = commitment !== void 0 && joined(
    withQualifier(commitment, plain(promise.qualifier), text, (w2) => aimSentence(w2, text), marker(promise.qualifier))
  );
  const guarantee = promise.guarantee && b2`<p part="guarantee" class="guarantee">
      <strong>${text.guaranteeLabel}:</strong> ${guaranteeWords(
    promise.guarantee,
    plain(promise.guarantee.condition),
    language,
    text,
    marker(promise.guarantee.condition)
  )}
    </p>`;
  const figure = latestFigureLine(
    withShareTarget(promise.performance, promise),
    { text, language },
    promise.performance?.measure ? pick(promise.performance.measure) : void 0
  );
  const noticeLines = noticesView(notices, { text, language, pick, timeZone: charter?.timeZone ?? "UTC" });
  const ownText = own ? b2`<p part="text" class="text">${pick(promise.text)}</p>` : A;
  const target = sentence ? b2`<p part="target" class=${own ? "target" : "text"}>${sentence}</p>` : customTarget(promise, context);
  return [noticeLines, ownText, target, guarantee, figure].filter((block) => block && block !== A);
}
__name(promiseView, "promiseView");
function customTarget(promise, { text, language, plain, marker }) {
  if (promise.targets.length === 0) return A;
  const words = customTargetWords(promise.targets, language, text);
  const qualified = joined(withQualifier(words, plain(promise.qualifier), text, (w2) => w2, marker(promise.qualifier)));
  return b2`<p part="target" class="target"><span class="visually-hidden">${text.target}: </span>${qualified}</p>`;
}
__name(customTarget, "customTarget");
var joined = /* @__PURE__ */ __name((words) => words.every((word) => typeof word === "string") ? words.join("") : words, "joined");

// src/components/service-promise/service-promise.styles.ts
var promiseStyles = i2`
  .text {
    margin-block-end: calc(var(--_space) * 0.25);
    font-weight: 600;
  }
  .target {
    margin-block-end: calc(var(--_space) * 0.25);
    color: var(--_muted);
  }
  .performance {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    margin: 0;
  }
  .performance .icon {
    width: 1.25em;
    height: 1.25em;
    margin-block-start: 0.125em;
  }
  /* The verdict's shape (performance-icons.ts): a tick in a circle, or a cross in a square. */
  .icon {
    position: relative;
    flex: none;
    display: inline-block;
    width: 1em;
    height: 1em;
    background: currentColor;
    -webkit-print-color-adjust: exact;
    print-color-adjust: exact;
  }
  .icon::before,
  .icon::after {
    content: '';
    position: absolute;
    color: var(--_surface);
    border: 0 solid;
    transform: rotate(45deg);
  }
  .met > .icon {
    color: var(--_success);
    border-radius: 50%;
  }
  .met > .icon::after {
    inset: 18% 36% 28% 36%;
    border-width: 0 0.11em 0.11em 0;
  }
  .missed > .icon {
    color: var(--_error);
    transform: scale(0.9);
  }
  .missed > .icon::before,
  .missed > .icon::after {
    inset: 44% 14%;
    background: currentColor;
  }
  .missed > .icon::after {
    transform: rotate(-45deg);
  }
  @media (forced-colors: active) {
    .icon {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .icon::before,
    .icon::after {
      color: Canvas;
    }
  }
  .verdict {
    font-weight: 700;
  }
`;

// src/controllers/async-load.ts
var AsyncLoad = class {
  constructor(host, options) {
    this.host = host;
    this.options = options;
    this.status = "initial";
    host.addController(this);
  }
  static {
    __name(this, "AsyncLoad");
  }
  hostUpdate() {
    const args = this.options.args();
    const last = this.lastArgs;
    if (!last || args.length !== last.length || args.some((arg, index) => arg !== last[index])) void this.run(args);
  }
  /** Runs the load now (again, after a failure), with the current `args` unless given. */
  async run(args = this.options.args()) {
    this.lastArgs = args;
    this.running?.abort();
    const running = this.running = new AbortController();
    this.status = "pending";
    this.host.requestUpdate();
    let value;
    let failure;
    try {
      value = await this.options.load(args, { signal: running.signal });
    } catch (error) {
      failure = { error };
    }
    if (this.running !== running) return;
    this.value = value;
    this.error = failure?.error;
    this.status = failure ? "error" : "complete";
    if (failure) this.options.onError?.(failure.error);
    else this.options.onComplete?.(value);
    this.host.requestUpdate();
  }
  /** The view of where the load stands. */
  render(views) {
    return this.status === "complete" ? views.complete(this.value) : this.status === "error" ? views.error(this.error) : views[this.status]();
  }
};

// src/core/promise-name.ts
function promiseName(promise, charter) {
  const owner = charter?.channels.find((c5) => c5.id === promise.channel) ?? charter?.services.find((s7) => s7.id === promise.service);
  return promise.performance?.measure ?? promise.text ?? owner?.name ?? promise.id;
}
__name(promiseName, "promiseName");

// src/components/service-you-said-we-did/improvements-view.ts
function monthOrDay(value, { language, text }) {
  const month = formatPeriod(value.slice(0, 7), language, text.quarter, text.months);
  return value.length > 7 ? `${Number(value.slice(8))} ${month}` : month;
}
__name(monthOrDay, "monthOrDay");
function about(improvement, charter, context) {
  const kind = improvement.promise === void 0 ? "service" : "promise";
  const id = improvement.promise ?? improvement.service;
  const promise = charter?.promises.find((p4) => p4.id === id);
  const name = kind === "promise" ? promise && promiseName(promise, charter) : charter?.services.find((s7) => s7.id === id)?.name;
  if (id === void 0 || name === void 0) return void 0;
  const href = context.href?.(kind, id);
  const shown = context.pick(name);
  return href ? b2`<a href=${href}>${shown}</a>` : shown;
}
__name(about, "about");
function improvementsView(improvements, charter, context) {
  const { text, pick } = context;
  return b2`<section part="improvements" class="improvements">
    ${heading(context.headingLevel, text.youSaidWeDid)}
    <ul>
      ${improvements.map((improvement) => {
    const done = monthOrDay(improvement.doneOn, context);
    const when = improvement.saidOn ? fill(text.saidAndDone, { said: monthOrDay(improvement.saidOn, context), done }) : fill(text.changedOn, { done });
    const shown = about(improvement, charter, context);
    const rows = [
      [text.youSaid, pick(improvement.youSaid)],
      [text.weDid, pick(improvement.weDid)],
      [text.changedWhen, when],
      ...shown === void 0 ? [] : [[text.aboutThis, shown]]
    ];
    return b2`<li part="improvement" data-improvement=${improvement.id}>
          <dl>
            ${rows.map(
      ([term, words]) => b2`<dt>${term}</dt>
                  <dd>${words}</dd>`
    )}
          </dl>
        </li>`;
  })}
    </ul>
  </section>`;
}
__name(improvementsView, "improvementsView");
function followInPageLink(event, root) {
  const link = event.composedPath()[0]?.closest?.('a[href^="#"]');
  const target = link && root?.getElementById(link.getAttribute("href").slice(1));
  if (!target) return;
  event.preventDefault();
  target.tabIndex = -1;
  target.focus();
}
__name(followInPageLink, "followInPageLink");
var improvementStyles = i2`
  .improvements ul {
    padding: 0;
    list-style: none;
  }
  .improvements li + li {
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }
  .improvements dt {
    font-weight: 700;
  }
  .improvements dd {
    margin: 0 0 calc(var(--_space) * 0.5);
  }
`;

// src/components/service-charter/service-charter.ts
var noNotices = [];
var _a, _b;
var ServiceCharter = class extends (_b = ServiceElement, _a = CHARTER_PROVIDER, _b) {
  constructor() {
    super();
    /** Marks this element as a charter for the elements inside, under any tag name, with the chunks it waits for. @internal */
    this[_a] = {};
    this.headingLevel = 2;
    /** Draws the promises a batch at a time: the first screenful at once, the rest in later tasks. */
    this.batches = new RenderBatches(this, () => this.batchSettled());
    this.loader = new AsyncLoad(this, {
      args: /* @__PURE__ */ __name(() => [
        this.inHand ? void 0 : this.src,
        this.charter === void 0 ? this.inline?.error : void 0,
        this.inHand
      ], "args"),
      load: /* @__PURE__ */ __name(async ([src, inlineError, inHand], { signal }) => {
        if (inlineError) throw inlineError;
        const result = inHand ?? (src ? await this.fetchAndRead(src, signal) : void 0);
        return result?.charter ? { ...result, charter: await loadAndReportBankHolidays(result.charter, this) } : result;
      }, "load"),
      onComplete: /* @__PURE__ */ __name((result) => {
        this.provided = result?.charter ? { charter: result.charter } : void 0;
        if (result?.charter) this.dispatchEvent(new CharterLoadEvent(result.charter, result.problems));
      }, "onComplete"),
      onError: /* @__PURE__ */ __name((error) => {
        this.provided = void 0;
        if (error instanceof CharterLoadError) console.error(error.message);
      }, "onError")
    });
    /** Each promise's blocks as last drawn, and what they were drawn from. */
    this.drawn = /* @__PURE__ */ new WeakMap();
    this.addEventListener("click", (event) => followInPageLink(event, this.shadowRoot));
    new NextChangeController(
      this,
      () => this.activeClock,
      () => nextNoticeChange(this.provided?.charter.notices ?? [], this.activeClock.now())
    );
  }
  static {
    __name(this, "ServiceCharter");
  }
  static {
    /** This element's built-in English strings (Welsh arrives when needed: strings/languages.ts). */
    this.builtInStrings = {
      en: { ...en, ...en2, ...en3, ...en4, ...en5, ...en6 }
    };
  }
  static {
    /** The shared defaults, then this element's own styles. */
    this.styles = [baseStyles, problemStyles, noticeStyles, promiseStyles, improvementStyles, charterStyles];
  }
  /**
   * The chunks an update needs, so the charter never shows a document half read: the version 1
   * reader for a version 1 document in hand, and the JSON-LD builder once `structured-data`
   * asks for it (most pages need neither).
   */
  chunksToWait() {
    const reader = version1ReaderFor(this.charter ?? this.inline?.json);
    this[CHARTER_PROVIDER].pending = reader;
    return [reader, this.jsonLdReady()];
  }
  whileFirstHeld() {
    if ([...this.renderRoot.children].some((child) => !(child instanceof HTMLStyleElement))) return;
    this.heldRoom ??= this.renderRoot.appendChild(
      Object.assign(document.createElement("div"), { className: "loading" })
    );
    this.heldRoom.setAttribute("part", "loading");
  }
  update(changed) {
    this.heldRoom?.remove();
    this.heldRoom = void 0;
    super.update(changed);
  }
  jsonLdReady() {
    if (this.structuredData == null || o5) return void 0;
    return this.jsonLd ??= Promise.resolve().then(() => (init_charter_json_ld(), charter_json_ld_exports)).then(
      ({ addCharterJsonLd: addCharterJsonLd2 }) => addCharterJsonLd2(this, () => ({
        charter: this.provided?.charter,
        structuredData: this.structuredData,
        language: this.pageLanguage,
        now: this.activeClock.now()
      })),
      (error) => {
        this.jsonLd = void 0;
        console.error("<service-charter>: the structured data could not be loaded", error);
      }
    );
  }
  /** Resolves once the charter has drawn every promise (in batches: see the class comment). */
  async getUpdateComplete() {
    await super.getUpdateComplete();
    await this.batches.complete();
    return this.batchSettled();
  }
  /** This element's update, without waiting for later batches. */
  batchSettled() {
    return super.getUpdateComplete();
  }
  get currentCharter() {
    return this.provided?.charter;
  }
  connectedCallback() {
    super.connectedCallback();
    try {
      this.inline = { json: inlineCharterJson(this) };
    } catch (error) {
      this.inline = { error };
    }
  }
  willUpdate(changed) {
    if (changed.has("charter") || changed.has("inline")) this.readInHand();
    if (changed.has("headingLevel")) this.headingLevel = clampLevel(this.headingLevel);
    if (changed.has("now") || changed.has("clock") || !this.providedClock) this.providedClock = this.activeClock;
  }
  /** The document at `src`, read (with the version 1 reader first, for a version 1 document). */
  async fetchAndRead(src, signal) {
    const json = await fetchCharterJson(src, signal);
    await version1ReaderFor(json);
    return readAndReport(json, this);
  }
  readInHand() {
    const json = this.charter ?? this.inline?.json;
    this.inHand = json === void 0 ? void 0 : readAndReport(json, this);
    if (this.inHand) this.provided = this.inHand.charter ? { charter: this.inHand.charter } : void 0;
  }
  render() {
    this.batches.rendered(true);
    if (this.inHand)
      return this.renderRead(this.provided ? { ...this.inHand, charter: this.provided.charter } : this.inHand);
    return this.loader.render({
      initial: /* @__PURE__ */ __name(() => this.renderLoading(), "initial"),
      pending: /* @__PURE__ */ __name(() => this.renderLoading(), "pending"),
      complete: /* @__PURE__ */ __name((result) => this.renderRead(result), "complete"),
      error: /* @__PURE__ */ __name((error) => this.renderProblem(
        error instanceof CharterLoadError && error.failure === "json" ? this.text.invalidJson : this.text.networkError,
        void 0,
        error instanceof CharterLoadError && error.failure === "network"
      ), "error")
    });
  }
  renderRead(result) {
    return result?.charter ? this.renderCharter(result.charter, result.problems) : this.renderProblem(this.text.invalidCharter, result?.problems);
  }
  charterView(headingLevel) {
    return {
      text: this.text,
      language: this.language,
      pick: /* @__PURE__ */ __name((t6) => this.charterText(t6), "pick"),
      plain: /* @__PURE__ */ __name((t6) => this.pick(t6), "plain"),
      marker: /* @__PURE__ */ __name((t6) => this.charterMarker(t6), "marker"),
      headingLevel
    };
  }
  renderLoading() {
    return b2`<div part="loading" class="loading">
      <p role="status">${this.src || this.charter ? this.text.loading : A}</p>
    </div>`;
  }
  renderProblem(message, problems, canRetry = false) {
    return b2`<div part="problem" class="problem" role="alert">
      ${heading(this.headingLevel, this.text.problemTitle)}
      <p>${message}</p>
      ${problems?.length ? this.renderProblemList(problems) : A}
      ${canRetry ? b2`<button type="button" @click=${() => this.loader.run()}>${this.text.retry}</button>` : A}
    </div>`;
  }
  renderProblemList(problems) {
    return b2`<ul>
      ${problems.map((p4) => b2`<li><code>${p4.path || "(document)"}</code>: ${p4.message}</li>`)}
    </ul>`;
  }
  renderCharter(charter, problems) {
    const level = this.headingLevel;
    const { organisation } = charter;
    const name = this.charterText(organisation.name);
    const shown = this.shownPromises(charter);
    this.batches.rendered(shown.all);
    return b2`<article part="charter" aria-labelledby="title">
      <header part="header">
        ${organisation.logo ? b2`<img src=${organisation.logo.src} alt=${this.pick(organisation.logo.alt)} />` : A}
        <div>
          ${heading(level, this.pick(charter.title) ? this.charterText(charter.title) : this.text.untitledCharter, "title", "title")}
          ${name ? b2`<p class="organisation">
                  ${organisation.url ? b2`<a href=${organisation.url}>${name}</a>` : name}
                </p>` : A}
        </div>
      </header>
      ${problems.length ? b2`<div part="problem" class="problem">
              <p>${this.text.partlyInvalid}</p>
              ${this.renderProblemList(problems)}
            </div>` : A}
      ${bankHolidayErrors(charter).length ? b2`<p part="problem" class="problem">${this.text.bankHolidaysFailed}</p>` : A}
      ${this.noticesOf(charter, (notice2) => isOrganisationWide(notice2))}
      ${charter.vision ? b2`<section part="vision">
              ${heading(level + 1, this.text.vision)}
              <p>${this.charterText(charter.vision)}</p>
            </section>` : A}
      ${charter.values.length ? this.renderValues(charter) : A}
      ${charter.channels.length || charter.promises.length ? this.renderPromises(charter, shown) : A}
      ${shown.all ? this.renderAfterPromises(charter) : A}
    </article>`;
  }
  /** What follows the promises, once every promise is drawn: access, the complaints policy and the slot. */
  renderAfterPromises(charter) {
    const level = this.headingLevel;
    return b2`${charter.access.length ? accessView(charter.access, this.charterView(level + 1)) : A}
      ${charter.improvements?.length ? this.renderImprovements(charter) : A}
      ${charter.complaints ? complaintsView(charter.complaints, this.charterView(level + 1)) : A} <slot></slot>`;
  }
  /** "You said, we did", each entry linked to its promise or service above. */
  renderImprovements(charter) {
    return improvementsView(charter.improvements, charter, {
      text: this.text,
      language: this.language,
      pick: /* @__PURE__ */ __name((t6) => this.charterText(t6), "pick"),
      headingLevel: this.headingLevel + 1,
      href: /* @__PURE__ */ __name((about2, id) => `#${about2}-${id}`, "href")
    });
  }
  renderValues(charter) {
    return b2`<section part="values">
      ${heading(this.headingLevel + 1, this.text.values)}
      <ul class="values">
        ${charter.values.map(
      (value) => b2`<li>
              <strong>${this.charterText(value.name)}</strong
              >${value.description ? b2` — ${this.charterText(value.description)}` : A}
            </li>`
    )}
      </ul>
    </section>`;
  }
  /** The notices in force now that `about` selects, prominently. */
  noticesOf(charter, about2) {
    const notices = activeNotices(charter, new Date(this.activeClock.now())).filter(about2);
    return noticesView(notices, {
      text: this.text,
      language: this.language,
      pick: /* @__PURE__ */ __name((t6) => this.charterText(t6), "pick"),
      timeZone: charter.timeZone
    });
  }
  /**
   * Promises by channel, then by service, then those for everyone, as far as `shown` reaches:
   * a group not yet reached is left out, so nothing already drawn moves when it arrives.
   */
  renderPromises(charter, shown) {
    const list = this.promiseList(charter);
    return b2`<section part="promises">
      ${heading(this.headingLevel + 1, this.text.promises)}
      <div class="channels">
        ${shown.channels.map(([channel, promises]) => this.renderChannel(channel, charter, list(promises)))}
        ${shown.services.map(([service, promises]) => this.renderService(service, charter, list(promises)))}
      </div>
      ${shown.everyone?.length ? b2`<section part="everyone" class="everyone">
              ${heading(this.headingLevel + 2, this.text.everyonePromises)} ${list(shown.everyone)}
            </section>` : A}
    </section>`;
  }
  /** The groups of promises to render now: the first `batches.budget` promises in reading order. */
  shownPromises(charter) {
    let left = this.batches.budget;
    let cut = false;
    const take = /* @__PURE__ */ __name((promises) => {
      if (cut || left <= 0 && promises.length > 0) return void (cut = true);
      const part = promises.slice(0, left);
      left -= part.length;
      cut = part.length < promises.length;
      return part;
    }, "take");
    const groups = /* @__PURE__ */ __name((items, of) => items.flatMap((item) => {
      const part = take(of(item));
      return part ? [[item, part]] : [];
    }), "groups");
    const channels = groups(charter.channels, (channel) => charter.promises.filter((p4) => p4.channel === channel.id));
    const services = groups(
      charter.services.filter((service) => charter.promises.some((p4) => p4.service === service.id)),
      (service) => charter.promises.filter((p4) => p4.service === service.id && !p4.channel)
    );
    const everyone = take(charter.promises.filter((promise) => !promise.channel && !promise.service));
    return { channels, services, everyone, all: !cut };
  }
  /**
   * Draws a list of promises into this shadow root, each with the notices in force that name it
   * (those of its channel or service are shown beside the channel). The words of a promise are
   * worked out again only when what they come from changed: not for each later batch.
   */
  promiseList(charter) {
    const context = { ...this.charterView(0), charter };
    const notices = /* @__PURE__ */ new Map();
    for (const notice2 of activeNotices(charter, new Date(this.activeClock.now())))
      for (const id of notice2.promises) notices.set(id, [...notices.get(id) ?? [], notice2]);
    const blocksOf = /* @__PURE__ */ __name((promise) => {
      const own = notices.get(promise.id) ?? noNotices;
      const from = [own, this.language, this.pageLanguage, this.strings];
      const last = this.drawn.get(promise);
      if (last?.from.every((value, i7) => value === from[i7])) return last.blocks;
      const blocks = promiseView(promise, own, context);
      this.drawn.set(promise, { from, blocks });
      return blocks;
    }, "blocksOf");
    return (promises) => promises.length ? b2`<ul>
            ${promises.map(
      // prettier-ignore
      (promise) => b2`<li id="promise-${promise.id}"><div part="promise">${blocksOf(promise)}</div></li>`
    )}
          </ul>` : A;
  }
  renderChannel(channel, charter, promises) {
    return b2`<section part="channel" class="channel" data-channel=${channel.id}>
      ${heading(this.headingLevel + 2, this.charterText(channel.name))}
      ${this.noticesOf(charter, (n6) => n6.channels.includes(channel.id))}
      ${channel.description ? b2`<p>${this.charterText(channel.description)}</p>` : A}
      ${contactView(channel.contact, this.text, (t6) => this.charterText(t6))}
      ${channel.sites?.length ? sitesView(channel.sites, charter, this.charterView(this.headingLevel + 3)) : A}
      ${channel.languages?.length ? b2`<p class="languages">
              ${fill(this.text.languages, { languages: languageList(channel.languages, this.language, this.text) })}
            </p>` : A}
      ${promises}
    </section>`;
  }
  renderService(service, charter, promises) {
    return b2`<section part="service" class="channel service" id="service-${service.id}" data-service=${service.id}>
      ${heading(this.headingLevel + 2, this.charterText(service.name))}
      ${this.noticesOf(charter, (n6) => n6.services.includes(service.id))}
      ${service.description ? b2`<p>${this.charterText(service.description)}</p>` : A} ${promises}
    </section>`;
  }
};
__decorateClass([
  n5()
], ServiceCharter.prototype, "src", 2);
__decorateClass([
  n5({ attribute: false })
], ServiceCharter.prototype, "charter", 2);
__decorateClass([
  n5({ type: Number, attribute: "heading-level" })
], ServiceCharter.prototype, "headingLevel", 2);
__decorateClass([
  n5({ attribute: "structured-data" })
], ServiceCharter.prototype, "structuredData", 2);
__decorateClass([
  e2({ context: charterContext }),
  r5()
], ServiceCharter.prototype, "provided", 2);
__decorateClass([
  e2({ context: clockContext }),
  r5()
], ServiceCharter.prototype, "providedClock", 2);
__decorateClass([
  r5()
], ServiceCharter.prototype, "inline", 2);

// src/define/define.ts
function defineElement(tag, element) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
__name(defineElement, "defineElement");

// src/components/service-promise/service-promise.ts
init_promise_v1();
var ServicePromise = class extends ServiceElement {
  constructor() {
    super();
    this.promiseId = "";
    this.ownNoticesOnly = false;
    new NextChangeController(
      this,
      () => this.activeClock,
      () => nextNoticeChange(this.currentCharter?.notices ?? [], this.activeClock.now())
    );
  }
  static {
    __name(this, "ServicePromise");
  }
  static {
    /** This element's built-in English strings (Welsh arrives when needed: strings/languages.ts). */
    this.builtInStrings = {
      en: { ...en3, ...en4, ...en5, ...en2 }
    };
  }
  static {
    /** The shared defaults, then this element's own styles. */
    this.styles = [baseStyles, noticeStyles, promiseStyles];
  }
  get shownPromise() {
    const promise = this.promise ?? this.currentCharter?.promises.find((p4) => p4.id === this.promiseId);
    return promise && asCharterPromise(promise);
  }
  render() {
    const promise = this.shownPromise;
    if (!promise) return A;
    const charter = this.currentCharter;
    const inForce = charter ? activeNotices(charter, new Date(this.activeClock.now()), { promise: promise.id }) : [];
    const notices = this.ownNoticesOnly ? inForce.filter((notice2) => notice2.promises.includes(promise.id)) : inForce;
    const blocks = promiseView(promise, notices, {
      text: this.text,
      language: this.language,
      pick: /* @__PURE__ */ __name((t6) => this.charterText(t6), "pick"),
      plain: /* @__PURE__ */ __name((t6) => this.pick(t6), "plain"),
      marker: /* @__PURE__ */ __name((t6) => this.charterMarker(t6), "marker"),
      charter
    });
    return b2`<div part="promise">${blocks}</div>`;
  }
};
__decorateClass([
  n5({ attribute: "promise-id" })
], ServicePromise.prototype, "promiseId", 2);
__decorateClass([
  n5({ attribute: false })
], ServicePromise.prototype, "promise", 2);
__decorateClass([
  n5({ type: Boolean, attribute: "own-notices-only" })
], ServicePromise.prototype, "ownNoticesOnly", 2);

// src/define/service-promise.ts
defineElement("service-promise", ServicePromise);

// src/define/service-charter.ts
defineElement("service-charter", ServiceCharter);

// node_modules/@lit/reactive-element/decorators/base.js
var e6 = /* @__PURE__ */ __name((e9, t6, c5) => (c5.configurable = true, c5.enumerable = true, Reflect.decorate && "object" != typeof t6 && Object.defineProperty(e9, t6, c5), c5), "e");

// node_modules/@lit/reactive-element/decorators/query.js
function e7(e9, r7) {
  return (n6, s7, i7) => {
    const o8 = /* @__PURE__ */ __name((t6) => t6.renderRoot?.querySelector(e9) ?? null, "o");
    if (r7) {
      const { get: e10, set: r8 } = "object" == typeof s7 ? n6 : i7 ?? /* @__PURE__ */ (() => {
        const t6 = /* @__PURE__ */ Symbol();
        return { get() {
          return this[t6];
        }, set(e11) {
          this[t6] = e11;
        } };
      })();
      return e6(n6, s7, { get() {
        let t6 = e10.call(this);
        return void 0 === t6 && (t6 = o8(this), (null !== t6 || this.hasUpdated) && r8.call(this, t6)), t6;
      } });
    }
    return e6(n6, s7, { get() {
      return o8(this);
    } });
  };
}
__name(e7, "e");

// src/core/schedule-days.ts
init_schedule_types();
init_time_zone();
var SEARCH_LIMIT_DAYS = 5 * 366;
function instantOf(date, name) {
  const time = date instanceof Date ? date.getTime() : NaN;
  if (Number.isNaN(time)) throw new RangeError(`${name} must be a valid Date`);
  return time;
}
__name(instantOf, "instantOf");
var dayHours = /* @__PURE__ */ __name((intervals = []) => ({
  intervals,
  minutes: intervals.map(([open, close]) => [wallMinutes(open), wallMinutes(close)])
}), "dayHours");
function everyValue(schedule, see) {
  const intervalsSeen = /* @__PURE__ */ __name((intervals) => see(intervals?.length) && (intervals ?? []).every(([open, close]) => see(open) && see(close)), "intervalsSeen");
  if (!see(schedule.timeZone) || !WEEKDAYS.every((weekday) => intervalsSeen(schedule.weekly?.[weekday]))) return false;
  if (!(schedule.holidays ?? []).every(see) || !see("|")) return false;
  const special = schedule.special ?? {};
  if (!Object.keys(special).every((date) => see(date) && intervalsSeen(special[date])) || !see("|")) return false;
  return (schedule.periods ?? []).every(
    (period) => see(period.from) && see(period.to) && WEEKDAYS.every((weekday) => intervalsSeen(period.weekly?.[weekday]))
  );
}
__name(everyValue, "everyValue");
var compiled = /* @__PURE__ */ new WeakMap();
function compile(schedule) {
  const cached2 = compiled.get(schedule);
  let index = 0;
  if (cached2 && everyValue(schedule, (value) => value === cached2.source[index++]) && index === cached2.source.length) {
    return cached2.result;
  }
  const source = [];
  everyValue(schedule, (value) => source.push(value) > 0);
  const weekly = WEEKDAYS.map((weekday) => dayHours(schedule.weekly?.[weekday]));
  const holidays = new Set((schedule.holidays ?? []).map(parseLocalDate));
  const dated = datedHours(schedule, holidays);
  const dailyOpenMs = weekly.map((day) => openMinutes(day) * MINUTE_MS);
  const result = {
    timeZone: schedule.timeZone,
    weekly,
    holidays,
    ...dated,
    irregularDays: [.../* @__PURE__ */ new Set([...holidays, ...dated.special.keys()])].sort((a3, b3) => a3 - b3),
    dailyOpenMs,
    weeklyOpenMs: dailyOpenMs.reduce((sum, ms) => sum + ms, 0)
  };
  compiled.set(schedule, { source, result });
  return result;
}
__name(compile, "compile");
function openMinutes({ minutes }) {
  let total = 0;
  let reached = 0;
  for (const [open, close] of [...minutes].sort((a3, b3) => a3[0] - b3[0])) {
    total += Math.max(0, close - Math.max(open, reached));
    reached = Math.max(reached, close);
  }
  return total;
}
__name(openMinutes, "openMinutes");
function datedHours(schedule, holidays) {
  const special = new Map(
    Object.entries(schedule.special ?? {}).map(([date, intervals]) => [parseLocalDate(date), dayHours(intervals)])
  );
  const ownSpecial = new Set(special.keys());
  const periodOf = /* @__PURE__ */ new Map();
  (schedule.periods ?? []).forEach((period, index) => {
    const weekly = WEEKDAYS.map((weekday) => dayHours(period.weekly?.[weekday]));
    for (let day = parseLocalDate(period.from), last = parseLocalDate(period.to); day <= last; day++) {
      if (periodOf.has(day)) continue;
      periodOf.set(day, index);
      if (!ownSpecial.has(day) && !holidays.has(day)) special.set(day, weekly[weekdayIndex(day)]);
    }
  });
  return { special, ownSpecial, periodOf };
}
__name(datedHours, "datedHours");
var CLOSED2 = /* @__PURE__ */ dayHours([]);
function hoursOn(schedule, day) {
  return schedule.special.get(day) ?? (schedule.holidays.has(day) ? CLOSED2 : schedule.weekly[weekdayIndex(day)]);
}
__name(hoursOn, "hoursOn");
var isWorkingDayNumber = /* @__PURE__ */ __name((schedule, day) => hoursOn(schedule, day).minutes.length > 0, "isWorkingDayNumber");
function nextWorkingDay(schedule, day) {
  for (let next = day + 1; next <= day + SEARCH_LIMIT_DAYS; next++) {
    if (isWorkingDayNumber(schedule, next)) return next;
  }
  throw new RangeError(
    `No working day within ${SEARCH_LIMIT_DAYS} days after ${formatLocalDate(day)} in this schedule`
  );
}
__name(nextWorkingDay, "nextWorkingDay");
function instantOnDay(timeZone, day, minute, clip = true) {
  const dayStart = startOfLocalDay(timeZone, day);
  const nextDayStart = startOfLocalDay(timeZone, day + 1);
  if (minute === 0) return dayStart;
  if (minute === 1440) return nextDayStart;
  const wall = day * DAY_MS + minute * MINUTE_MS;
  const offsetAtStart = day * DAY_MS - dayStart;
  if (offsetAtStart === (day + 1) * DAY_MS - nextDayStart) return wall - offsetAtStart;
  const instant = wallToInstant(timeZone, wall);
  return clip ? Math.min(Math.max(instant, dayStart), nextDayStart) : instant;
}
__name(instantOnDay, "instantOnDay");
function openRangesOn(schedule, day) {
  const ranges = [];
  for (const [open, close] of hoursOn(schedule, day).minutes) {
    const start = instantOnDay(schedule.timeZone, day, open);
    const end = instantOnDay(schedule.timeZone, day, close);
    if (end > start) ranges.push([start, end]);
  }
  return ranges.sort((a3, b3) => a3[0] - b3[0]);
}
__name(openRangesOn, "openRangesOn");
function lastCloseOn(schedule, day) {
  return instantOnDay(schedule.timeZone, day, hoursOn(schedule, day).minutes.at(-1)[1], false);
}
__name(lastCloseOn, "lastCloseOn");
function* mergedOpenRanges(schedule, from, until) {
  let pending;
  const lastDay = localDayOf(schedule.timeZone, until - 1);
  for (let day = localDayOf(schedule.timeZone, from); day <= lastDay; day++) {
    for (const [rangeStart, rangeEnd] of openRangesOn(schedule, day)) {
      const start = Math.max(rangeStart, from);
      const end = Math.min(rangeEnd, until);
      if (end <= start) continue;
      if (pending && start <= pending[1]) {
        pending[1] = Math.max(pending[1], end);
      } else {
        if (pending) yield pending;
        pending = [start, end];
      }
    }
  }
  if (pending) yield pending;
}
__name(mergedOpenRanges, "mergedOpenRanges");

// src/core/deadline.ts
init_time_zone();

// src/core/regular-runs.ts
init_time_zone();
var RUN_DAYS = 28;
function openMsOf(schedule, day, days) {
  let total = Math.floor(days / 7) * schedule.weeklyOpenMs;
  for (let i7 = days - days % 7; i7 < days; i7++) total += schedule.dailyOpenMs[weekdayIndex(day + i7)];
  return total;
}
__name(openMsOf, "openMsOf");
function regularRun(schedule, day, start, remaining) {
  if (schedule.weeklyOpenMs === 0) return { days: 0, openMs: 0, walk: Infinity };
  const irregular = schedule.irregularDays.find((d3) => d3 >= day) ?? Infinity;
  let days = Math.min(RUN_DAYS, irregular - day);
  while (days > 0 && openMsOf(schedule, day, days) >= remaining) days--;
  if (days === 0) return { days: 0, openMs: 0, walk: Math.min(RUN_DAYS, irregular - day + 1) };
  const sameOffsetAfter = /* @__PURE__ */ __name((n6) => localClockTime(schedule.timeZone, start + n6 * DAY_MS) === "00:00", "sameOffsetAfter");
  if (sameOffsetAfter(days)) return { days, openMs: openMsOf(schedule, day, days), walk: 0 };
  let [low, high] = [0, days];
  while (high - low > 1) {
    const middle = low + high >> 1;
    if (sameOffsetAfter(middle)) low = middle;
    else high = middle;
  }
  return { days: low, openMs: openMsOf(schedule, day, low), walk: 1 };
}
__name(regularRun, "regularRun");

// src/core/deadline.ts
init_limits();
var WHOLE_KINDS = /* @__PURE__ */ new Set(["days", "weeks", "workingDays"]);
var KINDS = /* @__PURE__ */ new Set([
  "minutes",
  "hours",
  "days",
  "weeks",
  "businessHours",
  "workingDays"
]);
var TARGET_MAXIMA = {
  minutes: DURATION_MAXIMA.minutes,
  hours: DURATION_MAXIMA.hours,
  days: DURATION_MAXIMA.days,
  weeks: DURATION_MAXIMA.weeks,
  businessHours: DURATION_MAXIMA.businessHours,
  workingDays: DURATION_MAXIMA.workingDays
};
var LAST_INSTANT = 864e13;
function readTarget3(target) {
  const keys = Object.keys(target ?? {});
  if (keys.length !== 1 || !KINDS.has(keys[0]))
    throw new RangeError(`A target needs exactly one of ${[...KINDS].join(", ")}`);
  const kind = keys[0];
  const amount = target[kind];
  const whole = WHOLE_KINDS.has(kind);
  if (typeof amount !== "number" || !Number.isFinite(amount) || amount < 0 || whole && !Number.isInteger(amount)) {
    throw new RangeError(`target.${kind} must be ${whole ? "a whole number" : "a number"} \u2265 0`);
  }
  if (amount > TARGET_MAXIMA[kind]) throw new RangeError(`target.${kind} must be at most ${TARGET_MAXIMA[kind]}`);
  return [kind, amount];
}
__name(readTarget3, "readTarget");
var sameWallTimeLater = /* @__PURE__ */ __name((timeZone, time, days) => days === 0 ? time : wallToInstant(timeZone, instantToWall(timeZone, time) + days * DAY_MS), "sameWallTimeLater");
function afterOpenTime(schedule, time, duration) {
  let remaining = duration;
  let cursor = time;
  let closedDays = 0;
  const firstDay = localDayOf(schedule.timeZone, time);
  let walkUntil = firstDay + 1;
  for (let day = firstDay; closedDays <= SEARCH_LIMIT_DAYS; day++) {
    for (let start = day < walkUntil ? NaN : startOfLocalDay(schedule.timeZone, day); day >= walkUntil; start = cursor) {
      const run = regularRun(schedule, day, start, remaining);
      if (run.days > 0) {
        remaining -= run.openMs;
        cursor = start + run.days * DAY_MS;
        day += run.days;
        closedDays = 0;
      }
      walkUntil = day + run.walk;
    }
    closedDays++;
    for (const [start, end] of openRangesOn(schedule, day)) {
      if (end <= cursor) continue;
      closedDays = 0;
      const from = Math.max(start, cursor);
      if (remaining <= end - from) return from + remaining;
      remaining -= end - from;
      cursor = end;
    }
  }
  throw new RangeError(
    `No open time within ${SEARCH_LIMIT_DAYS} days after ${new Date(cursor).toISOString()} in this schedule`
  );
}
__name(afterOpenTime, "afterOpenTime");
function afterWorkingDays(schedule, time, count2) {
  const today = localDayOf(schedule.timeZone, time);
  let day = isWorkingDayNumber(schedule, today) && time < lastCloseOn(schedule, today) ? today : nextWorkingDay(schedule, today);
  for (let step = 0; step < count2; step++) day = nextWorkingDay(schedule, day);
  return lastCloseOn(schedule, day);
}
__name(afterWorkingDays, "afterWorkingDays");
function deadlineTime(schedule, target, time) {
  const [kind, amount] = readTarget3(target);
  switch (kind) {
    case "minutes":
      return time + Math.round(amount * MINUTE_MS);
    case "hours":
      return time + Math.round(amount * HOUR_MS);
    case "days":
      return sameWallTimeLater(schedule.timeZone, time, amount);
    case "weeks":
      return sameWallTimeLater(schedule.timeZone, time, 7 * amount);
    case "businessHours":
      return afterOpenTime(compile(schedule), time, Math.round(amount * HOUR_MS));
    case "workingDays":
      return afterWorkingDays(compile(schedule), time, amount);
  }
}
__name(deadlineTime, "deadlineTime");
function deadline(schedule, target, receivedAt) {
  return dateOf(deadlineTime(schedule, target, instantOf(receivedAt, "receivedAt")));
}
__name(deadline, "deadline");
function dateOf(time) {
  if (!(Math.abs(time) <= LAST_INSTANT)) throw new RangeError("The deadline is past the last valid Date");
  return new Date(time);
}
__name(dateOf, "dateOf");

// src/core/schedule-calendar.ts
init_schedule_types();
init_time_zone();
function scheduleDay(schedule, day) {
  const period = schedule.periodOf.get(day);
  return {
    date: formatLocalDate(day),
    weekday: WEEKDAYS[weekdayIndex(day)],
    intervals: hoursOn(schedule, day).intervals,
    holiday: schedule.holidays.has(day),
    special: schedule.ownSpecial.has(day),
    ...period === void 0 ? {} : { period }
  };
}
__name(scheduleDay, "scheduleDay");
function daysFrom(schedule, from, count2) {
  const compiled2 = compile(schedule);
  const first = localDayOf(compiled2.timeZone, instantOf(from, "from"));
  return Array.from({ length: Math.max(0, count2) }, (_2, index) => scheduleDay(compiled2, first + index));
}
__name(daysFrom, "daysFrom");
function weekTable(schedule, from) {
  return daysFrom(schedule, from, 7);
}
__name(weekTable, "weekTable");
function upcomingExceptions(schedule, from, days = 30) {
  return daysFrom(schedule, from, days).filter((day) => day.holiday || day.special);
}
__name(upcomingExceptions, "upcomingExceptions");

// src/core/schedule.ts
init_time_zone();
var LOOK_AHEAD_DAYS = 366;
function openState(schedule, at) {
  const time = instantOf(at, "at");
  const horizon = time + LOOK_AHEAD_DAYS * DAY_MS;
  const first = mergedOpenRanges(compile(schedule), time, horizon + 1).next();
  if (first.done) return { open: false, changesAt: null };
  const [start, end] = first.value;
  const open = start === time;
  const changesAt = open ? end : start;
  return { open, changesAt: changesAt <= horizon ? new Date(changesAt) : null };
}
__name(openState, "openState");

// src/core/calendar-periods.ts
function periodsBetween(schedule, from, to) {
  return (schedule.periods ?? []).filter((period) => period.from <= to && period.to >= from).sort((a3, b3) => a3.from < b3.from ? -1 : 1);
}
__name(periodsBetween, "periodsBetween");

// src/core/holiday-coverage.ts
function holidaysKnownUntil(calendar) {
  const feedDates = calendar.bankHolidays?.dates ?? [];
  const feedEnd = feedDates.length ? `${feedDates.reduce((a3, b3) => a3 > b3 ? a3 : b3).slice(0, 4)}-12-31` : void 0;
  const ends = [calendar.holidaysUntil, feedEnd].filter((end) => !!end);
  return ends.length ? ends.reduce((a3, b3) => a3 > b3 ? a3 : b3) : void 0;
}
__name(holidaysKnownUntil, "holidaysKnownUntil");
function holidaysCover(calendar, from, to) {
  const until = holidaysKnownUntil(calendar);
  return until !== void 0 && from <= to && to <= until;
}
__name(holidaysCover, "holidaysCover");

// src/components/service-hours/service-hours.ts
init_time_zone();
init_time_zone();

// src/strings/when-words.ts
init_time_zone();
var isMidnight = /* @__PURE__ */ __name((at, timeZone) => instantToWall(timeZone, +at) % DAY_MS === 0, "isMidnight");
function whenInWords(at, now, timeZone, lang, templates, names, options = {}) {
  const midnight = isMidnight(at, timeZone);
  const day = midnight && options.end ? new Date(+at - 1) : at;
  const time = midnight ? templates.midnight : formatTime(at, timeZone, lang);
  const ahead = daysBetween(now, day, timeZone);
  if (ahead <= 0) return fill(templates.today, { time });
  if (ahead === 1) return fill(templates.tomorrow, { time });
  const name = options.weekday && ahead < 7 ? weekdayName(day, timeZone, lang, names) : fullDate(day, timeZone, lang, names, now);
  return fill(templates.later, { time, day: name, date: name });
}
__name(whenInWords, "whenInWords");
function formatWallTime(time, lang, midnight) {
  if (time === "24:00" || time === "00:00") return midnight;
  return formatTime(/* @__PURE__ */ new Date(`2000-01-01T${time}:00Z`), "UTC", lang);
}
__name(formatWallTime, "formatWallTime");
function intervalsInWords(intervals, lang, strings) {
  if (intervals.length === 1 && intervals[0][0] === "00:00" && intervals[0][1] === "24:00") return strings.open24Hours;
  return intervals.map(
    ([open, close]) => fill(strings.interval, {
      open: formatWallTime(open, lang, strings.midnight),
      close: formatWallTime(close, lang, strings.midnight)
    })
  ).join(", ");
}
__name(intervalsInWords, "intervalsInWords");
var sameLocalDate = /* @__PURE__ */ __name((a3, b3, timeZone) => localDateOf(timeZone, a3) === localDateOf(timeZone, b3), "sameLocalDate");

// src/components/schedule-source.ts
init_bank_holidays();
init_problems();
init_read_schedule();
var checked = /* @__PURE__ */ new WeakMap();
function checkSchedule(value) {
  let result = checked.get(value);
  if (!result) {
    const log = new ProblemLog();
    const { bankHolidays, ...rest } = value;
    const resolved = bankHolidays?.dates || bankHolidays?.error ? bankHolidays : void 0;
    const schedule = readSchedule(resolved ? rest : value, "schedule", log);
    result = {
      schedule: schedule && resolved ? { ...schedule, bankHolidays: resolved } : schedule,
      problems: log.problems
    };
    checked.set(value, result);
    if (log.problems.length) {
      console.warn(
        `service-charter: invalid schedule:
${log.problems.map((p4) => `  ${p4.path}: ${p4.message}`).join("\n")}`
      );
    }
  }
  return result;
}
__name(checkSchedule, "checkSchedule");
var withHolidays = /* @__PURE__ */ new WeakMap();
function withLoadedHolidays(schedule) {
  const known2 = withHolidays.get(schedule);
  return known2 && !(known2 instanceof Set) ? known2 : schedule;
}
__name(withLoadedHolidays, "withLoadedHolidays");
function loadStandaloneHolidays(source, onLoaded) {
  const schedule = source.awaitingHolidays;
  if (!schedule) return;
  const known2 = withHolidays.get(schedule);
  if (known2 instanceof Set) return void known2.add(onLoaded);
  if (known2) return;
  const waiting = /* @__PURE__ */ new Set([onLoaded]);
  withHolidays.set(schedule, waiting);
  void loadBankHolidays(schedule, fetchBankHolidays).then((loaded2) => {
    withHolidays.set(schedule, loaded2);
    waiting.forEach((notify) => notify());
  });
}
__name(loadStandaloneHolidays, "loadStandaloneHolidays");
function scheduleSource(charter, channelId, standalone, text) {
  const channel = channelId ? charter?.channels.find((c5) => c5.id === channelId) : void 0;
  if (standalone && typeof standalone === "object") {
    const { schedule: schedule2, problems } = checkSchedule(standalone);
    if (problems.length) {
      return {
        channel,
        problem: fill(text.invalidSchedule, { detail: problems.map((p4) => `${p4.path} ${p4.message}`).join("; ") })
      };
    }
    if (!schedule2) return { channel };
    const loaded2 = withLoadedHolidays(schedule2);
    return { schedule: loaded2, channel, awaitingHolidays: needsBankHolidayUrl(loaded2) ? schedule2 : void 0 };
  }
  if (!charter) return {};
  if (channelId && !channel) return { problem: fill(text.unknownChannel, { channel: channelId }) };
  const schedule = channel ? channelHours(charter, channel) : charter.hours?.workingDaysOnly ? void 0 : charter.hours;
  return schedule ? { schedule, channel } : { channel, problem: text.noHours, missing: true };
}
__name(scheduleSource, "scheduleSource");

// src/strings/hours.ts
init_date_names();
var en7 = {
  openingHours: "Opening hours",
  openNow: "Open now",
  closedNow: "Closed",
  closedHoliday: "Closed for the holiday",
  closedToday: "Closed today",
  open24Hours: "Open 24 hours",
  closesAt: "closes {when}",
  opensAt: "opens {when}",
  nowOpen: "Now open",
  nowClosed: "Now closed",
  atTime: "at {time}",
  todayAt: "at {time}",
  tomorrowAt: "tomorrow at {time}",
  dayAt: "{day} at {time}",
  today: "today",
  closed: "Closed",
  interval: "{open} to {close}",
  midnight: "midnight",
  holiday: "Holiday: closed",
  specialHours: "Special hours",
  upcoming: "Holidays and special hours",
  noUpcoming: "No holidays or changes to these hours in the next 30 days.",
  /** Dated hours: "Winter hours: Saturday 31 October to Saturday 1 May". */
  periodRange: "{name}: {from} to {to}",
  periodHours: "Different hours",
  timeZoneNote: "Times are in {zone}.",
  day: "Day",
  hours: "Hours",
  stateAndChange: "{state}, {change}",
  closedBankHoliday: "Closed for the bank holiday",
  channelHours: "{channel}: opening hours",
  weekCaption: "Opening hours for the next 7 days",
  todayMarker: "(today)",
  holidayNote: "holiday",
  bankHolidayNote: "bank holiday",
  specialNote: "special hours",
  invalidSchedule: "The opening hours are not valid: {detail}",
  noHours: "Opening hours are not available.",
  unknownChannel: 'There is no channel "{channel}" in this charter.',
  zoneNames: { "Europe/London": "UK time" },
  noDeadline: "We cannot work out a reply date for this promise.",
  invalidTarget: "The target is not valid: {detail}",
  unknownPromise: 'There is no promise "{promise}" in this charter.',
  // Day and month names, for browsers whose Intl lacks the language (e.g. Welsh in some builds).
  weekdayNames: englishWeekdayNames,
  monthNames: englishMonthNames,
  dateFormat: "{weekday} {day} {month}",
  dateFormatWithYear: "{weekday} {day} {month} {year}",
  // <service-response-time>
  replyBy: "{action} now and we aim to reply by {deadline}",
  replyWithin: "{action} now and we aim to reply {target}",
  deadlineToday: "{time} today",
  deadlineTomorrow: "tomorrow at {time}",
  deadlineDay: "{date} at {time}",
  actions: {
    phone: "Call us",
    email: "Email us",
    "web-form": "Contact us online",
    voicemail: "Leave us a message",
    "in-person": "Visit us",
    post: "Write to us",
    chat: "Chat with us"
  },
  contactUs: "Contact us"
};

// src/components/inline-problem-styles.ts
var inlineProblemStyles = i2`
  .problem {
    color: var(--_error);
    font-weight: 600;
  }
`;

// src/components/service-hours/service-hours.styles.ts
var hoursStyles = i2`
  .status {
    padding-inline-start: calc(var(--_space) * 0.75);
    border-inline-start: 0.3125rem solid var(--_muted);
  }
  .status.open {
    border-inline-start-color: var(--_success);
  }
  .note {
    color: var(--_muted);
  }
  table {
    width: 100%;
    margin-block-end: var(--_space);
    border-collapse: collapse;
  }
  caption {
    margin-block-end: calc(var(--_space) * 0.5);
    font-weight: 700;
    text-align: start;
  }
  th,
  td {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.5) calc(var(--_space) * 0.5) 0;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  tbody th {
    font-weight: 400;
  }
  .today th,
  .today td {
    font-weight: 700;
  }
  .today th {
    border-inline-start: 0.3125rem solid var(--_accent);
    padding-inline-start: calc(var(--_space) * 0.5);
  }
`;

// src/components/service-hours/service-hours.ts
var earliest = /* @__PURE__ */ __name((a3, b3) => b3 && +b3 < +a3 ? b3 : a3, "earliest");
var NEEDS_HOURS = /* @__PURE__ */ new Set(["phone", "chat", "in-person", "textphone", "video-relay"]);
var isBankHoliday = /* @__PURE__ */ __name((schedule, date) => !!schedule.bankHolidays?.dates?.includes(date), "isBankHoliday");
function exceptionBefore(upcoming, timeZone, now, until) {
  const today = localDateOf(timeZone, now);
  const last = localDateOf(timeZone, until);
  return upcoming.some((day) => day.date > today && day.date <= last);
}
__name(exceptionBefore, "exceptionBefore");
var ServiceHours = class extends ServiceElement {
  constructor() {
    super();
    this.channel = "";
    this.site = "";
    this.headingLevel = 2;
    this.announcement = "";
    new NextChangeController(
      this,
      () => this.activeClock,
      () => this.view?.nextChange ?? null
    );
  }
  static {
    __name(this, "ServiceHours");
  }
  static {
    /** This element's built-in English strings (Welsh arrives when needed: strings/languages.ts). */
    this.builtInStrings = {
      en: { ...en7, ...en2 }
    };
  }
  static {
    /** The shared defaults, then this element's own styles. */
    this.styles = [baseStyles, inlineProblemStyles, noticeStyles, hoursStyles];
  }
  updated() {
    if (this.source) loadStandaloneHolidays(this.source, () => this.requestUpdate());
  }
  willUpdate(changed) {
    if (changed.has("headingLevel")) this.headingLevel = clampLevel(this.headingLevel);
    const previous = this.view;
    try {
      this.computeView();
    } catch (error) {
      this.view = void 0;
      this.problem = fill(this.text.invalidSchedule, { detail: error.message });
    }
    const view = this.view;
    if (previous && view && previous.schedule === view.schedule && previous.open !== view.open) {
      const state = view.open ? this.text.nowOpen : this.text.nowClosed;
      this.announcement = view.change ? fill(this.text.stateAndChange, { state, change: fill(view.change.template, { when: view.change.words }) }) : state;
    }
  }
  computeView() {
    const text = this.text;
    const site = this.site ? this.currentCharter?.sites.find((s7) => s7.id === this.site) : void 0;
    const source = this.source = scheduleSource(
      this.currentCharter,
      this.channel,
      this.schedule ?? site?.hours,
      text
    );
    this.problem = source.problem;
    this.missing = source.missing ? this.tellAuthor(source.channel) : void 0;
    if (source.missing) this.problem = void 0;
    const schedule = source.schedule;
    if (!schedule) {
      this.view = void 0;
      return;
    }
    const { timeZone } = schedule;
    const now = new Date(this.activeClock.now());
    const { open, changesAt } = openState(schedule, now);
    const week = weekTable(schedule, now);
    const upcoming = upcomingExceptions(schedule, now, 30);
    const today = localDateOf(timeZone, now);
    const lastDay = localDateOf(timeZone, new Date(startOfLocalDay(timeZone, localDayOf(timeZone, +now) + 29)));
    const change = changesAt ? {
      at: changesAt,
      template: open ? text.closesAt : text.opensAt,
      words: whenInWords(
        changesAt,
        now,
        timeZone,
        this.language,
        { today: text.atTime, tomorrow: text.tomorrowAt, later: text.dayAt, midnight: text.midnight },
        text,
        { end: open, weekday: !exceptionBefore(upcoming, timeZone, now, changesAt) }
      )
    } : void 0;
    const tomorrow = startOfLocalDay(timeZone, localDayOf(timeZone, +now) + 1);
    this.view = {
      schedule,
      title: site || source.channel ? fillParts(text.channelHours, { channel: this.charterText((site ?? source.channel).name) }) : text.openingHours,
      open,
      state: this.stateWords(schedule, open, changesAt, week[0]),
      change,
      week,
      upcoming,
      periods: periodsBetween(schedule, today, lastDay),
      holidaysKnown: holidaysCover(schedule, today, lastDay),
      zoneNote: timeZone === visitorTimeZone() ? void 0 : fill(text.timeZoneNote, { zone: text.zoneNames[timeZone] ?? timeZoneName(timeZone, this.language, now) }),
      nextChange: earliest(
        changesAt && +changesAt < tomorrow ? changesAt : new Date(tomorrow),
        nextNoticeChange(this.currentCharter?.notices ?? [], +now)
      )
    };
  }
  /**
   * Tells the web team (once per channel) that hours are missing; residents see a quiet
   * note only where the channel needs hours (a phone line, a desk), else nothing.
   */
  tellAuthor(channel) {
    const id = channel?.id ?? this.channel;
    if (this.told !== id) {
      this.told = id;
      console.warn(
        `<service-hours>: the charter has no opening hours for ${id ? `channel "${id}"` : "the organisation"}: give it "hours", or the charter default "hours"`
      );
    }
    return !channel || NEEDS_HOURS.has(channel.type) ? this.text.noHours : "";
  }
  stateWords(schedule, open, changesAt, today) {
    const text = this.text;
    if (open) return changesAt ? text.openNow : text.open24Hours;
    if (today.intervals.length > 0) return text.closedNow;
    if (today.holiday) return isBankHoliday(schedule, today.date) ? text.closedBankHoliday : text.closedHoliday;
    return today.special ? text.closedToday : text.closedNow;
  }
  render() {
    const view = this.view;
    if (!view && this.missing) return b2`<p part="note" class="note">${this.missing}</p>`;
    if (!view) return this.problem ? b2`<p part="problem" class="problem">${this.problem}</p>` : A;
    const text = this.text;
    return b2`<section part="hours" aria-labelledby="hours-heading">
      ${heading(this.headingLevel, view.title, "hours-heading")} ${this.renderNotices(view)}
      <p part="status" class="status ${view.open ? "open" : "closed"}">
        ${view.change ? fillParts(text.stateAndChange, {
      state: b2`<strong>${view.state}</strong>`,
      change: fillParts(view.change.template, {
        when: b2`<time datetime=${view.change.at.toISOString()}>${view.change.words}</time>`
      })
    }) : b2`<strong>${view.state}</strong>`}
      </p>
      ${view.zoneNote ? b2`<p part="zone" class="note">${view.zoneNote}</p>` : A}
      ${view.schedule.bankHolidays?.error ? b2`<p part="problem" class="problem">${text.bankHolidaysFailed}</p>` : A}
      ${this.renderWeek(view)} ${this.renderUpcoming(view)}
      <div role="status" class="visually-hidden">${this.announcement}</div>
    </section>`;
  }
  /** Notices in force on this channel or site's channel, as on the charter. */
  renderNotices(view) {
    const charter = this.currentCharter;
    if (!charter || !this.channel) return A;
    const notices = activeNotices(charter, new Date(this.activeClock.now()), { channel: this.channel });
    return noticesView(
      notices.filter((notice2) => !isOrganisationWide(notice2)),
      { text: this.text, language: this.language, pick: /* @__PURE__ */ __name((t6) => this.charterText(t6), "pick"), timeZone: view.schedule.timeZone }
    );
  }
  renderWeek(view) {
    const text = this.text;
    return b2`<table part="week">
      <caption>
        ${text.weekCaption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${text.day}</th>
          <th scope="col">${text.hours}</th>
        </tr>
      </thead>
      <tbody>
        ${view.week.map(
      (day, index) => b2`<tr
              part=${index === 0 ? "today" : A}
              class=${index === 0 ? "today" : ""}
              aria-current=${index === 0 ? "date" : A}
            >
              <th scope="row">
                ${formatLocalDate2(day.date, this.language, text)}${index === 0 ? b2` <span class="marker">${text.todayMarker}</span>` : A}
              </th>
              <td>${this.dayHours(day)}</td>
            </tr>`
    )}
      </tbody>
    </table>`;
  }
  renderUpcoming(view) {
    const text = this.text;
    const items = [
      ...view.periods.map(
        (period) => fill(text.periodRange, {
          name: this.pick(period.name) || text.periodHours,
          from: formatLocalDate2(period.from, this.language, text),
          to: formatLocalDate2(period.to, this.language, text)
        })
      ),
      ...view.upcoming.map((day) => `${formatLocalDate2(day.date, this.language, text)}: ${this.dayHours(day)}`)
    ];
    if (items.length === 0 && !view.holidaysKnown) return A;
    return b2`<div part="upcoming">
      ${heading(this.headingLevel + 1, text.upcoming, "upcoming-heading")}
      ${items.length ? b2`<ul>
              ${items.map((item) => b2`<li>${item}</li>`)}
            </ul>` : b2`<p>${text.noUpcoming}</p>`}
    </div>`;
  }
  /** A day's hours in words, saying why when it is a holiday or has special hours. */
  dayHours(day) {
    const text = this.text;
    if (day.intervals.length === 0) {
      if (!day.holiday) return text.closed;
      return `${text.closed} (${isBankHoliday(this.view.schedule, day.date) ? text.bankHolidayNote : text.holidayNote})`;
    }
    const words = intervalsInWords(day.intervals, this.language, text);
    return day.special ? `${words} (${text.specialNote})` : words;
  }
};
__decorateClass([
  n5()
], ServiceHours.prototype, "channel", 2);
__decorateClass([
  n5()
], ServiceHours.prototype, "site", 2);
__decorateClass([
  n5({ attribute: false })
], ServiceHours.prototype, "schedule", 2);
__decorateClass([
  n5({ type: Number, attribute: "heading-level" })
], ServiceHours.prototype, "headingLevel", 2);
__decorateClass([
  r5()
], ServiceHours.prototype, "announcement", 2);

// src/define/service-hours.ts
defineElement("service-hours", ServiceHours);

// src/core/promise-deadlines.ts
var coreTarget = /* @__PURE__ */ __name((duration) => "seconds" in duration ? { minutes: duration.seconds / 60 } : duration, "coreTarget");
var boundAt = /* @__PURE__ */ __name((choice, duration, start) => duration && deadline(typeof choice === "function" ? choice(duration) : choice, coreTarget(duration), start), "boundAt");
function targetDeadlines(schedule, targets, receivedAt) {
  const result = [];
  for (const target of targets) {
    const previous = result.at(-1);
    const start = target.countedFrom === "previous" && previous ? previous.due ?? previous.start : receivedAt;
    const due = boundAt(schedule, target.within, start);
    const earliest2 = boundAt(schedule, target.atLeast, start);
    const latest = boundAt(schedule, target.atMost, start);
    result.push({
      kind: target.kind,
      target,
      start,
      ...due ? { due } : {},
      ...earliest2 ? { earliest: earliest2 } : {},
      ...latest ? { latest } : {}
    });
  }
  return result;
}
__name(targetDeadlines, "targetDeadlines");
function promiseDeadlines(charter, promise, receivedAt) {
  const { workingDays, openingHours } = promiseCalendars(charter, promise);
  const elapsed = workingDays ?? openingHours ?? { timeZone: charter.timeZone, weekly: {} };
  const durations = promise.targets.flatMap((t6) => [t6.within, t6.atLeast, t6.atMost]);
  const missing = durations.some(
    (d3) => d3 && ("businessHours" in d3 && !openingHours || "workingDays" in d3 && !workingDays)
  );
  if (missing) return void 0;
  const choose = /* @__PURE__ */ __name((duration) => "businessHours" in duration ? openingHours : "workingDays" in duration ? workingDays : elapsed, "choose");
  return targetDeadlines(choose, promise.targets, receivedAt);
}
__name(promiseDeadlines, "promiseDeadlines");

// src/components/service-response-time/service-response-time.ts
init_problems();
init_read_schedule();
init_time_zone();

// src/components/deadline-parts.ts
var partText = /* @__PURE__ */ __name((part) => typeof part === "string" ? part : part.words, "partText");
var partView = /* @__PURE__ */ __name((part, around, timePart) => typeof part === "string" ? part : "at" in part ? b2`<time part=${o7(timePart)} datetime=${part.at.toISOString()}>${part.words}</time>` : inLanguage({ text: part.words, lang: part.lang }, around), "partView");
var SHORT_UNITS = /* @__PURE__ */ new Set(["seconds", "minutes"]);
var isShort = /* @__PURE__ */ __name((target) => !!target.within && SHORT_UNITS.has(Object.keys(target.within)[0]) && target.countedFrom === "receipt", "isShort");
function sentenceParts(template, values) {
  return template.split(/\{(\w+)\}/).flatMap((piece, index) => index % 2 === 1 && piece in values ? values[piece] : piece).filter((piece) => piece !== "");
}
__name(sentenceParts, "sentenceParts");
function stepParts(deadline2, index, language, text, due, verbTable, agree) {
  const verbs = verbTable[deadline2.kind] ?? verbTable.custom;
  const verb = agree(index === 0 ? verbs.first : verbs.next);
  if (!deadline2.due) return [];
  const lead = index === 0 ? "" : ", ";
  if (isShort(deadline2.target)) return [`${lead}${verb} ${targetTimeWords(deadline2.target, language, text)}`];
  const step = sentenceParts(text.byDeadline, { deadline: due(deadline2.due) });
  const withVerb = [`${lead}${verb} `, ...step];
  return deadline2.latest ? sentenceParts(text.byLatest, { step: withVerb, latest: due(deadline2.latest) }) : withVerb;
}
__name(stepParts, "stepParts");
var deadlineSteps = /* @__PURE__ */ __name((deadlines, language, text, due, verbs = text.responseVerbs, agree = (words) => words) => deadlines.flatMap((deadline2, index) => stepParts(deadline2, index, language, text, due, verbs, agree)), "deadlineSteps");

// src/components/service-response-time/promise-response.ts
function promiseResponse(charter, promise, now, say, words) {
  const { action, nounKey, language, text } = say;
  const { workingDays, openingHours } = promiseCalendars(charter, promise);
  const calendar = workingDays ?? openingHours;
  const timeZone = calendar?.timeZone ?? charter.timeZone;
  const holidaysMissing = !!calendar?.bankHolidays?.error;
  const timed = promise.targets.some((target) => target.within);
  const statement = /* @__PURE__ */ __name(() => ({
    parts: [promiseSentence(promise, nounKey, language, text) ?? ""],
    timeZone,
    holidaysMissing
  }), "statement");
  if (promise.kind === "notice" || !timed) return statement();
  const deadlines = promiseDeadlines(charter, promise, now);
  if (!deadlines) {
    console.warn(
      `<service-response-time>: promise "${promise.id}" counts working time, but its channel, its service and the charter have no hours and there is no workingCalendar`
    );
    return void 0;
  }
  const due = /* @__PURE__ */ __name((at) => ({ at, words: words(at, timeZone) }), "due");
  const [first] = deadlines;
  const single = deadlines.length === 1 && first.target.percent === void 0;
  if (promise.kind === "custom" && single && first.due) {
    return {
      parts: sentenceParts(text.replyBy, { action, deadline: due(first.due) }),
      first: first.due,
      timeZone,
      holidaysMissing
    };
  }
  if (first.target.percent !== void 0) {
    const commitment = commitmentWords([first.target], nounKey, language, text);
    return { ...statement(), parts: sentenceParts(text.responseShare, { action, commitment }) };
  }
  const steps = deadlineSteps(deadlines, language, text, due, text.responseVerbs, agreeingWith(nounKey, text));
  return {
    parts: sentenceParts(text.responseSentence, { action, steps }),
    first: deadlines.find((d3) => d3.due)?.due,
    timeZone,
    holidaysMissing
  };
}
__name(promiseResponse, "promiseResponse");

// src/components/service-response-time/service-response-time.ts
var MINUTE_MS2 = 6e4;
var readTarget4 = /* @__PURE__ */ targetReader(true);
var ELAPSED = /* @__PURE__ */ new Set(["seconds", "minutes", "hours", "days", "weeks"]);
var jsonAttribute = /* @__PURE__ */ __name((value) => {
  try {
    return value === null ? void 0 : JSON.parse(value);
  } catch {
    return value;
  }
}, "jsonAttribute");
var ServiceResponseTime = class extends ServiceElement {
  constructor() {
    super();
    this.promiseId = "";
    this.channel = "";
    this.announcement = "";
    new NextChangeController(
      this,
      () => this.activeClock,
      () => this.view?.nextChange ?? null
    );
  }
  static {
    __name(this, "ServiceResponseTime");
  }
  static {
    /** This element's built-in English strings (Welsh arrives when needed: strings/languages.ts). */
    this.builtInStrings = {
      en: {
        ...en7,
        ...en2,
        ...en4,
        targets: en3.targets,
        sameWorkingDay: en3.sameWorkingDay
      }
    };
  }
  static {
    /** The shared defaults, then this element's own styles. */
    this.styles = [baseStyles, inlineProblemStyles, noticeStyles];
  }
  updated() {
    if (this.source) loadStandaloneHolidays(this.source, () => this.requestUpdate());
  }
  willUpdate() {
    const previous = this.view;
    this.problem = void 0;
    try {
      this.view = this.computeView();
    } catch (error) {
      this.view = void 0;
      this.problem = this.problem ?? this.text.noDeadline;
      console.warn(`<service-response-time>: ${error.message}`);
    }
    const view = this.view;
    if (previous?.first && view?.first && !sameLocalDate(previous.first, view.first, view.timeZone)) {
      this.announcement = this.sentence(view);
    }
  }
  /** The promise named by `promise-id`, or undefined (with a problem when the charter lacks it). */
  findPromise() {
    const charter = this.currentCharter;
    if (!this.promiseId || !charter) return void 0;
    const promise = charter.promises.find((p4) => p4.id === this.promiseId);
    if (!promise) this.problem = fill(this.text.unknownPromise, { promise: this.promiseId });
    return promise;
  }
  /** A deadline in words relative to now: "5pm today", "Tuesday 1 December at 5pm". */
  words(at, timeZone) {
    const text = this.text;
    const templates = {
      today: text.deadlineToday,
      tomorrow: text.deadlineTomorrow,
      later: text.deadlineDay,
      midnight: text.midnight
    };
    return whenInWords(at, new Date(this.activeClock.now()), timeZone, this.language, templates, text, { end: true });
  }
  /** What to say for a charter promise, by its kind and targets. */
  promiseView(charter, promise) {
    const text = this.text;
    const channel = charter.channels.find((c5) => c5.id === promise.channel);
    const now = new Date(this.activeClock.now());
    const response = promiseResponse(
      charter,
      promise,
      now,
      { action: this.action(channel), nounKey: nounKeyOf(promise, charter), language: this.language, text },
      (at, timeZone) => this.words(at, timeZone)
    );
    if (!response) return void 0;
    const { workingDays, openingHours } = promiseCalendars(charter, promise);
    const elapsed = { timeZone: response.timeZone, weekly: {} };
    const deadlines = response.first ? promiseDeadlines(charter, promise, now) ?? [] : [];
    const changes = deadlines.flatMap((d3) => {
      if (!d3.due || !d3.target.within) return [];
      const [unit] = unitOf(d3.target.within);
      const calendar = (unit === "businessHours" ? openingHours : workingDays) ?? elapsed;
      return [nextChange(calendar, unit, now, d3.due)];
    });
    const notice2 = nextNoticeChange(charter.notices, +now);
    if (notice2) changes.push(notice2);
    return { ...response, nextChange: changes.length ? new Date(Math.min(...changes.map(Number))) : null };
  }
  /** "Call us", "Text us", "Contact us by WhatsApp"; "Contact us" for a promise of no channel. */
  action(channel) {
    const text = this.text;
    if (!channel) return [text.contactUs];
    const more = text.moreActions[channel.type];
    if (!more) return [text.actions[channel.type] ?? text.contactUs];
    const { text: words, lang } = this.pickIn(channel.typeName ?? channel.name);
    return sentenceParts(more, { type: { words, lang } });
  }
  computeView() {
    const text = this.text;
    const promise = this.findPromise();
    if (this.problem || this.promiseId && !promise) return void 0;
    if (promise) return this.promiseView(this.currentCharter, promise);
    const rawTarget = this.target;
    if (rawTarget === void 0) return void 0;
    const log = new ProblemLog();
    const checked2 = readTarget4(rawTarget, "target", log);
    if (!checked2) {
      this.problem = fill(text.invalidTarget, { detail: log.problems.map((p4) => `${p4.path} ${p4.message}`).join("; ") });
      return void 0;
    }
    const [kind, amount] = Object.entries(checked2)[0];
    const target = kind === "seconds" ? { minutes: amount / 60 } : checked2;
    const source = this.source = scheduleSource(this.currentCharter, this.channel, this.schedule, text);
    const elapsed = ELAPSED.has(kind);
    const working = source.missing && kind === "workingDays" ? this.currentCharter?.workingCalendar : void 0;
    const schedule = source.schedule ?? working ?? (elapsed ? { timeZone: visitorTimeZone(), weekly: {} } : void 0);
    if (!schedule || source.problem && !elapsed && !working) {
      this.problem = source.problem ?? text.noHours;
      return void 0;
    }
    const now = new Date(this.activeClock.now());
    const due = deadline(schedule, target, now);
    const { timeZone } = schedule;
    const action = source.channel ? this.action(source.channel) : [text.actions[this.channel] ?? text.contactUs];
    return {
      timeZone,
      holidaysMissing: !!source.schedule?.bankHolidays?.error,
      parts: sentenceParts(text.replyBy, { action, deadline: { at: due, words: this.words(due, timeZone) } }),
      first: due,
      nextChange: nextChange(schedule, kind, now, due)
    };
  }
  /** The sentence as plain text, for the status region. */
  sentence(view) {
    return view.parts.map(partText).join("");
  }
  render() {
    if (this.problem) return b2`<p part="problem" class="problem">${this.problem}</p>`;
    const view = this.view;
    if (!view) return A;
    const charter = this.currentCharter;
    const promise = charter?.promises.find((p4) => p4.id === this.promiseId);
    const scope = promise ? { promise: promise.id } : { channel: this.channel };
    const notices = charter ? activeNotices(charter, new Date(this.activeClock.now()), scope).filter((n6) => !isOrganisationWide(n6)) : [];
    return b2`${noticesView(notices, { text: this.text, language: this.language, pick: /* @__PURE__ */ __name((t6) => this.charterText(t6), "pick"), timeZone: view.timeZone })}
      <p part="response">${view.parts.map((part) => partView(part, this.language, "deadline"))}</p>
      ${view.holidaysMissing ? b2`<p part="problem" class="problem">${this.text.bankHolidaysFailed}</p>` : A}
      <div role="status" class="visually-hidden">${this.announcement}</div>`;
  }
};
__decorateClass([
  n5({ attribute: "promise-id" })
], ServiceResponseTime.prototype, "promiseId", 2);
__decorateClass([
  n5()
], ServiceResponseTime.prototype, "channel", 2);
__decorateClass([
  n5({ converter: jsonAttribute })
], ServiceResponseTime.prototype, "target", 2);
__decorateClass([
  n5({ attribute: false })
], ServiceResponseTime.prototype, "schedule", 2);
__decorateClass([
  r5()
], ServiceResponseTime.prototype, "announcement", 2);
function nextChange(schedule, kind, now, due) {
  const { timeZone } = schedule;
  const candidates = [startOfLocalDay(timeZone, localDayOf(timeZone, +now) + 1)];
  const state = ELAPSED.has(kind) ? void 0 : openState(schedule, now);
  if (state?.changesAt) candidates.push(+state.changesAt);
  if (ELAPSED.has(kind) || kind === "businessHours" && state?.open) {
    candidates.push(+now + MINUTE_MS2 - (+due % MINUTE_MS2 + MINUTE_MS2) % MINUTE_MS2);
  }
  return new Date(Math.min(...candidates));
}
__name(nextChange, "nextChange");

// src/define/service-response-time.ts
defineElement("service-response-time", ServiceResponseTime);

// src/core/performance-chart.ts
var DEFAULT_BOX = { width: 640, height: 250, top: 26, right: 16, bottom: 44, left: 56 };
function niceStep(span, count2) {
  const rough = span / count2;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].find((m3) => m3 * power >= rough) ?? 10;
  return step * power;
}
__name(niceStep, "niceStep");
function niceTicks(min, max, unit, count2 = 4) {
  const span = Math.max(max - min, Math.abs(max) * 0.1, 1);
  const step = niceStep(span, count2);
  const low = Math.max(0, Math.floor((min - step / 2) / step) * step);
  let high = Math.ceil((max + step / 2) / step) * step;
  if (unit === "percent") high = Math.min(100, high);
  const ticks = [];
  for (let value = low; value <= high + step / 1e3; value += step) ticks.push(Number(value.toFixed(10)));
  return ticks;
}
__name(niceTicks, "niceTicks");
function pathThrough(points) {
  return points.map((p4, i7) => p4 ? `${i7 > 0 && points[i7 - 1] ? "L" : "M"}${p4[0]} ${p4[1]}` : "").join("");
}
__name(pathThrough, "pathThrough");
var round = /* @__PURE__ */ __name((n6) => Math.round(n6 * 10) / 10, "round");
function chartGeometry(results, unit, box = DEFAULT_BOX) {
  const values = results.flatMap((r7) => [r7.achieved, r7.target]).filter((v2) => typeof v2 === "number");
  const ticks = values.length ? niceTicks(Math.min(...values), Math.max(...values), unit) : [0, 100];
  const [low, high] = [ticks[0], ticks.at(-1)];
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const yOf = /* @__PURE__ */ __name((value) => round(box.top + plotHeight * (1 - (value - low) / (high - low || 1))), "yOf");
  const slotWidth = plotWidth / Math.max(results.length, 1);
  const slots = results.map((result, i7) => {
    const start = round(box.left + slotWidth * i7);
    return {
      ...result,
      start,
      end: round(start + slotWidth),
      x: round(start + slotWidth / 2),
      y: result.achieved === null ? void 0 : yOf(result.achieved),
      targetY: result.target === void 0 ? void 0 : yOf(result.target)
    };
  });
  const achievedPath = pathThrough(slots.map((s7) => s7.y === void 0 ? void 0 : [s7.x, s7.y]));
  const targetPath = pathThrough(
    slots.flatMap(
      (s7) => s7.targetY === void 0 ? [void 0] : [
        [s7.start, s7.targetY],
        [s7.end, s7.targetY]
      ]
    )
  );
  return { box, slots, achievedPath, targetPath, ticks: ticks.map((value) => ({ value, y: yOf(value) })) };
}
__name(chartGeometry, "chartGeometry");

// src/components/service-performance/service-performance.ts
init_promise_v1();

// src/core/csv.ts
function readCsv(text) {
  const source = text.replace(/^\uFEFF/, "");
  const records = [];
  let cells = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;
  const endRecord = /* @__PURE__ */ __name(() => {
    cells.push(cell);
    if (cells.length > 1 || cells[0].trim() !== "") records.push({ line: recordLine, cells });
    cells = [];
    cell = "";
  }, "endRecord");
  for (let i7 = 0; i7 < source.length; i7++) {
    const char = source[i7];
    if (quoted) {
      if (char === '"' && source[i7 + 1] === '"') {
        cell += '"';
        i7++;
      } else if (char === '"') quoted = false;
      else {
        if (char === "\n") line++;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === "") {
      quoted = true;
      quoteLine = line;
      cell = "";
    } else if (char === ",") {
      cells.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[i7 + 1] === "\n") i7++;
      endRecord();
      recordLine = ++line;
    } else cell += char;
  }
  if (cell !== "" || cells.length > 0) endRecord();
  return quoted ? { records, unclosedQuoteLine: quoteLine } : { records };
}
__name(readCsv, "readCsv");

// src/core/performance-figures.ts
init_read_charter_parts();
init_problems();
init_readers();
var FiguresReadError = class extends Error {
  constructor(reason, detail) {
    super(detail);
    this.reason = reason;
    this.name = "FiguresReadError";
  }
  static {
    __name(this, "FiguresReadError");
  }
};
var CSV_COLUMNS = ["promise", "period", "achieved", "target", "unit", "better", "measure"];
var REQUIRED_COLUMNS = ["promise", "period", "achieved"];
var PERIOD2 = /^\d{4}(?:-(?:0[1-9]|1[0-2]|Q[1-4]))?$/;
var ID = /^[a-z0-9][a-z0-9_-]*$/i;
var GAP = /^(?:|-|–|—|n\/?a|\.\.|x)$/i;
function readFigure(cell) {
  const text = cell.trim();
  if (GAP.test(text)) return null;
  const plain = text.replace(/%$/, "").trim();
  if (!/^(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/.test(plain)) return NaN;
  return Number(plain.replace(/,/g, ""));
}
__name(readFigure, "readFigure");
function readFiguresJson(json) {
  const log = new ProblemLog();
  const byPromise = {};
  const promises = isObject(json) ? json.promises : void 0;
  if (!isObject(promises)) {
    log.add("promises", "must be an object of promise ids to figures");
  } else {
    for (const [id, value] of Object.entries(promises)) {
      const performance2 = readPerformance(value, childPath("promises", id), log);
      if (performance2) byPromise[id] = performance2;
    }
  }
  return { byPromise, problems: log.problems.map(({ path, message }) => ({ where: path, message })) };
}
__name(readFiguresJson, "readFiguresJson");
function readRowCells(row) {
  if (!ID.test(row.promise)) return 'promise must be an id of letters, digits, "-" or "_"';
  if (!PERIOD2.test(row.period)) return `period "${row.period}" must be YYYY, YYYY-Qn or YYYY-MM`;
  const achieved = readFigure(row.achieved);
  if (Number.isNaN(achieved)) return `achieved "${row.achieved}" must be a number, a percentage or blank`;
  const target = row.target === "" ? void 0 : readFigure(row.target);
  if (target === null || Number.isNaN(target)) return `target "${row.target}" must be a number, a percentage or blank`;
  const unit = row.unit === "%" ? "percent" : row.unit.toLowerCase();
  if (unit && !PERFORMANCE_UNITS.includes(unit)) {
    return `unit "${row.unit}" must be one of ${PERFORMANCE_UNITS.join(", ")}`;
  }
  const better = row.better.toLowerCase();
  if (better && better !== "higher" && better !== "lower") return `better "${row.better}" must be higher or lower`;
  return { achieved, target, unit, better };
}
__name(readRowCells, "readRowCells");
function addRow(row, line, series) {
  const cells = readRowCells(row);
  if (typeof cells === "string") return cells;
  const performance2 = series.byPromise.get(row.promise) ?? { unit: "percent", better: "higher", periods: [] };
  const declared = series.declared.get(row.promise) ?? {};
  if (cells.unit && declared.unit && cells.unit !== declared.unit.value) {
    return `unit "${cells.unit}" differs from "${declared.unit.value}" on line ${declared.unit.line}`;
  }
  if (cells.better && declared.better && cells.better !== declared.better.value) {
    return `better "${cells.better}" differs from "${declared.better.value}" on line ${declared.better.line}`;
  }
  if (performance2.periods.some((p4) => p4.period === row.period))
    return `${row.promise} already has a row for ${row.period}`;
  if (cells.unit && !declared.unit) declared.unit = { value: performance2.unit = cells.unit, line };
  if (cells.better && !declared.better) declared.better = { value: performance2.better = cells.better, line };
  if (!performance2.measure && row.measure) performance2.measure = row.measure;
  const { achieved, target } = cells;
  performance2.periods.push(
    target === void 0 ? { period: row.period, achieved } : { period: row.period, achieved, target }
  );
  series.byPromise.set(row.promise, performance2);
  series.declared.set(row.promise, declared);
  return void 0;
}
__name(addRow, "addRow");
function readFiguresCsv(text) {
  const { records, unclosedQuoteLine } = readCsv(text);
  const [header, ...rows] = records;
  const names = (header?.cells ?? []).map((name) => name.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length) {
    throw new FiguresReadError("columns", `the CSV header must name the columns ${missing.join(", ")}`);
  }
  const series = { byPromise: /* @__PURE__ */ new Map(), declared: /* @__PURE__ */ new Map() };
  const problems = [];
  const toRow = /* @__PURE__ */ __name((record) => Object.fromEntries(CSV_COLUMNS.map((column) => [column, record.cells[names.indexOf(column)]?.trim() ?? ""])), "toRow");
  for (const record of rows) {
    const why = record.cells.slice(names.length).some((cell) => cell.trim() !== "") ? `has ${record.cells.length} fields but the header has ${names.length} (is a comma inside an unquoted field?)` : addRow(toRow(record), record.line, series);
    if (why) problems.push({ where: `line ${record.line}`, message: why });
  }
  if (unclosedQuoteLine) {
    problems.push({ where: `line ${unclosedQuoteLine}`, message: "a quoted field is not closed" });
  }
  return { byPromise: Object.fromEntries(series.byPromise), problems };
}
__name(readFiguresCsv, "readFiguresCsv");
function readFigures(body, format) {
  if (format === "csv") return readFiguresCsv(body);
  let json;
  try {
    json = JSON.parse(body.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new FiguresReadError("json", `not valid JSON: ${error.message}`);
  }
  return readFiguresJson(json);
}
__name(readFigures, "readFigures");
function figuresFormat(contentType, url) {
  const type = (contentType ?? "").toLowerCase();
  if (type.includes("csv")) return "csv";
  if (type.includes("json")) return "json";
  return /\.csv(?:$|[?#])/i.test(url) ? "csv" : "json";
}
__name(figuresFormat, "figuresFormat");

// src/core/performance-trend.ts
function periodResults(performance2) {
  return [...performance2.periods].sort(byPeriod).map((period) => {
    if (period.achieved === null) return { ...period, verdict: "gap" };
    const met = meetsTarget(period, performance2.better);
    return { ...period, verdict: met === void 0 ? "no-target" : met ? "met" : "missed" };
  });
}
__name(periodResults, "periodResults");
function trendOf(performance2) {
  const latest = latestFigure(performance2);
  const previous = latest && latestFigure({
    ...performance2,
    periods: performance2.periods.filter((p4) => byPeriod(p4, latest) < 0)
  });
  if (!latest || !previous) return void 0;
  const change = latest.achieved - previous.achieved;
  const better = performance2.better === "lower" ? -change : change;
  return { direction: better > 0 ? "improving" : better < 0 ? "worsening" : "steady", latest, previous };
}
__name(trendOf, "trendOf");
function targetRecord(results) {
  const judged = results.filter((r7) => r7.verdict === "met" || r7.verdict === "missed");
  return { met: judged.filter((r7) => r7.verdict === "met").length, judged: judged.length };
}
__name(targetRecord, "targetRecord");
function periodKind(period) {
  return period.length === 4 ? "year" : period.includes("Q") ? "quarter" : "month";
}
__name(periodKind, "periodKind");

// src/strings/performance.ts
var en8 = {
  performance: "How well we keep this promise",
  figuresLoading: "Loading performance figures\u2026",
  figuresLoaded: "Performance figures loaded.",
  figuresNetworkError: "The latest performance figures could not be loaded. Check your connection and try again.",
  figuresNotJson: "The performance figures could not be read: the file is not valid JSON.",
  figuresNoColumns: "The performance figures could not be read: the file does not have the columns promise, period and achieved.",
  figuresFromCharter: "The figures below are the ones published in the charter.",
  figuresProblems: "Some figures could not be read and are not shown:",
  latest: "Latest",
  trend: "{direction} since {period}, when it was {figure}.",
  improving: "Improving",
  worsening: "Getting worse",
  steady: "No change",
  higherIsBetter: "Higher is better.",
  lowerIsBetter: "Lower is better.",
  chartLabel: "Chart of {measure} from {first} to {last}.",
  chartLabelOne: "Chart of {measure} for {first}.",
  /** `{measure}` in the chart's name when the measure is written in another language (a name has one language). */
  chartTheseFigures: "these figures",
  chartTarget: {
    one: "The target was met in # of {judged} period.",
    other: "The target was met in # of {judged} periods."
  },
  chartTable: "Every figure is in the table of figures.",
  tableToggle: "Table of figures",
  tableCaption: "{measure}: achieved against target by period",
  columnPeriod: "Period",
  columnAchieved: "Achieved",
  columnTarget: "Target",
  columnResult: "Result",
  noFigure: "No figure",
  noTarget: "No target",
  notJudged: "Not measured against a target",
  legendAchieved: "Achieved",
  legendTarget: "Target",
  monthsShort: [],
  axis: {
    percent: "Per cent",
    seconds: "Seconds",
    minutes: "Minutes",
    days: "Days",
    count: "Number"
  }
};

// src/components/service-performance/chart-view.ts
function axisLabel(slot, previous, { text, language }) {
  const [year, part] = slot.period.split("-");
  const newYear = !previous || previous.period.slice(0, 4) !== year;
  if (periodKind(slot.period) === "year") return { short: year, year: "" };
  const short = periodKind(slot.period) === "quarter" ? fill(text.quarter, { quarter: part.slice(1), year: "" }).trim() : monthName(+year, +part, language, "short", text.monthsShort);
  return { short, year: newYear ? year : "" };
}
__name(axisLabel, "axisLabel");
function pointTitle(slot, context) {
  const { text, figure, periodName } = context;
  const achieved = slot.achieved === null ? text.noFigure : figure(slot.achieved);
  const target = slot.target === void 0 ? text.noTarget : `${text.columnTarget} ${figure(slot.target)}`;
  return `${periodName(slot.period)}: ${achieved} (${target})`;
}
__name(pointTitle, "pointTitle");
function pointShape(slot, y3) {
  if (slot.verdict === "met") return w`<circle class="met" cx=${slot.x} cy=${y3} r="6"></circle>`;
  if (slot.verdict === "missed")
    return w`<rect class="missed" x=${slot.x - 5.5} y=${y3 - 5.5} width="11" height="11"></rect>`;
  return w`<circle class="unjudged" cx=${slot.x} cy=${y3} r="5"></circle>`;
}
__name(pointShape, "pointShape");
function chartView(geometry, label, context) {
  const { box, slots, ticks } = geometry;
  const plotBottom = box.height - box.bottom;
  const labelRoom = Math.max(1, Math.min(12, Math.floor((box.width - box.left - box.right) / 44)));
  const every = Math.ceil(slots.length / labelRoom);
  return w`<svg class="chart" viewBox="0 0 ${box.width} ${box.height}" role="img" aria-label=${label} part="chart">
    <text class="axis-title" x="0" y="14">${context.axisTitle}</text>
    ${ticks.map(
    (t6) => w`<line class="grid" x1=${box.left} x2=${box.width - box.right} y1=${t6.y} y2=${t6.y}></line>
        <text class="tick" x=${box.left - 8} y=${t6.y + 4} text-anchor="end">${context.tick(t6.value)}</text>`
  )}
    ${slots.filter((s7) => s7.y === void 0).map(
    (s7) => w`<rect class="gap" x=${s7.start + 2} y=${box.top} width=${s7.end - s7.start - 4} height=${plotBottom - box.top}>
          <title>${pointTitle(s7, context)}</title></rect>`
  )}
    <path class="target" d=${geometry.targetPath || "M0 0"}></path>
    <path class="achieved" d=${geometry.achievedPath || "M0 0"}></path>
    ${slots.map(
    (s7) => s7.y === void 0 ? A : w`<g class="point" data-period=${s7.period}>${pointShape(s7, s7.y)}<title>${pointTitle(s7, context)}</title></g>`
  )}
    ${slots.map((s7, i7) => {
    if (i7 % every !== 0) return A;
    const { short, year } = axisLabel(s7, slots[i7 - every], context);
    return w`<text class="period" x=${s7.x} y=${plotBottom + 18} text-anchor="middle">${short}</text>
        ${year ? w`<text class="period" x=${s7.x} y=${plotBottom + 36} text-anchor="middle">${year}</text>` : A}`;
  })}
  </svg>`;
}
__name(chartView, "chartView");
function legendView(geometry, { text }) {
  const has = /* @__PURE__ */ __name((verdict) => geometry.slots.some((s7) => s7.verdict === verdict), "has");
  const item = /* @__PURE__ */ __name((shape, words) => b2`<li><svg viewBox="0 0 24 16" aria-hidden="true" focusable="false">${shape}</svg>${words}</li>`, "item");
  return b2`<ul class="legend" part="legend" aria-hidden="true">
    ${item(w`<path class="achieved" d="M0 8h24"></path>`, text.legendAchieved)}
    ${geometry.targetPath ? item(w`<path class="target" d="M0 8h24"></path>`, text.legendTarget) : A}
    ${has("met") ? item(w`<circle class="met" cx="12" cy="8" r="6"></circle>`, text.met) : A}
    ${has("missed") ? item(w`<rect class="missed" x="6.5" y="2.5" width="11" height="11"></rect>`, text.missed) : A}
    ${has("gap") ? item(w`<rect class="gap" x="4" y="1" width="16" height="14"></rect>`, text.noFigure) : A}
  </ul>`;
}
__name(legendView, "legendView");

// src/components/service-performance/chart-width.ts
var ChartWidth = class {
  constructor(host) {
    this.host = host;
    this.box = DEFAULT_BOX;
    host.addController(this);
  }
  static {
    __name(this, "ChartWidth");
  }
  hostConnected() {
    if (typeof ResizeObserver === "undefined") return;
    this.observer = new ResizeObserver(([entry]) => {
      const width = Math.min(DEFAULT_BOX.width, Math.floor(entry.contentRect.width)) || DEFAULT_BOX.width;
      if (width === this.box.width) return;
      this.box = { ...DEFAULT_BOX, width };
      requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.observer.observe(this.host);
  }
  hostDisconnected() {
    this.observer?.disconnect();
  }
};

// src/components/service-performance/load-figures.ts
var FiguresNetworkError = class extends Error {
  static {
    __name(this, "FiguresNetworkError");
  }
  constructor(detail) {
    super(`service-performance: ${detail}`);
    this.name = "FiguresNetworkError";
  }
};
async function fetchFigures(src, signal) {
  const { text, contentType } = await fetchText(
    src,
    "application/json, text/csv",
    signal,
    (detail) => new FiguresNetworkError(detail)
  );
  return readFigures(text, figuresFormat(contentType, new URL(src, document.baseURI).pathname));
}
__name(fetchFigures, "fetchFigures");

// src/components/service-performance/service-performance.styles.ts
var performanceStyles = i2`
  .measures:focus {
    outline: none;
  }
  .measure + .measure {
    margin-block-start: calc(var(--_space) * 2);
  }
  .trend {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    color: var(--_muted);
  }
  .trend svg {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin-block-start: 0.125em;
    color: var(--_text);
  }
  figure {
    margin: 0 0 var(--_space);
  }
  .chart {
    display: block;
    width: 100%;
    height: var(--service-performance-chart-height, auto);
    max-width: 44rem;
    font-size: 13px;
    direction: ltr;
  }
  .chart text {
    fill: var(--_text);
  }
  .chart .axis-title {
    fill: var(--_muted);
  }
  .grid {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .achieved {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 3;
  }
  .target {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2;
    stroke-dasharray: 6 4;
  }
  .met {
    fill: var(--_success);
  }
  .missed {
    fill: var(--_error);
  }
  .unjudged {
    fill: var(--_surface);
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .point circle,
  .point rect {
    stroke: var(--_surface);
    stroke-width: 1.5;
  }
  .point .unjudged {
    stroke: var(--_accent);
  }
  .gap {
    fill: var(--_border);
    fill-opacity: 0.25;
    stroke: var(--_border);
    stroke-dasharray: 3 3;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    padding: 0;
    margin: calc(var(--_space) * 0.5) 0 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend li {
    display: flex;
    gap: 0.4em;
    align-items: center;
  }
  .legend svg {
    width: 1.5em;
    height: 1em;
  }
  summary {
    cursor: pointer;
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  summary:focus-visible {
    outline: 3px solid var(--_focus);
    box-shadow: 0 0 0 6px var(--_text);
    text-decoration: none;
  }
  table {
    margin-block-start: calc(var(--_space) * 0.5);
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: calc(var(--_space) * 0.5);
  }
  th,
  td {
    padding: 0.375em 1em 0.375em 0;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  td.none {
    color: var(--_muted);
  }
  .result {
    display: inline-flex;
    gap: 0.4em;
    align-items: center;
  }
  .loading,
  .empty {
    color: var(--_muted);
  }
  .problem p:last-child {
    margin-block-end: 0;
  }
  @media print {
    button {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .achieved,
    .target {
      stroke: CanvasText;
    }
    /* Grid lines stay thin and grey, so the dashed target line on top of one still shows. */
    .grid {
      stroke: GrayText;
    }
    .target {
      stroke-width: 3;
    }
    .met,
    .missed,
    .chart text {
      fill: CanvasText;
    }
  }
`;

// src/components/service-performance/table-view.ts
function resultCell(result, { text }) {
  switch (result.verdict) {
    case "met":
      return b2`<span class="result met">${verdictIcon}${text.met}</span>`;
    case "missed":
      return b2`<span class="result missed">${verdictIcon}${text.missed}</span>`;
    case "no-target":
      return text.notJudged;
    default:
      return text.noFigure;
  }
}
__name(resultCell, "resultCell");
function tableView(results, caption, context) {
  const { text, figure, periodName } = context;
  return b2`<table part="table">
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${text.columnPeriod}</th>
        <th scope="col">${text.columnAchieved}</th>
        <th scope="col">${text.columnTarget}</th>
        <th scope="col">${text.columnResult}</th>
      </tr>
    </thead>
    <tbody>
      ${results.map(
    (r7) => b2`<tr data-period=${r7.period}>
            <th scope="row">${periodName(r7.period)}</th>
            <td class=${r7.achieved === null ? "none" : A}>
              ${r7.achieved === null ? text.noFigure : figure(r7.achieved)}
            </td>
            <td class=${r7.target === void 0 ? "none" : A}>
              ${r7.target === void 0 ? text.noTarget : figure(r7.target)}
            </td>
            <td>${resultCell(r7, context)}</td>
          </tr>`
  )}
    </tbody>
  </table>`;
}
__name(tableView, "tableView");

// src/components/service-performance/trend-icons.ts
var trendIcons = {
  up: w`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="M10 3l6 7h-4v7H8v-7H4z" fill="currentColor"/></svg>`,
  down: w`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="M10 17l6-7h-4V3H8v7H4z" fill="currentColor"/></svg>`,
  level: w`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="M3 8h14v4H3z" fill="currentColor"/></svg>`
};

// src/components/service-performance/trend-view.ts
var trendWords = /* @__PURE__ */ __name((trend, { text, periodName, figure }) => fill(text.trend, {
  direction: text[trend.direction],
  period: periodName(trend.previous.period),
  figure: figure(trend.previous.achieved)
}), "trendWords");
function trendView(performance2, trend, context) {
  const { text } = context;
  const direction = performance2.better === "lower" ? text.lowerIsBetter : text.higherIsBetter;
  if (!trend) return b2`<p part="trend" class="trend">${direction}</p>`;
  const moved = trend.latest.achieved - trend.previous.achieved;
  return b2`<p part="trend" class="trend ${trend.direction}">
    ${moved > 0 ? trendIcons.up : moved < 0 ? trendIcons.down : trendIcons.level}<span
      >${trendWords(trend, context)} ${direction}</span
    >
  </p>`;
}
__name(trendView, "trendView");

// src/components/service-performance/service-performance.ts
var ServicePerformance = class extends ServiceElement {
  constructor() {
    super(...arguments);
    this.promiseId = "";
    this.headingLevel = 3;
    this.tableOpen = false;
    this.loader = new AsyncLoad(this, {
      args: /* @__PURE__ */ __name(() => [this.figures, this.src], "args"),
      load: /* @__PURE__ */ __name(async ([figures, src], { signal }) => figures ? readFiguresJson(await figures) : src ? fetchFigures(src, signal) : void 0, "load"),
      onComplete: /* @__PURE__ */ __name((figures) => {
        const lines = figures?.problems.map((p4) => `  ${p4.where}: ${p4.message}`) ?? [];
        if (lines.length)
          console.warn(
            `<service-performance>: ${this.figures ? "the figures" : this.src} have entries that were left out:
${lines.join("\n")}`
          );
      }, "onComplete"),
      onError: /* @__PURE__ */ __name((error) => console.error(error instanceof Error ? error.message : error), "onError")
    });
    this.chartWidth = new ChartWidth(this);
  }
  static {
    __name(this, "ServicePerformance");
  }
  static {
    /** This element's built-in English strings (Welsh arrives when needed: strings/languages.ts). */
    this.builtInStrings = {
      en: { ...en8, ...en5, ...en2 }
    };
  }
  static {
    /** The shared defaults and problem box, the latest-figure line's styles, then this element's own. */
    this.styles = [baseStyles, problemStyles, promiseStyles, performanceStyles];
  }
  willUpdate(changed) {
    if (changed.has("headingLevel")) this.headingLevel = clampLevel(this.headingLevel);
  }
  /** The measures to show: the chosen promise, or every promise with at least one period of figures; `src` figures win. */
  shown(figures) {
    const fromFile = figures?.byPromise ?? {};
    const promises = this.currentCharter?.promises ?? [];
    const entry = /* @__PURE__ */ __name((id, promise) => {
      const model = promise && asCharterPromise(promise);
      const performance2 = withShareTarget(fromFile[id] ?? promise?.performance, model);
      if (!performance2?.periods.length) return [];
      const title = performance2.measure ?? promise?.text;
      const picked = title ? this.pickIn(title) : { text: id, lang: this.language };
      return [{ id, title: picked.text, titleLang: picked.lang, performance: performance2 }];
    }, "entry");
    const single = this.promise ?? promises.find((p4) => p4.id === this.promiseId);
    if (this.promise || this.promiseId) return entry(single?.id ?? this.promiseId, single);
    const known2 = new Set(promises.map((p4) => p4.id));
    return [
      ...promises.flatMap((p4) => entry(p4.id, p4)),
      ...Object.keys(fromFile).filter((id) => !known2.has(id)).flatMap((id) => entry(id))
    ];
  }
  render() {
    const text = this.text;
    const waiting = this.loader.status === "initial" || this.loader.status === "pending";
    const pending = waiting && !!(this.src || this.figures);
    const error = this.loader.status === "error" ? this.loader.error : void 0;
    const figures = pending || error ? void 0 : this.loader.value;
    const status = pending ? text.figuresLoading : error ? this.errorMessage(error) : this.src || this.figures ? text.figuresLoaded : "";
    const shown = pending ? [] : this.shown(figures);
    return b2`<div part="measures" class="measures" tabindex="-1">
      <p role="status" class="visually-hidden">${status}</p>
      ${pending ? b2`<p part="loading" class="loading">${text.figuresLoading}</p>` : A}
      ${error ? this.renderError(error, shown.length > 0) : A}
      ${figures?.problems.length ? this.renderProblems(figures) : A}
      ${pending ? A : shown.length ? shown.map((s7, i7) => this.renderMeasure(s7, i7)) : b2`<p part="empty" class="empty">${text.noFigures}</p>`}
    </div>`;
  }
  errorMessage(error) {
    if (!(error instanceof FiguresReadError)) return this.text.figuresNetworkError;
    return error.reason === "json" ? this.text.figuresNotJson : this.text.figuresNoColumns;
  }
  renderError(error, fallback) {
    return b2`<div part="problem" class="problem">
      <p>${this.errorMessage(error)}</p>
      ${fallback ? b2`<p>${this.text.figuresFromCharter}</p>` : A}
      ${error instanceof FiguresReadError || this.figures ? A : b2`<button type="button" @click=${this.retry}>${this.text.retry}</button>`}
    </div>`;
  }
  /** Loads again; focus moves to the figures so it is not lost with the button. */
  retry() {
    this.renderRoot.querySelector(".measures")?.focus();
    void this.loader.run();
  }
  renderProblems(figures) {
    return b2`<div part="problem" class="problem">
      <p>${this.text.figuresProblems}</p>
      <ul>
        ${figures.problems.map((p4) => b2`<li><code>${p4.where}</code>: ${p4.message}</li>`)}
      </ul>
    </div>`;
  }
  chartContext(performance2) {
    const { text, language } = this;
    const percent = new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 1 });
    const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
    return {
      text,
      language,
      figure: figureIn(performance2, { text, language }),
      periodName: /* @__PURE__ */ __name((period) => formatPeriod(period, language, text.quarter, text.months), "periodName"),
      tick: /* @__PURE__ */ __name((value) => performance2.unit === "percent" ? percent.format(value / 100) : number.format(value), "tick"),
      axisTitle: text.axis[performance2.unit] ?? ""
    };
  }
  renderMeasure({ title, titleLang, performance: performance2 }, index) {
    const text = this.text;
    const context = this.chartContext(performance2);
    const results = periodResults(performance2);
    const trend = trendOf(performance2);
    const geometry = chartGeometry(results, performance2.unit, this.chartWidth.box);
    const measure = inLanguage({ text: title, lang: titleLang }, this.language);
    return b2`<section part="measure" class="measure" aria-labelledby="measure-${index}">
      ${heading(this.headingLevel, measure, `measure-${index}`)} ${latestFigureLine(performance2, context)}
      ${trendView(performance2, trend, context)}
      <figure part="figure">
        ${chartView(geometry, this.chartLabel(sameLanguage(titleLang, this.language) ? title : text.chartTheseFigures, results, trend, context), context)}
        ${legendView(geometry, context)}
      </figure>
      <details part="details" ?open=${this.tableOpen}>
        <summary>${text.tableToggle}<span class="visually-hidden"> (${measure})</span></summary>
        ${tableView(results, fillParts(text.tableCaption, { measure }), context)}
      </details>
    </section>`;
  }
  /** The chart's text alternative: what it covers, the latest figure, the record against target, the trend. */
  chartLabel(title, results, trend, context) {
    const { text, periodName } = context;
    const [first, last] = [results[0], results.at(-1)].map((r7) => periodName(r7.period));
    const record = targetRecord(results);
    return [
      fill(first === last ? text.chartLabelOne : text.chartLabel, { measure: title, first, last }),
      record.judged ? fill(plural(this.language, record.met, text.chartTarget), { judged: record.judged }) : "",
      trend ? trendWords(trend, context) : "",
      text.chartTable
    ].filter(Boolean).join(" ");
  }
};
__decorateClass([
  n5({ attribute: "promise-id" })
], ServicePerformance.prototype, "promiseId", 2);
__decorateClass([
  n5({ attribute: false })
], ServicePerformance.prototype, "promise", 2);
__decorateClass([
  n5()
], ServicePerformance.prototype, "src", 2);
__decorateClass([
  n5({ attribute: false })
], ServicePerformance.prototype, "figures", 2);
__decorateClass([
  n5({ type: Number, attribute: "heading-level" })
], ServicePerformance.prototype, "headingLevel", 2);
__decorateClass([
  n5({ type: Boolean, attribute: "table-open" })
], ServicePerformance.prototype, "tableOpen", 2);

// src/define/service-performance.ts
defineElement("service-performance", ServicePerformance);

// src/core/backoff.ts
var DEFAULT_BACKOFF = { baseMs: 1e3, capMs: 5 * 6e4 };
function backoffDelay(attempt, policy = DEFAULT_BACKOFF, random = Math.random) {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt));
  return Math.floor(random() * ceiling);
}
__name(backoffDelay, "backoffDelay");
function retryAfterMs(header, now) {
  if (!header) return void 0;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1e3;
  const date = Date.parse(value);
  return isNaN(date) ? void 0 : Math.max(0, date - now);
}
__name(retryAfterMs, "retryAfterMs");
function freshForMs(cacheControl, age) {
  if (!cacheControl || /(?:^|,)\s*no-store\b/i.test(cacheControl)) return void 0;
  const match = /(?:^|,)\s*max-age\s*=\s*"?(\d+)"?/i.exec(cacheControl);
  if (!match) return void 0;
  const held = age && /^\d+$/.test(age.trim()) ? Number(age.trim()) : 0;
  return Math.max(0, Number(match[1]) - held) * 1e3;
}
__name(freshForMs, "freshForMs");

// src/core/submission-policy.ts
init_readers();
var isRetryableStatus = /* @__PURE__ */ __name((status) => status === 429 || status >= 500 && status <= 599, "isRetryableStatus");
function fieldErrorsOf(json) {
  const errors = isObject(json) && Array.isArray(json.errors) ? json.errors : [];
  return errors.flatMap(
    (entry) => isObject(entry) && typeof entry.message === "string" && entry.message.trim() ? [{ field: typeof entry.field === "string" ? entry.field : "", message: entry.message }] : []
  );
}
__name(fieldErrorsOf, "fieldErrorsOf");
function messageOf(json) {
  if (!isObject(json)) return void 0;
  const message = [json.message, json.error, json.detail, json.title].find((m3) => typeof m3 === "string" && m3.trim());
  return message?.slice(0, 300);
}
__name(messageOf, "messageOf");
function judgeResponse(status, retryAfter, json, now) {
  if (status >= 200 && status < 300) {
    if (isObject(json) && typeof json.reference === "string" && json.reference.trim())
      return { outcome: "sent", reference: json.reference };
    return { outcome: "retry", status };
  }
  if (status === 422) {
    const problems = fieldErrorsOf(json);
    if (problems.length > 0) return { outcome: "invalid", problems };
  }
  if (isRetryableStatus(status)) return { outcome: "retry", status, retryAfterMs: retryAfterMs(retryAfter, now) };
  return { outcome: "rejected", status, message: messageOf(json) };
}
__name(judgeResponse, "judgeResponse");

// src/controllers/complaint-sender.ts
function csrfHeaders(token, header) {
  const meta = /* @__PURE__ */ __name((name) => document.querySelector(`meta[name="${name}"]`)?.content, "meta");
  const value = token ?? meta("csrf-token");
  return value ? { [header ?? meta("csrf-header") ?? "X-CSRF-Token"]: value } : {};
}
__name(csrfHeaders, "csrfHeaders");
var ComplaintSender = class {
  constructor(host, clock) {
    this.host = host;
    this.clock = clock;
    this.phase = "idle";
    this.run = 0;
    this.onOnline = /* @__PURE__ */ __name(() => this.wake?.(), "onOnline");
    host.addController(this);
  }
  static {
    __name(this, "ComplaintSender");
  }
  hostConnected() {
    addEventListener("online", this.onOnline);
  }
  hostDisconnected() {
    removeEventListener("online", this.onOnline);
    this.stop();
  }
  /** Skips the current wait (the person pressed "Try again now"). */
  retryNow() {
    this.wake?.();
  }
  /** Abandons the submission in flight; `send` then resolves undefined. */
  stop() {
    this.run++;
    this.abort?.abort();
    this.wake?.();
    this.setPhase("idle");
  }
  /**
   * Offers one submission to the page with `event` (cancelable, carrying the Idempotency-Key):
   * when the page cancels it, the outcome it passes to `respondWith` is the verdict (an error
   * is a rejection without a status); otherwise `body` is sent to `endpoint` with the host's
   * settings. `setting` names the charter's field for the endpoint, for the console message
   * when there is none. Resolves undefined when stopped.
   */
  async deliver(event, body, endpoint, setting) {
    const host = this.host;
    if (!host.dispatchEvent(event)) {
      const outcome = await (event.outcome ?? Promise.resolve({})).catch(() => ({ error: "" }));
      return "error" in outcome ? { outcome: "rejected", status: 0 } : { outcome: "sent", reference: outcome.reference };
    }
    if (!endpoint) {
      console.error(`<${host.localName}>: no endpoint (attribute or charter ${setting})`);
      return { outcome: "rejected", status: 0 };
    }
    return this.send(
      { endpoint, body, key: event.idempotencyKey, headers: csrfHeaders(host.csrfToken, host.csrfHeader) },
      { timeoutMs: host.timeout, retryDelayMs: host.retryDelay, maxDelayMs: 6e4, maxAttempts: host.maxAttempts }
    );
  }
  /** Resolves with the final verdict (`sent`, `invalid` or `rejected`), or undefined when stopped. */
  async send(request, settings) {
    const run = ++this.run;
    for (let attempt = 1; run === this.run; attempt++) {
      if (!navigator.onLine) {
        this.setPhase("offline");
        await this.pause();
        continue;
      }
      this.setPhase(attempt === 1 ? "sending" : "retrying");
      await this.host.updateComplete;
      if (run !== this.run) break;
      const verdict = await this.attempt(request, settings.timeoutMs);
      if (run !== this.run) break;
      if (verdict && verdict.outcome !== "retry") {
        this.setPhase("idle");
        return verdict;
      }
      if (!verdict && !navigator.onLine) continue;
      if (attempt >= settings.maxAttempts) {
        this.setPhase("stalled");
        await this.pause();
        attempt = 0;
        continue;
      }
      this.setPhase("retrying");
      await this.pause(
        verdict?.retryAfterMs ?? backoffDelay(attempt - 1, { baseMs: settings.retryDelayMs, capMs: settings.maxDelayMs })
      );
    }
    return void 0;
  }
  setPhase(phase) {
    if (phase === this.phase) return;
    this.phase = phase;
    this.host.requestUpdate();
  }
  /** Waits `ms` (forever when undefined), or until `retryNow`, `online` or `stop`. */
  pause(ms) {
    return new Promise((resolve) => {
      const cancel = ms === void 0 ? void 0 : this.clock().setTimer(() => done(), ms);
      const done = /* @__PURE__ */ __name(() => {
        cancel?.();
        this.wake = void 0;
        resolve();
      }, "done");
      this.wake = done;
    });
  }
  /** One POST; undefined when it never got an answer (network error or timeout). */
  async attempt({ endpoint, body, key, headers }, timeoutMs) {
    const abort = this.abort = new AbortController();
    const clock = this.clock();
    const cancel = clock.setTimer(() => abort.abort(), timeoutMs);
    try {
      const response = await fetch(endpoint, {
        method: "POST",
        headers: { ...headers, "Content-Type": "application/json", Accept: "application/json", "Idempotency-Key": key },
        body: JSON.stringify(body),
        signal: abort.signal,
        credentials: "same-origin",
        cache: "no-store"
      });
      const json = await response.json().catch(() => void 0);
      return judgeResponse(response.status, response.headers.get("Retry-After"), json, clock.now());
    } catch {
      return void 0;
    } finally {
      cancel();
    }
  }
};

// src/controllers/draft-store.ts
var restoredDraft = /* @__PURE__ */ __name((draft, empty) => ({
  fields: { ...empty, ...draft.fields },
  startedAt: draft.startedAt,
  restored: true,
  pending: draft.pending,
  resumeDelivery: !!draft.pending
}), "restoredDraft");
var DraftStore = class {
  constructor(kind, key, maxAgeMs, clock) {
    this.kind = kind;
    this.key = key;
    this.maxAgeMs = maxAgeMs;
    this.clock = clock;
  }
  static {
    __name(this, "DraftStore");
  }
  get storage() {
    try {
      return this.kind === "local" ? localStorage : this.kind === "session" ? sessionStorage : void 0;
    } catch {
      return void 0;
    }
  }
  load() {
    try {
      const raw = this.storage?.getItem(this.key);
      const draft = raw ? JSON.parse(raw) : void 0;
      if (!draft?.fields || !(this.clock.now() - (draft.savedAt ?? 0) < this.maxAgeMs)) {
        if (draft) this.clear();
        return void 0;
      }
      return draft;
    } catch {
      return void 0;
    }
  }
  save(draft) {
    try {
      this.storage?.setItem(this.key, JSON.stringify({ ...draft, savedAt: this.clock.now() }));
    } catch {
    }
  }
  clear() {
    try {
      this.storage?.removeItem(this.key);
    } catch {
    }
  }
};

// src/core/complaint-deadlines.ts
init_bank_holidays();
init_gov_uk_holidays();
function complaintsSchedule(charter) {
  const hours = organisationCalendar(charter);
  const source = hours?.bankHolidays;
  return hours && source?.data ? withBankHolidays(hours, holidaysFromGovUk(source.data, source.division)) : hours;
}
__name(complaintsSchedule, "complaintsSchedule");
function complaintStageDeadlines(charter, receivedAt, trackId) {
  const tracks = charter?.complaints?.tracks ?? [];
  const stage = (trackId ? tracks.find((track) => track.id === trackId) : tracks[0])?.stages[0];
  const schedule = charter && complaintsSchedule(charter);
  if (!stage || !schedule) return void 0;
  return { targets: targetDeadlines(schedule, stage.targets, receivedAt), timeZone: schedule.timeZone };
}
__name(complaintStageDeadlines, "complaintStageDeadlines");

// src/core/complaint.ts
var emptyComplaint = /* @__PURE__ */ __name(() => ({
  kind: "",
  details: "",
  outcome: "",
  service: "",
  when: "",
  name: "",
  email: "",
  phone: "",
  anonymous: false,
  consent: false
}), "emptyComplaint");
var MAX_DETAILS = 5e3;
var MAX_OUTCOME = 2e3;
var EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
var PHONE = /^\+?[\d\s().-]{7,20}$/;
var isAnonymous = /* @__PURE__ */ __name((fields, rules) => rules.anonymousAllowed && fields.anonymous, "isAnonymous");
function validateComplaint(fields, rules) {
  const problems = [];
  const add = /* @__PURE__ */ __name((field, code) => problems.push({ field, code }), "add");
  const details = fields.details.trim();
  if (!fields.kind) add("kind", "required");
  if (!details) add("details", "required");
  else if (fields.details.length > MAX_DETAILS) add("details", "tooLong");
  if (fields.kind === "complaint") {
    if (!fields.outcome.trim()) add("outcome", "required");
    else if (fields.outcome.length > MAX_OUTCOME) add("outcome", "tooLong");
  }
  if (fields.when && !/^\d{4}-\d{2}-\d{2}$/.test(fields.when)) add("when", "invalid");
  else if (fields.when > rules.today) add("when", "future");
  if (!isAnonymous(fields, rules)) {
    const email = fields.email.trim();
    const phone = fields.phone.trim();
    if (!fields.name.trim()) add("name", "required");
    if (!email && !phone) add("contact", "required");
    if (email && !EMAIL.test(email)) add("email", "invalid");
    if (phone && !PHONE.test(phone)) add("phone", "invalid");
  }
  if (rules.consentRequired && !fields.consent) add("consent", "required");
  return problems;
}
__name(validateComplaint, "validateComplaint");
function spamReport(facts) {
  const fillSeconds = facts.startedAt ? Math.max(0, (+facts.submittedAt - +facts.startedAt) / 1e3) : null;
  const tooFast = fillSeconds === null || fillSeconds < facts.minimumFillSeconds;
  return { honeypot: facts.honeypot, fillSeconds, tooFast, suspected: tooFast || facts.honeypot !== "" };
}
__name(spamReport, "spamReport");
function complaintBody(fields, facts, anonymousAllowed) {
  const anonymous = isAnonymous(fields, { anonymousAllowed });
  const optional2 = /* @__PURE__ */ __name((value) => value.trim() || void 0, "optional");
  return {
    kind: fields.kind,
    submittedAt: facts.submittedAt.toISOString(),
    details: fields.details.trim(),
    outcome: fields.kind === "complaint" ? optional2(fields.outcome) : void 0,
    service: optional2(fields.service),
    when: optional2(fields.when),
    anonymous,
    contact: anonymous ? void 0 : { name: fields.name.trim(), email: optional2(fields.email), phone: optional2(fields.phone) },
    consent: fields.consent,
    language: facts.language,
    page: facts.page,
    spam: spamReport(facts)
  };
}
__name(complaintBody, "complaintBody");

// src/events/submit-event.ts
var SubmitRequestEvent = class extends Event {
  constructor(type, idempotencyKey) {
    super(type, { bubbles: true, composed: true, cancelable: true });
    this.idempotencyKey = idempotencyKey;
  }
  static {
    __name(this, "SubmitRequestEvent");
  }
  /** After `preventDefault()`: the outcome of sending it yourself; the element shows it. */
  respondWith(outcome) {
    this.outcome = Promise.resolve(outcome);
  }
};

// src/events/complaint-events.ts
var ComplaintSubmitEvent = class _ComplaintSubmitEvent extends SubmitRequestEvent {
  constructor(complaint, idempotencyKey) {
    super(_ComplaintSubmitEvent.eventName, idempotencyKey);
    this.complaint = complaint;
  }
  static {
    __name(this, "ComplaintSubmitEvent");
  }
  static {
    this.eventName = "service-complaint-submit";
  }
};
var ComplaintSentEvent = class _ComplaintSentEvent extends Event {
  constructor(complaint, reference) {
    super(_ComplaintSentEvent.eventName, { bubbles: true, composed: true });
    this.complaint = complaint;
    this.reference = reference;
  }
  static {
    __name(this, "ComplaintSentEvent");
  }
  static {
    this.eventName = "service-complaint-sent";
  }
};
var ComplaintFailedEvent = class _ComplaintFailedEvent extends Event {
  constructor(complaint, reason, status) {
    super(_ComplaintFailedEvent.eventName, { bubbles: true, composed: true });
    this.complaint = complaint;
    this.reason = reason;
    this.status = status;
  }
  static {
    __name(this, "ComplaintFailedEvent");
  }
  static {
    this.eventName = "service-complaint-failed";
  }
};

// src/components/service-complaint-form/service-complaint-form.ts
init_time_zone();

// src/strings/form-words.ts
var en9 = {
  privacyNoticeLink: "Read our privacy notice",
  honeypotLabel: "Leave this field empty",
  characterLimit: { one: "You can enter up to # character", other: "You can enter up to # characters" },
  charactersLeft: { one: "You have # character remaining", other: "You have # characters remaining" },
  charactersOver: { one: "You have # character too many", other: "You have # characters too many" },
  submit: "Send",
  sending: "Sending\u2026",
  errorSummary: "There is a problem",
  errorPrefix: "Error:",
  retryNow: "Try again now",
  errorCode: "(Error code {status})",
  draftRestored: "We have restored what you typed earlier."
};

// src/strings/complaint-form.ts
var en10 = {
  ...en9,
  formHeading: "Make a complaint, pay a compliment or leave a comment",
  policyHeading: "How we handle complaints",
  kindLegend: "What would you like to do?",
  kinds: {
    complaint: "Make a complaint",
    compliment: "Pay a compliment",
    comment: "Make a comment or suggestion"
  },
  detailsLabel: {
    complaint: "What happened?",
    compliment: "What would you like to tell us?",
    comment: "What is your comment or suggestion?"
  },
  detailsHint: {
    complaint: "Tell us what happened, when, and who was involved. Do not include bank details.",
    compliment: "Tell us who helped you and what they did well. Do not include bank details.",
    comment: "Tell us what we could do better or differently. Do not include bank details."
  },
  outcomeLabel: "What would you like us to do to put things right?",
  serviceLabel: "Which service is this about? (optional)",
  serviceNone: "Not sure or something else",
  whenLabel: "When did it happen? (optional)",
  whenHint: "For example, 27 March 2026",
  contactLegend: "How can we contact you?",
  contactHint: "Give an email address, a phone number or both.",
  nameLabel: "Full name",
  emailLabel: "Email address",
  phoneLabel: "Phone number",
  anonymousLabel: "I do not want to give my contact details",
  anonymousHint: "We will not be able to reply to you.",
  consentLabel: "I agree",
  errors: {
    "kind.required": "Select whether you want to make a complaint, pay a compliment or make a comment",
    "details.required": "Tell us what happened",
    "details.tooLong": "What you tell us must be 5,000 characters or fewer",
    "outcome.required": "Tell us what you would like us to do",
    "outcome.tooLong": "What you would like us to do must be 2,000 characters or fewer",
    "when.invalid": "Enter a real date, for example 27 March 2026",
    "when.future": "The date must be today or in the past",
    "name.required": "Enter your full name",
    "contact.required": "Enter an email address or a phone number, so we can reply",
    "email.invalid": "Enter an email address in the correct format, like name@example.com",
    "phone.invalid": "Enter a phone number, like 01632 960 001 or +44 808 157 0192",
    "consent.required": "Confirm that you agree to how we use your details"
  },
  statusSending: "Sending your message\u2026",
  statusRetrying: "Your message is not sent yet. It is saved, and we are trying again.",
  statusOffline: "You are offline. Your message is saved on this device and will be sent when you are back online.",
  statusStalled: "We could not send your message. It is saved on this device.",
  rejected: "We could not accept your message. It is saved: check it and try again, or contact us another way.",
  receivedHeading: {
    complaint: "Complaint received",
    compliment: "Compliment received",
    comment: "Comment received"
  },
  reference: "Your reference number is",
  noReference: "Your message has been passed on.",
  /** The receipt's deadlines, worded as <service-response-time> words them: "We will acknowledge it by …, and reply in full by …." */
  receiptDeadlines: "We will {steps}.",
  /** With alternative complaint tracks, one line per track. */
  receiptTrack: "{track}: {sentence}",
  /** The receipt names the complaint where <service-response-time> says "it". */
  receiptVerbs: {
    acknowledge: { first: "acknowledge your complaint", next: "and acknowledge your complaint" }
  },
  dateAtTime: "{date} at {time}",
  thanks: "Thank you for telling us."
};

// node_modules/lit-html/directive.js
var t4 = { ATTRIBUTE: 1, CHILD: 2, PROPERTY: 3, BOOLEAN_ATTRIBUTE: 4, EVENT: 5, ELEMENT: 6 };
var e8 = /* @__PURE__ */ __name((t6) => (...e9) => ({ _$litDirective$: t6, values: e9 }), "e");
var i6 = class {
  static {
    __name(this, "i");
  }
  constructor(t6) {
  }
  get _$AU() {
    return this._$AM._$AU;
  }
  _$AT(t6, e9, i7) {
    this._$Ct = t6, this._$AM = e9, this._$Ci = i7;
  }
  _$AS(t6, e9) {
    return this.update(t6, e9);
  }
  update(t6, e9) {
    return this.render(...e9);
  }
};

// node_modules/lit-html/directive-helpers.js
var { I: t5 } = j;
var r6 = /* @__PURE__ */ __name((o8) => void 0 === o8.strings, "r");
var m2 = {};
var p3 = /* @__PURE__ */ __name((o8, t6 = m2) => o8._$AH = t6, "p");

// node_modules/lit-html/directives/live.js
var l3 = e8(class extends i6 {
  constructor(r7) {
    if (super(r7), r7.type !== t4.PROPERTY && r7.type !== t4.ATTRIBUTE && r7.type !== t4.BOOLEAN_ATTRIBUTE) throw Error("The `live` directive is not allowed on child or event bindings");
    if (!r6(r7)) throw Error("`live` bindings can only contain a single expression");
  }
  render(r7) {
    return r7;
  }
  update(i7, [t6]) {
    if (t6 === E || t6 === A) return t6;
    const o8 = i7.element, l4 = i7.name;
    if (i7.type === t4.PROPERTY) {
      if (t6 === o8[l4]) return E;
    } else if (i7.type === t4.BOOLEAN_ATTRIBUTE) {
      if (!!t6 === o8.hasAttribute(l4)) return E;
    } else if (i7.type === t4.ATTRIBUTE && o8.getAttribute(l4) === t6 + "") return E;
    return p3(i7), t6;
  }
});

// src/components/service-complaint-form/field-views.ts
var ids = /* @__PURE__ */ __name((...candidates) => candidates.filter(Boolean).join(" ") || void 0, "ids");
function errorMessage(field, { errors, text }) {
  const message = errors.get(field);
  return message ? b2`<p id="${field}-error" class="error-message" part="error-message">
        <span class="visually-hidden">${text.errorPrefix}</span> ${message}
      </p>` : A;
}
__name(errorMessage, "errorMessage");
var labelAndHint = /* @__PURE__ */ __name((field, label, hint, context) => b2`<label for=${field}>${label}</label> ${hint ? b2`<p id="${field}-hint" class="hint">${hint}</p>` : A}
    ${errorMessage(field, context)}`, "labelAndHint");
var invalid = /* @__PURE__ */ __name((field, context) => context.errors.has(field) ? "true" : "false", "invalid");
var errorId = /* @__PURE__ */ __name((field, context) => context.errors.has(field) && `${field}-error`, "errorId");
var groupClass = /* @__PURE__ */ __name((field, context) => `group${context.errors.has(field) ? " group-error" : ""}`, "groupClass");
function textInput(field, label, context, options = {}) {
  const { hint, type = "text" } = options;
  return b2`<div class=${groupClass(field, context)}>
    ${labelAndHint(field, label, hint, context)}
    <input
      id=${field}
      name=${field}
      type=${type}
      class="input"
      autocomplete=${o7(options.autocomplete)}
      max=${o7(options.max)}
      spellcheck="false"
      aria-describedby=${o7(ids(hint && `${field}-hint`, errorId(field, context)))}
      aria-invalid=${invalid(field, context)}
      .value=${l3(context.fields[field])}
      ?disabled=${context.locked}
    />
  </div>`;
}
__name(textInput, "textInput");
function textArea(field, label, hint, limit, context) {
  const { text, language } = context;
  const value = context.fields[field];
  const left = limit - value.length;
  return b2`<div class=${groupClass(field, context)}>
    ${labelAndHint(field, label, hint, context)}
    <textarea
      id=${field}
      name=${field}
      rows="6"
      class="input"
      aria-describedby=${o7(ids(hint && `${field}-hint`, errorId(field, context), `${field}-limit`))}
      aria-invalid=${invalid(field, context)}
      .value=${l3(value)}
      ?disabled=${context.locked}
    ></textarea>
    <p id="${field}-limit" class="visually-hidden">${plural(language, limit, text.characterLimit)}</p>
    <p class="count ${left < 0 ? "over" : ""}" aria-hidden="true">${countMessage(left, language, text)}</p>
  </div>`;
}
__name(textArea, "textArea");
var countMessage = /* @__PURE__ */ __name((left, language, text) => plural(language, Math.abs(left), left < 0 ? text.charactersOver : text.charactersLeft), "countMessage");
function checkbox(field, label, hint, context) {
  return b2`<div class=${groupClass(field, context)}>
    ${errorMessage(field, context)}
    <div class="choice">
      <input
        id=${field}
        name=${field}
        type="checkbox"
        aria-describedby=${o7(ids(hint && `${field}-hint`, errorId(field, context)))}
        .checked=${l3(context.fields[field])}
        ?disabled=${context.locked}
      />
      <label for=${field}>${label}</label>
      ${hint ? b2`<p id="${field}-hint" class="hint">${hint}</p>` : A}
    </div>
  </div>`;
}
__name(checkbox, "checkbox");
function radios(field, legend, choices, context, hint) {
  return b2`<div class=${groupClass(field, context)}>
    <fieldset aria-describedby=${o7(ids(hint && `${field}-hint`, errorId(field, context)))}>
      <legend class="legend">${legend}</legend>
      ${hint ? b2`<p id="${field}-hint" class="hint">${hint}</p>` : A} ${errorMessage(field, context)}
      ${choices.map(
    ([value, label]) => b2`<div class="choice">
            <input
              id="${field}-${value}"
              name=${field}
              type="radio"
              value=${value}
              .checked=${l3(context.fields[field] === value)}
              ?disabled=${context.locked}
            />
            <label for="${field}-${value}">${label}</label>
          </div>`
  )}
    </fieldset>
  </div>`;
}
__name(radios, "radios");
function serviceSelect(label, services, context) {
  const current = context.fields.service;
  return b2`<div class="group">
    <label for="service">${label}</label>
    <select id="service" name="service" class="input select" ?disabled=${context.locked}>
      <option value="" ?selected=${current === ""}>${context.text.serviceNone}</option>
      ${services.map(
    ([id, name, lang]) => b2`<option value=${id} lang=${o7(lang)} ?selected=${current === id}>${name}</option>`
  )}
    </select>
  </div>`;
}
__name(serviceSelect, "serviceSelect");

// src/components/service-complaint-form/form-view.ts
function errorSummary(text, state) {
  const follow = /* @__PURE__ */ __name((event, id) => {
    event.preventDefault();
    state.onFocusField(id);
  }, "follow");
  return b2`<div
    class="error-summary"
    part="error-summary"
    role="alert"
    tabindex="-1"
    aria-labelledby="error-summary-title"
  >
    ${heading(state.summaryHeadingLevel, text.errorSummary, "error-summary-title")}
    <ul>
      ${state.problems.map(
    ([id, message]) => b2`<li><a href="#${id}" @click=${(event) => follow(event, id)}>${message}</a></li>`
  )}
    </ul>
  </div>`;
}
__name(errorSummary, "errorSummary");
var refusal = /* @__PURE__ */ __name((text, words, { status, message }) => `${words}${message ? ` \u201C${message}\u201D` : ""}${status ? ` ${fill(text.errorCode, { status })}` : ""}`, "refusal");
function notice(text, words, state) {
  if (state.rejected) return b2`<p class="notice notice-error" part="notice" role="alert">${state.rejected}</p>`;
  if (state.phase === "idle" || state.phase === "sending") return A;
  return b2`<div class="notice" part="notice">
    <p>${words[state.phase]}</p>
    ${state.phase === "stalled" ? b2`<button type="button" class="button secondary" @click=${state.onRetryNow}>${text.retryNow}</button>` : A}
  </div>`;
}
__name(notice, "notice");
var honeypotAndSend = /* @__PURE__ */ __name((text, sending) => b2`<div class="trap" aria-hidden="true">
      <label for="website">${text.honeypotLabel}</label>
      <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" />
    </div>
    <button type="submit" class="button" part="submit" aria-disabled=${sending ? "true" : "false"}>
      ${sending ? text.sending : text.submit}
    </button>`, "honeypotAndSend");
function formView(context, state) {
  const { text, fields } = context;
  const kind = fields.kind || "complaint";
  const sending = state.phase !== "idle";
  const anonymous = state.anonymousAllowed && fields.anonymous;
  const words = { retrying: text.statusRetrying, offline: text.statusOffline, stalled: text.statusStalled };
  return b2`${state.problems.length > 0 ? errorSummary(text, state) : A}
    ${state.restored && !sending ? b2`<p class="inset">${text.draftRestored}</p>` : A}
    ${notice(text, words, state)}
    <form part="form" novalidate @input=${state.onInput} @change=${state.onInput} @submit=${state.onSubmit}>
      ${radios(
    "kind",
    text.kindLegend,
    ["complaint", "compliment", "comment"].map((k2) => [k2, text.kinds[k2]]),
    context
  )}
      ${textArea("details", text.detailsLabel[kind], text.detailsHint[kind], MAX_DETAILS, context)}
      ${fields.kind === "complaint" ? textArea("outcome", text.outcomeLabel, void 0, MAX_OUTCOME, context) : A}
      ${state.services.length > 0 ? serviceSelect(text.serviceLabel, state.services, context) : A}
      ${textInput("when", text.whenLabel, context, { type: "date", hint: text.whenHint, max: state.today })}
      ${state.anonymousAllowed ? checkbox("anonymous", text.anonymousLabel, text.anonymousHint, context) : A}
      ${anonymous ? A : b2`${textInput("name", text.nameLabel, context, { autocomplete: "name" })}
              <div class="group${context.errors.has("contact") ? " group-error" : ""}">
                <fieldset aria-describedby="contact-hint${context.errors.has("contact") ? " contact-error" : ""}">
                  <legend class="legend">${text.contactLegend}</legend>
                  <p id="contact-hint" class="hint">${text.contactHint}</p>
                  ${errorMessage("contact", context)}
                  ${textInput("email", text.emailLabel, context, { type: "email", autocomplete: "email" })}
                  ${textInput("phone", text.phoneLabel, context, { type: "tel", autocomplete: "tel" })}
                </fieldset>
              </div>`}
      ${state.consent ? checkbox(
    "consent",
    text.consentLabel,
    state.privacyNotice ? b2`${state.consent} <a href=${state.privacyNotice}>${text.privacyNoticeLink}</a>` : state.consent,
    context
  ) : A}
      ${honeypotAndSend(text, sending)}
    </form>`;
}
__name(formView, "formView");

// src/components/web-link.ts
function webLink(value, base) {
  if (!value) return void 0;
  try {
    const url = new URL(value, base);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : void 0;
  } catch {
    return void 0;
  }
}
__name(webLink, "webLink");

// src/components/service-complaint-form/receipt-view.ts
var SHOWN_REFERENCE_CHARS = 80;
var shownReference = /* @__PURE__ */ __name((reference) => reference.length > SHOWN_REFERENCE_CHARS ? `${reference.slice(0, SHOWN_REFERENCE_CHARS - 1)}\u2026` : reference, "shownReference");
function trackParts({ track, targets }, { timeZone, sentAt }, language, text) {
  const due = /* @__PURE__ */ __name((at) => ({
    at,
    words: fill(text.dateAtTime, {
      date: fullDate(at, timeZone, language, text, sentAt),
      time: formatTime(at, timeZone, language)
    })
  }), "due");
  const verbs = { ...text.responseVerbs, ...text.receiptVerbs };
  const steps = deadlineSteps(targets, language, text, due, verbs, agreeingWith("complaint", text));
  if (steps.length === 0) return [];
  const sentence = sentenceParts(text.receiptDeadlines, { steps });
  return track ? sentenceParts(text.receiptTrack, { track, sentence }) : sentence;
}
__name(trackParts, "trackParts");
function receiptView(receipt, text, language, headingLevel) {
  const { deadlines, reference } = receipt;
  const lines = receipt.kind === "complaint" && deadlines ? deadlines.tracks.map((track) => trackParts(track, deadlines, language, text)).filter((l4) => l4.length) : [];
  return b2`<div part="receipt" class="receipt" tabindex="-1">
    <div class="panel" part="receipt-panel">
      ${heading(headingLevel, text.receivedHeading[receipt.kind])}
      ${reference ? b2`<p>
              ${text.reference} <strong class="reference" part="reference">${shownReference(reference)}</strong>
            </p>` : b2`<p>${text.noReference}</p>`}
    </div>
    ${lines.map((parts) => b2`<p part="deadlines">${parts.map((part) => partView(part, language))}</p>`)}
    <p>${text.thanks}</p>
  </div>`;
}
__name(receiptView, "receiptView");

// src/components/service-complaint-form/service-complaint-form.styles.ts
var formStyles = i2`
  .group {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .group-error {
    border-inline-start: 5px solid var(--_error);
    padding-inline-start: calc(var(--_space) * 0.75);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  label,
  .legend {
    display: block;
    font-weight: 700;
    margin-block-end: calc(var(--_space) * 0.25);
  }
  .legend {
    font-size: 1.125em;
  }
  .hint,
  .count {
    color: var(--_muted);
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .count {
    margin-block: calc(var(--_space) * 0.25) 0;
  }
  .count.over,
  .error-message {
    color: var(--_error);
    font-weight: 700;
  }
  .error-message {
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .input {
    display: block;
    width: 100%;
    max-width: 40em;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_text);
    border-radius: 0;
    padding: 0.3em;
  }
  input[type='date'],
  input[type='tel'],
  .select {
    max-width: 20em;
  }
  .group-error .input[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .choice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.5em;
    margin-block-end: calc(var(--_space) * 0.5);
  }
  /* Drawn boxes rather than native ones: WebKit draws no shadow on a native radio or checkbox,
     so the focus indicator's black ring needs a box of our own. */
  .choice input {
    appearance: none;
    flex: none;
    display: grid;
    place-content: center;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid currentColor;
  }
  .choice input[type='radio'] {
    border-radius: 50%;
  }
  .choice input::before {
    content: '';
    width: 0.75em;
    height: 0.75em;
    border-radius: inherit;
    background: currentColor;
    visibility: hidden;
    forced-color-adjust: none;
  }
  .choice input[type='checkbox']::before {
    height: 0.4em;
    background: none;
    border: solid;
    border-width: 0 0 0.2em 0.2em;
    rotate: -45deg;
  }
  .choice input:checked::before {
    visibility: visible;
  }
  .choice label {
    /* Beside its box however narrow the screen: the words wrap, the label does not drop below. */
    flex: 1 1 0;
    min-width: 0;
    font-weight: 400;
    margin: 0;
  }
  .choice .hint {
    flex-basis: 100%;
    padding-inline-start: 2em;
  }
  input:focus,
  textarea:focus,
  select:focus,
  .error-summary:focus,
  .receipt:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_text);
  }
  .choice input:focus {
    /* The yellow-and-black indicator of every other control: black around the yellow outline. */
    box-shadow: 0 0 0 6px var(--_text);
  }
  .button {
    font: inherit;
    font-weight: 700;
    color: #fff;
    background: var(--service-color-button, #00703c);
    border: 0;
    box-shadow: 0 2px 0 #002d18;
    padding: 0.5em 1em;
    cursor: pointer;
  }
  @media (forced-colors: active) {
    /* Forced colours drop the background and shadow: a border keeps the button a button. */
    .button {
      border: 2px solid ButtonText;
    }
    .choice input {
      color: CanvasText;
    }
  }
  .button.secondary {
    color: var(--_text);
    background: var(--_surface);
    box-shadow: 0 0 0 2px var(--_text);
  }
  .button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .error-summary,
  .notice,
  .inset,
  .panel {
    padding: var(--_space);
    margin-block-end: calc(var(--_space) * 1.5);
    border: 5px solid var(--_error);
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 700;
  }
  .notice,
  .inset {
    border-width: 0 0 0 10px;
    border-color: var(--_border);
  }
  .notice-error {
    border-color: var(--_error);
  }
  .panel {
    color: var(--_surface);
    background: var(--_success);
    border: 0;
    text-align: center;
  }
  .reference {
    display: block;
    font-size: 1.5em;
  }
  .receipt {
    padding: calc(var(--_space) * 0.75);
  }
  .trap {
    position: absolute;
    inset-inline-start: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
`;

// src/components/service-complaint-form/service-complaint-form.ts
var FOCUS_TARGET = { kind: "kind-complaint", contact: "email" };
var ServiceComplaintForm = class extends ServiceElement {
  constructor() {
    super(...arguments);
    this.draftHours = 20;
    this.timeout = 15e3;
    this.retryDelay = 1e3;
    this.maxAttempts = 6;
    this.minFillSeconds = 5;
    this.hidePolicy = false;
    this.headingLevel = 2;
    this.fields = emptyComplaint();
    this.problems = [];
    this.restored = false;
    this.announcement = "";
    this.sender = new ComplaintSender(this, () => this.timerClock);
    this.lastPhase = "idle";
    /** A restored draft was waiting to be sent: send it once this update is done. */
    this.resumeDelivery = false;
  }
  static {
    __name(this, "ServiceComplaintForm");
  }
  static {
    /** This element's built-in English strings (Welsh arrives when needed: strings/languages.ts). */
    this.builtInStrings = {
      en: { ...en10, ...en3, ...en4 }
    };
  }
  static {
    /** The shared defaults, then this element's own styles. */
    this.styles = [baseStyles, formStyles];
  }
  get currentCharter() {
    return this.parsedCharter ?? super.currentCharter;
  }
  /**
   * The clock for retries, timeouts, the character count and draft ages: the `clock`
   * property when given, else the system's (a `now` alone does not stop them: its timers never fire).
   */
  get timerClock() {
    return this.clock ?? systemClock;
  }
  get policy() {
    return this.currentCharter?.complaints;
  }
  get rules() {
    const timeZone = this.currentCharter?.hours?.timeZone ?? "Europe/London";
    return {
      anonymousAllowed: this.policy?.anonymousAllowed === true,
      consentRequired: this.policy?.consent !== void 0,
      today: localDateOf(timeZone, new Date(this.activeClock.now()))
    };
  }
  connectedCallback() {
    super.connectedCallback();
    this.requestUpdate();
  }
  firstUpdated() {
    if (Object.hasOwn(this, "charter")) {
      console.warn(
        "<service-complaint-form>: it has no `charter` property: give it `parsedCharter` (a charter read with parseCharter()) or place it inside <service-charter>."
      );
    }
  }
  disconnectedCallback() {
    super.disconnectedCallback();
    this.cancelCount?.();
    this.store = void 0;
  }
  updated() {
    if (this.stalledBody) {
      this.dispatchEvent(new ComplaintFailedEvent(this.stalledBody, "stalled"));
      this.stalledBody = void 0;
    }
    if (this.resumeDelivery) {
      this.resumeDelivery = false;
      void this.updateComplete.then(() => this.deliver());
    }
  }
  willUpdate(changed) {
    if (changed.has("headingLevel")) this.headingLevel = clampLevel(this.headingLevel);
    if (this.isConnected && !this.store && !this.receipt && (this.policy || !insideCharter(this))) this.openDraft();
    this.notePhase();
  }
  openDraft() {
    const key = this.draftKey ?? `service-complaint-form:${location.pathname}${this.id ? `#${this.id}` : ""}`;
    const kind = this.draftStorage ?? this.policy?.draftStorage ?? "session";
    this.store = new DraftStore(kind, key, this.draftHours * 36e5, this.timerClock);
    const draft = this.store.load();
    if (draft) Object.assign(this, restoredDraft(draft, emptyComplaint()));
  }
  saveDraft() {
    const draft = { fields: this.fields, startedAt: this.startedAt, pending: this.pending };
    this.store?.save(draft);
  }
  get busy() {
    return this.pending !== void 0;
  }
  onInput(event) {
    const target = event.target;
    if (this.busy || !(target.name in this.fields) || target.name === "website") return;
    const value = target.type === "checkbox" ? target.checked : target.value;
    this.fields = { ...this.fields, [target.name]: value };
    this.startedAt ??= this.activeClock.now();
    this.saveDraft();
    if (target.tagName === "TEXTAREA") this.announceCountSoon(target.name);
  }
  /** GOV.UK character count: announced once typing pauses, not on every keystroke. */
  announceCountSoon(field) {
    this.cancelCount?.();
    this.cancelCount = this.timerClock.setTimer(() => {
      const limit = field === "details" ? MAX_DETAILS : MAX_OUTCOME;
      this.announcement = countMessage(limit - this.fields[field].length, this.language, this.text);
    }, 1e3);
  }
  async onSubmit(event) {
    event.preventDefault();
    if (this.busy) return;
    this.cancelCount?.();
    const form = event.target;
    const honeypot = form.elements.namedItem("website")?.value ?? "";
    this.rejected = void 0;
    const partDate = form.elements.namedItem("when")?.validity.badInput;
    this.problems = validateComplaint({ ...this.fields, when: partDate ? "?" : this.fields.when }, this.rules);
    if (this.problems.length > 0) {
      await this.updateComplete;
      this.summary?.focus();
      return;
    }
    this.submitButton?.focus();
    const submittedAt = new Date(this.activeClock.now());
    const body = complaintBody(
      this.fields,
      {
        submittedAt,
        startedAt: this.startedAt === void 0 ? null : new Date(this.startedAt),
        honeypot,
        minimumFillSeconds: this.minFillSeconds,
        language: this.language,
        page: location.href
      },
      this.rules.anonymousAllowed
    );
    this.pending = { key: crypto.randomUUID(), body };
    this.startedAt ??= submittedAt.getTime();
    this.saveDraft();
    await this.deliver();
  }
  /** Sends the pending submission: through the host if it cancels the submit event, else to the endpoint. */
  async deliver() {
    const { key, body } = this.pending;
    this.requestUpdate();
    const endpoint = this.endpoint ?? this.policy?.endpoint;
    const verdict = await this.sender.deliver(
      new ComplaintSubmitEvent(body, key),
      body,
      endpoint,
      "complaints.endpoint"
    );
    if (verdict) this.settle(verdict, body);
  }
  settle(verdict, body) {
    this.pending = void 0;
    if (verdict.outcome === "sent") {
      this.store?.clear();
      this.receipt = {
        kind: body.kind,
        reference: verdict.reference,
        deadlines: this.receiptDeadlines(new Date(body.submittedAt))
      };
      this.dispatchEvent(new ComplaintSentEvent(body, verdict.reference));
      void this.updateComplete.then(() => this.receiptBox?.focus());
      return;
    }
    this.saveDraft();
    if (verdict.outcome === "invalid") {
      this.problems = verdict.problems;
      void this.updateComplete.then(() => this.summary?.focus());
    } else this.rejected = verdict;
    this.dispatchEvent(new ComplaintFailedEvent(body, verdict.outcome, "status" in verdict ? verdict.status : 422));
  }
  /** A track's name for the receipt, in the language it is written in; its id when it has none. */
  trackName(track) {
    const { text, lang } = this.pickIn(track.name);
    return text ? { words: text, lang } : track.id;
  }
  /** Every track's first-stage deadlines from the moment of sending; none when they cannot be worked out. */
  receiptDeadlines(sentAt) {
    const tracks = this.policy?.tracks ?? [];
    try {
      const read = tracks.map((track) => ({
        track,
        stage: complaintStageDeadlines(this.currentCharter, sentAt, track.id)
      }));
      const timeZone = read.find((r7) => r7.stage)?.stage?.timeZone;
      if (!timeZone) return void 0;
      return {
        timeZone,
        sentAt,
        tracks: read.map(({ track, stage }) => ({
          track: tracks.length > 1 ? this.trackName(track) : void 0,
          targets: stage?.targets ?? []
        }))
      };
    } catch (error) {
      console.warn(`<service-complaint-form>: no deadlines on the receipt: ${error.message}`);
      return void 0;
    }
  }
  /** Announces each new phase of sending once, and reports a stall to the host. */
  notePhase() {
    const phase = this.sender.phase;
    if (phase === this.lastPhase) return;
    if (phase === "stalled" && this.pending) this.stalledBody = this.pending.body;
    this.lastPhase = phase;
    const text = this.text;
    const words = {
      sending: text.statusSending,
      retrying: text.statusRetrying,
      offline: text.statusOffline,
      stalled: text.statusStalled
    };
    if (phase !== "idle") this.announcement = words[phase];
  }
  render() {
    const text = this.text;
    const level = this.headingLevel;
    return b2`${this.policy && !this.receipt && !this.hidePolicy ? complaintsView(this.policy, {
      text,
      language: this.language,
      pick: /* @__PURE__ */ __name((t6) => this.charterText(t6), "pick"),
      plain: /* @__PURE__ */ __name((t6) => this.pick(t6), "plain"),
      headingLevel: level
    }) : A}
      ${this.receipt ? receiptView(this.receipt, text, this.language, level) : b2`${heading(level, text.formHeading)} ${this.renderForm()}`}
      <div role="status" class="visually-hidden">${this.announcement}</div>`;
  }
  renderForm() {
    const text = this.text;
    const errors = new Map(
      this.problems.map((p4) => [p4.field, p4.code ? text.errors[`${p4.field}.${p4.code}`] ?? p4.code : p4.message ?? ""])
    );
    const context = { text, language: this.language, fields: this.fields, errors, locked: this.busy };
    const named = /* @__PURE__ */ __name((id, name) => {
      const { text: words, lang } = this.pickIn(name);
      return [id, words, sameLanguage(lang, this.language) ? void 0 : lang];
    }, "named");
    const services = this.policy?.services ? this.policy.services.map((s7) => named(s7.id, s7.name)) : (this.currentCharter?.channels ?? []).map((c5) => named(c5.id, c5.name));
    return formView(context, {
      phase: this.busy ? this.sender.phase === "idle" ? "sending" : this.sender.phase : "idle",
      problems: this.problems.map((p4) => [FOCUS_TARGET[p4.field] ?? p4.field, errors.get(p4.field)]),
      rejected: this.rejected && refusal(text, text.rejected, this.rejected),
      restored: this.restored,
      services,
      anonymousAllowed: this.rules.anonymousAllowed,
      consent: this.policy?.consent ? this.charterText(this.policy.consent) : void 0,
      privacyNotice: webLink(this.privacyNotice, this.ownerDocument.baseURI),
      today: this.rules.today,
      summaryHeadingLevel: this.headingLevel + 1,
      onInput: /* @__PURE__ */ __name((e9) => this.onInput(e9), "onInput"),
      onSubmit: /* @__PURE__ */ __name((e9) => void this.onSubmit(e9), "onSubmit"),
      onFocusField: /* @__PURE__ */ __name((id) => this.shadowRoot.getElementById(id)?.focus(), "onFocusField"),
      onRetryNow: /* @__PURE__ */ __name(() => this.sender.retryNow(), "onRetryNow")
    });
  }
};
__decorateClass([
  n5({ attribute: false })
], ServiceComplaintForm.prototype, "parsedCharter", 2);
__decorateClass([
  n5()
], ServiceComplaintForm.prototype, "endpoint", 2);
__decorateClass([
  n5({ attribute: "draft-storage" })
], ServiceComplaintForm.prototype, "draftStorage", 2);
__decorateClass([
  n5({ attribute: "draft-key" })
], ServiceComplaintForm.prototype, "draftKey", 2);
__decorateClass([
  n5({ type: Number, attribute: "draft-hours" })
], ServiceComplaintForm.prototype, "draftHours", 2);
__decorateClass([
  n5({ type: Number })
], ServiceComplaintForm.prototype, "timeout", 2);
__decorateClass([
  n5({ type: Number, attribute: "retry-delay" })
], ServiceComplaintForm.prototype, "retryDelay", 2);
__decorateClass([
  n5({ type: Number, attribute: "max-attempts" })
], ServiceComplaintForm.prototype, "maxAttempts", 2);
__decorateClass([
  n5({ type: Number, attribute: "min-fill-seconds" })
], ServiceComplaintForm.prototype, "minFillSeconds", 2);
__decorateClass([
  n5({ attribute: "csrf-header" })
], ServiceComplaintForm.prototype, "csrfHeader", 2);
__decorateClass([
  n5({ attribute: "csrf-token" })
], ServiceComplaintForm.prototype, "csrfToken", 2);
__decorateClass([
  n5({ attribute: "privacy-notice" })
], ServiceComplaintForm.prototype, "privacyNotice", 2);
__decorateClass([
  n5({ type: Boolean, attribute: "hide-policy" })
], ServiceComplaintForm.prototype, "hidePolicy", 2);
__decorateClass([
  n5({ type: Number, attribute: "heading-level" })
], ServiceComplaintForm.prototype, "headingLevel", 2);
__decorateClass([
  r5()
], ServiceComplaintForm.prototype, "fields", 2);
__decorateClass([
  r5()
], ServiceComplaintForm.prototype, "problems", 2);
__decorateClass([
  r5()
], ServiceComplaintForm.prototype, "receipt", 2);
__decorateClass([
  r5()
], ServiceComplaintForm.prototype, "rejected", 2);
__decorateClass([
  r5()
], ServiceComplaintForm.prototype, "restored", 2);
__decorateClass([
  r5()
], ServiceComplaintForm.prototype, "announcement", 2);
__decorateClass([
  e7(".error-summary")
], ServiceComplaintForm.prototype, "summary", 2);
__decorateClass([
  e7(".receipt")
], ServiceComplaintForm.prototype, "receiptBox", 2);
__decorateClass([
  e7('button[type="submit"]')
], ServiceComplaintForm.prototype, "submitButton", 2);

// src/define/service-complaint-form.ts
defineElement("service-complaint-form", ServiceComplaintForm);

// src/core/feed.ts
init_problems();
init_readers();
var FIGURE_FIELDS = ["estimatedWaitSeconds", "waiting", "agentsAvailable", "averageHandleSeconds"];
var seconds = /* @__PURE__ */ numberReader();
var count = /* @__PURE__ */ numberReader({ whole: true });
var known = /* @__PURE__ */ __name((value, keys) => Object.fromEntries(keys.filter((key) => key in value).map((key) => [key, value[key]])), "known");
var readFigures2 = /* @__PURE__ */ __name((value, path, log) => {
  if (!isObject(value)) return log.add(path, "must be an object");
  const problemsBefore = log.problems.length;
  const figures = readFields(known(value, FIGURE_FIELDS), path, log, {
    estimatedWaitSeconds: optional(seconds),
    waiting: optional(count),
    agentsAvailable: optional(count),
    averageHandleSeconds: optional(seconds)
  });
  return log.problems.length === problemsBefore ? figures : void 0;
}, "readFigures");
var readInstant = /* @__PURE__ */ __name((value, path, log) => {
  const valid = typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value) && !isNaN(Date.parse(value));
  return valid ? new Date(value) : log.add(path, 'must be an ISO 8601 instant, e.g. "2026-11-24T10:02:00Z"');
}, "readInstant");
function readFeed(json) {
  const log = new ProblemLog();
  if (!isObject(json)) return { feed: log.add("", "must be an object"), problems: log.problems };
  const updatedAt = json.updatedAt === void 0 ? log.add("updatedAt", "is required") : readInstant(json.updatedAt, "updatedAt", log);
  const channels = {};
  if (!isObject(json.channels)) log.add("channels", "must be an object of channel ids to figures");
  else {
    for (const [id, value] of Object.entries(json.channels)) {
      const figures = readFigures2(value, childPath("channels", id), log);
      if (figures) channels[id] = figures;
    }
  }
  const feed = updatedAt && isObject(json.channels) ? { updatedAt, channels } : void 0;
  return { feed, problems: log.problems };
}
__name(readFeed, "readFeed");
function parseFeedText(text) {
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return { feed: void 0, error: "the feed is not valid JSON" };
  }
  const { feed, problems } = readFeed(json);
  if (!feed) return { feed: void 0, error: problems.map((p4) => `${p4.path || "(feed)"}: ${p4.message}`).join("; ") };
  return { feed, problems };
}
__name(parseFeedText, "parseFeedText");

// src/core/wait-estimate.ts
function estimateWaitSeconds(figures) {
  if (!figures) return null;
  if (figures.estimatedWaitSeconds !== void 0) return figures.estimatedWaitSeconds;
  const { waiting, agentsAvailable, averageHandleSeconds } = figures;
  if (waiting === void 0 || agentsAvailable === void 0 || averageHandleSeconds === void 0) return null;
  if (waiting === 0) return 0;
  if (agentsAvailable === 0) return null;
  return (waiting + 1) * averageHandleSeconds / agentsAvailable;
}
__name(estimateWaitSeconds, "estimateWaitSeconds");
function roundWait(seconds2) {
  if (seconds2 < 60) return { kind: "underMinute" };
  if (seconds2 >= 3600) return { kind: "overHour" };
  const minutes = seconds2 / 60;
  if (minutes < 9.5) return { kind: "minutes", minutes: Math.max(1, Math.round(minutes)) };
  return { kind: "minutes", minutes: Math.min(55, Math.max(10, Math.round(minutes / 5) * 5)) };
}
__name(roundWait, "roundWait");
var WAIT_BANDS = [60, 300, 600, 1200, 1800, 3600];
var BAND_MARGIN = 0.1;
function waitBand(seconds2, previous) {
  const band = WAIT_BANDS.findIndex((limit) => seconds2 < limit);
  const index = band === -1 ? WAIT_BANDS.length : band;
  if (previous === void 0 || previous === index) return index;
  const low = previous === 0 ? 0 : WAIT_BANDS[previous - 1];
  const high = WAIT_BANDS[previous] ?? Infinity;
  const margin = (high === Infinity ? low : high - low) * BAND_MARGIN;
  return seconds2 >= low - margin && seconds2 < high + margin ? previous : index;
}
__name(waitBand, "waitBand");

// src/controllers/feed/feed-connection.ts
var LONGEST_FEED_WAIT_MS = LONGEST_TIMER_MS;
var DEFAULT_FEED_OPTIONS = {
  transport: "poll",
  pollMs: 3e4,
  timeoutMs: 1e4,
  reconnectMs: 3e3,
  backoff: DEFAULT_BACKOFF,
  random: Math.random,
  clock: systemClock
};
var FeedConnection = class {
  constructor(url, options) {
    this.url = url;
    this.options = options;
    this.snapshot = { status: "connecting", failures: 0 };
    /** True while a request or stream is open. */
    this.requestOpen = false;
    this.closed = false;
    this.listeners = /* @__PURE__ */ new Set();
    this.onVisibility = /* @__PURE__ */ __name(() => this.visibilityChanged(), "onVisibility");
    /** A snapshot published while the page was hidden, handed to the listeners when it is shown. */
    this.heldWhileHidden = false;
  }
  static {
    __name(this, "FeedConnection");
  }
  /** Starts fetching: called once, when the first subscriber arrives. */
  start() {
    document.addEventListener("visibilitychange", this.onVisibility);
    this.open();
  }
  get timerPending() {
    return this.cancelWait !== void 0;
  }
  get subscribers() {
    return this.listeners.size;
  }
  add(listener) {
    this.listeners.add(listener);
    this.notify(listener);
  }
  /** Removes a subscriber; returns how many remain. */
  remove(listener) {
    this.listeners.delete(listener);
    return this.listeners.size;
  }
  /** Stops for good: no request, no timer, no listener is left behind. */
  close() {
    document.removeEventListener("visibilitychange", this.onVisibility);
    this.closed = true;
    this.cancelTimer();
    this.abort?.abort();
    this.listeners.clear();
  }
  /** Hands a new snapshot to the listeners; while the page is hidden only the latest is kept, so nothing re-renders. */
  publish(snapshot) {
    this.snapshot = snapshot;
    this.heldWhileHidden = document.hidden;
    if (!this.heldWhileHidden) for (const listener of this.listeners) this.notify(listener);
  }
  /** Shown again: the listeners get what arrived while hidden. */
  visibilityChanged() {
    if (document.hidden || !this.heldWhileHidden) return;
    this.publish(this.snapshot);
  }
  succeed(feed) {
    if (this.snapshot.status === "live" && this.snapshot.feed === feed) return;
    this.publish({ status: "live", feed, failures: 0 });
  }
  /** Records a failure; returns the delay before a retry: full-jitter backoff, or Retry-After if longer. */
  fail(error, retryAfter = 0) {
    const failures = this.snapshot.failures + 1;
    console.warn(`service-charter: feed ${this.url}: ${error}`);
    this.publish({ ...this.snapshot, status: "retrying", error, failures });
    return Math.max(backoffDelay(failures - 1, this.options.backoff, this.options.random), retryAfter);
  }
  /** Runs `run` after `delay` ms (at most `LONGEST_FEED_WAIT_MS`) on the connection's clock; replaces any wait. */
  schedule(delay, run) {
    this.cancelTimer();
    if (this.closed) return;
    this.cancelWait = this.options.clock.setTimer(
      () => {
        this.cancelWait = void 0;
        run();
      },
      Math.min(delay, LONGEST_FEED_WAIT_MS)
    );
  }
  cancelTimer() {
    this.cancelWait?.();
    this.cancelWait = void 0;
  }
  /** A fresh AbortController for the next request, aborted by `close` or after `timeoutMs`. */
  startRequest() {
    const abort = this.abort = new AbortController();
    let timedOut = false;
    const cancelTimeout = this.options.clock.setTimer(() => {
      timedOut = true;
      abort.abort();
    }, this.options.timeoutMs);
    this.requestOpen = true;
    return {
      signal: abort.signal,
      timedOut: /* @__PURE__ */ __name(() => timedOut, "timedOut"),
      done: /* @__PURE__ */ __name(() => {
        cancelTimeout();
        this.requestOpen = false;
      }, "done")
    };
  }
  notify(listener) {
    try {
      listener(this.snapshot);
    } catch (error) {
      console.error(error);
    }
  }
};

// src/controllers/feed/poll-connection.ts
var PollConnection = class extends FeedConnection {
  constructor() {
    super(...arguments);
    /** When the next poll is due (ms since the epoch). */
    this.dueAt = 0;
    this.poll = /* @__PURE__ */ __name(async () => {
      if (this.closed || document.hidden || this.requestOpen) return;
      const request = this.startRequest();
      try {
        const response = await fetch(this.url, {
          headers: this.etag ? { "If-None-Match": this.etag } : {},
          cache: "no-store",
          credentials: "omit",
          signal: request.signal
        });
        const fresh = freshForMs(response.headers.get("Cache-Control"), response.headers.get("Age"));
        const next = Math.max(this.options.pollMs, fresh ?? 0);
        if (response.status === 304 && this.snapshot.feed) {
          this.succeed(this.snapshot.feed);
          return this.after(next);
        }
        if (!response.ok) {
          const retryAfter = retryAfterMs(response.headers.get("Retry-After"), this.options.clock.now());
          return this.failAndRetry(`HTTP ${response.status}`, retryAfter);
        }
        const reading = parseFeedText(await response.text());
        if (!reading.feed) return this.failAndRetry(reading.error);
        this.etag = response.headers.get("ETag") ?? void 0;
        this.succeed(reading.feed);
        this.after(next);
      } catch {
        if (!this.closed) this.failAndRetry(request.timedOut() ? "no answer in time" : "network error");
      } finally {
        request.done();
      }
    }, "poll");
  }
  static {
    __name(this, "PollConnection");
  }
  open() {
    this.poll();
  }
  visibilityChanged() {
    super.visibilityChanged();
    if (document.hidden) this.cancelTimer();
    else if (!this.requestOpen) this.schedule(Math.max(0, this.dueAt - this.options.clock.now()), this.poll);
  }
  /** Schedules the next poll; one that comes due while hidden waits for the page to be shown. */
  after(delay) {
    this.dueAt = this.options.clock.now() + Math.min(delay, LONGEST_FEED_WAIT_MS);
    if (!document.hidden) this.schedule(delay, this.poll);
  }
  failAndRetry(error, retryAfter) {
    this.after(this.fail(error, retryAfter));
  }
};

// src/core/sse-parser.ts
var MAX_SSE_CHARS = 1048576;
var SseParser = class {
  constructor(maxChars = MAX_SSE_CHARS) {
    this.maxChars = maxChars;
    /** The id to send as Last-Event-ID when reconnecting ("" = none). */
    this.lastEventId = "";
    this.buffer = "";
    this.data = [];
    this.type = "";
    this.dataChars = 0;
  }
  static {
    __name(this, "SseParser");
  }
  /** Adds text and returns the events it completed. */
  push(chunk) {
    const events = [];
    this.buffer += chunk;
    let end;
    const lineEnd = /\r\n|\r|\n/g;
    let start = 0;
    while (end = lineEnd.exec(this.buffer)) {
      if (end[0] === "\r" && end.index === this.buffer.length - 1) break;
      const event = this.line(this.buffer.slice(start, end.index));
      if (event) events.push(event);
      start = lineEnd.lastIndex;
    }
    this.buffer = this.buffer.slice(start);
    this.check(this.buffer.length);
    return events;
  }
  line(line) {
    if (line === "") return this.dispatch();
    if (line.startsWith(":")) return void 0;
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "data") this.addData(value);
    else if (field === "event") this.type = value;
    else if (field === "id" && !value.includes("\0")) this.lastEventId = value;
    else if (field === "retry" && /^\d+$/.test(value)) this.retryMs = Number(value);
    return void 0;
  }
  addData(value) {
    this.check(this.dataChars += value.length + 1);
    this.data.push(value);
  }
  /** A RangeError when a pending line or an event's data has grown past the bound. */
  check(chars) {
    if (chars > this.maxChars) throw new RangeError(`event-stream line or event over ${this.maxChars} characters`);
  }
  dispatch() {
    const data = this.data;
    const type = this.type || "message";
    this.data = [];
    this.dataChars = 0;
    this.type = "";
    if (data.length === 0) return void 0;
    return { type, data: data.join("\n"), lastEventId: this.lastEventId };
  }
};

// src/controllers/feed/sse-connection.ts
var MIN_RECONNECT_MS = 1e3;
var STEADY_STREAM_MS = 1e4;
var SseConnection = class extends FeedConnection {
  constructor() {
    super(...arguments);
    this.lastEventId = "";
    /** Streams in a row that ended within `STEADY_STREAM_MS` of opening. */
    this.shortStreams = 0;
    this.connect = /* @__PURE__ */ __name(async () => {
      if (this.closed) return;
      const request = this.startRequest();
      const parser = new SseParser();
      const clock = this.options.clock;
      let received = 0;
      try {
        const headers = { Accept: "text/event-stream" };
        if (this.lastEventId) headers["Last-Event-ID"] = this.lastEventId;
        const response = await fetch(this.url, {
          headers,
          cache: "no-store",
          credentials: "omit",
          signal: request.signal
        });
        const type = response.headers.get("Content-Type") ?? "";
        if (!response.ok || !response.body || !type.startsWith("text/event-stream")) {
          const retryAfter = retryAfterMs(response.headers.get("Retry-After"), clock.now());
          await response.body?.cancel();
          return this.reconnectAfter(this.fail(`HTTP ${response.status} ${type}`, retryAfter));
        }
        request.done();
        this.requestOpen = true;
        const openedAt = clock.now();
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        try {
          for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
            received += this.receive(parser.push(chunk.value));
            this.retryMs = parser.retryMs ?? this.retryMs;
          }
        } catch (error) {
          if (!(error instanceof RangeError)) throw error;
          await reader.cancel();
          this.requestOpen = false;
          return this.reconnectAfter(this.fail(`${error.message}: stream dropped`, this.retryMs));
        }
        this.requestOpen = false;
        this.shortStreams = clock.now() - openedAt < STEADY_STREAM_MS ? this.shortStreams + 1 : 0;
        if (received > 0) this.reconnectAfter(this.streamEndedDelay());
        else this.reconnectAfter(this.fail("the stream ended before any event", this.retryMs));
      } catch {
        if (!this.closed) this.reconnectAfter(this.fail(request.timedOut() ? "no answer in time" : "stream lost"));
      } finally {
        request.done();
      }
    }, "connect");
  }
  static {
    __name(this, "SseConnection");
  }
  open() {
    void this.connect();
  }
  /** Schedules the next connection, never sooner than the floor. */
  reconnectAfter(delay) {
    this.schedule(Math.max(MIN_RECONNECT_MS, delay), this.connect);
  }
  /** The server's `retry:` (or `reconnectMs`, at least the floor), doubled for each short-lived stream in a row after the first, up to the backoff cap. */
  streamEndedDelay() {
    const retry = Math.max(MIN_RECONNECT_MS, this.retryMs ?? this.options.reconnectMs);
    const doubled = retry * 2 ** Math.min(Math.max(0, this.shortStreams - 1), 30);
    return Math.min(doubled, Math.max(retry, this.options.backoff.capMs));
  }
  /**
   * Takes the message events of one chunk and publishes the last good document (a flood of
   * events costs one re-render per chunk); a bad one is logged and skipped, and not asked
   * for again. Returns how many message events there were.
   */
  receive(events) {
    const messages = events.filter((event) => event.type === "message");
    let latest;
    for (const { data, lastEventId } of messages) {
      this.lastEventId = lastEventId;
      const reading = parseFeedText(data);
      if (reading.feed) latest = reading.feed;
      else console.warn(`service-charter: feed ${this.url}: event ${lastEventId}: ${reading.error}`);
    }
    if (latest) this.succeed(latest);
    return messages.length;
  }
};

// src/controllers/feed/feed-registry.ts
var connections = /* @__PURE__ */ new Map();
function subscribeFeed(url, options, listener) {
  const settings = { ...DEFAULT_FEED_OPTIONS, ...options };
  let absolute;
  try {
    absolute = new URL(url, document.baseURI).href;
  } catch {
    listener({ status: "retrying", error: `not a URL: ${url}`, failures: 1 });
    return () => void 0;
  }
  const key = `${settings.transport} ${absolute}`;
  let connection = connections.get(key);
  if (!connection) {
    connection = settings.transport === "sse" ? new SseConnection(absolute, settings) : new PollConnection(absolute, settings);
    connections.set(key, connection);
    connection.start();
  }
  const shared = connection;
  shared.add(listener);
  let subscribed = true;
  return () => {
    if (!subscribed) return;
    subscribed = false;
    if (shared.remove(listener) === 0) {
      shared.close();
      connections.delete(key);
    }
  };
}
__name(subscribeFeed, "subscribeFeed");

// src/controllers/feed-controller.ts
var FeedController = class {
  constructor(host, source) {
    this.host = host;
    this.source = source;
    host.addController(this);
  }
  static {
    __name(this, "FeedController");
  }
  hostConnected() {
    this.follow();
  }
  hostUpdate() {
    this.follow();
  }
  hostDisconnected() {
    this.stop();
  }
  follow() {
    const source = this.source();
    const key = source && `${source.transport ?? "poll"} ${source.url}`;
    if (key === this.key) return;
    this.stop();
    if (!source) return;
    this.key = key;
    if (source.url !== this.url) this.snapshot = void 0;
    this.url = source.url;
    this.unsubscribe = subscribeFeed(source.url, source, (snapshot) => {
      this.snapshot = { ...snapshot, feed: snapshot.feed ?? this.snapshot?.feed };
      this.host.requestUpdate();
    });
  }
  stop() {
    this.unsubscribe?.();
    this.unsubscribe = void 0;
    this.key = void 0;
  }
};

// src/strings/wait.ts
var wait_exports = {};
__export(wait_exports, {
  en: () => en11
});
var en11 = {
  waitUnderMinute: "Less than a minute",
  waitMinutes: { one: "About # minute", other: "About # minutes" },
  waitOverHour: "Over an hour",
  waitToAnswer: {
    phone: "{wait} to answer a call",
    chat: "{wait} to answer a chat",
    "in-person": "{wait} to be seen",
    default: "{wait} to be answered"
  },
  waitUpdated: "updated {age}",
  waitAges: {
    second: { one: "# second ago", other: "# seconds ago" },
    minute: { one: "# minute ago", other: "# minutes ago" },
    hour: { one: "# hour ago", other: "# hours ago" }
  },
  waitUpdatedJustNow: "updated just now",
  waitUpdatedAt: "updated at {time}",
  waitConnecting: "Checking the current wait\u2026",
  waitStale: "This figure may be out of date.",
  waitUnavailable: "The current wait time is not available right now.",
  waitClosed: { phone: "Lines are closed.", chat: "Live chat is closed.", default: "Closed." },
  waitOpens: {
    phone: "Lines open {when}",
    chat: "Live chat opens {when}",
    default: "Opens {when}"
  },
  waitOpensToday: "at {time}",
  waitOpensTomorrow: "tomorrow at {time}",
  waitOpensDay: "on {day} at {time}",
  waitOpensDate: "on {date} at {time}",
  waitPause: "Pause updates",
  waitResume: "Resume updates",
  waitPaused: "Updates paused."
};

// src/core/figure-age.ts
var SECOND = 1e3;
var MINUTE = 60 * SECOND;
var HOUR = 60 * MINUTE;
function figureAge(ageMs) {
  const age = Math.max(0, ageMs);
  const step = /* @__PURE__ */ __name((size, unit, per) => {
    const value = Math.floor(age / size) * (size / per);
    return { age: { unit, value }, changesInMs: size - age % size };
  }, "step");
  if (age < 10 * SECOND) return { age: { unit: "now" }, changesInMs: 10 * SECOND - age };
  if (age < MINUTE) return step(10 * SECOND, "second", SECOND);
  if (age < HOUR) return step(MINUTE, "minute", MINUTE);
  return step(HOUR, "hour", HOUR);
}
__name(figureAge, "figureAge");
function freshness(ageMs, maxAgeMs, hideAfterMs) {
  if (ageMs > hideAfterMs) return "expired";
  return ageMs > maxAgeMs ? "stale" : "fresh";
}
__name(freshness, "freshness");

// src/components/service-wait-time/wait-view.ts
var byType = /* @__PURE__ */ __name((map, type) => map[type] ?? map.default, "byType");
function waitInWords(seconds2, type, text, language) {
  const rounded = roundWait(seconds2);
  const wait = rounded.kind === "underMinute" ? text.waitUnderMinute : rounded.kind === "overHour" ? text.waitOverHour : plural(language, rounded.minutes, text.waitMinutes);
  return fill(byType(text.waitToAnswer, type), { wait });
}
__name(waitInWords, "waitInWords");
function opensInWords(opensAt, inputs) {
  const { text, language, timeZone, now, channelType } = inputs;
  const time = formatTime(opensAt, timeZone, language);
  const days = daysBetween(new Date(now), opensAt, timeZone);
  const when = days === 0 ? fill(text.waitOpensToday, { time }) : days === 1 ? fill(text.waitOpensTomorrow, { time }) : days < 7 ? fill(text.waitOpensDay, { day: formatWeekday(opensAt, timeZone, language), time }) : fill(text.waitOpensDate, { date: formatDate(opensAt, timeZone, language, new Date(now)), time });
  return fill(byType(text.waitOpens, channelType), { when });
}
__name(opensInWords, "opensInWords");
function ageInWords(updatedAt, inputs) {
  const { text, language, now } = inputs;
  if (inputs.paused) {
    return { words: fill(text.waitUpdatedAt, { time: formatTime(updatedAt, inputs.timeZone, language) }) };
  }
  const { age, changesInMs } = figureAge(now - +updatedAt);
  const words = age.unit === "now" ? text.waitUpdatedJustNow : fill(text.waitUpdated, { age: plural(language, age.value, text.waitAges[age.unit]) });
  return { words, changesAt: now + changesInMs };
}
__name(ageInWords, "ageInWords");
function waitView(inputs) {
  const { text, snapshot, now, channelType } = inputs;
  const feed = snapshot?.feed;
  if (!feed) {
    const failed = !snapshot || snapshot.status === "retrying";
    return failed ? { state: "unavailable", figure: text.waitUnavailable, detail: "" } : { state: "connecting", figure: text.waitConnecting, detail: "" };
  }
  const seconds2 = estimateWaitSeconds(feed.channels[inputs.channelId]);
  const ageMs = now - +feed.updatedAt;
  const fresh = freshness(ageMs, inputs.maxAgeMs, inputs.hideAfterMs);
  const age = ageInWords(feed.updatedAt, inputs);
  const limits = [inputs.maxAgeMs, inputs.hideAfterMs].map((limit) => +feed.updatedAt + limit + 1);
  const changesAt = inputs.paused ? void 0 : Math.min(age.changesAt ?? Infinity, ...limits.filter((t6) => t6 > now));
  if (seconds2 === null || fresh === "expired") {
    return { state: "unavailable", figure: text.waitUnavailable, detail: age.words, changesAt };
  }
  const figure = waitInWords(seconds2, channelType, text, inputs.language);
  const state = fresh === "stale" ? "stale" : "live";
  return { state, figure, detail: age.words, seconds: seconds2, changesAt };
}
__name(waitView, "waitView");

// src/components/service-wait-time/service-wait-time.styles.ts
var waitStyles = i2`
  .figure {
    margin-block-end: calc(var(--_space) * 0.25);
    font-size: 1.25em;
    font-weight: 700;
  }
  .detail,
  .note {
    margin-block-end: calc(var(--_space) * 0.5);
    color: var(--_muted);
  }
  .detail:empty,
  .note:empty {
    display: none;
  }
  .stale .note {
    color: var(--_text);
    font-weight: 600;
  }
  .unavailable .figure,
  .connecting .figure,
  .closed .figure {
    font-size: 1em;
  }
  button {
    margin-block-end: var(--_space);
    min-height: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    cursor: pointer;
  }
`;

// src/components/service-wait-time/service-wait-time.ts
var DEFAULT_MAX_AGE_SECONDS = 120;
var HIDE_AFTER_MAX_AGES = 5;
var ServiceWaitTime = class extends ServiceElement {
  constructor() {
    super();
    this.channel = "phone";
    this.feedOptions = {};
    this.paused = false;
    this.announcement = "";
    this.feedController = new FeedController(this, () => this.source());
    new NextChangeController(
      this,
      () => this.activeClock,
      () => this.nextChange()
    );
  }
  static {
    __name(this, "ServiceWaitTime");
  }
  static {
    /** This element's built-in English strings (Welsh arrives when needed: strings/languages.ts). */
    this.builtInStrings = wait_exports;
  }
  static {
    /** The shared defaults, then this element's own styles. */
    this.styles = [baseStyles, waitStyles];
  }
  get channelData() {
    return this.currentCharter?.channels.find((channel) => channel.id === this.channel);
  }
  get feedConfig() {
    return this.channelData?.feed ?? this.currentCharter?.feed;
  }
  /** The feed URL in force: the attribute's, else the channel's or the charter's. */
  get feedUrl() {
    return this.feed ?? this.feedConfig?.url;
  }
  /** Whether figures come from anywhere: a feed, or the host through `feedData`. */
  get hasFigures() {
    return Boolean(this.feedUrl) || this.feedData !== void 0;
  }
  get schedule() {
    return this.channelData?.hours ?? this.currentCharter?.hours;
  }
  /** Whether the channel is open now and when that changes; undefined without opening hours. */
  openState() {
    const schedule = this.schedule;
    return schedule && openState(schedule, new Date(this.activeClock.now()));
  }
  /** When the channel opens (null: not within a year), if its opening hours say it is closed now. */
  closed() {
    const state = this.openState();
    return state && !state.open ? { opensAt: state.changesAt } : void 0;
  }
  /** The next instant the display changes by itself: the figure's wording, or opening or closing. */
  nextChange() {
    const times = [this.view?.changesAt, this.openState()?.changesAt?.getTime()].filter((t6) => t6 !== void 0);
    return times.length ? new Date(Math.min(...times)) : null;
  }
  /** The feed to follow now: none while paused, closed, or shown from `feedData`. */
  source() {
    const url = this.feedUrl;
    if (!url || this.paused || this.feedData !== void 0 || this.closed()) return void 0;
    const pollSeconds = this.pollInterval ?? this.feedConfig?.pollSeconds;
    return {
      // The element's own clock times the feed too (a `now` alone does not: its timers never fire).
      ...this.clock ? { clock: this.clock } : {},
      ...this.feedOptions,
      url,
      transport: this.transport ?? this.feedConfig?.transport ?? "poll",
      ...pollSeconds ? { pollMs: pollSeconds * 1e3 } : {}
    };
  }
  get snapshot() {
    if (this.paused && this.frozen) return this.frozen;
    if (this.feedData === void 0) return this.feedController.snapshot;
    if (this.feedData === null) return { status: "connecting", failures: 0 };
    const { feed } = readFeed(this.feedData);
    return feed ? { status: "live", feed, failures: 0 } : { status: "retrying", failures: 1, error: "invalid feedData" };
  }
  willUpdate(changed) {
    super.willUpdate(changed);
    if (changed.has("paused")) this.frozen = this.paused ? this.snapshot : void 0;
    this.view = this.computeView();
    if (this.view.seconds === void 0) return;
    const band = waitBand(this.view.seconds, this.band);
    if (this.band !== void 0 && band !== this.band) this.announcement = this.view.figure;
    this.band = band;
  }
  computeView() {
    const text = this.text;
    const closed = this.closed();
    const timeZone = this.timeZone ?? this.schedule?.timeZone ?? visitorTimeZone();
    const channelType = this.channelData?.type ?? this.channel;
    const inputs = { text, language: this.language, timeZone, now: this.activeClock.now(), channelType };
    if (closed) {
      const figure = text.waitClosed[channelType] ?? text.waitClosed.default;
      return { state: "closed", figure, detail: closed.opensAt ? opensInWords(closed.opensAt, inputs) : "" };
    }
    const maxAgeMs = (this.maxAge ?? this.feedConfig?.maxAgeSeconds ?? DEFAULT_MAX_AGE_SECONDS) * 1e3;
    const hideAfterMs = this.hideAfter ? this.hideAfter * 1e3 : maxAgeMs * HIDE_AFTER_MAX_AGES;
    const snapshot = this.hasFigures ? this.snapshot : void 0;
    return waitView({ ...inputs, channelId: this.channel, snapshot, maxAgeMs, hideAfterMs, paused: this.paused });
  }
  render() {
    const view = this.view;
    const text = this.text;
    const updates = view.state !== "closed" && this.hasFigures;
    const note = this.paused ? text.waitPaused : view.state === "stale" ? text.waitStale : "";
    const pauseWords = this.paused ? text.waitResume : text.waitPause;
    const pausedChannel = this.channelData ? b2`<span class="visually-hidden"> (${this.charterText(this.channelData.name)})</span>` : A;
    return b2`<div part="wait" class="wait ${view.state}">
      <p part="figure" class="figure">${view.figure}</p>
      <p part="detail" class="detail">${view.detail}</p>
      <p part="note" class="note">${note}</p>
      ${updates ? b2`<button part="pause-button" type="button" @click=${this.togglePause}>
              ${pauseWords}${pausedChannel}
            </button>` : A}
      <div role="status" class="visually-hidden">${this.announcement}</div>
    </div>`;
  }
  togglePause() {
    this.paused = !this.paused;
  }
};
__decorateClass([
  n5()
], ServiceWaitTime.prototype, "channel", 2);
__decorateClass([
  n5()
], ServiceWaitTime.prototype, "feed", 2);
__decorateClass([
  n5()
], ServiceWaitTime.prototype, "transport", 2);
__decorateClass([
  n5({ type: Number, attribute: "max-age" })
], ServiceWaitTime.prototype, "maxAge", 2);
__decorateClass([
  n5({ type: Number, attribute: "hide-after" })
], ServiceWaitTime.prototype, "hideAfter", 2);
__decorateClass([
  n5({ type: Number, attribute: "poll-interval" })
], ServiceWaitTime.prototype, "pollInterval", 2);
__decorateClass([
  n5({ attribute: false })
], ServiceWaitTime.prototype, "feedOptions", 2);
__decorateClass([
  n5({ attribute: false })
], ServiceWaitTime.prototype, "feedData", 2);
__decorateClass([
  n5({ attribute: "time-zone" })
], ServiceWaitTime.prototype, "timeZone", 2);
__decorateClass([
  n5({ type: Boolean, reflect: true })
], ServiceWaitTime.prototype, "paused", 2);

// src/define/service-wait-time.ts
defineElement("service-wait-time", ServiceWaitTime);

// src/core/scorecard.ts
function scoredPromises(promises) {
  return promises.flatMap((promise) => {
    const performance2 = withShareTarget(promise.performance, promise);
    return performance2?.periods.length ? [{ promise, performance: performance2 }] : [];
  });
}
__name(scoredPromises, "scoredPromises");
function latestPeriod(performances) {
  const byKind = /* @__PURE__ */ new Map();
  for (const performance2 of performances) {
    const kinds = /* @__PURE__ */ new Set();
    for (const { period, achieved } of performance2.periods) {
      if (achieved === null) continue;
      const kind = periodKind(period);
      const seen = byKind.get(kind) ?? { count: 0, latest: period };
      if (!kinds.has(kind)) seen.count++;
      kinds.add(kind);
      if (period > seen.latest) seen.latest = period;
      byKind.set(kind, seen);
    }
  }
  return [...byKind.values()].sort((a3, b3) => b3.count - a3.count)[0]?.latest;
}
__name(latestPeriod, "latestPeriod");
function linesFor(scored, period) {
  return scored.map(({ promise, performance: performance2 }) => {
    const result = periodResults(performance2).find((r7) => r7.period === period);
    const verdict = result?.verdict ?? "gap";
    const earlier = { ...performance2, periods: performance2.periods.filter((p4) => p4.period <= period) };
    const trend = verdict === "gap" ? void 0 : trendOf(earlier);
    const entry = performance2.periods.find((p4) => p4.period === period);
    return { promise, performance: performance2, verdict, ...entry && { entry }, ...trend && { trend } };
  });
}
__name(linesFor, "linesFor");
function tallyOf(lines) {
  const count2 = /* @__PURE__ */ __name((verdict) => lines.filter((line) => line.verdict === verdict).length, "count");
  return {
    met: count2("met"),
    missed: count2("missed"),
    noTarget: count2("no-target"),
    noFigure: count2("gap"),
    total: lines.length
  };
}
__name(tallyOf, "tallyOf");
function scorecard(promises, period) {
  const scored = scoredPromises(promises);
  const shown = period ?? latestPeriod(scored.map((s7) => s7.performance));
  if (!shown) return void 0;
  const lines = linesFor(scored, shown);
  const before2 = scored.flatMap((s7) => s7.performance.periods.map((p4) => p4.period)).filter((p4) => p4 < shown && periodKind(p4) === periodKind(shown)).sort().at(-1);
  return {
    period: shown,
    lines,
    tally: tallyOf(lines),
    ...before2 && { previous: { period: before2, tally: tallyOf(linesFor(scored, before2)) } }
  };
}
__name(scorecard, "scorecard");
var periodOnly = /* @__PURE__ */ __name((performance2, period) => ({
  ...performance2,
  periods: performance2.periods.filter((p4) => p4.period === period)
}), "periodOnly");

// src/strings/scorecard.ts
var en12 = {
  scorecardTitle: "How we did in {period}",
  /** By the number of promises (`#`); `{met}` of them met their target. */
  scorecardHeadline: {
    one: "We met {met} of our # promise in {period}.",
    other: "We met {met} of our # promises in {period}."
  },
  scorecardMissed: "Target missed: {count}",
  scorecardNoTarget: "No target to judge against: {count}",
  scorecardNoFigure: "No figure published: {count}",
  /** The period before: "In Q2 2026 we met 6 of 9." */
  scorecardPrevious: "In {period} we met {met} of {total}.",
  scorecardNone: "No figures have been published for {period}.",
  scorecardNoFigureFor: "No figure published for {period}.",
  scorecardPromises: "Our promises",
  satisfaction: "What you think of us",
  scorecardTable: "Table of results",
  scorecardCaption: "Our promises in {period}: achieved against target",
  columnMeasure: "What we measure",
  scorecardNoEarlier: "No earlier figure",
  columnChange: "Change since the previous figure"
};

// src/components/service-scorecard/service-scorecard.styles.ts
var scorecardStyles = i2`
  .headline {
    font-weight: 700;
  }
  .lines ul {
    padding: 0;
    list-style: none;
  }
  .lines li + li {
    margin-block-start: var(--_space);
  }
  .name {
    margin-block-end: calc(var(--_space) * 0.25);
    font-weight: 600;
  }
  .lines .trend {
    margin-block-end: 0;
  }
  .previous,
  .empty {
    color: var(--_muted);
  }
`;

// src/components/service-scorecard/service-scorecard.ts
var ServiceScorecard = class extends ServiceElement {
  constructor() {
    super(...arguments);
    this.headingLevel = 2;
    this.period = "";
    this.tableOpen = false;
  }
  static {
    __name(this, "ServiceScorecard");
  }
  static {
    /** This element's built-in English strings (Welsh arrives when needed: strings/languages.ts). */
    this.builtInStrings = {
      en: { ...en12, ...en8, ...en5 }
    };
  }
  static {
    /** The shared defaults, the figure line's and the performance table's styles, then this element's own. */
    this.styles = [baseStyles, promiseStyles, performanceStyles, scorecardStyles];
  }
  willUpdate(changed) {
    if (changed.has("headingLevel")) this.headingLevel = clampLevel(this.headingLevel);
  }
  /** The words, and how a period and the figures of `performance` are named. */
  context(performance2) {
    const { text, language } = this;
    const figure = performance2 ? figureIn(performance2, { text, language }) : String;
    return {
      text,
      language,
      figure,
      periodName: /* @__PURE__ */ __name((period) => formatPeriod(period, language, text.quarter, text.months), "periodName")
    };
  }
  render() {
    const charter = this.currentCharter;
    const promises = this.promises ?? charter?.promises;
    if (!promises) return A;
    const card = scorecard(promises, this.period || void 0);
    const rows = card?.tally.noFigure === card?.tally.total ? [] : card?.lines ?? [];
    const promiseRows = rows.map(({ promise, ...line }) => ({
      ...line,
      id: promise.id,
      name: promiseName(promise, charter),
      period: card.period
    }));
    const satisfaction = (this.satisfaction ?? charter?.satisfaction ?? []).flatMap((measure) => {
      const latest = latestFigure(measure);
      if (!latest) return [];
      const trend = trendOf(measure);
      const met = meetsTarget(latest, measure.better);
      const verdict = met === void 0 ? "no-target" : met ? "met" : "missed";
      return [{ id: measure.id, name: measure.measure, performance: measure, period: latest.period, verdict, trend }];
    });
    const { text } = this;
    const level = this.headingLevel;
    if (!card && !satisfaction.length) return b2`<p part="empty" class="empty">${text.noFigures}</p>`;
    return b2`<section part="scorecard" class="scorecard">
      ${card ? this.renderSummary(card, rows.length > 0) : A}
      ${promiseRows.length ? this.renderLines(text.scorecardPromises, promiseRows, level + 1) : A}
      ${satisfaction.length ? this.renderLines(text.satisfaction, satisfaction, level + 1) : A}
      ${promiseRows.length || satisfaction.length ? this.renderTable(card?.period, promiseRows, satisfaction) : A}
    </section>`;
  }
  renderSummary(card, published) {
    const { text, language } = this;
    const { periodName: named } = this.context();
    const periodName = named(card.period);
    const counts = [
      ["missed", text.scorecardMissed],
      ["noTarget", text.scorecardNoTarget],
      ["noFigure", text.scorecardNoFigure]
    ];
    const shown = counts.filter(([key]) => card.tally[key] > 0);
    const previous = card.previous;
    return b2`${heading(this.headingLevel, fill(text.scorecardTitle, { period: periodName }))}
    ${published ? b2`<p part="headline" class="headline">
              ${fill(plural(language, card.tally.total, text.scorecardHeadline), {
      met: card.tally.met,
      period: periodName
    })}
            </p>
            ${shown.length ? b2`<ul part="tally" class="tally">
                    ${shown.map(([key, words]) => b2`<li>${fill(words, { count: card.tally[key] })}</li>`)}
                  </ul>` : A}` : b2`<p part="empty" class="empty">${fill(text.scorecardNone, { period: periodName })}</p>`}
    ${previous ? b2`<p part="previous" class="previous">
            ${fill(text.scorecardPrevious, {
      period: named(previous.period),
      met: previous.tally.met,
      total: previous.tally.total
    })}
          </p>` : A}`;
  }
  renderLines(title, rows, level) {
    return b2`<section class="lines">
      ${heading(level, title)}
      <ul>
        ${rows.map((row) => {
      const context = this.context(row.performance);
      return b2`<li part="line" data-id=${row.id}>
            <p class="name">${this.charterText(row.name)}</p>
            ${row.verdict === "gap" ? b2`<p part="performance" class="performance">
                    ${fill(this.text.scorecardNoFigureFor, { period: context.periodName(row.period) })}
                  </p>` : latestFigureLine(periodOnly(row.performance, row.period), context)}
            ${row.verdict === "gap" ? A : trendView(row.performance, row.trend, context)}
          </li>`;
    })}
      </ul>
    </section>`;
  }
  /** The same content as a table: one row per promise, then one per satisfaction measure. */
  renderTable(period, promises, satisfaction) {
    const { text } = this;
    const { periodName } = this.context();
    const group = /* @__PURE__ */ __name((title, rows) => rows.length ? b2`<tbody>
            <tr>
              <th scope="colgroup" colspan="6">${title}</th>
            </tr>
            ${rows.map((row) => {
      const entry = row.performance.periods.find((p4) => p4.period === row.period);
      const context = this.context(row.performance);
      const { figure } = context;
      const achieved = entry?.achieved ?? null;
      return b2`<tr data-id=${row.id}>
                <th scope="row">${this.charterText(row.name)}</th>
                <td>${periodName(row.period)}</td>
                <td class=${achieved === null ? "none" : A}>
                  ${achieved === null ? text.noFigure : figure(achieved)}
                </td>
                <td class=${entry?.target === void 0 ? "none" : A}>
                  ${entry?.target === void 0 ? text.noTarget : figure(entry.target)}
                </td>
                <td>${resultCell(row, context)}</td>
                <td>
                  ${row.verdict === "gap" ? text.noFigure : row.trend ? trendWords(row.trend, context) : text.scorecardNoEarlier}
                </td>
              </tr>`;
    })}
          </tbody>` : A, "group");
    return b2`<details part="details" ?open=${this.tableOpen}>
      <summary>${text.scorecardTable}</summary>
      <table part="table">
        <caption>
          ${period ? fill(text.scorecardCaption, { period: periodName(period) }) : text.satisfaction}
        </caption>
        <thead>
          <tr>
            <th scope="col">${text.columnMeasure}</th>
            <th scope="col">${text.columnPeriod}</th>
            <th scope="col">${text.columnAchieved}</th>
            <th scope="col">${text.columnTarget}</th>
            <th scope="col">${text.columnResult}</th>
            <th scope="col">${text.columnChange}</th>
          </tr>
        </thead>
        ${group(text.scorecardPromises, promises)} ${group(text.satisfaction, satisfaction)}
      </table>
    </details>`;
  }
};
__decorateClass([
  n5({ type: Number, attribute: "heading-level" })
], ServiceScorecard.prototype, "headingLevel", 2);
__decorateClass([
  n5()
], ServiceScorecard.prototype, "period", 2);
__decorateClass([
  n5({ type: Boolean, attribute: "table-open" })
], ServiceScorecard.prototype, "tableOpen", 2);
__decorateClass([
  n5({ attribute: false })
], ServiceScorecard.prototype, "promises", 2);
__decorateClass([
  n5({ attribute: false })
], ServiceScorecard.prototype, "satisfaction", 2);

// src/define/service-scorecard.ts
defineElement("service-scorecard", ServiceScorecard);

// src/components/service-you-said-we-did/service-you-said-we-did.ts
var monthNames = /* @__PURE__ */ __name(({ quarter, months }) => ({ quarter, months }), "monthNames");
var ServiceYouSaidWeDid = class extends ServiceElement {
  constructor() {
    super(...arguments);
    this.headingLevel = 2;
    this.about = "";
  }
  static {
    __name(this, "ServiceYouSaidWeDid");
  }
  static {
    /** This element's built-in English strings (Welsh arrives when needed: strings/languages.ts). */
    this.builtInStrings = {
      en: { ...en6, ...monthNames(en5) }
    };
  }
  static {
    /** The shared defaults, then the list's own styles. */
    this.styles = [baseStyles, improvementStyles];
  }
  willUpdate(changed) {
    if (changed.has("headingLevel")) this.headingLevel = clampLevel(this.headingLevel);
  }
  render() {
    const charter = this.currentCharter;
    const all = this.improvements ?? charter?.improvements ?? (charter && []);
    if (!all) return A;
    const about2 = this.about;
    const shown = about2 ? all.filter((i7) => i7.promise === about2 || i7.service === about2) : all;
    const context = {
      text: this.text,
      language: this.language,
      pick: this.charterText.bind(this),
      headingLevel: this.headingLevel
    };
    return shown.length ? improvementsView(shown, charter, context) : b2`<p part="empty" class="empty">${this.text.noChanges}</p>`;
  }
};
__decorateClass([
  n5({ type: Number, attribute: "heading-level" })
], ServiceYouSaidWeDid.prototype, "headingLevel", 2);
__decorateClass([
  n5()
], ServiceYouSaidWeDid.prototype, "about", 2);
__decorateClass([
  n5({ attribute: false })
], ServiceYouSaidWeDid.prototype, "improvements", 2);

// src/define/service-you-said-we-did.ts
defineElement("service-you-said-we-did", ServiceYouSaidWeDid);

// src/core/feedback.ts
var PROMISE_ANSWERS = ["yes", "partly", "no"];
var MAX_FEEDBACK_COMMENT = 1200;
var emptyFeedback = /* @__PURE__ */ __name(() => ({ answer: "", comment: "" }), "emptyFeedback");
function validateFeedback(fields, choices) {
  const problems = [];
  if (!choices.includes(fields.answer)) problems.push({ field: "answer", code: "required" });
  if (fields.comment.length > MAX_FEEDBACK_COMMENT) problems.push({ field: "comment", code: "tooLong" });
  return problems;
}
__name(validateFeedback, "validateFeedback");
function feedbackBody(fields, facts, subject, scale) {
  return {
    kind: "feedback",
    submittedAt: facts.submittedAt.toISOString(),
    subject,
    answer: scale ? Number(fields.answer) : fields.answer,
    scale: scale && { min: scale[0], max: scale[scale.length - 1] },
    comment: fields.comment.trim() || void 0,
    language: facts.language,
    page: facts.page,
    spam: spamReport(facts)
  };
}
__name(feedbackBody, "feedbackBody");
var answerNeedsRedress = /* @__PURE__ */ __name((answer, scale, complaintUpTo) => scale ? answer !== "" && Number(answer) <= (complaintUpTo ?? scale[0]) : answer === "no", "answerNeedsRedress");

// src/events/feedback-events.ts
var FeedbackSubmitEvent = class _FeedbackSubmitEvent extends SubmitRequestEvent {
  constructor(feedback, idempotencyKey) {
    super(_FeedbackSubmitEvent.eventName, idempotencyKey);
    this.feedback = feedback;
  }
  static {
    __name(this, "FeedbackSubmitEvent");
  }
  static {
    this.eventName = "service-feedback-submit";
  }
};
var FeedbackSentEvent = class _FeedbackSentEvent extends Event {
  constructor(feedback, reference) {
    super(_FeedbackSentEvent.eventName, { bubbles: true, composed: true });
    this.feedback = feedback;
    this.reference = reference;
  }
  static {
    __name(this, "FeedbackSentEvent");
  }
  static {
    this.eventName = "service-feedback-sent";
  }
};

// src/strings/feedback.ts
var feedback_exports = {};
__export(feedback_exports, {
  en: () => en13
});
var en13 = {
  ...en9,
  promiseQuestion: "Did we keep this promise?",
  promiseAnswers: { yes: "Yes", partly: "Partly", no: "No" },
  /** The satisfaction question when the charter has none. */
  scaleQuestion: "How satisfied were you with this service?",
  /** The built-in 1–5 scale, lowest first, when the charter has none. */
  scaleWords: [
    "Very dissatisfied",
    "Dissatisfied",
    "Neither satisfied nor dissatisfied",
    "Satisfied",
    "Very satisfied"
  ],
  commentLabel: "Tell us more (optional)",
  commentHint: "Do not include personal or financial details, such as your name, address or bank details.",
  feedbackErrors: {
    "answer.promise": "Select yes, partly or no",
    "answer.scale": "Select how satisfied you were",
    "comment.tooLong": "Your comment must be 1,200 characters or fewer"
  },
  feedbackSending: "Sending your answer\u2026",
  feedbackRetrying: "Your answer is not sent yet. It is saved, and we are trying again.",
  feedbackOffline: "You are offline. Your answer is saved on this device and will be sent when you are back online.",
  feedbackStalled: "We could not send your answer. It is saved on this device.",
  /** A final refusal (a 4xx other than 429), before the endpoint's own message and the error code. */
  feedbackRejected: "We could not accept your answer. It is saved: check it and try again, or contact us another way.",
  feedbackReceived: "Thank you for your feedback",
  yourAnswer: "Your answer: {answer}",
  /** What happens to an answer, when the charter does not say. */
  feedbackAbout: "We read every answer and use them to improve our services. We do not reply to feedback.",
  complaintOffer: "If you want us to put things right or reply to you, {link}.",
  complaintLink: "make a complaint",
  /** Shown instead of the question when `promise-id` names no promise of the charter (the same words as <service-response-time>'s). */
  unknownPromise: 'There is no promise "{promise}" in this charter.',
  /** Shown instead of the question when `channel` names no channel of the charter (the same words as <service-hours>'). */
  unknownChannel: 'There is no channel "{channel}" in this charter.',
  /** Shown instead of the question when `service` names no service of the charter. */
  unknownService: 'There is no service "{service}" in this charter.'
};

// src/components/service-feedback/feedback-view.ts
var complaintOffer = /* @__PURE__ */ __name((text, href) => b2`<p class="inset" part="complaint-offer">
    ${fillParts(text.complaintOffer, { link: b2`<a href=${href}>${text.complaintLink}</a>` })}
  </p>`, "complaintOffer");
var aboutAnswers = /* @__PURE__ */ __name((text, view) => b2`<p class="hint" part="about">
    ${view.about} ${view.privacyNotice ? b2`<a href=${view.privacyNotice}>${text.privacyNoticeLink}</a>` : A}
  </p>`, "aboutAnswers");
function feedbackForm(context, view) {
  const { text } = context;
  const sending = view.phase !== "idle";
  const words = { retrying: text.feedbackRetrying, offline: text.feedbackOffline, stalled: text.feedbackStalled };
  return b2`${view.problems.length > 0 ? errorSummary(text, view) : A}
    ${view.restored && !sending ? b2`<p class="inset">${text.draftRestored}</p>` : A}
    ${notice(text, words, view)}
    <form part="form" novalidate @input=${view.onInput} @change=${view.onInput} @submit=${view.onSubmit}>
      ${radios("answer", view.question, view.choices, context, view.hint)}
      ${view.complaintOffer ? complaintOffer(text, view.complaintOffer) : A}
      ${textArea("comment", text.commentLabel, text.commentHint, MAX_FEEDBACK_COMMENT, context)}
      ${aboutAnswers(text, view)} ${honeypotAndSend(text, sending)}
    </form>`;
}
__name(feedbackForm, "feedbackForm");
function feedbackReceipt(text, receipt, view, headingLevel) {
  return b2`<div part="receipt" class="receipt" tabindex="-1">
    <div class="panel" part="receipt-panel">
      ${heading(headingLevel, text.feedbackReceived)}
      <p>${fillParts(text.yourAnswer, { answer: receipt.answer })}</p>
    </div>
    ${receipt.complaintOffer ? complaintOffer(text, receipt.complaintOffer) : A} ${aboutAnswers(text, view)}
  </div>`;
}
__name(feedbackReceipt, "feedbackReceipt");

// src/components/service-feedback/service-feedback.ts
var MIN_FILL_SECONDS = 2;
var ServiceFeedback = class extends ServiceElement {
  constructor() {
    super(...arguments);
    this.promiseId = "";
    this.channel = "";
    this.service = "";
    this.timeout = 15e3;
    this.retryDelay = 1e3;
    this.maxAttempts = 6;
    this.headingLevel = 3;
    this.fields = emptyFeedback();
    this.problems = [];
    this.restored = false;
    this.announcement = "";
    this.sender = new ComplaintSender(this, () => this.clock ?? systemClock);
    this.lastPhase = "idle";
    this.resumeDelivery = false;
  }
  static {
    __name(this, "ServiceFeedback");
  }
  static {
    /** This element's built-in English strings (Welsh arrives when needed: strings/languages.ts). */
    this.builtInStrings = feedback_exports;
  }
  static {
    /** The shared defaults, the form styles it shares with the complaint form, and its problem note's. */
    this.styles = [baseStyles, formStyles, inlineProblemStyles];
  }
  get currentCharter() {
    return this.parsedCharter ?? super.currentCharter;
  }
  get settings() {
    return this.currentCharter?.feedback;
  }
  /** The scale's values, lowest first; undefined when asking about a promise. */
  get scale() {
    if (this.promiseId) return void 0;
    return this.settings?.scale?.map((point) => point.value) ?? [1, 2, 3, 4, 5];
  }
  get subject() {
    if (this.promiseId) return { promise: this.promiseId };
    if (this.channel) return { channel: this.channel };
    return this.service ? { service: this.service } : { organisation: true };
  }
  disconnectedCallback() {
    super.disconnectedCallback();
    this.cancelCount?.();
    this.store = void 0;
  }
  connectedCallback() {
    super.connectedCallback();
    this.requestUpdate();
  }
  willUpdate(changed) {
    if (changed.has("headingLevel")) this.headingLevel = clampLevel(this.headingLevel);
    if (this.isConnected && !this.store && !this.sent && (this.currentCharter || !insideCharter(this)))
      this.openDraft();
    const phase = this.sender.phase;
    if (phase !== this.lastPhase && phase !== "idle") {
      const text = this.text;
      this.announcement = {
        sending: text.feedbackSending,
        retrying: text.feedbackRetrying,
        offline: text.feedbackOffline,
        stalled: text.feedbackStalled
      }[phase];
    }
    this.lastPhase = phase;
    this.missing = this.missingSubject();
  }
  /**
   * When the charter has no promise, channel or service of the id asked about: the words shown
   * instead of a question about nothing. The web team is told once on the console, with the ids
   * the charter has.
   */
  missingSubject() {
    const charter = this.currentCharter;
    const [kind, id] = Object.entries(this.subject)[0];
    if (!charter || kind === "organisation") return void 0;
    const known2 = { promise: charter.promises, channel: charter.channels, service: charter.services }[kind];
    if (known2.some((item) => item.id === id)) return void 0;
    if (this.told !== `${kind}:${id}`) {
      this.told = `${kind}:${id}`;
      const ids2 = known2.map((item) => `"${item.id}"`).join(", ") || "none";
      console.warn(`<service-feedback>: the charter has no ${kind} "${id}" to ask about (its ${kind} ids: ${ids2})`);
    }
    const words = {
      promise: this.text.unknownPromise,
      channel: this.text.unknownChannel,
      service: this.text.unknownService
    };
    return fill(words[kind], { [kind]: id });
  }
  updated() {
    if (!this.resumeDelivery) return;
    this.resumeDelivery = false;
    void this.updateComplete.then(() => this.deliver());
  }
  openDraft() {
    const key = `service-feedback:${location.pathname}:${JSON.stringify(this.subject)}${this.id ? `#${this.id}` : ""}`;
    this.store = new DraftStore(this.draftStorage ?? "session", key, 20 * 36e5, this.clock ?? systemClock);
    const draft = this.store.load();
    if (draft) Object.assign(this, restoredDraft(draft, emptyFeedback()));
  }
  saveDraft() {
    this.store?.save({ fields: this.fields, startedAt: this.startedAt, pending: this.pending });
  }
  onInput(event) {
    const target = event.target;
    if (this.pending || !(target.name in this.fields)) return;
    this.fields = { ...this.fields, [target.name]: target.value };
    this.startedAt ??= this.activeClock.now();
    this.saveDraft();
    if (target.name !== "comment") return;
    this.cancelCount?.();
    this.cancelCount = (this.clock ?? systemClock).setTimer(() => {
      this.announcement = countMessage(MAX_FEEDBACK_COMMENT - this.fields.comment.length, this.language, this.text);
    }, 1e3);
  }
  async onSubmit(event) {
    event.preventDefault();
    if (this.pending) return;
    this.cancelCount?.();
    const honeypot = event.target.elements.namedItem("website").value;
    this.rejected = void 0;
    this.problems = validateFeedback(
      this.fields,
      this.choices().map(([value]) => value)
    );
    if (this.problems.length > 0) {
      await this.updateComplete;
      this.summary?.focus();
      return;
    }
    const submittedAt = new Date(this.activeClock.now());
    const facts = {
      submittedAt,
      startedAt: this.startedAt === void 0 ? null : new Date(this.startedAt),
      honeypot,
      minimumFillSeconds: MIN_FILL_SECONDS,
      language: this.language,
      page: location.href
    };
    this.pending = { key: crypto.randomUUID(), body: feedbackBody(this.fields, facts, this.subject, this.scale) };
    this.saveDraft();
    await this.deliver();
  }
  /** Sends the pending answer: through the page if it cancels the submit event, else to the endpoint. */
  async deliver() {
    const { key, body } = this.pending;
    const endpoint = this.endpoint ?? this.settings?.endpoint;
    const verdict = await this.sender.deliver(new FeedbackSubmitEvent(body, key), body, endpoint, "feedback.endpoint");
    if (!verdict) return;
    this.pending = void 0;
    const sent = verdict.outcome === "sent";
    if (sent) this.sent = { answer: String(body.answer), complaintOffer: this.offer(String(body.answer)) };
    else if (verdict.outcome === "invalid") this.problems = verdict.problems;
    else this.rejected = verdict;
    if (sent) {
      this.store?.clear();
      this.dispatchEvent(new FeedbackSentEvent(body, verdict.reference));
    } else this.saveDraft();
    void this.updateComplete.then(() => (sent ? this.receiptBox : this.summary)?.focus());
  }
  /** The answers on offer: [value, words], the words marked with their language when not the element's. */
  choices() {
    const text = this.text;
    if (this.promiseId) return PROMISE_ANSWERS.map((answer) => [answer, text.promiseAnswers[answer]]);
    const points = this.settings?.scale;
    return points ? points.map((point) => [String(point.value), this.charterText(point.label)]) : text.scaleWords.map((words, i7) => [String(i7 + 1), words]);
  }
  /** Where the complaint form is, when `answer` says the resident was let down. */
  offer(answer) {
    if (!answerNeedsRedress(answer, this.scale, this.settings?.complaintUpTo)) return void 0;
    const form = this.ownerDocument.querySelector("service-complaint-form[id]");
    const href = this.complaintHref ?? this.settings?.complaintUrl ?? (form ? `#${form.id}` : void 0);
    return webLink(href, this.ownerDocument.baseURI);
  }
  render() {
    const text = this.text;
    const about2 = {
      about: this.settings?.about ? this.charterText(this.settings.about) : text.feedbackAbout,
      privacyNotice: webLink(this.settings?.privacyNotice, this.ownerDocument.baseURI)
    };
    const status = b2`<div role="status" class="visually-hidden">${this.announcement}</div>`;
    if (this.sent) {
      const answer = this.choices().find(([value]) => value === this.sent.answer)?.[1] ?? this.sent.answer;
      return b2`${feedbackReceipt(text, { ...this.sent, answer }, about2, this.headingLevel)}${status}`;
    }
    if (this.missing) return b2`<p part="problem" class="problem">${this.missing}</p>`;
    const errors = new Map(
      this.problems.map((p4) => [
        p4.field,
        p4.code ? text.feedbackErrors[p4.field === "answer" ? this.promiseId ? "answer.promise" : "answer.scale" : `${p4.field}.${p4.code}`] ?? p4.code : p4.message ?? ""
      ])
    );
    const promise = this.currentCharter?.promises.find((p4) => p4.id === this.promiseId);
    const place = this.currentCharter?.channels.find((c5) => c5.id === this.channel) ?? this.currentCharter?.services.find((s7) => s7.id === this.service);
    const view = {
      ...about2,
      question: this.promiseId ? text.promiseQuestion : this.settings?.question ? this.charterText(this.settings.question) : text.scaleQuestion,
      hint: this.promiseId ? promise?.text && this.charterText(promise.text) : place && this.charterText(place.name),
      choices: this.choices(),
      complaintOffer: this.offer(this.fields.answer),
      phase: this.pending ? this.sender.phase === "idle" ? "sending" : this.sender.phase : "idle",
      problems: this.problems.map((p4) => [
        p4.field === "answer" ? `answer-${this.choices()[0][0]}` : p4.field,
        errors.get(p4.field)
      ]),
      rejected: this.rejected && refusal(text, text.feedbackRejected, this.rejected),
      restored: this.restored,
      summaryHeadingLevel: this.headingLevel,
      onInput: /* @__PURE__ */ __name((e9) => this.onInput(e9), "onInput"),
      onSubmit: /* @__PURE__ */ __name((e9) => void this.onSubmit(e9), "onSubmit"),
      onFocusField: /* @__PURE__ */ __name((id) => this.shadowRoot.getElementById(id)?.focus(), "onFocusField"),
      onRetryNow: /* @__PURE__ */ __name(() => this.sender.retryNow(), "onRetryNow")
    };
    const context = { text, language: this.language, fields: this.fields, errors, locked: !!this.pending };
    return b2`${feedbackForm(context, view)}${status}`;
  }
};
__decorateClass([
  n5({ attribute: false })
], ServiceFeedback.prototype, "parsedCharter", 2);
__decorateClass([
  n5({ attribute: "promise-id" })
], ServiceFeedback.prototype, "promiseId", 2);
__decorateClass([
  n5()
], ServiceFeedback.prototype, "channel", 2);
__decorateClass([
  n5()
], ServiceFeedback.prototype, "service", 2);
__decorateClass([
  n5()
], ServiceFeedback.prototype, "endpoint", 2);
__decorateClass([
  n5({ attribute: "complaint-href" })
], ServiceFeedback.prototype, "complaintHref", 2);
__decorateClass([
  n5({ attribute: "draft-storage" })
], ServiceFeedback.prototype, "draftStorage", 2);
__decorateClass([
  n5({ type: Number })
], ServiceFeedback.prototype, "timeout", 2);
__decorateClass([
  n5({ type: Number, attribute: "retry-delay" })
], ServiceFeedback.prototype, "retryDelay", 2);
__decorateClass([
  n5({ type: Number, attribute: "max-attempts" })
], ServiceFeedback.prototype, "maxAttempts", 2);
__decorateClass([
  n5({ attribute: "csrf-token" })
], ServiceFeedback.prototype, "csrfToken", 2);
__decorateClass([
  n5({ type: Number, attribute: "heading-level" })
], ServiceFeedback.prototype, "headingLevel", 2);
__decorateClass([
  r5()
], ServiceFeedback.prototype, "fields", 2);
__decorateClass([
  r5()
], ServiceFeedback.prototype, "problems", 2);
__decorateClass([
  r5()
], ServiceFeedback.prototype, "sent", 2);
__decorateClass([
  r5()
], ServiceFeedback.prototype, "rejected", 2);
__decorateClass([
  r5()
], ServiceFeedback.prototype, "restored", 2);
__decorateClass([
  r5()
], ServiceFeedback.prototype, "announcement", 2);
__decorateClass([
  e7(".error-summary")
], ServiceFeedback.prototype, "summary", 2);
__decorateClass([
  e7(".receipt")
], ServiceFeedback.prototype, "receiptBox", 2);

// src/define/service-feedback.ts
defineElement("service-feedback", ServiceFeedback);
/*! Bundled license information:

@lit/context/lib/context-request-event.js:
@lit/context/lib/create-context.js:
@lit/context/lib/controllers/context-consumer.js:
@lit/context/lib/value-notifier.js:
@lit/context/lib/controllers/context-provider.js:
@lit/context/lib/context-root.js:
@lit/reactive-element/decorators/query-assigned-elements.js:
  (**
   * @license
   * Copyright 2021 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/context/lib/decorators/provide.js:
@lit/reactive-element/reactive-element.js:
lit-html/lit-html.js:
lit-element/lit-element.js:
@lit/reactive-element/decorators/property.js:
@lit/reactive-element/decorators/state.js:
@lit/reactive-element/decorators/custom-element.js:
@lit/reactive-element/decorators/event-options.js:
@lit/reactive-element/decorators/base.js:
@lit/reactive-element/decorators/query.js:
@lit/reactive-element/decorators/query-all.js:
@lit/reactive-element/decorators/query-async.js:
@lit/reactive-element/decorators/query-assigned-nodes.js:
lit-html/directive.js:
  (**
   * @license
   * Copyright 2017 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/context/lib/decorators/consume.js:
lit-html/is-server.js:
  (**
   * @license
   * Copyright 2022 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/reactive-element/css-tag.js:
  (**
   * @license
   * Copyright 2019 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

lit-html/directives/if-defined.js:
  (**
   * @license
   * Copyright 2018 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

lit-html/directive-helpers.js:
lit-html/directives/live.js:
  (**
   * @license
   * Copyright 2020 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)
*/
