/**
 * European Portuguese text of the built-in procedures: only the entries
 * worded differently from the Brazilian ones (text-pt.ts), which fill in the
 * rest key by key. Same facts, figures and caveats; quotes never translated.
 */
import type { DataText } from './text-it.js';

export const dataTextPtPT: Partial<DataText> = {
  'lip-blush.changes': 'Pode notar inchaço, descamação, pele a soltar-se, secura, cor muito intensa',
  'lip-blush.sun': 'Sol, solário',
  'lip-blush.whitening': 'Pasta de dentes branqueadora',
  'lip-blush.numbing-cream': 'Creme anestésico antes e durante; atua em cerca de 20 min',
  'lip-blush.doctor': 'Consulte o seu médico antes',
  'lip-blush.sterile': 'Confirme que o profissional usa agulhas e material esterilizados',
  'lip-blush.stop-if-pain': 'Durante a sessão: se a dor for intensa, peça para parar de imediato (é possível uma reação alérgica rara)',
  'lip-blush.colour': 'Um batom de uma cor de que goste muito',
  'lip-blush.photos': 'Fotografias de referência do visual que pretende',
  'lip-blush.infection': 'Infeção',
  'lip-blush.healing': 'Inchaço, descamação, pele a soltar-se, secura',
  'lip-blush.risk-infection': 'Infeção pelos microcortes da agulha; infeções transmitidas pelo sangue se o material não for esterilizado',
  'lip-blush.colour-shape': 'Cor, contorno definido, aspeto mais cheio',
  'lip-blush.pain-annoying': 'Incómodo, mas não muito doloroso',
  'lip-blush.pain-not-excruciating': 'Não deve ser insuportável; se a dor for intensa, peça para parar de imediato',
  'lip-blush.check-up': 'Revisão após a cicatrização: provavelmente o profissional vai pedir-lhe que volte',
  'lip-blush.water-avoid': 'Os cuidados pós-procedimento muitas vezes incluem evitar o contacto com a água',

  'lip-flip.pimple': 'Não é muito doloroso; comparado a uma borbulha no lábio',
  'lip-flip.numb-swollen': 'Pode retomar a maioria das atividades; o lábio superior pode ficar um pouco dormente e parecer inchado',
  'lip-flip.smoking': 'Fumar nos dias seguintes (risco de infeção)',
  'lip-flip.back': 'Durma de costas, sem encostar os lábios à almofada',
  'lip-flip.too-relaxed':
    'Lábios demasiado relaxados: difícil fechá-los, babar-se, dificuldade em articular certas palavras, cuspir, assobiar ou reter líquidos',

  'lip-flip.rubbing': 'Esfregar ou massajar os lábios (pode espalhar o Botox)',

  'lip-filler.ha': 'Principalmente ácido hialurónico',
  'lip-filler.adds': 'Dá volume real; pode remodelar a forma',
  'lip-filler.massage-not-all': 'Nem todos os preenchimentos exigem massagem: depende do produto',
  'lip-filler.ask': 'Pergunte ao profissional se e como deve massajar',
  'lip-filler.volume': 'Mudar de facto a forma e o volume',
};
