import type { Source, SourceId } from './types.js';

/** The five published texts behind the built-in data. */
export const sources = [
  {
    id: 'harpers-bazaar',
    title: 'Lip blushing is the beauty treatment to even out or change the symmetry of the lips',
    publisher: "Harper's Bazaar Italia",
    people: [{ name: 'Cristiana Causo', role: 'dermopigmenter, Pink Ink studio, Milan' }],
  },
  {
    id: 'blush-overview',
    title: 'Lip blushing: a detailed description',
    publisher: 'General overview',
    people: [],
  },
  {
    id: 'the-cut',
    title: 'What Is Lip-Blushing? And Should I Do It?',
    publisher: 'The Cut',
    people: [
      { name: 'Tia Clarke', role: 'semi-permanent-makeup artist and trainer, Scottsdale' },
      { name: 'Dr. Gloria Lin', role: 'board-certified dermatologist, New York' },
    ],
  },
  {
    id: 'clinic-lip-rejuvenation',
    title: 'Lip Rejuvenation Treatments: lip flip FAQ and lip blushing guide',
    publisher: 'Clinic information page',
    people: [],
  },
  {
    id: 'filler-massage',
    title: 'Massaging the lips after lip filler',
    publisher: 'Aftercare article',
    people: [],
  },
] as const satisfies readonly Source[];

export const sourceIds: readonly SourceId[] = /* @__PURE__ */ sources.map((s) => s.id);
