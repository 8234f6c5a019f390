// Npuls basiscompetenties (seed 000, tabel 1): the shared foundation every teacher-support professional needs.
import type { ProfileArea } from '../../model';
import { kvaItems } from '../items';

export const BASIS: ProfileArea = {
  id: 'basis',
  code: 'BAS',
  name: 'Basiscompetenties',
  role: 'Basis',
  aliases: [],
  description:
    'Basiscompetenties die basisvaardigheden, kennis en attitude beschrijven voor docentondersteuning zijn van ' +
    'belang voor álle docentondersteuners. Ze vormen het gedeelde fundament onder het vak, ongeacht ' +
    'specialisatie of werkcontext. Deze generieke vaardigheden maken effectieve samenwerking mogelijk, ' +
    'versterken de professionele positie van ondersteuners en vergroten hun wendbaarheid binnen veranderende ' +
    'onderwijsomgevingen.\n\n' +
    'Deze basiscompetenties zijn dus geen apart competentiegebied maar vormt een onderliggende laag onder alle ' +
    'competentiegebieden. Ze hebben betrekking op onderwijskundige en digitale geletterdheid, technologische ' +
    'basiskennis, samenwerking, adaptiviteit en professionele houding.\n\n' +
    'Docentondersteuners vervullen verschillende taken binnen onderwijsinnovatie, -advies en -uitvoering. ' +
    'Ongeacht hun specifieke functie, beschikken zij over een aantal gemeenschappelijke basiscompetenties. Deze ' +
    'basiscompetenties zijn essentieel voor effectieve samenwerking, duurzame ontwikkeling en professionele ' +
    'positionering binnen de onderwijsorganisatie. Ze zorgen ervoor dat ondersteuners zich wendbaar kunnen ' +
    'bewegen in veranderende contexten en bijdragen aan kwalitatief en toekomstgericht onderwijs. Daarbij nemen ' +
    'zij een voorbeeldpositie in het bewust, kritisch en strategisch inzetten van technologie.',
  scope: 'everyone',
  items: kvaItems('BAS', {
    K: [
      'Basiskennis in digitale vaardigheden en inzicht in actuele ontwikkelingen in leertechnologie',
      'Inzicht in de rol van technologie bij het ondersteunen van leren en onderwijsverbetering.',
      'Basiskennis van didactische en pedagogische begrippen die nodig is om samen te werken met docent en overige onderwijsprofessional',
      'Kennis van organisatiecultuur en besluitvormingsprocessen binnen de instelling.',
      'Inzicht in evidence-informed werken en het gebruik van relevante databronnen',
      'Inzicht in hoe taken en rollen verdeeld zijn binnen en tussen ondersteunende teams, onderwijsteams en management',
      'Inzicht in de eigen rol en bijdrage in relatie tot andere ondersteuners, docenten en beleidsmakers.',
    ],
    V: [
      'Werkt effectief samen met collega’s, docenten, management en externe partners',
      'Verbindt mensen en ideeën door netwerkgericht te denken en te handelen',
      'Communiceert helder en doelgericht met verschillende doelgroepen',
      'Past zich aan bij veranderingen in technologie, beleid en organisatie',
      'Toont eigenaarschap in het gebruiken én delen van digitale toepassingen voor onderwijs',
      'Ondersteunt collega’s bij het kiezen en effectief inzetten van digitale leeromgevingen',
      'Stelt gerichte vragen, reflecteert op eigen handelen en benut feedback actief',
      'Ondersteunt leer- en ontwikkelprocessen bij anderen én zichzelf',
    ],
    A: [
      'Toont professionele betrokkenheid en neemt verantwoordelijkheid voor kwaliteit',
      'Is samenwerkingsgericht, toegankelijk en stimuleert kennisdeling',
      'Werkt adaptief en wendbaar, ook bij onzekerheid of complexiteit',
      'Heeft een lerende en reflectieve houding en is gericht op persoonlijke en collectieve groei',
      'Denkt verbindend en ziet het grotere geheel van onderwijsontwikkeling',
      'Is sensitief voor context, cultuur en diversiteit binnen de organisatie',
      'Neemt initiatief in het verkennen en benutten van nieuwe digitale mogelijkheden',
      'Laat in het eigen handelen bewust en doelgericht gebruik van technologie zien',
    ],
  }),
};
