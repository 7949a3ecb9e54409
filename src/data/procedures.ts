import type { BuiltInProcedureId, Procedure } from './types.js';

/*
 * Every fact below is a value with its unit and `cite: [{ source, quote }]`,
 * the quote being the source's exact words (see shared sources, ids in
 * sources.ts). Where sources disagree each keeps its own span. Vague words
 * are kept as `approx` numbers. A fact no source gives is absent, never
 * guessed: widgets then say "not stated in our sources".
 */

const lipBlush: Procedure = {
  id: 'lip-blush',
  name: 'Lip blush',
  summary: [
    {
      id: 'what',
      text: 'Soft lip tattoo that tints and defines',
      cite: [
        { source: 'harpers-bazaar', quote: 'tattoo that changes the color' },
        { source: 'clinic-lip-rejuvenation', quote: 'a form of semi-permanent makeup' },
      ],
    },
  ],
  product: [
    {
      id: 'pigment',
      text: 'Pigment, placed with a fine needle',
      cite: [
        { source: 'the-cut', quote: 'ink … into the skin of your lips … fine needle' },
        { source: 'blush-overview', quote: 'pigment into the upper layers of the skin' },
      ],
    },
  ],
  volume: [
    {
      id: 'illusion',
      text: 'Looks fuller; no volume added',
      cite: [
        { source: 'the-cut', quote: "won't alter the shape or volume" },
        { source: 'clinic-lip-rejuvenation', quote: 'gives the illusion of volume' },
      ],
    },
  ],
  sessions: [
    {
      id: 'two',
      text: 'Two sessions, a month apart; the 2nd refines',
      cite: [
        {
          source: 'harpers-bazaar',
          quote: 'two sessions … one month apart',
        },
      ],
    },
  ],
  sessionLength: [
    { min: 2.5, max: 2.5, unit: 'hour', approx: true, cite: [{ source: 'harpers-bazaar', quote: 'lasts about two and a half hours' }] },
    { min: 1, max: 2, unit: 'hour', cite: [{ source: 'the-cut', quote: 'an hour or two, including numbing time' }] },
    { min: 1, max: 3, unit: 'hour', cite: [{ source: 'clinic-lip-rejuvenation', quote: 'anywhere between 1-3 hours' }] },
  ],
  numbing: [
    {
      id: 'numbing-cream',
      text: 'Cream before and during; works in about 20 min',
      cite: [
        { source: 'harpers-bazaar', quote: 'desensitizing cream is applied before and during' },
        { source: 'clinic-lip-rejuvenation', quote: 'about 20 minutes to start working' },
      ],
    },
  ],
  resultsShow: [
    {
      min: 0,
      max: 0,
      unit: 'day',
      cite: [{ source: 'the-cut', quote: 'swollen or darker in color right after' }],
    },
  ],
  fullEffect: [
    { min: 6, max: 8, unit: 'week', cite: [{ source: 'the-cut', quote: 'fully heals in six to eight weeks' }] },
  ],
  lasts: [
    { min: 2, max: 3, unit: 'year', cite: [{ source: 'harpers-bazaar', quote: 'lasts from two to three years' }] },
    { min: 6, max: 24, unit: 'month', cite: [{ source: 'the-cut', quote: 'can last six months to two years' }] },
    { min: 3, max: 5, unit: 'year', cite: [{ source: 'clinic-lip-rejuvenation', quote: 'can last 3-5 years' }] },
  ],
  upkeep: [
    {
      id: 'refinement',
      kind: 'refinement',
      from: 'appointment',
      text: 'Refinement (shape, colour, saturation)',
      after: [
        {
          min: 1,
          max: 1,
          unit: 'month',
          cite: [{ source: 'harpers-bazaar', quote: 'two sessions … one month apart' }],
        },
      ],
      cite: [
        {
          source: 'harpers-bazaar',
          quote: 'imperfections on the shape, color and saturation',
        },
      ],
    },
    {
      id: 'booster',
      kind: 'booster',
      from: 'appointment',
      recurring: true,
      text: 'Booster for brighter colour',
      after: [
        {
          min: 1,
          max: 1,
          unit: 'year',
          cite: [
            { source: 'harpers-bazaar', quote: 'a booster session once a year' },
            { source: 'clinic-lip-rejuvenation', quote: 'once a year to maintain your color' },
          ],
        },
      ],
      cite: [{ source: 'harpers-bazaar', quote: 'keep a brighter color' }],
    },
  ],
  recovery: {
    kind: 'healed',
    spans: [{ min: 6, max: 8, unit: 'week', cite: [{ source: 'the-cut', quote: 'fully heals in six to eight weeks' }] }],
  },
  expect: [
    {
      id: 'swollen-dark',
      text: 'Swollen or darker lips',
      days: { from: 1, to: 1 },
      cite: [{ source: 'the-cut', quote: 'swollen or darker in color right after' }],
    },
    {
      id: 'changes',
      text: 'Swelling, flaking, peeling, dryness, extra-strong colour',
      cite: [
        {
          source: 'clinic-lip-rejuvenation',
          quote: 'Swelling … Flaking … Peeling … Dryness … stronger color than you were expecting',
        },
      ],
    },
    {
      id: 'fade',
      text: 'Varies by person; usually gone once healed',
      cite: [
        {
          source: 'clinic-lip-rejuvenation',
          quote: 'vary from person to person … likely go away as your lips heal',
        },
      ],
    },
  ],
  aftercare: [
    {
      id: 'sun',
      kind: 'avoid',
      text: 'Sun, tanning lamps',
      cite: [{ source: 'harpers-bazaar', quote: "not expose yourself to the sun's rays (not even lamps)" }],
    },
    {
      id: 'sauna',
      kind: 'avoid',
      text: 'Sauna, spa, pool',
      cite: [{ source: 'harpers-bazaar', quote: 'no sauna, no spa, no swimming pool' }],
    },
    {
      id: 'sweat',
      kind: 'avoid',
      text: 'Heavy exercise, sweating',
      cite: [
        { source: 'clinic-lip-rejuvenation', quote: 'Avoid heavy exercise where you sweat' },
        { source: 'clinic-lip-rejuvenation', quote: 'activities that may make you sweat' },
      ],
    },
    {
      id: 'dark-drinks',
      kind: 'avoid',
      text: 'Dark drinks',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'Avoid drinking dark liquids' }],
    },
    {
      id: 'whitening',
      kind: 'avoid',
      text: 'Whitening toothpaste',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'Avoid using whitening toothpaste' }],
    },
    {
      id: 'touching',
      kind: 'avoid',
      text: 'Touching lips',
      cite: [{ source: 'blush-overview', quote: 'refraining from touching the lips' }],
    },
    {
      id: 'wash',
      kind: 'do',
      task: true,
      text: 'Wash with water only',
      cite: [{ source: 'harpers-bazaar', quote: 'washed only with water' }],
    },
    {
      // The overview says to avoid water where Harper's Bazaar says to wash
      // with water only: both are shown, each with its own source.
      id: 'water',
      kind: 'avoid',
      text: 'Water exposure',
      cite: [{ source: 'blush-overview', quote: 'avoiding water exposure' }],
    },
    {
      id: 'cream',
      kind: 'do',
      task: true,
      text: "Apply your artist's cream or balm",
      cite: [
        { source: 'harpers-bazaar', quote: 'a specific repairing cream' },
        { source: 'clinic-lip-rejuvenation', quote: 'moisturized with lip balm' },
        { source: 'blush-overview', quote: 'post-care products recommended by the artist' },
      ],
    },
  ],
  prep: [
    {
      id: 'wait',
      kind: 'avoid',
      group: 'weeks-before',
      daysBefore: { min: 28, max: 28 },
      text: 'Lip filler or injections, chemical peels, lip treatments for 4 weeks before',
      cite: [
        {
          source: 'clinic-lip-rejuvenation',
          quote: 'wait at least four weeks',
        },
        { source: 'clinic-lip-rejuvenation', quote: 'lip injection, like lip fillers … Chemical peels … Other lip treatments' },
      ],
    },
    {
      id: 'doctor',
      kind: 'do',
      group: 'weeks-before',
      text: 'See a doctor first, especially if prone to keloid or hypertrophic scars',
      cite: [
        {
          source: 'clinic-lip-rejuvenation',
          quote: 'consult your doctor before',
        },
        { source: 'the-cut', quote: 'prone to keloid or hypertrophic scarring might want to avoid' },
      ],
    },
    {
      id: 'healed-photos',
      kind: 'do',
      group: 'weeks-before',
      text: "See the artist's healed work, not just fresh",
      cite: [{ source: 'the-cut', quote: 'photos of the healed work, not just immediately after' }],
    },
    {
      id: 'scrub',
      kind: 'do',
      group: 'days-before',
      text: 'Scrub off dead skin',
      cite: [{ source: 'harpers-bazaar', quote: 'pre phase … scrub that removes skin and dead cells' }],
    },
    {
      id: 'shade',
      kind: 'do',
      group: 'days-before',
      text: 'Try on neutral lipsticks',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'neutral lipstick colors beforehand' }],
    },
    {
      id: 'bedtime-cream',
      kind: 'do',
      group: 'night-before',
      text: 'At bedtime: hydrating, repairing cream',
      cite: [
        {
          source: 'harpers-bazaar',
          quote: 'cream that restores hydration and repairs … before going to bed',
        },
      ],
    },
    {
      id: 'alcohol',
      kind: 'avoid',
      group: 'day-of',
      daysBefore: { min: 0, max: 0 },
      text: 'Alcohol',
      cite: [
        { source: 'clinic-lip-rejuvenation', quote: 'avoid the following on the day of the treatment' },
        { source: 'clinic-lip-rejuvenation', quote: 'Alcohol' },
      ],
    },
    {
      id: 'caffeine',
      kind: 'avoid',
      group: 'day-of',
      daysBefore: { min: 0, max: 0 },
      text: 'Caffeine',
      cite: [
        { source: 'clinic-lip-rejuvenation', quote: 'avoid the following on the day of the treatment' },
        { source: 'clinic-lip-rejuvenation', quote: 'Caffeine' },
      ],
    },
    {
      id: 'exercise',
      kind: 'avoid',
      group: 'day-of',
      daysBefore: { min: 0, max: 0 },
      text: 'Exercise',
      cite: [
        { source: 'clinic-lip-rejuvenation', quote: 'avoid the following on the day of the treatment' },
        { source: 'clinic-lip-rejuvenation', quote: 'Exercise' },
      ],
    },
    {
      id: 'ibuprofen',
      kind: 'avoid',
      group: 'day-of',
      daysBefore: { min: 0, max: 0 },
      text: 'Ibuprofen',
      cite: [
        { source: 'clinic-lip-rejuvenation', quote: 'avoid the following on the day of the treatment' },
        { source: 'clinic-lip-rejuvenation', quote: 'Ibuprofen' },
      ],
    },
    {
      id: 'fish-oil',
      kind: 'avoid',
      group: 'day-of',
      daysBefore: { min: 0, max: 0 },
      text: 'Fish oil',
      cite: [
        { source: 'clinic-lip-rejuvenation', quote: 'avoid the following on the day of the treatment' },
        { source: 'clinic-lip-rejuvenation', quote: 'Fish oil' },
      ],
    },
    {
      id: 'vitamin-e',
      kind: 'avoid',
      group: 'day-of',
      daysBefore: { min: 0, max: 0 },
      text: 'Vitamin E',
      cite: [
        { source: 'clinic-lip-rejuvenation', quote: 'avoid the following on the day of the treatment' },
        { source: 'clinic-lip-rejuvenation', quote: 'Vitamin E' },
      ],
    },
    {
      id: 'colour',
      kind: 'bring',
      group: 'bring',
      text: 'A lipstick colour you love',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'bring in a color you love' }],
    },
    {
      id: 'photos',
      kind: 'bring',
      group: 'bring',
      text: 'Reference photos of the look you want',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'bring reference photos' }],
    },
  ],
  warningSigns: [
    {
      id: 'infection',
      text: 'Infection',
      cite: [{ source: 'the-cut', quote: 'potential for an infection' }],
    },
    {
      id: 'allergy',
      text: 'Allergy to numbing agent or ink',
      cite: [{ source: 'the-cut', quote: 'allergic reaction to either the numbing agent … or the actual ink' }],
    },
    {
      id: 'nodules',
      text: 'Nodules (lumps)',
      cite: [{ source: 'the-cut', quote: 'creating nodules' }],
    },
    {
      id: 'concerns',
      text: 'Any other concern',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'any concerns, contact your lip technician' }],
    },
  ],
  sideEffects: [
    {
      id: 'healing',
      text: 'Swelling, flaking, peeling, dryness',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'Swelling … Flaking … Peeling … Dryness' }],
    },
    {
      id: 'risks',
      text: 'Rarely: infection, allergy, scars, granulomas',
      cite: [
        { source: 'the-cut', quote: 'potential for an infection' },
        { source: 'the-cut', quote: 'Very rarely, scarring can occur' },
        { source: 'the-cut', quote: 'create granulomas' },
      ],
    },
  ],
  goodFor: [
    {
      id: 'colour-shape',
      text: 'Colour, definition, symmetry, fuller look',
      cite: [
        { source: 'clinic-lip-rejuvenation', quote: 'Boost your natural lip color' },
        { source: 'clinic-lip-rejuvenation', quote: 'definition to lip borders … illusion of fullness' },
        { source: 'harpers-bazaar', quote: 'even out or change the symmetry' },
      ],
    },
  ],
  notFor: [
    {
      id: 'keloid',
      text: 'Anyone prone to keloid or hypertrophic scars',
      cite: [{ source: 'the-cut', quote: 'prone to keloid or hypertrophic scarring might want to avoid' }],
    },
  ],
  cost: [
    {
      id: 'usd',
      text: 'A few hundred dollars to over $2,500',
      cite: [{ source: 'the-cut', quote: 'from a few hundred dollars' }, { source: 'the-cut', quote: 'to more than $2,500' }],
    },
  ],
  removal: [
    {
      id: 'laser',
      text: 'Removable; laser is best known',
      cite: [{ source: 'harpers-bazaar', quote: 'removal methods … the best known is the laser' }],
    },
  ],
};

