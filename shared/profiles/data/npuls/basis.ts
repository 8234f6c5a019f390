// Npuls basiscompetenties (seed 000, tabel 1): the shared foundation every teacher-support professional needs.
import type { ProfileArea } from '../../model';

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
  items: [
    {
      id: 'BAS-K1',
      type: 'K',
      text: 'Basiskennis in digitale vaardigheden en inzicht in actuele ontwikkelingen in leertechnologie',
    },
    {
      id: 'BAS-K2',
      type: 'K',
      text: 'Inzicht in de rol van technologie bij het ondersteunen van leren en onderwijsverbetering.',
    },
    {
      id: 'BAS-K3',
      type: 'K',
      text: 'Basiskennis van didactische en pedagogische begrippen die nodig is om samen te werken met docent en overige onderwijsprofessional',
    },
    {
      id: 'BAS-K4',
      type: 'K',
      text: 'Kennis van organisatiecultuur en besluitvormingsprocessen binnen de instelling.',
    },
    { id: 'BAS-K5', type: 'K', text: 'Inzicht in evidence-informed werken en het gebruik van relevante databronnen' },
    {
      id: 'BAS-K6',
      type: 'K',
      text: 'Inzicht in hoe taken en rollen verdeeld zijn binnen en tussen ondersteunende teams, onderwijsteams en management',
    },
    {
      id: 'BAS-K7',
      type: 'K',
      text: 'Inzicht in de eigen rol en bijdrage in relatie tot andere ondersteuners, docenten en beleidsmakers.',
    },
    { id: 'BAS-V1', type: 'V', text: 'Werkt effectief samen met collega’s, docenten, management en externe partners' },
    { id: 'BAS-V2', type: 'V', text: 'Verbindt mensen en ideeën door netwerkgericht te denken en te handelen' },
    { id: 'BAS-V3', type: 'V', text: 'Communiceert helder en doelgericht met verschillende doelgroepen' },
    { id: 'BAS-V4', type: 'V', text: 'Past zich aan bij veranderingen in technologie, beleid en organisatie' },
    {
      id: 'BAS-V5',
      type: 'V',
      text: 'Toont eigenaarschap in het gebruiken én delen van digitale toepassingen voor onderwijs',
    },
    {
      id: 'BAS-V6',
      type: 'V',
      text: 'Ondersteunt collega’s bij het kiezen en effectief inzetten van digitale leeromgevingen',
    },
    { id: 'BAS-V7', type: 'V', text: 'Stelt gerichte vragen, reflecteert op eigen handelen en benut feedback actief' },
    { id: 'BAS-V8', type: 'V', text: 'Ondersteunt leer- en ontwikkelprocessen bij anderen én zichzelf' },
    { id: 'BAS-A1', type: 'A', text: 'Toont professionele betrokkenheid en neemt verantwoordelijkheid voor kwaliteit' },
    { id: 'BAS-A2', type: 'A', text: 'Is samenwerkingsgericht, toegankelijk en stimuleert kennisdeling' },
    { id: 'BAS-A3', type: 'A', text: 'Werkt adaptief en wendbaar, ook bij onzekerheid of complexiteit' },
    {
      id: 'BAS-A4',
      type: 'A',
      text: 'Heeft een lerende en reflectieve houding en is gericht op persoonlijke en collectieve groei',
    },
    { id: 'BAS-A5', type: 'A', text: 'Denkt verbindend en ziet het grotere geheel van onderwijsontwikkeling' },
    { id: 'BAS-A6', type: 'A', text: 'Is sensitief voor context, cultuur en diversiteit binnen de organisatie' },
    {
      id: 'BAS-A7',
      type: 'A',
      text: 'Neemt initiatief in het verkennen en benutten van nieuwe digitale mogelijkheden',
    },
    { id: 'BAS-A8', type: 'A', text: 'Laat in het eigen handelen bewust en doelgericht gebruik van technologie zien' },
  ],
};
