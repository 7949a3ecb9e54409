import type { Source, SourceId } from './types.js';

/**
 * The five published texts behind the built-in data. `title` is the title the
 * text was published under, word for word (absent where the text carries
 * none); `label` is our own description and is never shown as a title.
 */
export const sources: readonly Source[] = [
  {
    id: 'harpers-bazaar',
    title: 'Lip blushing is the beauty treatment to even out or change the symmetry of the lips',
    publisher: "Harper's Bazaar Italia",
    label: 'Q&A on lip blushing',
    people: [{ name: 'Cristiana Causo', role: 'dermopigmenter, Pink Ink studio, Milan' }],
  },
  {
    id: 'blush-overview',
    label: 'A general description of lip blushing',
    people: [],
  },
  {
    id: 'the-cut',
    title: 'What Is Lip-Blushing? And Should I Do It?',
    publisher: 'The Cut',
    label: 'advice column',
    people: [
      { name: 'Tia Clarke', role: 'semi-permanent-makeup artist and trainer, Scottsdale' },
      { name: 'Dr. Gloria Lin', role: 'board-certified dermatologist, New York' },
    ],
  },
  {
    id: 'clinic-lip-rejuvenation',
    title: 'Lip Rejuvenation Treatments',
    label: "A clinic's page: lip-flip FAQ and lip-blushing guide",
    people: [],
  },
  {
    id: 'filler-massage',
    label: 'An article on massaging the lips after lip filler',
    people: [],
  },
];

export const sourceIds: readonly SourceId[] = /* @__PURE__ */ sources.map((s) => s.id);