const lipFlip: Procedure = {
  id: 'lip-flip',
  name: 'Lip flip',
  summary: [
    {
      id: 'what',
      text: 'Botox relaxes muscles; upper lip flips up and out',
      cite: [
        { source: 'clinic-lip-rejuvenation', quote: 'relaxes the muscles around your lip' },
        { source: 'clinic-lip-rejuvenation', quote: '"flip" upward and outward' },
      ],
    },
  ],
  product: [
    {
      id: 'botox',
      text: 'A little Botox',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'a small amount of Botox' }],
    },
  ],
  volume: [
    {
      id: 'rearranged',
      text: 'Looks fuller; volume only rearranged',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: "volume doesn't increase; it just gets rearranged" }],
    },
  ],
  sessionLength: [
    { min: 10, max: 20, unit: 'minute', approx: true, cite: [{ source: 'clinic-lip-rejuvenation', quote: 'lasts about 10 to 20 minutes' }] },
    { min: 10, max: 10, unit: 'minute', approx: true, cite: [{ source: 'clinic-lip-rejuvenation', quote: 'take only around 10 minutes' }] },
  ],
  numbing: [
    {
      id: 'none',
      text: 'Usually none: not very painful',
      cite: [
        {
          source: 'clinic-lip-rejuvenation',
          quote: "won't numb your lips … isn't very painful",
        },
      ],
    },
  ],
  resultsShow: [
    {
      min: 3,
      max: 3,
      unit: 'day',
      approx: true,
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'see results within a few days and continual improvement for several days' }],
    },
  ],
  fullEffect: [
    {
      min: 10,
      max: 14,
      unit: 'day',
      approx: true,
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'full effect … approximately 10 to 14 days' }],
    },
  ],
  lasts: [
    { min: 8, max: 12, unit: 'week', cite: [{ source: 'clinic-lip-rejuvenation', quote: 'last for 8 to 12 weeks' }] },
    { min: 2, max: 3, unit: 'month', approx: true, cite: [{ source: 'clinic-lip-rejuvenation', quote: 'Results last around 2 to 3 months' }] },
  ],
  upkeep: [
    {
      id: 'repeat',
      kind: 'repeat',
      from: 'appointment',
      whenWornOff: true,
      text: 'Repeat injection',
      cite: [
        {
          source: 'clinic-lip-rejuvenation',
          quote: 'additional Botox injections',
        },
      ],
    },
  ],
  recovery: {
    kind: 'full-effect',
    spans: [
      {
        min: 10,
        max: 14,
        unit: 'day',
        approx: true,
        cite: [{ source: 'clinic-lip-rejuvenation', quote: 'full effect … approximately 10 to 14 days' }],
      },
    ],
  },
  expect: [
    {
      id: 'numb-swollen',
      text: 'Upper lip a bit numb and swollen',
      days: { from: 1, to: 1 },
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'slightly numb and look swollen' }],
    },
    {
      id: 'bruising',
      text: 'Minor bruising or swelling where injected',
      days: { from: 1, to: 3, approx: true },
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'Minor bruising or swelling may occur at the injection site' }],
    },
    {
      id: 'results',
      text: 'Results show, then improve for several days',
      days: { from: 3, approx: true },
      cite: [
        {
          source: 'clinic-lip-rejuvenation',
          quote: 'see results within a few days and continual improvement for several days',
        },
      ],
    },
  ],
  aftercare: [
    {
      id: 'smoking',
      kind: 'avoid',
      text: 'Smoking (infection risk)',
      days: { from: 1, to: 3, approx: true },
      cite: [
        {
          source: 'clinic-lip-rejuvenation',
          quote: 'smoking in the days after … risk of infection',
        },
      ],
    },
    {
      id: 'rubbing',
      kind: 'avoid',
      text: 'Rubbing or massaging lips (spreads Botox)',
      days: { from: 1, to: 3, approx: true },
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'rubbing or massaging … cause the Botox to spread' }],
    },
    {
      id: 'back',
      kind: 'do',
      task: true,
      text: 'Sleep on your back, lips off the pillow',
      days: { from: 1, to: 3, approx: true },
      cite: [
        {
          source: 'clinic-lip-rejuvenation',
          quote: 'sleep on your back for a few days … press against your pillow',
        },
      ],
    },
  ],
  prep: [
    {
      id: 'thinners',
      kind: 'avoid',
      group: 'days-before',
      daysBefore: { min: 3, max: 4 },
      text: 'Alcohol and blood thinners like aspirin (worse swelling)',
      cite: [
        {
          source: 'clinic-lip-rejuvenation',
          quote: '3 to 4 days before … alcohol and blood thinners like aspirin … make swelling worse',
        },
      ],
    },
    {
      id: 'photos',
      kind: 'do',
      group: 'weeks-before',
      text: 'Ask to see before-and-after photos',
      cite: [
        { source: 'clinic-lip-rejuvenation', quote: 'Ask your doctor for before-and-after photos' },
      ],
    },
  ],
  warningSigns: [
    {
      id: 'too-relaxed',
      text: 'Over-relaxed lips: hard to close, drooling, trouble with words or fluids',
      cite: [
        { source: 'clinic-lip-rejuvenation', quote: 'hard to close them' },
        { source: 'clinic-lip-rejuvenation', quote: 'drooling … difficulty forming certain words' },
        { source: 'clinic-lip-rejuvenation', quote: 'trouble keeping fluids in' },
      ],
    },
    {
      id: 'drooping',
      text: 'One side of the mouth droops',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'drooping on one side of your mouth' }],
    },
  ],
  sideEffects: [
    {
      id: 'minor',
      text: 'Minor bruising or swelling; rarely, over-relaxed lips',
      cite: [
        { source: 'clinic-lip-rejuvenation', quote: 'Minor bruising or swelling may occur at the injection site' },
        { source: 'clinic-lip-rejuvenation', quote: 'lips to relax too much' },
      ],
    },
  ],
  goodFor: [
    {
      id: 'fuller-upper',
      text: 'Fuller upper lip without filler; less gummy smile',
      cite: [
        { source: 'clinic-lip-rejuvenation', quote: 'fuller lips without a dermal filler' },
        { source: 'clinic-lip-rejuvenation', quote: 'smile to appear less gummy' },
      ],
    },
  ],
  notFor: [
    {
      id: 'permanent',
      text: 'Anyone wanting a longer-lasting option',
      cite: [
        {
          source: 'clinic-lip-rejuvenation',
          quote: 'more permanent option, lip lifts or dermal lip fillers',
        },
      ],
    },
  ],
  cost: [
    {
      id: 'less',
      text: 'Less than filler',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'less expensive option than a dermal filler' }],
    },
  ],
  removal: [
    {
      id: 'wears-off',
      text: 'Not permanent; wears off',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'lip flips are not permanent' }],
    },
  ],
};

