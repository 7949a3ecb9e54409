import type { BuiltInProcedureId, Procedure } from './types.js';

/*
 * Every fact below is a value with its unit and `cite: [{ source, quote }]`,
 * the quote being the source's exact words (see shared sources, ids in
 * sources.ts), long enough to keep the words that carry its meaning ("at
 * least", "very rarely", "might"). Where sources disagree each keeps its own
 * span, or the matter is a `disagreements` entry that shows every side.
 * Vague words are kept as `approx` numbers, minimums as `atLeast`, and a
 * number worked out from the words says how (`derived`). A day window exists
 * only where the quote states a time. A fact no source gives is absent, never
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
          quote: 'two sessions, carried out one month apart',
        },
      ],
    },
  ],
  sessionLength: [
    {
      min: 2.5,
      max: 2.5,
      unit: 'hour',
      approx: true,
      derived: 'two and a half',
      cite: [{ source: 'harpers-bazaar', quote: 'lasts about two and a half hours' }],
    },
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
  pain: [
    {
      id: 'pain-annoying',
      text: 'Annoying, but not overly painful',
      cite: [{ source: 'harpers-bazaar', quote: 'definitely annoying, but not overly painful' }],
    },
    {
      id: 'pain-not-excruciating',
      text: 'Should not be excruciating; if the pain is intense, ask to stop at once',
      cite: [
        { source: 'the-cut', quote: 'not be excruciatingly painful' },
        { source: 'the-cut', quote: 'If the pain is intense, ask to stop the procedure immediately' },
      ],
    },
    {
      id: 'pain-stinging',
      text: 'Likely no more than a slight sting, like a strong lip scrub',
      cite: [
        { source: 'clinic-lip-rejuvenation', quote: "likely won't feel more than a slight stinging sensation" },
        { source: 'clinic-lip-rejuvenation', quote: 'feeling of using a strong lip scrub' },
      ],
    },
  ],
  resultsShow: [
    {
      min: 6,
      max: 8,
      unit: 'week',
      derived: 'results once healed',
      cite: [
        { source: 'the-cut', quote: "once they're healed, the results" },
        { source: 'the-cut', quote: 'fully heals in six to eight weeks' },
      ],
    },
  ],
  lasts: [
    { min: 2, max: 3, unit: 'year', cite: [{ source: 'harpers-bazaar', quote: 'lasts from two to three years' }] },
    { min: 6, max: 24, unit: 'month', derived: '2 years × 12', cite: [{ source: 'the-cut', quote: 'can last six months to two years' }] },
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
          cite: [{ source: 'harpers-bazaar', quote: 'two sessions, carried out one month apart' }],
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
      // Before the booster: the tracker's next step is the first visit not yet past, in this order.
      id: 'check-up',
      kind: 'check-up',
      from: 'appointment',
      text: 'Check-up once healed: your technician will likely invite you back',
      after: [
        {
          min: 6,
          max: 8,
          unit: 'week',
          derived: 'once healed',
          cite: [{ source: 'the-cut', quote: 'fully heals in six to eight weeks' }],
        },
      ],
      cite: [
        {
          source: 'clinic-lip-rejuvenation',
          quote: 'Once your lips have healed, your technician will likely invite you back',
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
      text: 'Lips may be swollen or darker',
      days: { from: 1, to: 1, derived: 'right after' },
      cite: [{ source: 'the-cut', quote: 'may be swollen or darker in color right after' }],
    },
    {
      id: 'changes',
      text: 'You may see swelling, flaking, peeling, dryness, extra-strong colour',
      cite: [
        { source: 'clinic-lip-rejuvenation', quote: 'you may see some of the following changes' },
        {
          source: 'clinic-lip-rejuvenation',
          quote: 'Swelling … Flaking … Peeling … Dryness … a stronger color than you were expecting',
        },
      ],
    },
    {
      id: 'fade',
      text: 'Varies by person; likely gone once healed',
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
      cite: [{ source: 'harpers-bazaar', quote: "post phase … not expose yourself to the sun's rays (not even lamps)" }],
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
      id: 'cream',
      kind: 'do',
      task: true,
      text: 'Repairing cream (vitamin E based) or the balm your artist recommends',
      cite: [
        { source: 'harpers-bazaar', quote: 'repairing cream based on vitamin E' },
        { source: 'clinic-lip-rejuvenation', quote: 'Keep lips moisturized with lip balm' },
        { source: 'blush-overview', quote: 'applying post-care products recommended by the artist' },
      ],
    },
  ],
  disagreements: [
    {
      // Not a task nor an Avoid item: the two sources say opposite things.
      id: 'water',
      text: 'Water on your lips',
      area: 'aftercare',
      sides: [
        {
          id: 'water-wash',
          text: 'Wash them only with water',
          cite: [{ source: 'harpers-bazaar', quote: 'treated as an injured area, washed only with water' }],
        },
        {
          id: 'water-avoid',
          text: 'Aftercare often includes avoiding water exposure',
          cite: [{ source: 'blush-overview', quote: 'often includes avoiding water exposure' }],
        },
      ],
    },
    {
      id: 'shape',
      text: 'Shape and symmetry',
      area: 'prep',
      sides: [
        {
          id: 'shape-correct',
          text: 'It can even out the symmetry or correct the shape',
          cite: [
            { source: 'harpers-bazaar', quote: 'even out or change the symmetry' },
            { source: 'clinic-lip-rejuvenation', quote: 'correct the shape' },
          ],
        },
        {
          id: 'shape-inside',
          text: 'Don’t tattoo outside your natural lip line, not even to correct asymmetry: pigment can migrate',
          cite: [
            {
              source: 'the-cut',
              quote: 'do not let an artist tattoo outside your natural lip line … or to correct for asymmetry',
            },
            { source: 'the-cut', quote: 'lead to pigment migration' },
            { source: 'harpers-bazaar', quote: 'without ever going to the contour' },
          ],
        },
      ],
    },
  ],
  prep: [
    {
      id: 'wait',
      kind: 'avoid',
      group: 'weeks-before',
      daysBefore: { min: 28, max: 28, atLeast: true, derived: '4 weeks × 7' },
      text: 'Lip injections such as filler, chemical peels, other lip treatments for at least 4 weeks before',
      cite: [
        {
          source: 'clinic-lip-rejuvenation',
          quote: 'wait at least four weeks',
        },
        { source: 'clinic-lip-rejuvenation', quote: 'lip fillers … Chemical peels … Other lip treatments' },
      ],
    },
    {
      id: 'doctor',
      kind: 'do',
      group: 'weeks-before',
      text: 'Consult your doctor first',
      cite: [
        {
          source: 'clinic-lip-rejuvenation',
          quote: 'consult your doctor before',
        },
      ],
    },
    {
      id: 'sterile',
      kind: 'do',
      group: 'weeks-before',
      text: 'Check that your artist uses sterilised needles and equipment',
      cite: [
        { source: 'the-cut', quote: 'artists just have to use sterilized needles' },
        { source: 'the-cut', quote: 'not sterilized properly … risk of blood-borne infections' },
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
      // A routine of the whole pre phase, not of the night before alone.
      id: 'bedtime-cream',
      kind: 'do',
      group: 'days-before',
      text: 'At bedtime in the run-up: a cream that hydrates and repairs the lips',
      cite: [
        { source: 'harpers-bazaar', quote: 'In the pre phase' },
        {
          source: 'harpers-bazaar',
          quote: 'cream that restores hydration and repairs … before going to bed',
        },
      ],
    },
    {
      id: 'shade',
      kind: 'do',
      group: 'days-before',
      text: 'Try on neutral lipsticks',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'neutral lipstick colors beforehand' }],
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
      id: 'stop-if-pain',
      kind: 'do',
      group: 'day-of',
      text: 'During the session: if the pain is intense, ask to stop at once (a rare allergic reaction is possible)',
      cite: [
        { source: 'the-cut', quote: 'If the pain is intense, ask to stop the procedure immediately' },
        {
          source: 'the-cut',
          quote: 'Although rare, it’s possible to have an allergic reaction to either the numbing agent … or the actual ink',
        },
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
      id: 'risk-infection',
      text: 'Infection from the needle’s microcuts; blood-borne infection if equipment is not sterilised',
      cite: [
        { source: 'the-cut', quote: 'microcuts in the skin, so there’s the potential for an infection' },
        { source: 'the-cut', quote: 'not sterilized properly … risk of blood-borne infections' },
      ],
    },
    {
      id: 'risk-allergy',
      text: 'Rarely, an allergic reaction to the numbing agent or the ink',
      cite: [
        {
          source: 'the-cut',
          quote: 'Although rare, it’s possible to have an allergic reaction to either the numbing agent … or the actual ink',
        },
      ],
    },
    {
      id: 'risk-scarring',
      text: 'Very rarely, scarring',
      cite: [{ source: 'the-cut', quote: 'Very rarely, scarring can occur' }],
    },
    {
      id: 'risk-granulomas',
      text: 'Granulomas: nodules where the body walls off the ink',
      cite: [
        { source: 'the-cut', quote: 'create granulomas' },
        { source: 'the-cut', quote: 'wall it off, creating nodules' },
      ],
    },
  ],
  goodFor: [
    {
      // Symmetry is not listed here: the sources differ on it (see disagreements, "shape").
      id: 'colour-shape',
      text: 'Colour, defined borders, a fuller look',
      cite: [
        { source: 'clinic-lip-rejuvenation', quote: 'Boost your natural lip color' },
        { source: 'clinic-lip-rejuvenation', quote: 'definition to lip borders … illusion of fullness' },
      ],
    },
    {
      id: 'with-filler',
      text: 'Pairs with filler: the two go hand in hand',
      cite: [
        { source: 'harpers-bazaar', quote: 'the two can go hand in hand' },
        { source: 'the-cut', quote: 'procedures “go hand in hand,”' },
      ],
    },
  ],
  notFor: [
    {
      id: 'keloid',
      text: 'Anyone prone to keloid or hypertrophic scars: might want to avoid it altogether',
      cite: [
        {
          source: 'the-cut',
          quote: 'prone to keloid or hypertrophic scarring might want to avoid this procedure altogether',
        },
      ],
    },
    {
      id: 'under-18',
      text: 'Under 18s: in Arizona, artists may only tattoo people 18 and up',
      cite: [
        { source: 'the-cut', quote: 'In Arizona' },
        { source: 'the-cut', quote: 'limit their practice to people 18 and up' },
      ],
    },
  ],
  cost: [
    {
      id: 'usd',
      text: 'A few hundred dollars to over $2,500',
      cite: [
        { source: 'the-cut', quote: 'from a few hundred dollars' },
        { source: 'the-cut', quote: 'to more than $2,500' },
      ],
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
    {
      min: 10,
      max: 20,
      unit: 'minute',
      approx: true,
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'lasts about 10 to 20 minutes' }],
    },
    { min: 10, max: 10, unit: 'minute', approx: true, cite: [{ source: 'clinic-lip-rejuvenation', quote: 'take only around 10 minutes' }] },
  ],
  numbing: [
    {
      id: 'none',
      text: 'Likely none: not very painful',
      cite: [
        {
          source: 'clinic-lip-rejuvenation',
          quote: "likely won't numb your lips … isn't very painful",
        },
      ],
    },
  ],
  pain: [
    {
      id: 'pimple',
      text: 'Not very painful; likened to a pimple on your lip',
      cite: [
        { source: 'clinic-lip-rejuvenation', quote: "the procedure isn't very painful" },
        { source: 'clinic-lip-rejuvenation', quote: 'compared it to the sensation of having a pimple on your lip' },
      ],
    },
  ],
  resultsShow: [
    {
      min: 3,
      max: 3,
      unit: 'day',
      approx: true,
      derived: 'a few = 3',
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
    {
      min: 2,
      max: 3,
      unit: 'month',
      approx: true,
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'Results last around 2 to 3 months' }],
    },
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
      // No duration in the source: no day window.
      id: 'numb-swollen',
      text: 'Most daily activities can resume; upper lip may feel a bit numb and look swollen',
      cite: [
        {
          source: 'clinic-lip-rejuvenation',
          quote: 'resume most daily activities, though your upper lip may feel slightly numb and look swollen',
        },
      ],
    },
    {
      // No duration in the source: no day window.
      id: 'bruising',
      text: 'Minor bruising or swelling may occur where injected',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'Minor bruising or swelling may occur at the injection site' }],
    },
    {
      id: 'results',
      text: 'Results show, then improve for several days',
      // The same reading as `resultsShow`: 3 days after the appointment, which is Day 4 (the timeline's date).
      days: { from: 4, approx: true, derived: 'a few = 3 days after: Day 4' },
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
      // "in the days after": no number of days, so no window.
      id: 'smoking',
      kind: 'avoid',
      text: 'Smoking in the days after (infection risk)',
      cite: [
        {
          source: 'clinic-lip-rejuvenation',
          quote: 'smoking in the days after … risk of infection',
        },
      ],
    },
    {
      // No duration in the source: no window.
      id: 'rubbing',
      kind: 'avoid',
      text: 'Rubbing or massaging your lips (can spread the Botox)',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'rubbing or massaging … cause the Botox to spread' }],
    },
    {
      id: 'back',
      kind: 'do',
      task: true,
      text: 'Sleep on your back, lips off the pillow',
      days: { from: 1, to: 3, approx: true, derived: 'a few = 3' },
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
      id: 'surgeon',
      kind: 'do',
      group: 'weeks-before',
      text: 'Find a qualified cosmetic surgeon',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'qualified cosmetic surgeon' }],
    },
    {
      id: 'photos',
      kind: 'do',
      group: 'weeks-before',
      text: 'Ask to see before-and-after photos',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'Ask your doctor for before-and-after photos' }],
    },
  ],
  warningSigns: [
    {
      id: 'too-relaxed',
      text: 'Lips too relaxed: hard to close, drooling, trouble with words, spitting, whistling or keeping fluids in',
      cite: [
        { source: 'clinic-lip-rejuvenation', quote: 'hard to close them' },
        { source: 'clinic-lip-rejuvenation', quote: 'drooling … difficulty forming certain words … the inability to spit or whistle' },
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
      text: 'Minor bruising or swelling at the injection site',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'Minor bruising or swelling may occur at the injection site' }],
    },
    {
      id: 'larger-dose',
      text: 'A larger dose can relax the lips too much',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'If a larger dose of Botox is injected … relax too much' }],
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
      text: 'Anyone wanting a longer-lasting result: lip lifts or fillers might suit better',
      cite: [
        {
          source: 'clinic-lip-rejuvenation',
          quote: 'more permanent option, lip lifts or dermal lip fillers might be better for you',
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

/** "Continue the massages for at least a week": the massage days, a minimum. */
const massageDays = { from: 1, to: 7, atLeast: true, derived: '1 week × 7' } as const;

