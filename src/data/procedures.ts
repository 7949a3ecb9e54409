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
      text: 'A soft cosmetic tattoo that tints the lips and defines their shape',
      cite: [
        { source: 'harpers-bazaar', quote: 'It is a tattoo that changes the color of the lips, giving them a healthier look.' },
        { source: 'clinic-lip-rejuvenation', quote: 'Lip blush is a form of semi-permanent makeup' },
      ],
    },
  ],
  product: [
    {
      id: 'pigment',
      text: 'Pigment placed in the skin of the lips with a fine needle',
      cite: [
        { source: 'the-cut', quote: 'depositing PMU ink that complements your natural lip color into the skin of your lips' },
        { source: 'blush-overview', quote: 'depositing pigment into the upper layers of the skin' },
      ],
    },
  ],
  volume: [
    {
      id: 'illusion',
      text: 'No added volume: colour gives an illusion of fullness',
      cite: [
        { source: 'the-cut', quote: "lip blush won't alter the shape or volume of your lips the way filler can" },
        { source: 'clinic-lip-rejuvenation', quote: 'a lip blush tattoo gives the illusion of volume by adding pigment' },
      ],
    },
  ],
  sessions: [
    {
      id: 'two',
      text: 'Two sessions one month apart; the second is the refinement session',
      cite: [
        {
          source: 'harpers-bazaar',
          quote: 'The first treatment takes place in two sessions, carried out one month apart from each other.',
        },
      ],
    },
  ],
  sessionLength: [
    { min: 2.5, max: 2.5, unit: 'hour', approx: true, cite: [{ source: 'harpers-bazaar', quote: 'The treatment session lasts about two and a half hours' }] },
    { min: 1, max: 2, unit: 'hour', cite: [{ source: 'the-cut', quote: 'Lip-blushing usually takes an hour or two, including numbing time' }] },
    { min: 1, max: 3, unit: 'hour', cite: [{ source: 'clinic-lip-rejuvenation', quote: 'The process can take anywhere between 1-3 hours.' }] },
  ],
  numbing: [
    {
      id: 'cream',
      text: 'Numbing cream before and during; it takes about 20 minutes to work',
      cite: [
        { source: 'harpers-bazaar', quote: 'a desensitizing cream is applied before and during the treatment' },
        { source: 'clinic-lip-rejuvenation', quote: 'It will take about 20 minutes to start working.' },
      ],
    },
  ],
  resultsShow: [
    {
      min: 0,
      max: 0,
      unit: 'day',
      cite: [{ source: 'the-cut', quote: 'Your lips may be swollen or darker in color right after the procedure' }],
    },
  ],
  fullEffect: [
    { min: 6, max: 8, unit: 'week', cite: [{ source: 'the-cut', quote: 'fully heals in six to eight weeks' }] },
  ],
  lasts: [
    { min: 2, max: 3, unit: 'year', cite: [{ source: 'harpers-bazaar', quote: 'The result lasts from two to three years.' }] },
    { min: 6, max: 24, unit: 'month', cite: [{ source: 'the-cut', quote: 'the results can last six months to two years' }] },
    { min: 3, max: 5, unit: 'year', cite: [{ source: 'clinic-lip-rejuvenation', quote: 'Lip blushing can last 3-5 years' }] },
  ],
  upkeep: [
    {
      id: 'refinement',
      kind: 'refinement',
      from: 'appointment',
      text: 'Refinement session, to perfect shape, colour and saturation',
      after: [
        {
          min: 1,
          max: 1,
          unit: 'month',
          cite: [{ source: 'harpers-bazaar', quote: 'carried out one month apart from each other' }],
        },
      ],
      cite: [
        {
          source: 'harpers-bazaar',
          quote: 'useful for improving any imperfections on the shape, color and saturation of the pigment',
        },
      ],
    },
    {
      id: 'booster',
      kind: 'booster',
      from: 'appointment',
      recurring: true,
      text: 'Booster session once a year to keep the colour bright',
      after: [
        {
          min: 1,
          max: 1,
          unit: 'year',
          cite: [
            { source: 'harpers-bazaar', quote: 'I recommend a booster session once a year.' },
            { source: 'clinic-lip-rejuvenation', quote: 'you can plan to go in once a year to maintain your color' },
          ],
        },
      ],
      cite: [{ source: 'harpers-bazaar', quote: 'If you want to keep a brighter color' }],
    },
  ],
  recovery: {
    kind: 'healed',
    spans: [{ min: 6, max: 8, unit: 'week', cite: [{ source: 'the-cut', quote: 'fully heals in six to eight weeks' }] }],
  },
  expect: [
    {
      id: 'swollen-dark',
      text: 'Lips may be swollen or darker in colour',
      days: { from: 1, to: 1 },
      cite: [{ source: 'the-cut', quote: 'Your lips may be swollen or darker in color right after the procedure' }],
    },
    {
      id: 'changes',
      text: 'Swelling, flaking, peeling, dryness or a stronger colour than expected',
      cite: [
        {
          source: 'clinic-lip-rejuvenation',
          quote: 'Swelling … Flaking … Peeling … Dryness … Strong pigmentation (a stronger color than you were expecting)',
        },
      ],
    },
    {
      id: 'fade',
      text: 'These changes vary from person to person and usually go as the lips heal',
      cite: [
        {
          source: 'clinic-lip-rejuvenation',
          quote: 'These changes will vary from person to person and will likely go away as your lips heal.',
        },
      ],
    },
  ],
  aftercare: [
    {
      id: 'sun',
      kind: 'avoid',
      text: 'Sun and tanning lamps',
      cite: [{ source: 'harpers-bazaar', quote: "you must not expose yourself to the sun's rays (not even lamps)" }],
    },
    {
      id: 'sauna',
      kind: 'avoid',
      text: 'Sauna, spa and swimming pool',
      cite: [{ source: 'harpers-bazaar', quote: 'no sauna, no spa, no swimming pool' }],
    },
    {
      id: 'sweat',
      kind: 'avoid',
      text: 'Heavy exercise and anything that makes you sweat',
      cite: [
        { source: 'clinic-lip-rejuvenation', quote: 'Avoid heavy exercise where you sweat' },
        { source: 'clinic-lip-rejuvenation', quote: 'Avoid other activities that may make you sweat, like intense sun exposure' },
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
      text: 'Touching your lips',
      cite: [{ source: 'blush-overview', quote: 'refraining from touching the lips' }],
    },
    {
      id: 'wash',
      kind: 'do',
      task: true,
      text: 'Wash your lips with water only',
      cite: [
        { source: 'harpers-bazaar', quote: 'washed only with water' },
        { source: 'blush-overview', quote: 'This often includes avoiding water exposure' },
      ],
    },
    {
      id: 'cream',
      kind: 'do',
      task: true,
      text: 'Apply the repairing cream or balm your artist recommends',
      cite: [
        { source: 'harpers-bazaar', quote: 'nourished with a specific repairing cream based on vitamin E' },
        { source: 'clinic-lip-rejuvenation', quote: 'Keep lips moisturized with lip balm' },
        { source: 'blush-overview', quote: 'applying post-care products recommended by the artist' },
      ],
    },
  ],
  prep: [
    {
      id: 'wait',
      kind: 'avoid',
      group: 'weeks-before',
      daysBefore: { min: 28, max: 28 },
      text: 'No lip injections (such as filler), chemical peels or other lip treatments in the 4 weeks before',
      cite: [
        {
          source: 'clinic-lip-rejuvenation',
          quote: "If you've recently had any of the following treatments, you'll need to wait at least four weeks.",
        },
        { source: 'clinic-lip-rejuvenation', quote: 'Any lip injection, like lip fillers … Chemical peels … Other lip treatments' },
      ],
    },
    {
      id: 'doctor',
      kind: 'do',
      group: 'weeks-before',
      text: 'Talk to a doctor first, especially if you are prone to keloid or hypertrophic scars',
      cite: [
        {
          source: 'clinic-lip-rejuvenation',
          quote: "It's always helpful to consult your doctor before you get semi permanent makeup work done.",
        },
        { source: 'the-cut', quote: 'those who are prone to keloid or hypertrophic scarring might want to avoid this procedure altogether' },
      ],
    },
    {
      id: 'healed-photos',
      kind: 'do',
      group: 'weeks-before',
      text: "Look at healed photos of the artist's work, not only fresh ones",
      cite: [{ source: 'the-cut', quote: 'You want to see photos of the healed work, not just immediately after' }],
    },
    {
      id: 'scrub',
      kind: 'do',
      group: 'days-before',
      text: 'Scrub your lips to remove dead skin',
      cite: [{ source: 'harpers-bazaar', quote: 'In the pre phase, it is necessary to carry out a scrub that removes skin and dead cells' }],
    },
    {
      id: 'shade',
      kind: 'do',
      group: 'days-before',
      text: 'Try on neutral lipstick shades to choose your colour',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'you try on a range of neutral lipstick colors beforehand' }],
    },
    {
      id: 'bedtime-cream',
      kind: 'do',
      group: 'night-before',
      text: 'At bedtime, apply a cream that hydrates and repairs the lips',
      cite: [
        {
          source: 'harpers-bazaar',
          quote: 'apply a cream that restores hydration and repairs the labial mucosa before going to bed',
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
        { source: 'clinic-lip-rejuvenation', quote: "you'll also want to avoid the following on the day of the treatment" },
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
        { source: 'clinic-lip-rejuvenation', quote: "you'll also want to avoid the following on the day of the treatment" },
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
        { source: 'clinic-lip-rejuvenation', quote: "you'll also want to avoid the following on the day of the treatment" },
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
        { source: 'clinic-lip-rejuvenation', quote: "you'll also want to avoid the following on the day of the treatment" },
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
        { source: 'clinic-lip-rejuvenation', quote: "you'll also want to avoid the following on the day of the treatment" },
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
        { source: 'clinic-lip-rejuvenation', quote: "you'll also want to avoid the following on the day of the treatment" },
        { source: 'clinic-lip-rejuvenation', quote: 'Vitamin E' },
      ],
    },
    {
      id: 'colour',
      kind: 'bring',
      group: 'bring',
      text: 'A lipstick colour you love',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'You can bring in a color you love and ask the aesthetician to match it.' }],
    },
    {
      id: 'photos',
      kind: 'bring',
      group: 'bring',
      text: 'Reference photos of the colour and shape you want',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'You can also bring reference photos to share your desired color and shape.' }],
    },
  ],
  warningSigns: [
    {
      id: 'infection',
      text: 'Signs of infection',
      cite: [{ source: 'the-cut', quote: "there's the potential for an infection" }],
    },
    {
      id: 'allergy',
      text: 'Signs of an allergic reaction to the numbing agent or the ink',
      cite: [{ source: 'the-cut', quote: "it's possible to have an allergic reaction to either the numbing agent that is used or the actual ink itself" }],
    },
    {
      id: 'nodules',
      text: 'Nodules (lumps) in the area',
      cite: [{ source: 'the-cut', quote: 'creating nodules in the area' }],
    },
    {
      id: 'concerns',
      text: 'Anything else that worries you',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'If you have any concerns, contact your lip technician or doctor.' }],
    },
  ],
  sideEffects: [
    {
      id: 'healing',
      text: 'Swelling, flaking, peeling and dryness while healing',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'Swelling … Flaking … Peeling … Dryness' }],
    },
    {
      id: 'risks',
      text: 'Rarely infection, allergy, scarring or granulomas',
      cite: [
        { source: 'the-cut', quote: "there's the potential for an infection" },
        { source: 'the-cut', quote: 'Very rarely, scarring can occur' },
        { source: 'the-cut', quote: 'The body can also create granulomas' },
      ],
    },
  ],
  goodFor: [
    {
      id: 'colour-shape',
      text: 'More colour, definition and symmetry; the illusion of fullness',
      cite: [
        { source: 'clinic-lip-rejuvenation', quote: 'Boost your natural lip color' },
        { source: 'clinic-lip-rejuvenation', quote: 'Add definition to lip borders … Create the illusion of fullness' },
        { source: 'harpers-bazaar', quote: 'to even out or change the symmetry of the lips' },
      ],
    },
  ],
  notFor: [
    {
      id: 'keloid',
      text: 'People prone to keloid or hypertrophic scarring',
      cite: [{ source: 'the-cut', quote: 'those who are prone to keloid or hypertrophic scarring might want to avoid this procedure altogether' }],
    },
  ],
  cost: [
    {
      id: 'usd',
      text: 'From a few hundred dollars to more than $2,500',
      cite: [{ source: 'the-cut', quote: 'It can cost anywhere from a few hundred dollars' }, { source: 'the-cut', quote: 'to more than $2,500' }],
    },
  ],
  removal: [
    {
      id: 'laser',
      text: 'Can be removed, best known by laser',
      cite: [{ source: 'harpers-bazaar', quote: 'there are removal methods available to remove the color, among which the best known is the laser' }],
    },
  ],
};