const lipFiller: Procedure = {
  id: 'lip-filler',
  name: 'Lip filler',
  summary: [
    {
      id: 'what',
      text: 'Injections that add real volume',
      cite: [
        { source: 'clinic-lip-rejuvenation', quote: 'lip fillers actually add volume' },
      ],
    },
  ],
  product: [
    {
      id: 'ha',
      text: 'Mostly hyaluronic acid',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'mostly of hyaluronic acid' }],
    },
  ],
  volume: [
    {
      id: 'adds',
      text: 'Adds real volume; can reshape',
      cite: [
        {
          source: 'clinic-lip-rejuvenation',
          quote: 'truly change the shape and volume … dermal fillers',
        },
      ],
    },
  ],
  lasts: [
    { min: 1, max: 1, unit: 'year', approx: true, cite: [{ source: 'clinic-lip-rejuvenation', quote: 'lip fillers last longer — around a year' }] },
  ],
  upkeep: [
    {
      id: 'touch-up',
      kind: 'touch-up',
      from: 'appointment',
      text: 'Touch-up',
      after: [
        { min: 3, max: 12, unit: 'month', cite: [{ source: 'clinic-lip-rejuvenation', quote: 'require a touch up every 3-12 months' }] },
        { min: 1, max: 1, unit: 'year', approx: true, cite: [{ source: 'clinic-lip-rejuvenation', quote: 'lip fillers last longer — around a year' }] },
      ],
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'require a touch up every 3-12 months' }],
    },
  ],
  recovery: {
    kind: 'massage-week',
    spans: [
      {
        min: 1,
        max: 1,
        unit: 'week',
        approx: true,
        cite: [{ source: 'filler-massage', quote: 'massages for at least a week' }],
      },
    ],
  },
  expect: [
    {
      id: 'swelling',
      text: 'Swelling, bruising, worst the first few days',
      days: { from: 1, to: 3, approx: true },
      cite: [
        { source: 'filler-massage', quote: 'Swelling is a common side effect' },
        { source: 'filler-massage', quote: 'reduce swelling and bruising' },
        { source: 'filler-massage', quote: 'first few days' },
      ],
    },
    {
      id: 'uneven',
      text: 'Filler may be uneven at first',
      days: { from: 1, to: 7, approx: true },
      cite: [
        {
          source: 'filler-massage',
          quote: 'may not be evenly distributed',
        },
      ],
    },
  ],
  aftercare: [
    {
      id: 'massage',
      kind: 'do',
      task: true,
      timesPerDay: { min: 3, max: 4 },
      minutesEach: 5,
      days: { from: 1, to: 7, approx: true },
      text: 'Gentle circular massage, about 5 min, 3–4 times a day, as your practitioner advises',
      cite: [
        {
          source: 'filler-massage',
          quote: 'Massage your lips for about 5 minutes, 3 to 4 times a day … first week',
        },
        { source: 'filler-massage', quote: 'as soon as the practitioner advises' },
        { source: 'filler-massage', quote: 'not all fillers require post-treatment massage' },
      ],
    },
    {
      id: 'hands',
      kind: 'do',
      days: { from: 1, to: 7, approx: true },
      text: 'Wash hands before touching lips',
      cite: [{ source: 'filler-massage', quote: 'washing your hands thoroughly' }],
    },
    {
      id: 'pressure',
      kind: 'avoid',
      days: { from: 1, to: 7, approx: true },
      text: 'Pressing hard (shifts filler)',
      cite: [
        {
          source: 'filler-massage',
          quote: 'too much pressure … displace the filler',
        },
      ],
    },
  ],
  prep: [
    {
      id: 'ask',
      kind: 'do',
      group: 'weeks-before',
      text: 'Ask your practitioner if and how to massage',
      cite: [
        { source: 'filler-massage', quote: 'consult … practitioner before starting any post-treatment massage' },
        { source: 'filler-massage', quote: 'not all fillers require post-treatment massage' },
      ],
    },
  ],
  warningSigns: [
    {
      id: 'lumps',
      text: 'Significant lumps',
      cite: [{ source: 'filler-massage', quote: 'significant lumps, severe swelling, or persistent pain' }],
    },
    {
      id: 'severe-swelling',
      text: 'Severe swelling',
      cite: [{ source: 'filler-massage', quote: 'significant lumps, severe swelling, or persistent pain' }],
    },
    {
      id: 'pain',
      text: 'Persistent pain',
      cite: [
        { source: 'filler-massage', quote: 'significant lumps, severe swelling, or persistent pain' },
        { source: 'filler-massage', quote: 'consult your healthcare provider immediately' },
      ],
    },
  ],
  sideEffects: [
    {
      id: 'side-effects',
      text: 'Swelling, bruising, lumps or unevenness',
      cite: [
        { source: 'filler-massage', quote: 'reduce swelling and bruising' },
        { source: 'filler-massage', quote: 'lumps or unevenness' },
      ],
    },
  ],
  goodFor: [
    {
      id: 'volume',
      text: 'Truly changing shape and volume',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'truly change the shape and volume … dermal fillers' }],
    },
  ],
  cost: [
    {
      id: 'more',
      text: 'More than a lip flip',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'less expensive option than a dermal filler' }],
    },
  ],
};

/** The three built-in procedures, keyed by id. */
export const procedures = {
  'lip-blush': lipBlush,
  'lip-flip': lipFlip,
  'lip-filler': lipFiller,
} as const satisfies Record<BuiltInProcedureId, Procedure>;

export const procedureIds = Object.keys(procedures) as BuiltInProcedureId[];