const lipFiller: Procedure = {
  id: 'lip-filler',
  name: 'Lip filler',
  summary: [
    {
      id: 'what',
      text: 'Injections that add real volume',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'lip fillers actually add volume' }],
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
    {
      min: 1,
      max: 1,
      unit: 'year',
      approx: true,
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'Botox lip fillers last longer — around a year' }],
    },
  ],
  upkeep: [
    {
      id: 'touch-up',
      kind: 'touch-up',
      from: 'appointment',
      text: 'Touch-up',
      after: [
        { min: 3, max: 12, unit: 'month', cite: [{ source: 'clinic-lip-rejuvenation', quote: 'require a touch up every 3-12 months' }] },
        {
          min: 1,
          max: 1,
          unit: 'year',
          approx: true,
          cite: [{ source: 'clinic-lip-rejuvenation', quote: 'Botox lip fillers last longer — around a year' }],
        },
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
        atLeast: true,
        cite: [{ source: 'filler-massage', quote: 'massages for at least a week' }],
      },
    ],
  },
  expect: [
    {
      id: 'swelling',
      text: 'Swelling (common) and bruising; lips most susceptible in the first few days',
      days: { from: 1, to: 3, approx: true, derived: 'a few = 3' },
      cite: [
        { source: 'filler-massage', quote: 'Swelling is a common side effect' },
        {
          source: 'filler-massage',
          quote: 'reduce swelling and bruising … first few days after the procedure when the lips are most susceptible',
        },
      ],
    },
    {
      id: 'uneven',
      text: 'Right after: filler may not be evenly spread',
      days: { from: 1, to: 1, derived: 'right after' },
      cite: [
        {
          source: 'filler-massage',
          quote: 'Immediately after … may not be evenly distributed',
        },
      ],
    },
  ],
  aftercare: [
    {
      // One tickable task; how long and how often is a disagreement shown beside it (see disagreements, "massage").
      id: 'massage',
      kind: 'do',
      task: true,
      timesPerDay: { min: 3, max: 4 },
      days: massageDays,
      text: 'Gentle circular massage, if your practitioner advises it: spreads the filler, eases swelling and bruising',
      cite: [
        { source: 'filler-massage', quote: 'massages for at least a week' },
        {
          source: 'filler-massage',
          quote: 'about 5 minutes, 3 to 4 times a day, especially in the first week',
        },
        { source: 'filler-massage', quote: 'not all fillers require post-treatment massage' },
        { source: 'filler-massage', quote: 'reduce swelling and bruising' },
      ],
    },
    {
      id: 'hands',
      kind: 'do',
      text: 'Wash hands before touching lips',
      cite: [{ source: 'filler-massage', quote: 'washing your hands thoroughly' }],
    },
    {
      id: 'pressure',
      kind: 'avoid',
      text: 'Pressing hard (shifts filler)',
      cite: [
        {
          source: 'filler-massage',
          quote: 'too much pressure … displace the filler',
        },
      ],
    },
  ],
  disagreements: [
    {
      id: 'massage-plan',
      text: 'Massage: from when, how long, how often',
      area: 'aftercare',
      days: massageDays,
      sides: [
        {
          id: 'massage-few-days',
          text: 'When your practitioner advises: a few minutes, several times a day, for the first few days',
          cite: [
            {
              source: 'filler-massage',
              quote: 'as soon as the practitioner advises … a few minutes, several times a day, for the first few days',
            },
          ],
        },
        {
          id: 'massage-first-week',
          text: 'Right after: about 5 minutes, 3 to 4 times a day, especially in the first week; at least a week',
          cite: [
            { source: 'filler-massage', quote: 'start massaging the lips immediately after' },
            {
              source: 'filler-massage',
              quote: 'about 5 minutes, 3 to 4 times a day, especially in the first week',
            },
            { source: 'filler-massage', quote: 'massages for at least a week' },
          ],
        },
        {
          id: 'massage-not-all',
          text: 'Not all fillers need massage: it depends on the filler',
          cite: [
            { source: 'filler-massage', quote: 'not all fillers require post-treatment massage' },
            { source: 'filler-massage', quote: 'guided by the specific type of filler used' },
          ],
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
        { source: 'filler-massage', quote: 'Swelling is a common side effect' },
        { source: 'filler-massage', quote: 'reduce swelling and bruising … most susceptible to these side effects' },
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