const lipFlip: Procedure = {
  id: 'lip-flip',
  name: 'Lip flip',
  summary: [
    {
      id: 'what',
      text: 'Botox relaxes the muscles around the upper lip so it turns slightly up and out',
      cite: [
        { source: 'clinic-lip-rejuvenation', quote: 'The injection temporarily relaxes the muscles around your lip.' },
        { source: 'clinic-lip-rejuvenation', quote: 'to "flip" upward and outward, giving your lip a fuller appearance' },
      ],
    },
  ],
  product: [
    {
      id: 'botox',
      text: 'A small amount of Botox',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'use a small amount of Botox to relax the muscles around your upper lip' }],
    },
  ],
  volume: [
    {
      id: 'rearranged',
      text: 'Looks fuller, but no volume is added: it is rearranged',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: "its actual volume doesn't increase; it just gets rearranged" }],
    },
  ],
  sessionLength: [
    { min: 10, max: 20, unit: 'minute', approx: true, cite: [{ source: 'clinic-lip-rejuvenation', quote: 'lasts about 10 to 20 minutes' }] },
    { min: 10, max: 10, unit: 'minute', approx: true, cite: [{ source: 'clinic-lip-rejuvenation', quote: 'It should take only around 10 minutes.' }] },
  ],
  numbing: [
    {
      id: 'none',
      text: 'Usually no numbing: it is not very painful',
      cite: [
        {
          source: 'clinic-lip-rejuvenation',
          quote: "The doctor likely won't numb your lips beforehand, because the procedure isn't very painful.",
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
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'you should begin to see results within a few days' }],
    },
  ],
  fullEffect: [
    {
      min: 10,
      max: 14,
      unit: 'day',
      approx: true,
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'full effect of the lip flip approximately 10 to 14 days after the procedure' }],
    },
  ],
  lasts: [
    { min: 8, max: 12, unit: 'week', cite: [{ source: 'clinic-lip-rejuvenation', quote: 'the effects of the procedure last for 8 to 12 weeks' }] },
    { min: 2, max: 3, unit: 'month', approx: true, cite: [{ source: 'clinic-lip-rejuvenation', quote: 'Results last around 2 to 3 months' }] },
  ],
  upkeep: [
    {
      id: 'repeat',
      kind: 'repeat',
      from: 'appointment',
      whenWornOff: true,
      text: 'Repeat injection when the effect wears off',
      cite: [
        {
          source: 'clinic-lip-rejuvenation',
          quote: 'you can choose to maintain your results by having additional Botox injections',
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
        cite: [{ source: 'clinic-lip-rejuvenation', quote: 'full effect of the lip flip approximately 10 to 14 days after the procedure' }],
      },
    ],
  },
  expect: [
    {
      id: 'numb-swollen',
      text: 'Your upper lip may feel slightly numb and look swollen',
      days: { from: 1, to: 1 },
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'your upper lip may feel slightly numb and look swollen' }],
    },
    {
      id: 'bruising',
      text: 'Minor bruising or swelling where it was injected',
      days: { from: 1, to: 3, approx: true },
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'Minor bruising or swelling may occur at the injection site.' }],
    },
    {
      id: 'results',
      text: 'Results begin to show, and keep improving for several days',
      days: { from: 3, approx: true },
      cite: [
        {
          source: 'clinic-lip-rejuvenation',
          quote: 'you should begin to see results within a few days and continual improvement for several days after that',
        },
      ],
    },
  ],
  aftercare: [
    {
      id: 'smoking',
      kind: 'avoid',
      text: 'Smoking, which may raise the risk of infection',
      days: { from: 1, to: 3, approx: true },
      cite: [
        {
          source: 'clinic-lip-rejuvenation',
          quote: 'Avoid smoking in the days after the procedure because it may increase the risk of infection.',
        },
      ],
    },
    {
      id: 'rubbing',
      kind: 'avoid',
      text: 'Rubbing or massaging your lips, which can spread the Botox',
      days: { from: 1, to: 3, approx: true },
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'Keep from rubbing or massaging your lips, which can cause the Botox to spread.' }],
    },
    {
      id: 'back',
      kind: 'do',
      task: true,
      text: 'Sleep on your back so your lips do not press on the pillow',
      days: { from: 1, to: 3, approx: true },
      cite: [
        {
          source: 'clinic-lip-rejuvenation',
          quote: "Try to sleep on your back for a few days so your lips don't press against your pillow.",
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
      text: 'No alcohol and no blood thinners such as aspirin, which can make swelling worse',
      cite: [
        {
          source: 'clinic-lip-rejuvenation',
          quote: "For 3 to 4 days before the procedure, you'll need to avoid alcohol and blood thinners like aspirin, which can make swelling worse.",
        },
      ],
    },
    {
      id: 'photos',
      kind: 'do',
      group: 'weeks-before',
      text: 'Ask for before-and-after photos at your consultation',
      cite: [
        { source: 'clinic-lip-rejuvenation', quote: 'Ask your doctor for before-and-after photos at your initial consultation.' },
      ],
    },
  ],
  warningSigns: [
    {
      id: 'too-relaxed',
      text: 'Lips too relaxed: hard to close them, drooling, trouble with some words, or keeping fluids in',
      cite: [
        { source: 'clinic-lip-rejuvenation', quote: 'This might make it hard to close them.' },
        { source: 'clinic-lip-rejuvenation', quote: 'drooling … difficulty forming certain words' },
        { source: 'clinic-lip-rejuvenation', quote: 'trouble keeping fluids in your mouth after drinking' },
      ],
    },
    {
      id: 'drooping',
      text: 'Drooping on one side of the mouth',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'drooping on one side of your mouth' }],
    },
  ],
  sideEffects: [
    {
      id: 'minor',
      text: 'Minor bruising or swelling; rarely lips that relax too much',
      cite: [
        { source: 'clinic-lip-rejuvenation', quote: 'Minor bruising or swelling may occur at the injection site.' },
        { source: 'clinic-lip-rejuvenation', quote: 'it may cause your lips to relax too much' },
      ],
    },
  ],
  goodFor: [
    {
      id: 'fuller-upper',
      text: 'A fuller-looking upper lip without filler; a less gummy smile',
      cite: [
        { source: 'clinic-lip-rejuvenation', quote: 'are hoping to achieve fuller lips without a dermal filler' },
        { source: 'clinic-lip-rejuvenation', quote: 'want their smile to appear less gummy' },
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
          quote: "If you're looking for a more permanent option, lip lifts or dermal lip fillers might be better for you.",
        },
      ],
    },
  ],
  cost: [
    {
      id: 'less',
      text: 'Less than filler',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: "It's a less expensive option than a dermal filler because it uses very few units of Botox." }],
    },
  ],
  removal: [
    {
      id: 'wears-off',
      text: 'Not permanent: it wears off',
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
      text: 'Injections that really add volume to the lips',
      cite: [
        { source: 'clinic-lip-rejuvenation', quote: 'dermal fillers actually do make lips fuller' },
        { source: 'clinic-lip-rejuvenation', quote: 'While lip fillers actually add volume to your lips' },
      ],
    },
  ],
  product: [
    {
      id: 'ha',
      text: 'Mostly hyaluronic acid',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'inject your lips with a substance made mostly of hyaluronic acid' }],
    },
  ],
  volume: [
    {
      id: 'adds',
      text: 'Adds real volume and can change the shape',
      cite: [
        {
          source: 'clinic-lip-rejuvenation',
          quote: 'If you want to truly change the shape and volume of your lips, dermal fillers or lip implants may be a better choice for you.',
        },
      ],
    },
  ],
  lasts: [
    { min: 1, max: 1, unit: 'year', approx: true, cite: [{ source: 'clinic-lip-rejuvenation', quote: 'Botox lip fillers last longer — around a year.' }] },
  ],
  upkeep: [
    {
      id: 'touch-up',
      kind: 'touch-up',
      from: 'appointment',
      text: 'Touch-up',
      after: [
        { min: 3, max: 12, unit: 'month', cite: [{ source: 'clinic-lip-rejuvenation', quote: 'lip fillers require a touch up every 3-12 months' }] },
        { min: 1, max: 1, unit: 'year', approx: true, cite: [{ source: 'clinic-lip-rejuvenation', quote: 'Botox lip fillers last longer — around a year.' }] },
      ],
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'lip fillers require a touch up every 3-12 months' }],
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
        cite: [{ source: 'filler-massage', quote: 'Continue the massages for at least a week post-procedure' }],
      },
    ],
  },
  expect: [
    {
      id: 'swelling',
      text: 'Swelling and bruising, most in the first few days',
      days: { from: 1, to: 3, approx: true },
      cite: [
        { source: 'filler-massage', quote: 'Swelling is a common side effect post-lip filler injection.' },
        { source: 'filler-massage', quote: 'reduce swelling and bruising' },
        { source: 'filler-massage', quote: 'in the first few days after the procedure' },
      ],
    },
    {
      id: 'uneven',
      text: 'The filler may not be evenly spread yet',
      days: { from: 1, to: 7, approx: true },
      cite: [
        {
          source: 'filler-massage',
          quote: 'Immediately after the lip filler injection, the product may not be evenly distributed',
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
      text: 'Gentle circular massage, about 5 minutes, 3 to 4 times a day, as your practitioner advises',
      cite: [
        {
          source: 'filler-massage',
          quote: 'Massage your lips for about 5 minutes, 3 to 4 times a day, especially in the first week after the procedure.',
        },
        { source: 'filler-massage', quote: 'starting as soon as the practitioner advises' },
        { source: 'filler-massage', quote: 'not all fillers require post-treatment massage' },
      ],
    },
    {
      id: 'hands',
      kind: 'do',
      days: { from: 1, to: 7, approx: true },
      text: 'Wash your hands before you touch your lips',
      cite: [{ source: 'filler-massage', quote: 'Always start by washing your hands thoroughly' }],
    },
    {
      id: 'pressure',
      kind: 'avoid',
      days: { from: 1, to: 7, approx: true },
      text: 'Too much pressure, which can displace the filler',
      cite: [
        {
          source: 'filler-massage',
          quote: 'Avoid using too much pressure, as this can displace the filler and cause unevenness.',
        },
      ],
    },
  ],
  prep: [
    {
      id: 'ask',
      kind: 'do',
      group: 'weeks-before',
      text: 'Ask your practitioner whether your filler needs massage afterwards, and how',
      cite: [
        { source: 'filler-massage', quote: 'Always consult with your medical aesthetic practitioner before starting any post-treatment massage routine.' },
        { source: 'filler-massage', quote: 'not all fillers require post-treatment massage' },
      ],
    },
  ],
  warningSigns: [
    {
      id: 'lumps',
      text: 'Significant lumps',
      cite: [{ source: 'filler-massage', quote: 'If you notice any significant lumps, severe swelling, or persistent pain' }],
    },
    {
      id: 'swelling',
      text: 'Severe swelling',
      cite: [{ source: 'filler-massage', quote: 'If you notice any significant lumps, severe swelling, or persistent pain' }],
    },
    {
      id: 'pain',
      text: 'Persistent pain',
      cite: [
        { source: 'filler-massage', quote: 'If you notice any significant lumps, severe swelling, or persistent pain' },
        { source: 'filler-massage', quote: 'it is advisable to consult your healthcare provider immediately' },
      ],
    },
  ],
  sideEffects: [
    {
      id: 'swelling',
      text: 'Swelling, bruising, lumps or unevenness',
      cite: [
        { source: 'filler-massage', quote: 'reduce swelling and bruising' },
        { source: 'filler-massage', quote: 'leading to potential lumps or unevenness' },
      ],
    },
  ],
  goodFor: [
    {
      id: 'volume',
      text: 'Truly changing the shape and volume of the lips',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: 'If you want to truly change the shape and volume of your lips' }],
    },
  ],
  cost: [
    {
      id: 'more',
      text: 'More than a lip flip',
      cite: [{ source: 'clinic-lip-rejuvenation', quote: "It's a less expensive option than a dermal filler because it uses very few units of Botox." }],
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
