/**
 * European Portuguese: only the strings worded differently from the
 * Brazilian ones (pt.ts), the rest falls back to them key by key ("o seu",
 * "guardar", "contacte", "introduza").
 */
import type { Catalog } from '../i18n.js';

export const ptPT: Catalog = {
  notStated: 'Não indicado nas nossas fontes',
  aspect: 'Aspeto',
  'aspect.sideEffects': 'Efeitos secundários',
  yourStudio: 'o seu estúdio',
  bookTouchUp: 'Marque o seu retoque',
  contactStudio: 'Contacte o estúdio',
  dateIntro: 'Introduza a data do seu procedimento para ver as suas datas.',
  save: 'Guardar',
  notSaved: 'Não fica guardado neste dispositivo: o que introduzir mantém-se até sair desta página.',
  dateHelp: 'Verifique a data ou introduza a sua abaixo.',
  'tl.title': '{name}: calendário e retoques',
  'tl.heading': 'Calendário e retoques',
  'tl.start': 'O seu procedimento',
  inDays: 'O seu procedimento é daqui a {n} dias.',
  tomorrow: 'O seu procedimento é amanhã.',
  nextDay: 'Dia seguinte',
  backToday: 'Voltar a hoje',
  warnTitle: 'Contacte o profissional se notar',
  warnStudio: 'Contacte o seu estúdio se notar',
  'prep.over': 'O seu procedimento já passou ({date}): esta lista fica aqui para consulta.',
  'prep.reset': 'Repor',
  'prep.none': 'As nossas fontes não indicam preparativos para {name}.',
  'date.empty': 'Nenhuma data de procedimento foi indicada.',
  studioIgnored1: '1 definição do estúdio foi ignorada.',
  studioIgnored: '{n} definições do estúdio foram ignoradas.',
};
