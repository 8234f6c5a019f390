// Npuls competentiegebied coach (seed 000, tabel 4): begeleiden professionele ontwikkeling.
import type { ProfileArea } from '../../model';
import { kvaItems } from '../items';

export const COACH: ProfileArea = {
  id: 'coach',
  code: 'COA',
  name: 'Begeleiden professionele ontwikkeling',
  role: 'Coach',
  aliases: ['Professionele ontwikkeling begeleiden'],
  description:
    'De coach ondersteunt docenten en onderwijsteams in hun professionele groei en het versterken van hun ' +
    'onderwijspraktijk. De nadruk ligt op het stimuleren van leerprocessen, reflectie en eigenaarschap, met oog ' +
    'voor didactiek, technologie en pedagogiek. De coach begeleidt niet vanuit hiërarchie of inhoudelijke ' +
    'instructie, maar vanuit gelijkwaardigheid, procesbegeleiding en vertrouwen.\n\n' +
    'Het competentiegebied van coach is onmisbaar in een lerende onderwijsorganisatie. Docenten hebben behoefte ' +
    'aan begeleiding die aansluit bij hun ervaring, vraagstukken en context. De coach biedt die begeleiding op ' +
    'individueel, team- of organisatieniveau.',
  scope: 'network',
  items: kvaItems('COA', {
    K: [
      'Kennis van didactische principes en pedagogische modellen',
      'Kennis van coachingsmethodieken en gespreksvoering',
      'Kennis van professionele ontwikkeling en veranderprocessen',
      'Kennis van de onderwijspraktijk binnen verschillende contexten (mbo/hbo/wo)',
      'Basiskennis van technologische toepassingen ter ondersteuning van leren',
    ],
    V: [
      'Coacht docenten en overige onderwijsprofessionals in reflectie, het stellen van leerdoelen en het versterken van onderwijskundig handelen',
      'Adviseert over effectieve onderwijsvormen en passende inzet van technologie.',
      'Signaleert didactische knelpunten en denkt mee in innovatieve oplossingen',
      'Begeleidt docenten en overige onderwijsprofessionals gericht op blijvende integratie van onderwijsapplicaties in hun onderwijspraktijk.',
      'Begeleidt leerprocessen zonder over te nemen; werkt vanuit gelijkwaardigheid',
      'Past coachende gespreksvoering effectief toe; herkent grenzen tussen coachen, adviseren en instrueren',
      'Stimuleert eigenaarschap bij docenten',
    ],
    A: [
      'Is toegankelijk, motiverend en ondersteunend.',
      'Stimuleert groei en ontwikkeling; is onderzoekend, reflectief en lerend, ook op eigen handelen',
      'Oplossingsgericht en praktijkbewust',
      'Werkt faciliterend en gelijkwaardig samen met docenten en overige onderwijsprofessionals',
      'Flexibel en sensitief voor verschillen in context, ervaring en cultuur',
    ],
  }),
};
